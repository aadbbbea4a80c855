import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readJson } from '$lib/core/import/json';
import { oktaSystemLog } from '$lib/core/importers/okta/system-log';
import type { SignInEvent } from '$lib/core/model';
import { expectValid } from '../entra/records';
import { detect, readFixture, readFixtureJson, runJson } from '../helpers';

const ARRAY = readFixtureJson('okta', 'system-log.json');

/** NDJSON read by the pipeline's own JSON reader: an array of the lines' values. */
function readNdjson(text: string): unknown {
  const read = readJson(text);
  if (!read.ok) throw new Error(`unreadable NDJSON at line ${read.line}`);
  expect(read.ndjson).toBe(true);
  return read.value;
}

function byUuid(events: SignInEvent[], n: number): SignInEvent {
  const id = `okta:event:f0000001-0000-4000-8000-${String(n).padStart(12, '0')}`;
  const event = events.find((e) => e.id === id);
  if (!event) throw new Error(`no event ${id}`);
  return event;
}

describe('oktaSystemLog.detect', () => {
  it('oktaSystemLog.detect(value) accepts the array, the NDJSON lines and one event alone', () => {
    const lines = readNdjson(readFixture('okta', 'system-log.ndjson'));
    expect(detect(oktaSystemLog, ARRAY)?.confidence).toBe(0.95);
    expect(detect(oktaSystemLog, lines)?.confidence).toBe(0.95);
    expect(detect(oktaSystemLog, (ARRAY as unknown[])[0])?.confidence).toBe(0.95);
  });

  it('oktaSystemLog.detect(value) rejects Okta users, Entra sign-ins and empty input', () => {
    expect(detect(oktaSystemLog, [])).toBeNull();
    expect(detect(oktaSystemLog, {})).toBeNull();
    expect(detect(oktaSystemLog, readFixtureJson('entra', 'signins-graph.json'))).toBeNull();
    const users = JSON.parse(
      fs.readFileSync(path.resolve(process.cwd(), 'sample-data/okta-users.json'), 'utf8')
    ) as unknown;
    expect(detect(oktaSystemLog, users)).toBeNull();
  });

  it('oktaSystemLog.detect(value) rejects events whose keys are spelt otherwise than Okta', () => {
    const pascal = (ARRAY as Record<string, unknown>[]).map((e) =>
      Object.fromEntries(Object.entries(e).map(([k, v]) => [k[0].toUpperCase() + k.slice(1), v]))
    );
    expect(detect(oktaSystemLog, pascal)).toBeNull();
  });

  it('oktaSystemLog.detect(value) rejects a list where most items are not LogEvents', () => {
    const mixed = [(ARRAY as unknown[])[0], { message: 'a' }, { message: 'b' }];
    expect(detect(oktaSystemLog, mixed)).toBeNull();
  });
});

describe('oktaSystemLog.parse on the JSON array', () => {
  const out = runJson(oktaSystemLog, ARRAY);
  const { events } = out.records;

  it('oktaSystemLog.parse(array) reads 14 valid events and skips the SKIPPED one by warning', () => {
    expectValid(out);
    expect(out.rejected).toEqual([]);
    expect(events).toHaveLength(14);
    expect(out.warnings).toEqual([
      '1 event has outcome SKIPPED, which is neither success nor failure; not imported'
    ]);
    expect(out.scopeKey).toBe('2025-03-10T08:00:00.000Z..2025-03-12T07:30:40.000Z');
  });

  it('oktaSystemLog.parse(array) maps a password sign-in with its place, IP and user agent', () => {
    expect(byUuid(events, 1)).toEqual({
      id: 'okta:event:f0000001-0000-4000-8000-000000000001',
      system: 'okta',
      category: 'signin',
      time: '2025-03-10T08:00:00.000Z',
      result: 'success',
      operation: 'user.session.start',
      actorId: 'okta:user:00u1a2b3c4d5e6f7g8h9',
      actorName: 'ada.lovelace@fixture.example',
      country: 'Portugal',
      city: 'Lisbon',
      lat: 38.7223,
      lon: -9.1393,
      ip: '192.0.2.15',
      protocol: 'PASSWORD',
      userAgent:
        'Mozilla/5.0 (Macintosh; Intel Mac OS X 14_5) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Safari/605.1.15'
    });
  });

  it('oktaSystemLog.parse(array) reads the push sent, refused, refused again, then accepted', () => {
    const steps = [2, 3, 4, 5].map((n) => byUuid(events, n));
    expect(steps.map((e) => [e.category, e.result, e.mfaResult, e.errorCode])).toEqual([
      ['signin', 'success', 'unknown', undefined],
      ['signin', 'failure', 'denied', undefined],
      ['signin', 'failure', 'denied', 'INVALID_CREDENTIALS'],
      ['signin', 'success', 'satisfied', undefined]
    ]);
  });

  it('oktaSystemLog.parse(array) names the app of an SSO event from its AppInstance target', () => {
    expect(byUuid(events, 6)).toMatchObject({ app: 'Fixture Wiki', category: 'signin' });
    expect(byUuid(events, 6).target).toBeUndefined();
  });

  it('oktaSystemLog.parse(array) keeps an unknown login by name, with the failure reason', () => {
    const failed = byUuid(events, 7);
    expect(failed).toMatchObject({
      result: 'failure',
      errorCode: 'VERIFICATION_ERROR',
      actorName: 'admin@fixture.example',
      ip: '2001:db8::7',
      userAgent: 'python-requests/2.31.0'
    });
    expect(failed.actorId).toBeUndefined();
    expect(failed.country).toBeUndefined();
    expect(failed.mfaResult).toBeUndefined();
  });

  it('oktaSystemLog.parse(array) reads a policy CHALLENGE and a denied Outlook sign-in', () => {
    expect(byUuid(events, 8)).toMatchObject({
      category: 'signin',
      result: 'interrupted',
      operation: 'policy.evaluate_sign_on'
    });
    expect(byUuid(events, 9)).toMatchObject({
      result: 'failure',
      clientApp: 'Outlook',
      protocol: 'PASSWORD',
      errorCode: 'Sign-on policy evaluation resulted in DENY'
    });
  });

  it('oktaSystemLog.parse(array) reads privilege grants to a user and a group as audit events', () => {
    expect(byUuid(events, 10)).toMatchObject({
      category: 'audit',
      result: 'success',
      operation: 'user.account.privilege.grant',
      actorName: 'grace.hopper@fixture.example',
      target: 'ada.lovelace@fixture.example (Organization administrator)'
    });
    expect(byUuid(events, 11)).toMatchObject({
      category: 'audit',
      operation: 'group.privilege.grant',
      target: 'Helpdesk Team (Help Desk administrator)'
    });
  });

  it('oktaSystemLog.parse(array) reads a system action: IP from the chain, no user agent', () => {
    const deactivation = byUuid(events, 12);
    expect(deactivation).toMatchObject({
      category: 'audit',
      actorName: 'system@okta.com',
      ip: '203.0.113.9',
      target: 'leaver@fixture.example'
    });
    expect(deactivation.actorId).toBeUndefined();
    expect(deactivation.userAgent).toBeUndefined();
  });

  it('oktaSystemLog.parse(array) counts MFA only for non-password verify steps', () => {
    expect(byUuid(events, 14).mfaResult).toBeUndefined();
    expect(byUuid(events, 15)).toMatchObject({ result: 'failure', mfaResult: 'timeout' });
  });
});

describe('oktaSystemLog.parse on NDJSON', () => {
  const out = runJson(oktaSystemLog, readNdjson(readFixture('okta', 'system-log.ndjson')));

  it('oktaSystemLog.parse(lines) reads 3 events and drops the repeated uuid with a warning', () => {
    expectValid(out);
    expect(out.records.events.map((e) => e.operation)).toEqual([
      'user.session.start',
      'user.mfa.okta_verify.deny_push',
      'user.account.privilege.grant'
    ]);
    expect(out.warnings).toEqual(['1 event repeats an event already read (same uuid)']);
  });

  it('oktaSystemLog.parse(lines) rejects the lines that are not readable events, by line', () => {
    expect(out.rejected).toEqual([
      { line: 4, reason: 'not a System Log event (no uuid or eventType)' },
      { line: 5, column: 'published', reason: 'no readable published time' },
      { line: 7, column: 'outcome.result', reason: 'no outcome.result' }
    ]);
  });
});

describe('oktaSystemLog.parse on the demo System Log', () => {
  const demo = JSON.parse(
    fs.readFileSync(path.resolve(process.cwd(), 'sample-data/okta-system-log.json'), 'utf8')
  ) as unknown;
  const out = runJson(oktaSystemLog, demo);
  const { events } = out.records;

  it('oktaSystemLog.parse(demo) reads all 150 events: spray, lock-out and the grant', () => {
    expectValid(out);
    expect(out.rejected).toEqual([]);
    expect(events).toHaveLength(150);
    const spray = events.filter(
      (e) => e.ip === '203.0.113.50' && e.result === 'failure' && e.category === 'signin'
    );
    expect(spray).toHaveLength(15);
    expect(new Set(spray.map((e) => e.errorCode))).toEqual(new Set(['INVALID_CREDENTIALS']));
    expect(events.find((e) => e.operation === 'user.account.lock')).toMatchObject({
      category: 'audit',
      result: 'failure',
      errorCode: 'LOCKED_OUT'
    });
    expect(events.find((e) => e.operation === 'user.account.privilege.grant')).toMatchObject({
      time: '2026-11-06T14:22:10.000Z',
      actorName: 'tomasz.wojcik@northwindmeridian.example',
      target: 'sam.patel@nwm-contractors.example (Super administrator)'
    });
  });
});
