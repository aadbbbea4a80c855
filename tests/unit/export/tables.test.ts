import { describe, expect, it } from 'vitest';
import {
  exportTables,
  affectedTable,
  findingsTable,
  identityDirectory,
  inventoryTable,
  roadmapTable
} from '../../../src/lib/core/export';
import type { Table } from '../../../src/lib/core/export';
import { buildRoadmap } from '../../../src/lib/core/roadmap';
import { noMfa, passing, rootFinding, twoKeys } from '../report/findings';
import { AWS_ROOT, awsRecords, awsUser } from '../report/real-aws';

/** The row whose `column` equals `value`, as an object keyed by header. */
function rowWhere(table: Table, column: string, value: unknown): Record<string, unknown> {
  const i = table.header.indexOf(column);
  const row = table.rows.find((r) => r[i] === value);
  if (!row) throw new Error(`no row with ${column} = ${String(value)}`);
  return Object.fromEntries(table.header.map((h, j) => [h, row[j]]));
}

describe('inventoryTable', () => {
  const { accounts, credentials } = awsRecords();
  const table = inventoryTable({
    accounts,
    credentials,
    persons: [
      {
        id: 'p1',
        name: 'Andrew',
        accountIds: [awsUser('andrew')],
        systems: ['aws'],
        reasons: [],
        orphan: false
      }
    ],
    privileged: [AWS_ROOT]
  });

  it('inventoryTable(real credential report) has one row per distinct ARN', () => {
    // 21 data rows, christopher twice: 20 accounts.
    expect(table.rows).toHaveLength(20);
  });

  it('inventoryTable(real credential report) shows kind, MFA, privilege and active keys', () => {
    expect(rowWhere(table, 'Name', 'andrew')).toMatchObject({
      Person: 'Andrew',
      Source: 'AWS',
      Kind: 'human',
      'MFA registered': 'no',
      Privileged: 'no',
      'Active credentials': 2,
      'Credential kinds': 'access-key',
      Created: '2016-08-30'
    });
    // c7n-iam-test: no password, access key 1 active.
    expect(rowWhere(table, 'Name', 'c7n-iam-test')).toMatchObject({
      Kind: 'service',
      'Active credentials': 1
    });
    expect(rowWhere(table, 'Name', '<root_account>')).toMatchObject({
      Kind: 'root',
      Privileged: 'yes',
      'MFA registered': 'yes',
      'Active credentials': 0
    });
    // The second christopher row (key 1 active) is the one kept.
    expect(rowWhere(table, 'Name', 'christopher')['Active credentials']).toBe(1);
  });

  it('inventoryTable(privileged null) says not assessed rather than no', () => {
    const t = inventoryTable({ accounts, credentials, persons: [], privileged: null });
    expect(rowWhere(t, 'Name', 'kit').Privileged).toBe('not assessed');
  });
});

describe('findingsTable and affectedTable', () => {
  const dir = identityDirectory(awsRecords());
  const findings = [noMfa(), rootFinding(), passing()];

  it('findingsTable(findings) lists every rule with its verdict and count', () => {
    const t = findingsTable(findings);
    expect(t.rows).toHaveLength(3);
    expect(rowWhere(t, 'Rule', 'ZTW-MFA-001')).toMatchObject({ Affected: 8, Status: 'finding' });
    expect(rowWhere(t, 'Rule', 'ZTW-AWS-009')).toMatchObject({ Affected: null, Status: 'pass' });
  });

  it('affectedTable(findings, directory) has one row per finding and identity, named', () => {
    const t = affectedTable(findings, dir);
    // 8 users without MFA + the root account.
    expect(t.rows).toHaveLength(9);
    expect(rowWhere(t, 'Record id', AWS_ROOT)).toMatchObject({
      Identity: '<root_account>',
      Rule: 'ZTW-AWS-001',
      Kind: 'root'
    });
  });
});

describe('roadmapTable', () => {
  it('roadmapTable(actions, directory) writes one row per action in order, identities named', () => {
    const dir = identityDirectory(awsRecords());
    const { actions } = buildRoadmap({
      findings: [noMfa(), rootFinding(), twoKeys()],
      gaps: [],
      asOf: '2017-01-01T00:00:00Z'
    });
    const t = roadmapTable(actions, dir);
    expect(t.rows.map((r) => r[t.header.indexOf('Id')])).toEqual([
      'rule:ZTW-MFA-001',
      'rule:ZTW-AWS-001',
      'rule:ZTW-CRED-002'
    ]);
    expect(rowWhere(t, 'Id', 'rule:ZTW-CRED-002')).toMatchObject({
      Order: 3,
      Identities: 'andrew; kit',
      'Target date': '2017-04-01'
    });
  });
});

describe('exportTables', () => {
  it('exportTables(input) gives the four sheets in order, sized from the real report', () => {
    const records = awsRecords();
    const tables = exportTables({
      records,
      persons: [],
      privileged: null,
      findings: [noMfa(), rootFinding()],
      actions: buildRoadmap({ findings: [noMfa()], gaps: [], asOf: '2017-01-01T00:00:00Z' }).actions
    });
    expect(tables.map((t) => [t.name, t.rows.length])).toEqual([
      ['Findings', 2],
      ['Affected identities', 9],
      ['Roadmap', 1],
      ['Inventory', 20]
    ]);
  });
});
