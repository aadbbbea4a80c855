/**
 * Cells a mapped import could not read, gathered per column so that a file with thousands of
 * bad dates gives one warning per column naming its first lines, not thousands of warnings.
 */
import { MAPPED_FIELD_LABELS, type MappedField } from './mapping';

const SHOWN = 5;

interface ColumnTally {
  count: number;
  lines: number[];
  values: string[];
}

/** What the cells of a field should have held, for the warning sentence. */
const EXPECTED: Partial<Record<MappedField, string>> = {
  kind: 'a kind this workbook knows (human, service, guest)',
  enabled: 'an account state (true/false, Active/Disabled, 1/0)',
  mfaRegistered: 'yes or no'
};

export class UnreadableCells {
  private readonly tallies = new Map<MappedField, ColumnTally>();

  /** Notes one cell of `field` on `line` that could not be read. */
  add(field: MappedField, line: number, value: string): void {
    let tally = this.tallies.get(field);
    if (!tally) this.tallies.set(field, (tally = { count: 0, lines: [], values: [] }));
    tally.count++;
    if (tally.lines.length < SHOWN) tally.lines.push(line);
    if (tally.values.length < SHOWN && !tally.values.includes(value)) tally.values.push(value);
  }

  /** One sentence per column, naming the first lines and values. */
  warnings(columns: Partial<Record<MappedField, string>>, defaultKind: string): string[] {
    return [...this.tallies].map(([field, t]) => {
      const column = `Column “${columns[field] ?? field}” (${MAPPED_FIELD_LABELS[field]})`;
      const n = t.count === 1 ? '1 value' : `${t.count.toLocaleString('en')} values`;
      const where = `line${t.lines.length === 1 ? '' : 's'} ${t.lines.join(', ')}${t.count > t.lines.length ? '…' : ''}`;
      const shown = t.values.map((v) => `“${v}”`).join(', ');
      const what = EXPECTED[field] ?? 'a date';
      const outcome =
        field === 'kind' ? `those rows were read as ${defaultKind}` : 'those cells were left empty';
      return `${column}: ${n} could not be read as ${what} (${shown}; ${where}); ${outcome}.`;
    });
  }
}
