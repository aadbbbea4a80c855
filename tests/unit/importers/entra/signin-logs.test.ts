import { describe, expect, it } from 'vitest';
import { entraSignInLogs } from '$lib/core/importers/entra/signin-logs';
import { entraSignInLogsCsv } from '$lib/core/importers/entra/signin-logs-csv';
import type { ImportOutput } from '$lib/core/importers/types';
import {
  csvHeader,
  readFixture,
  readFixtureJson,
  readRealExport,
  readRealJson,
  runJson,
  runTable
} from '../helpers';
import { expectValid } from './records';

const CSV = readRealExport('05_signin_logs', 'msticpy_aad_logons_SigninLogs.derived.csv');
const JSON_ROWS = readRealJson('05_signin_logs', 'msticpy_aad_logons_SigninLogs.derived.json');

function count<T>(values: T[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const v of values) out[String(v)] = (out[String(v)] ?? 0) + 1;
  return out;
}

/** What both msticpy files hold, counted by hand per sign-in id (86 rows, 45 ids). */
function expectMsticpyCounts(out: ImportOutput): void {
  expectValid(out);
  expect(out.rejected).toEqual([]);
  expect(out.records.events).toHaveLength(45);
  expect(count(out.records.events.map((e) => e.result))).toEqual({ success: 44, failure: 1 });
  expect(count(out.records.events.map((e) => e.mfaResult))).toEqual({
    satisfied: 24,
    'not-required': 20,
    unknown: 1
  });
  expect(count(out.records.events.map((e) => e.country))).toEqual({ BE: 32, US: 13 });
  expect(out.warnings).toEqual([
    '41 records repeat a sign-in already read (same id); each pair was joined into one event.'
  ]);
}

describe('entraSignInLogsCsv on the Sentinel SigninLogs CSV (real file)', () => {
  const out = runTable(entraSignInLogsCsv, CSV);

  it('detect(header) recognises the SigninLogs columns', () => {
    expect(entraSignInLogsCsv.detect(csvHeader(CSV))?.confidence).toBeGreaterThanOrEqual(0.9);
  });

  it('start(header) gives 45 sign-ins: 44 successes, 1 failure, MFA by claim on 24', () => {
    expectMsticpyCounts(out);
  });

  it('start(header) reads the nested JSON columns of the first sign-in', () => {
    const first = out.records.events.find(
      (e) => e.id === 'entra:signin:f05079ed-f820-4531-ab26-498b53af3800'
    );
    expect(first).toMatchObject({
      category: 'signin',
      time: '2020-05-20T18:19:04.000Z',
      actorId: 'entra:user:acc49186-e946-4f6c-85af-669807da0e0f',
      actorName: 'ctfuser3@seccxp.ninja',
      ip: '24.13.212.221',
      country: 'US',
      city: 'Park Ridge',
      lat: 41.9971809387207,
      lon: -87.8483123779297,
      result: 'success',
      errorCode: '0',
      mfaResult: 'not-required',
      app: 'Azure Portal',
      clientApp: 'Browser'
    });
  });

  it('start(header) keeps the error code of the failed sign-in and its unknown MFA outcome', () => {
    const failed = out.records.events.find((e) => e.result === 'failure');
    expect(failed).toMatchObject({
      id: 'entra:signin:2a292f6a-7658-495a-92ea-b750ca502b00',
      errorCode: '90072',
      actorName: 'meganb@seccxp.ninja',
      mfaResult: 'unknown',
      city: 'Atlanta'
    });
  });
});

describe('entraSignInLogs on the Sentinel SigninLogs JSON (real file)', () => {
  it('detect(value) recognises the PascalCase SigninLogs records', () => {
    expect(entraSignInLogs.detect(JSON_ROWS)?.confidence).toBeGreaterThanOrEqual(0.9);
  });

  it('parse(value) gives the same 45 sign-ins as the CSV', () => {
    expectMsticpyCounts(runJson(entraSignInLogs, JSON_ROWS));
  });
});

describe('entraSignInLogs on Graph /auditLogs/signIns (fixture)', () => {
  const value = readFixtureJson('entra', 'signins-graph.json');
  const out = runJson(entraSignInLogs, value);

  it('detect(value) recognises the auditLogs/signIns context', () => {
    expect(entraSignInLogs.detect(value)?.confidence).toBeGreaterThanOrEqual(0.95);
  });

  it('parse(value) reads success, failure and interruption with their MFA outcome', () => {
    expectValid(out);
    expect(out.records.events.map((e) => [e.result, e.errorCode, e.mfaResult])).toEqual([
      ['success', '0', 'satisfied'],
      ['failure', '500121', 'denied'],
      ['interrupted', '50074', 'unknown']
    ]);
  });

  it('parse(value) takes a location without coordinates and the protocol and agent', () => {
    const [adele, lagos] = out.records.events;
    expect([adele.lat, adele.lon, adele.protocol, adele.time]).toEqual([
      47.68050003051758,
      -122.12094116210938,
      'none',
      '2024-05-03T19:15:41.619Z'
    ]);
    expect([lagos.country, lagos.city, lagos.lat]).toEqual(['NG', 'Lagos', undefined]);
    expect(lagos.clientApp).toBe('Exchange ActiveSync');
  });
});

describe('entraSignInLogsCsv on the admin centre download (fixture)', () => {
  const text = readFixture('entra', 'signins-portal.csv');
  const out = runTable(entraSignInLogsCsv, text);

  it('detect(header) recognises Date (UTC), Request ID and Status', () => {
    expect(entraSignInLogsCsv.detect(csvHeader(text))?.confidence).toBeGreaterThanOrEqual(0.9);
  });

  it('start(header) reads the Status words, the MFA sentence and the City, State, CC location', () => {
    expectValid(out);
    expect(out.records.events.map((e) => [e.result, e.mfaResult, e.city, e.country])).toEqual([
      ['success', 'satisfied', 'Melbourne', 'AU'],
      ['failure', 'not-required', 'Amsterdam', 'NL'],
      ['interrupted', 'unknown', 'Seattle', 'US']
    ]);
    expect(out.records.events[1]).toMatchObject({
      protocol: 'ROPC',
      clientApp: 'Authenticated SMTP',
      userAgent: 'BAV2ROPC',
      errorCode: '50126'
    });
  });

  it('start(header) rejects a row without a time, with its line', () => {
    const lines = text.split('\r\n');
    const broken = [lines[0], lines[1].replace('2025-12-04T08:19:41Z', '')].join('\r\n');
    const result = runTable(entraSignInLogsCsv, broken);
    expect(result.rejected).toEqual([
      { line: 2, column: 'createdDateTime', reason: 'no readable sign-in time' }
    ]);
  });
});

describe('entraSignInLogs on diagnostic-settings records', () => {
  const record = {
    time: '2024-06-01T10:00:05.0000000Z',
    resourceId: '/tenants/3c19c757-3b55-411f-b03f-2bcc514a598d/providers/Microsoft.aadiam',
    operationName: 'Sign-in activity',
    category: 'NonInteractiveUserSignInLogs',
    resultType: '0',
    properties: {
      id: '99bd87be-9634-4bb8-eb95-22c8d8cc0400',
      createdDateTime: '2024-06-01T09:59:58.1234567+00:00',
      userPrincipalName: 'AdeleV@contoso.com',
      userId: '6e7b768e-07e2-4810-8459-485f84f8f204',
      appDisplayName: 'Microsoft Outlook',
      ipAddress: '192.0.2.10',
      status: { errorCode: 0 },
      location: { city: 'Oslo', countryOrRegion: 'NO' }
    }
  };

  it('parse(value) reads the sign-in in properties, in a records wrapper or as NDJSON lines', () => {
    for (const value of [{ records: [record] }, [record]]) {
      expect(entraSignInLogs.detect(value)).not.toBeNull();
      const out = runJson(entraSignInLogs, value);
      expectValid(out);
      expect(out.records.events).toEqual([
        {
          id: 'entra:signin:99bd87be-9634-4bb8-eb95-22c8d8cc0400',
          system: 'entra',
          category: 'signin',
          time: '2024-06-01T09:59:58.123Z',
          result: 'success',
          actorId: 'entra:user:6e7b768e-07e2-4810-8459-485f84f8f204',
          actorName: 'AdeleV@contoso.com',
          country: 'NO',
          city: 'Oslo',
          errorCode: '0',
          ip: '192.0.2.10',
          app: 'Microsoft Outlook'
        }
      ]);
    }
  });
});
