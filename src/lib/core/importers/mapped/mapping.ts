/**
 * A column mapping: how the user told the workbook to read a table of accounts in no known
 * format. It is saved and reused for every later file with the same header signature.
 */
import { z } from 'zod';
import { normaliseHeader } from '../../decode/header';
import { SYSTEMS } from '../../model';

/** The account fields a mapping can fill, in the order the form shows them. */
export const MAPPED_FIELDS = [
  'nativeId',
  'name',
  'upn',
  'email',
  'login',
  'kind',
  'enabled',
  'created',
  'lastSignIn',
  'passwordLastSet',
  'mfaRegistered',
  'owner'
] as const;
export type MappedField = (typeof MAPPED_FIELDS)[number];

export const MAPPED_FIELD_LABELS: Record<MappedField, string> = {
  nativeId: 'Account id',
  name: 'Display name',
  upn: 'UPN / sign-in name',
  email: 'Email',
  login: 'Login',
  kind: 'Kind',
  enabled: 'Enabled',
  created: 'Created',
  lastSignIn: 'Last sign-in',
  passwordLastSet: 'Password last set',
  mfaRegistered: 'MFA registered',
  owner: 'Owner'
};

/** The kinds a mapping may give rows whose kind it cannot read from a column. */
export const DEFAULT_KINDS = ['human', 'service'] as const;

export const columnMappingSchema = z.object({
  id: z.string().min(1),
  name: z.string().trim().min(1),
  /** The system the accounts belong to, not the tool that wrote the file. */
  system: z.enum(SYSTEMS),
  headerSignature: z.string().min(1),
  /** Field → the file's header cell as written; absent fields are not in the file. */
  columns: z.partialRecord(z.enum(MAPPED_FIELDS), z.string().min(1)),
  /** The kind of every row without a kind column, and of rows whose kind cell is unclear. */
  defaultKind: z.enum(DEFAULT_KINDS),
  /** The id column holds the system's own account ids: merge with its other exports. */
  nativeIds: z.boolean(),
  /** Slash dates are day first (31/12/2024) rather than the US month first. */
  dayFirst: z.boolean()
});
export type ColumnMapping = z.infer<typeof columnMappingSchema>;

/**
 * The header signature of a table: its normalised column names, sorted and de-duplicated, so
 * that a later export of the same list matches even if its columns were reordered.
 */
export function headerSignature(header: readonly string[]): string {
  const names = new Set(header.map(normaliseHeader).filter((h) => h !== ''));
  return [...names].sort().join('|');
}

/** The format id under which a mapped import is stored (`mapped:<mapping id>`). */
export function mappedFormatId(mappingId: string): string {
  return `mapped:${mappingId}`;
}

/** The mapping id inside a `mapped:<id>` format id, or undefined for any other format. */
export function mappingIdOfFormat(formatId: string): string | undefined {
  return formatId.startsWith('mapped:') ? formatId.slice('mapped:'.length) : undefined;
}
