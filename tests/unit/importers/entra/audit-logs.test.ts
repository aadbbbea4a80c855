/**
 * The Entra audit log fixtures were written from Graph's directoryAudit reference and the
 * Azure Monitor audit log schema: `audit-graph.json` is a `/auditLogs/directoryAudits` page
 * (role grant, eligible role, secret added by an app, failed update); `audit-array.json` is a
 * bare array with PowerShell's PascalCase keys (API permission, new owner, timeout,
 * unknownFutureValue, a repeat); `audit-diagnostic.ndjson` holds diagnostic-settings records
 * with three unusable lines (3, 4, 6).
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readJson } from '$lib/core/import/json';
import { entraAuditLogs } from '$lib/core/importers/entra/audit-logs';
import { IMPORTERS } from '$lib/core/importers/registry';
import type { SignInEvent } from '$lib/core/model';
import { detect, readFixture, readFixtureJson, runJson } from '../helpers';
import { expectValid } from './records';

const GRAPH = readFixtureJson('entra', 'audit-graph.json');
const ARRAY = readFixtureJson('entra', 'audit-array.json');

/** NDJSON read by the pipeline's own JSON reader: an array of the lines' values. */
function readNdjson(file: string): unknown {
  const read = readJson(readFixture('entra', file));
  if (!read.ok) throw new Error(`unreadable NDJSON at line ${read.line}`);
  expect(read.ndjson).toBe(true);
  return read.value;
}

const DIAGNOSTIC = readNdjson('audit-diagnostic.ndjson');

function byOperation(events: SignInEvent[], operation: string): SignInEvent {
  const event = events.find((e) => e.operation === operation);
  if (!event) throw new Error(`no event ${operation}`);
  return event;
}

describe('entraAuditLogs.detect', () => {
  it('entraAuditLogs.detect(value) accepts the Graph page, the plain array and the NDJSON', () => {
    for (const value of [GRAPH, ARRAY, DIAGNOSTIC]) {
      expect(detect(entraAuditLogs, value)?.confidence).toBe(0.9);
    }
  });

  it('entraAuditLogs.detect(value) accepts one record alone and a page per line', () => {
    const items = (GRAPH as { value: unknown[] }).value;
    expect(detect(entraAuditLogs, items[0])).not.toBeNull();
    expect(detect(entraAuditLogs, [GRAPH, { value: items.slice(1) }])).not.toBeNull();
  });

  it('entraAuditLogs.detect(value) rejects sign-ins, other logs and lists mostly of non-audits', () => {
    expect(detect(entraAuditLogs, [])).toBeNull();
    expect(detect(entraAuditLogs, {})).toBeNull();
    expect(detect(entraAuditLogs, readFixtureJson('entra', 'signins-graph.json'))).toBeNull();
    expect(detect(entraAuditLogs, readFixtureJson('okta', 'system-log.json'))).toBeNull();
    const items = (GRAPH as { value: unknown[] }).value;
    expect(detect(entraAuditLogs, [items[0], { a: 1 }, { b: 2 }])).toBeNull();
    // The activity without initiatedBy, targetResources or loggedByService is not enough.
    expect(
      detect(entraAuditLogs, [{ activityDisplayName: 'x', activityDateTime: '2024-01-01' }])
    ).toBeNull();
  });

  it('every JSON detector: only entra-audit-logs accepts the audit fixtures', () => {
    for (const value of [GRAPH, ARRAY, DIAGNOSTIC]) {
      const accepting = IMPORTERS.filter(
        (imp) => imp.input === 'json' && imp.detect(value) !== null
      ).map((imp) => imp.id);
      expect(accepting).toEqual(['entra-audit-logs']);
    }
  });
});

describe('entraAuditLogs.parse on the Graph response', () => {
  const out = runJson(entraAuditLogs, GRAPH);
  const { events } = out.records;

  it('parse(value) gives 4 valid audit events, nothing rejected, scoped by period', () => {
    expectValid(out);
    expect(out.rejected).toEqual([]);
    expect(out.warnings).toEqual([]);
    expect(events).toHaveLength(4);
    expect(events.every((e) => e.category === 'audit' && e.system === 'entra')).toBe(true);
    expect(out.scopeKey).toBe('2024-03-04T09:15:22.123Z..2024-03-06T08:00:00.000Z');
  });

  it('parse(value) names the role granted to a user, actor linked by the users id scheme', () => {
    expect(byOperation(events, 'Add member to role')).toEqual({
      id: 'entra:audit:Directory_0b1f1c2e-7a55-4c59-9d3b-1a2b3c4d5e01_ABC12_10001',
      system: 'entra',
      category: 'audit',
      time: '2024-03-04T09:15:22.123Z',
      result: 'success',
      operation: 'Add member to role',
      actorId: 'entra:user:a1b2c3d4-0000-4000-8000-000000000001',
      actorName: 'ada.admin@contoso.example',
      ip: '203.0.113.10',
      app: 'Core Directory',
      target: 'bob.berg@contoso.example (Global Administrator)'
    });
  });

  it('parse(value) names the eligible role from its Role target, the user from the other', () => {
    const event = byOperation(events, 'Add eligible member to role');
    expect(event.target).toBe('carol.chen@contoso.example (Security Administrator)');
    expect(event.ip).toBeUndefined();
  });

  it('parse(value) reads an app actor and the kind of credential it added', () => {
    expect(byOperation(events, 'Add service principal credentials')).toMatchObject({
      actorId: 'entra:servicePrincipal:5b5b5b5b-0000-4000-8000-00000000000b',
      actorName: 'Payroll Sync',
      target: 'Payroll Sync (client secret)',
      result: 'success'
    });
  });

  it('parse(value) keeps a failure with its resultReason as error code', () => {
    expect(byOperation(events, 'Update user')).toMatchObject({
      result: 'failure',
      errorCode: 'Microsoft.Online.Workflows.ObjectNotFoundException',
      target: 'carol.chen@contoso.example'
    });
  });
});

describe('entraAuditLogs.parse on the plain array (PowerShell key casing)', () => {
  const out = runJson(entraAuditLogs, ARRAY);
  const { events } = out.records;

  it('parse(value) skips unknownFutureValue and the repeat, with one warning each', () => {
    expectValid(out);
    expect(out.rejected).toEqual([]);
    expect(events.map((e) => e.operation)).toEqual([
      'Add app role assignment to service principal',
      'Add owner to application',
      'Add member to group'
    ]);
    expect(out.warnings).toEqual([
      '1 record has result unknownFutureValue, which is neither success nor failure; not imported',
      '1 record repeats an audit record already read (same id)'
    ]);
  });

  it('parse(value) names the permission granted, the owner added and a timeout', () => {
    expect(events.map((e) => e.target)).toEqual([
      'Microsoft Graph (Directory.ReadWrite.All)',
      'dave.diaz@contoso.example (owner of Payroll Sync)',
      'Finance Team'
    ]);
    expect(events[0].ip).toBe('2001:db8::10');
    expect(events[2]).toMatchObject({ result: 'failure', errorCode: 'timeout' });
  });
});

describe('entraAuditLogs.parse on diagnostic-settings NDJSON', () => {
  const out = runJson(entraAuditLogs, DIAGNOSTIC);
  const { events } = out.records;

  it('parse(value) rejects the three unusable lines by line number and reason', () => {
    expectValid(out);
    expect(out.rejected).toEqual([
      { line: 3, column: 'activityDateTime', reason: 'no readable activityDateTime' },
      { line: 4, reason: 'not an audit record (not a JSON object)' },
      { line: 6, column: 'activityDateTime', reason: 'no readable activityDateTime' }
    ]);
    expect(events).toHaveLength(5);
  });

  it('parse(value) reads properties, caller IP from the envelope, and a certificate added', () => {
    expect(byOperation(events, 'Add member to role').target).toBe(
      'bob.berg@contoso.example (Privileged Role Administrator)'
    );
    expect(byOperation(events, 'Change user license')).toMatchObject({
      actorName: 'Microsoft Azure AD Group-Based Licensing',
      ip: '198.51.100.7'
    });
    expect(byOperation(events, 'Change user license').actorId).toBeUndefined();
    expect(byOperation(events, 'Reset user password')).toMatchObject({
      result: 'failure',
      errorCode: 'Password does not meet complexity requirements',
      app: 'Self-service Password Management',
      ip: '203.0.113.11'
    });
    expect(byOperation(events, 'Add service principal credentials').target).toBe(
      'Payroll Sync (certificate)'
    );
  });

  it('parse(value) gives logs of different periods different scope keys', () => {
    const graph = runJson(entraAuditLogs, GRAPH);
    expect(out.scopeKey).toBe('2024-04-01T08:00:00.000Z..2024-04-03T12:00:00.000Z');
    expect(out.scopeKey).not.toBe(graph.scopeKey);
  });
});

describe('entraAuditLogs.detect on every other JSON fixture', () => {
  const root = path.resolve(process.cwd(), 'tests/fixtures');
  const files = fs
    .readdirSync(root, { recursive: true, encoding: 'utf8' })
    .filter((f) => /\.(json|ndjson|jsonl)$/.test(f) && !path.basename(f).startsWith('audit-'))
    .sort();

  it('the fixture tree holds other JSON files to test against', () => {
    expect(files.length).toBeGreaterThan(20);
  });

  for (const file of files) {
    it(`entraAuditLogs.detect(${file}) is null`, () => {
      const read = readJson(fs.readFileSync(path.join(root, file), 'utf8').replace(/^\uFEFF/, ''));
      // Broken-file fixtures are the JSON reader's business, not a detector's.
      if (!read.ok) return;
      expect(detect(entraAuditLogs, read.value)).toBeNull();
    });
  }
});

describe('entraAuditLogs.parse on Log Analytics rows saved as JSON', () => {
  it('parse(value) reads PascalCase columns whose nested values are JSON text', () => {
    const [first] = (GRAPH as { value: Record<string, unknown>[] }).value;
    const row = {
      TimeGenerated: '2024-03-04T09:15:23Z',
      Id: first.id,
      Category: 'RoleManagement',
      Result: 'success',
      ActivityDisplayName: first.activityDisplayName,
      ActivityDateTime: first.activityDateTime,
      LoggedByService: first.loggedByService,
      InitiatedBy: JSON.stringify(first.initiatedBy),
      TargetResources: JSON.stringify(first.targetResources)
    };
    const [event] = runJson(entraAuditLogs, [row]).records.events;
    expect(event).toEqual(runJson(entraAuditLogs, [first]).records.events[0]);
    expect(event.target).toBe('bob.berg@contoso.example (Global Administrator)');
  });
});
