import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { prepareFile, type PreparedFile } from '$lib/core/import/prepare';
import { runImporter } from '$lib/core/import/run';
import { IMPORTERS } from '$lib/core/importers/registry';
import { type ColumnMapping, headerSignature, mappedImporter } from '$lib/core/importers/mapped';

const BYTES = new Uint8Array(
  fs.readFileSync(path.resolve(process.cwd(), 'tests/fixtures/mapped/hr-users.csv'))
);
const HEADER = [
  'Employee ID',
  'Full Name',
  'Work Email',
  'Network Login',
  'Account Type',
  'Status',
  'Hire Date',
  'Last Login',
  'Password Changed',
  'MFA',
  'Manager',
  'Département'
];

const MAPPING: ColumnMapping = {
  id: 'm-hr',
  name: 'HR users',
  system: 'entra',
  headerSignature: headerSignature(HEADER),
  columns: {
    nativeId: 'Employee ID',
    name: 'Full Name',
    email: 'Work Email',
    login: 'Network Login',
    kind: 'Account Type',
    enabled: 'Status',
    created: 'Hire Date',
    lastSignIn: 'Last Login',
    passwordLastSet: 'Password Changed',
    mfaRegistered: 'MFA',
    owner: 'Manager'
  },
  defaultKind: 'human',
  nativeIds: false,
  dayFirst: false
};

function prepared(mapping: ColumnMapping = MAPPING): PreparedFile {
  const [p] = prepareFile('hr-users.csv', BYTES, [...IMPORTERS, mappedImporter(mapping)]);
  if (!p.ok) throw new Error(p.message);
  return p.file;
}

describe('mappedImporter(mapping) on hr-users.csv (Windows-1252, ;, CRLF, blank row)', () => {
  it('prepareFile(bytes) decodes the é and splits on ; so the header is the 12 columns', () => {
    const file = prepared();
    expect(file.content.kind === 'table' && file.content.header).toEqual(HEADER);
  });

  it('detect(header) is the only candidate: no known format claims the file', () => {
    const file = prepared();
    expect(file.candidates.map((c) => c.importer.id)).toEqual(['mapped:m-hr']);
    expect(file.candidates[0].detection).toEqual({
      confidence: 0.85,
      evidence: 'matches your saved column mapping “HR users”'
    });
    const [alone] = prepareFile('hr-users.csv', BYTES);
    expect(alone.ok && alone.file.candidates).toEqual([]);
  });

  it('detect(header) ignores a header that differs by one column', () => {
    const other = mappedImporter({
      ...MAPPING,
      headerSignature: headerSignature(HEADER.slice(0, -1))
    });
    expect(other.detect(HEADER)).toBeNull();
    // Reordered and re-cased columns are the same list.
    expect(
      mappedImporter(MAPPING).detect([...HEADER].reverse().map((h) => h.toUpperCase()))
    ).not.toBeNull();
  });

  it('start(header) reads the 5 accounts with ids, kinds, states and UTC dates', () => {
    const { output, rows, counts } = runImporter(prepared(), mappedImporter(MAPPING));
    expect(rows).toBe(6); // 7 data lines, the ;;;; line skipped as blank
    expect(counts).toEqual({ accounts: 5 });
    const byId = new Map(output.records.accounts.map((a) => [a.nativeId, a]));
    expect([...byId.keys()]).toEqual(['E1001', 'E1002', 'SVC-BACKUP', 'E1003', 'E1004']);

    expect(byId.get('E1001')).toEqual({
      id: 'entra:mapped:E1001',
      system: 'entra',
      nativeId: 'E1001',
      name: 'Renée Dubois',
      email: 'renee.dubois@example.com',
      login: 'rdubois',
      kind: 'human',
      enabled: true,
      created: '2021-03-15T00:00:00.000Z',
      lastSignIn: '2024-11-02T08:15:00.000Z',
      passwordLastSet: '2024-10-01T00:00:00.000Z',
      mfaRegistered: true
    });
    expect(byId.get('E1002')).toMatchObject({
      enabled: false,
      created: '2019-07-01T00:00:00.000Z',
      passwordLastSet: '2023-01-05T00:00:00.000Z',
      mfaRegistered: false
    });
    expect(byId.get('E1002')?.lastSignIn).toBeUndefined();
    expect(byId.get('SVC-BACKUP')).toMatchObject({
      id: 'entra:mapped:SVC-BACKUP',
      name: 'Backup Service',
      kind: 'service',
      enabled: true,
      created: '2020-02-29T00:00:00.000Z',
      lastSignIn: '2024-12-31T23:59:00.000Z',
      passwordLastSet: '2022-06-30T00:00:00.000Z',
      owner: 'Renée Dubois'
    });
    expect(byId.get('SVC-BACKUP')?.email).toBeUndefined();
    expect(byId.get('E1003')).toMatchObject({ kind: 'human', enabled: true, mfaRegistered: true });
    expect(byId.get('E1003')?.lastSignIn).toBeUndefined();
    expect(byId.get('E1004')).toMatchObject({ kind: 'human', enabled: false });
    expect(byId.get('E1004')?.created).toBeUndefined();
    expect(byId.get('E1004')?.mfaRegistered).toBeUndefined();
  });

  it('start(header) rejects the row without an id with its true line (after the blank row)', () => {
    const { output } = runImporter(prepared(), mappedImporter(MAPPING));
    expect(output.rejected).toEqual([
      { line: 6, column: 'Employee ID', reason: 'the account id cell is empty' }
    ]);
  });

  it('start(header) warns once per column with the first lines of unreadable cells', () => {
    const { output } = runImporter(prepared(), mappedImporter(MAPPING));
    expect(output.warnings).toHaveLength(3);
    expect(output.warnings).toContain(
      'Column “Last Login” (Last sign-in): 2 values could not be read as a date (“13/45/2024”, “yesterday”; lines 7, 8); those cells were left empty.'
    );
    expect(output.warnings.find((w) => w.startsWith('Column “Account Type”'))).toContain(
      '(“Shared”; line 8); those rows were read as human.'
    );
    expect(output.warnings.find((w) => w.startsWith('Column “MFA”'))).toContain(
      '(“Unknown”; line 8)'
    );
  });

  it('start(header) with a service default reads the Shared account as service', () => {
    const mapping: ColumnMapping = { ...MAPPING, defaultKind: 'service' };
    const { output } = runImporter(prepared(mapping), mappedImporter(mapping));
    const kinds = output.records.accounts.map((a) => `${a.nativeId}:${a.kind}`);
    expect(kinds).toEqual([
      'E1001:human',
      'E1002:human',
      'SVC-BACKUP:service',
      'E1003:human',
      'E1004:service'
    ]);
  });

  it('start(header) without a kind column gives every row the fixed kind', () => {
    const { kind: _kind, ...columns } = MAPPING.columns;
    const mapping: ColumnMapping = { ...MAPPING, columns, defaultKind: 'service' };
    const { output } = runImporter(prepared(mapping), mappedImporter(mapping));
    expect(new Set(output.records.accounts.map((a) => a.kind))).toEqual(new Set(['service']));
    expect(output.warnings.some((w) => w.includes('Account Type'))).toBe(false);
  });

  it('start(header) reads the login column as Active Directory sAMAccountNames', () => {
    const mapping: ColumnMapping = {
      ...MAPPING,
      system: 'ad',
      nativeIds: true,
      columns: { ...MAPPING.columns, nativeId: 'Network Login' }
    };
    const { output } = runImporter(prepared(mapping), mappedImporter(mapping));
    expect(output.records.accounts.map((a) => a.id)).toEqual([
      'ad:user:sam:rdubois',
      'ad:user:sam:jsmith',
      'ad:user:sam:svc_backup',
      'ad:user:sam:orphan',
      'ad:user:sam:alopez',
      'ad:user:sam:blee'
    ]);
    expect(output.records.accounts.every((a) => a.primary === false)).toBe(true);
  });

  it('start(header) rejects ids that are not the chosen system’s form, naming the form', () => {
    const mapping: ColumnMapping = { ...MAPPING, system: 'google', nativeIds: true };
    const { output } = runImporter(prepared(mapping), mappedImporter(mapping));
    expect(output.records.accounts).toEqual([]);
    expect(output.rejected).toHaveLength(6);
    expect(output.rejected[0]).toEqual({
      line: 2,
      column: 'Employee ID',
      reason: 'E1001 is not one of the primary email addresses'
    });
  });

  it('start(header) keeps the first of two rows with one id and rejects the second', () => {
    const sink = mappedImporter(MAPPING).start(HEADER, { fileName: 'x.csv' });
    sink.row(['A1', 'One'], 2);
    sink.row(['A1', 'Two'], 3);
    const out = sink.finish();
    expect(out.records.accounts.map((a) => a.name)).toEqual(['One']);
    expect(out.rejected).toEqual([
      {
        line: 3,
        column: 'Employee ID',
        reason: 'account id A1 already appears on line 2; the first row was kept'
      }
    ]);
  });

  it('start(header) of a file lacking a mapped column warns and rejects rows without ids', () => {
    const sink = mappedImporter(MAPPING).start(['Full Name', 'MFA'], { fileName: 'x.csv' });
    sink.row(['Ann', 'yes'], 2);
    const out = sink.finish();
    expect(out.records.accounts).toEqual([]);
    expect(out.rejected[0].reason).toContain('has no column “Employee ID”');
    expect(out.warnings).toContain(
      'The file has no column “Last Login”, which the mapping reads last sign-in from; it was left empty.'
    );
  });
});
