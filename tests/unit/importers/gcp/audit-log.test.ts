import { describe, expect, it } from 'vitest';
import { gcpAuditLog } from '$lib/core/importers/gcp/audit-log';
import { detect, readRealExport, readRealJson, runJson } from '../helpers';

/** NDJSON as the pipeline hands it over: an array of the lines' values. */
function ndjson(text: string): unknown[] {
  return text
    .split(/\r?\n/)
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as unknown);
}

const PLASO = ndjson(readRealExport('09_gcp_iam', 'plaso_gcp_logging_audit.jsonl'));

describe('gcpAuditLog.detect', () => {
  it('gcpAuditLog.detect(value) accepts the plaso lines and one entry alone', () => {
    expect(detect(gcpAuditLog, PLASO)?.confidence).toBeGreaterThanOrEqual(0.9);
    expect(detect(gcpAuditLog, { entries: PLASO.slice(0, 2) })?.confidence).toBeGreaterThanOrEqual(
      0.9
    );
  });

  it('gcpAuditLog.detect(value) rejects CloudTrail lookup events and a GCP key list', () => {
    const trail = ndjson(
      readRealExport('05_signin_logs', 'plaso_aws_cloudtrail_lookup-events.jsonl')
    );
    expect(detect(gcpAuditLog, trail)).toBeNull();
    const keys = readRealJson(
      '09_gcp_iam',
      'c7n_flight_iam-service-account-key-query_keys.body.json'
    );
    expect(detect(gcpAuditLog, keys)).toBeNull();
  });
});

describe('gcpAuditLog.parse on the plaso lines', () => {
  const out = runJson(gcpAuditLog, PLASO);
  const { events } = out.records;

  it('gcpAuditLog.parse(lines) reads 9 audit entries and skips the 2 others with a warning', () => {
    expect(events).toHaveLength(9);
    expect(out.warnings).toEqual(['2 entries are not Cloud Audit Log entries; skipped']);
    expect(events.every((e) => e.category === 'audit')).toBe(true);
  });

  it('gcpAuditLog.parse(lines) links users and service accounts by email', () => {
    const actors = events.map((e) => e.actorId);
    expect(actors.filter((a) => a === 'gcp:user:fakeemailxyz@gmail.com')).toHaveLength(7);
    expect(actors).toContain('gcp:user:fake-account@fake-project.com');
    expect(actors).toContain(
      'gcp:serviceAccount:dvwa-service-account@ketchup.iam.gserviceaccount.com'
    );
  });

  it('gcpAuditLog.parse(lines) reads status code 7 as a failure and status {} as success', () => {
    const failures = events.filter((e) => e.result === 'failure');
    expect(failures).toHaveLength(1);
    expect(failures[0]).toMatchObject({
      errorCode: '7',
      ip: '34.72.217.225',
      operation: 'google.iam.admin.v1.CreateServiceAccount',
      target: 'projects/ketchup',
      time: '2024-12-03T17:58:44.882Z'
    });
    const created = events.find(
      (e) =>
        e.actorName === 'fakeemailxyz@gmail.com' && e.operation?.endsWith('CreateServiceAccount')
    );
    expect(created?.result).toBe('success');
  });

  it('gcpAuditLog.parse(lines) scopes by projects and period', () => {
    expect(out.scopeKey).toBe(
      'fake-project,ketchup:2021-10-19T02:42:13.839Z..2024-12-03T17:58:44.882Z'
    );
    expect(events[0]).toMatchObject({
      app: 'compute.googleapis.com',
      userAgent: 'UserAgent',
      ip: '1.1.1.1',
      time: '2021-10-19T02:57:47.339Z'
    });
  });
});
