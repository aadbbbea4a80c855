/** Reads the rows of a table through a column mapping into account records. */
import type { RejectedRow } from '../../assessment';
import { Columns } from '../../decode/header';
import { bool, text } from '../../decode/values';
import { type Account, emptyRecordSet, recordId } from '../../model';
import type { TableSink } from '../types';
import { readEnabled, readKind, readMappedDate } from './cells';
import {
  type ColumnMapping,
  MAPPED_FIELD_LABELS,
  MAPPED_FIELDS,
  type MappedField
} from './mapping';
import { nativeAccountId } from './native-ids';
import { UnreadableCells } from './unreadable-cells';

type DateField = 'created' | 'lastSignIn' | 'passwordLastSet';

/** A sink that turns each row into one account, as `mapping` says. */
export function startMappedSink(mapping: ColumnMapping, header: readonly string[]): TableSink {
  const cols = new Columns(header);
  const index = new Map<MappedField, number>();
  const missing: MappedField[] = [];
  for (const field of MAPPED_FIELDS) {
    const column = mapping.columns[field];
    if (!column) continue;
    const i = cols.indexOf(column);
    if (i >= 0) index.set(field, i);
    else missing.push(field);
  }
  const idColumn = mapping.columns.nativeId ?? MAPPED_FIELD_LABELS.nativeId;
  const accounts: Account[] = [];
  const rejected: RejectedRow[] = [];
  const unreadable = new UnreadableCells();
  const firstLineOf = new Map<string, number>();

  const cell = (cells: readonly string[], field: MappedField): string | undefined => {
    const i = index.get(field);
    return i === undefined ? undefined : text(cells[i]);
  };
  const date = (cells: readonly string[], field: DateField, line: number) => {
    const raw = cell(cells, field);
    if (raw === undefined) return undefined;
    const read = readMappedDate(raw, mapping.dayFirst);
    if ('iso' in read) return read.iso;
    if ('invalid' in read) unreadable.add(field, line, raw);
    return undefined;
  };
  /** A yes/no cell; anything else is noted and left empty rather than guessed. */
  const flag = (cells: readonly string[], field: MappedField, line: number, read = bool) => {
    const raw = cell(cells, field);
    const value = read(raw);
    if (raw !== undefined && value === undefined) unreadable.add(field, line, raw);
    return value;
  };

  return {
    row(cells, line) {
      if (cells.every((c) => c.trim() === '')) return;
      const raw = cell(cells, 'nativeId');
      if (raw === undefined) {
        const reason = index.has('nativeId')
          ? 'the account id cell is empty'
          : `the file has no column “${idColumn}”, which the mapping reads account ids from`;
        rejected.push({ line, column: idColumn, reason });
        return;
      }

      const kindCell = cell(cells, 'kind');
      const kind = readKind(kindCell) ?? mapping.defaultKind;
      if (kindCell !== undefined && readKind(kindCell) === undefined) {
        unreadable.add('kind', line, kindCell);
      }

      let id = recordId(mapping.system, 'mapped', raw);
      let nativeId = raw;
      if (mapping.nativeIds) {
        const native = nativeAccountId(mapping.system, raw);
        if ('error' in native) {
          rejected.push({ line, column: idColumn, reason: native.error });
          return;
        }
        ({ id, nativeId } = native);
      }
      const earlier = firstLineOf.get(id);
      if (earlier !== undefined) {
        const reason = `account id ${raw} already appears on line ${earlier}; the first row was kept`;
        rejected.push({ line, column: idColumn, reason });
        return;
      }
      firstLineOf.set(id, line);

      const upn = cell(cells, 'upn');
      const email = cell(cells, 'email');
      const login = cell(cells, 'login');
      accounts.push({
        id,
        system: mapping.system,
        nativeId,
        name: cell(cells, 'name') ?? upn ?? email ?? login ?? raw,
        upn,
        email,
        login,
        kind,
        enabled: flag(cells, 'enabled', line, readEnabled),
        created: date(cells, 'created', line),
        lastSignIn: date(cells, 'lastSignIn', line),
        passwordLastSet: date(cells, 'passwordLastSet', line),
        mfaRegistered: flag(cells, 'mfaRegistered', line),
        owner: cell(cells, 'owner'),
        // Merged with the system's own exports, those describe the account better: they win.
        primary: mapping.nativeIds ? false : undefined
      });
    },
    finish() {
      const records = emptyRecordSet();
      records.accounts = accounts;
      const warnings = missing.map(
        (f) =>
          `The file has no column “${mapping.columns[f]}”, which the mapping reads ${MAPPED_FIELD_LABELS[f].toLowerCase()} from; it was left empty.`
      );
      warnings.push(...unreadable.warnings(mapping.columns, mapping.defaultKind));
      return { records, rejected, warnings };
    }
  };
}
