/**
 * One row of the IAM credential report, read by column name (some producers write fewer
 * columns) into a plain structure the sink can merge before it builds records.
 */
import type { RejectedRow } from '../../assessment';
import { readDate } from '../../decode/dates';
import type { Columns } from '../../decode/header';
import { bool } from '../../decode/values';
import { isArn } from './arn';

/** The credential report's own name for the root user. */
export const ROOT_USER = '<root_account>';

/** One access key or signing certificate slot (`access_key_1`, `cert_2`…). */
export interface ReportSlot {
  name: string;
  kind: 'access-key' | 'certificate';
  active?: boolean;
  rotated?: string;
  lastUsed?: string;
}

export interface ReportRow {
  user: string;
  arn: string;
  line: number;
  created?: string;
  passwordEnabled?: boolean;
  passwordLastUsed?: string;
  passwordLastChanged?: string;
  mfaActive?: boolean;
  slots: ReportSlot[];
}

const SLOTS = [
  { name: 'access_key_1', kind: 'access-key' },
  { name: 'access_key_2', kind: 'access-key' },
  { name: 'cert_1', kind: 'certificate' },
  { name: 'cert_2', kind: 'certificate' }
] as const;

export type RowResult = { row: ReportRow; warnings: string[] } | { rejected: RejectedRow };

/** Reads one data row; a row without a user name or ARN, or cut short, is rejected. */
export function readReportRow(cols: Columns, cells: string[], line: number): RowResult {
  const raw = cells.join(',');
  const width = cols.header.length;
  if (cells.length < width) {
    const column = cols.header[cells.length];
    const reason = `row has ${cells.length} of the header's ${width} columns (truncated?)`;
    return { rejected: { line, column, reason, raw } };
  }
  if (cells.slice(width).some((c) => c.trim() !== '')) {
    const reason = `row has ${cells.length} cells but the header only ${width}`;
    return { rejected: { line, reason, raw } };
  }
  const user = cols.get(cells, 'user');
  if (!user) return { rejected: { line, column: 'user', reason: 'no user name', raw } };
  const arn = cols.get(cells, 'arn');
  if (!arn) return { rejected: { line, column: 'arn', reason: 'no ARN', raw } };
  if (!isArn(arn)) return { rejected: { line, column: 'arn', reason: `not an ARN: ${arn}`, raw } };

  const warnings: string[] = [];
  const date = (column: string): string | undefined => {
    const read = readDate(cols.raw(cells, column));
    if ('iso' in read) return read.iso;
    if ('invalid' in read) warnings.push(`line ${line}, ${column}: unreadable date ignored`);
    return undefined;
  };
  const flag = (column: string): boolean | undefined => {
    const value = cols.get(cells, column);
    const read = bool(value);
    if (value !== undefined && read === undefined) {
      warnings.push(`line ${line}, ${column}: "${value}" is neither true nor false`);
    }
    return read;
  };

  const row: ReportRow = {
    user,
    arn,
    line,
    created: date('user_creation_time'),
    passwordEnabled: flag('password_enabled'),
    passwordLastUsed: date('password_last_used'),
    passwordLastChanged: date('password_last_changed'),
    mfaActive: flag('mfa_active'),
    slots: []
  };
  for (const slot of SLOTS) {
    const active = flag(`${slot.name}_active`);
    const rotated = date(`${slot.name}_last_rotated`);
    // A slot exists when its key or certificate is active or has ever been rotated
    // (created); `false` with `N/A` everywhere is an empty slot, not an inactive key.
    if (active !== true && rotated === undefined) continue;
    const lastUsed = slot.kind === 'access-key' ? date(`${slot.name}_last_used_date`) : undefined;
    row.slots.push({ name: slot.name, kind: slot.kind, active, rotated, lastUsed });
  }
  return { row, warnings };
}

/** The newest timestamp a row carries: the later of two rows of one user is the fresher. */
export function rowFreshness(row: ReportRow): string {
  const dates = [row.created, row.passwordLastUsed, row.passwordLastChanged];
  for (const slot of row.slots) dates.push(slot.rotated, slot.lastUsed);
  return dates.reduce<string>((max, d) => (d && d > max ? d : max), '');
}

/**
 * Two rows of one user (cloud-custodian's recording lists a user twice): the fresher row's
 * values win and the other fills what it lacks; slots are joined by name.
 */
export function mergeReportRows(a: ReportRow, b: ReportRow): ReportRow {
  const [fresh, stale] = rowFreshness(b) >= rowFreshness(a) ? [b, a] : [a, b];
  const slots = new Map(stale.slots.map((s) => [s.name, s]));
  for (const slot of fresh.slots) slots.set(slot.name, slot);
  return {
    user: fresh.user,
    arn: fresh.arn,
    line: Math.min(a.line, b.line),
    created: fresh.created ?? stale.created,
    passwordEnabled: fresh.passwordEnabled ?? stale.passwordEnabled,
    passwordLastUsed: fresh.passwordLastUsed ?? stale.passwordLastUsed,
    passwordLastChanged: fresh.passwordLastChanged ?? stale.passwordLastChanged,
    mfaActive: fresh.mfaActive ?? stale.mfaActive,
    slots: [...slots.values()]
  };
}
