import { describe, expect, it } from 'vitest';
import { awsCloudTrail } from '$lib/core/importers/aws/cloudtrail';
import type { SignInEvent } from '$lib/core/model';
import { detect, readFixtureJson, readRealExport, readRealJson, runJson } from '../helpers';

/** NDJSON as the pipeline hands it over: an array of the lines' values. */
function ndjson(text: string): unknown[] {
  return text
    .split(/\r?\n/)
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as unknown);
}

const PLASO = ndjson(readRealExport('05_signin_logs', 'plaso_aws_cloudtrail_lookup-events.jsonl'));

function byId(events: SignInEvent[], eventId: string): SignInEvent {
  const found = events.find((e) => e.id === `aws:event:${eventId}`);
  if (!found) throw new Error(`no event ${eventId}`);
  return found;
}

describe('awsCloudTrail.detect', () => {
  it('awsCloudTrail.detect(value) accepts LookupEvents lines, Records files and NDJSON records', () => {
    const records = readFixtureJson('aws', 'cloudtrail-records.json') as { Records: unknown[] };
    for (const value of [
      PLASO,
      records,
      records.Records,
      readFixtureJson('aws', 'cloudtrail-lookup-events.json')
    ]) {
      expect(detect(awsCloudTrail, value)?.confidence).toBeGreaterThanOrEqual(0.9);
    }
  });

  it('awsCloudTrail.detect(value) rejects GCP audit logs and authorization details', () => {
    const gcp = ndjson(readRealExport('09_gcp_iam', 'plaso_gcp_logging_audit.jsonl'));
    expect(detect(awsCloudTrail, gcp)).toBeNull();
    const authz = readRealJson(
      '02_aws_authorization_details',
      'cloudmapper_demo_iam-get-account-authorization-details.json'
    );
    expect(detect(awsCloudTrail, authz)).toBeNull();
  });
});

describe('awsCloudTrail.parse on the plaso LookupEvents lines', () => {
  const out = runJson(awsCloudTrail, PLASO);
  const { events } = out.records;

  it('awsCloudTrail.parse(lines) reads 6 audit events from the JSON strings inside', () => {
    expect(events).toHaveLength(6);
    expect(events.every((e) => e.category === 'audit' && e.result === 'success')).toBe(true);
    expect(events.map((e) => e.operation)).toEqual([
      'DescribeInstances',
      'TerminateInstances',
      'StopInstances',
      'SharedSnapshotVolumeCreated',
      'RunInstances',
      'CreateSecurityGroup'
    ]);
    expect(out.rejected).toEqual([]);
    expect(out.warnings).toEqual([]);
  });

  it('awsCloudTrail.parse(lines) takes the UTC eventTime and links the IAM user', () => {
    const describe = byId(events, '0828c0d2-3589-4390-b954-c78b4a7df44b');
    // EventTime outside says 2022-02-08 09:23:37+11:00: the same instant.
    expect(describe.time).toBe('2022-02-07T22:23:37.000Z');
    expect(describe).toMatchObject({
      actorId: 'aws:user:arn:aws:iam::012345678901:user/fakeusername',
      actorName: 'fakeusername',
      ip: '1.2.3.4',
      app: 'ec2.amazonaws.com',
      userAgent: 'console.ec2.amazonaws.com'
    });
    expect(events.filter((e) => e.actorId !== undefined)).toHaveLength(5);
  });

  it('awsCloudTrail.parse(lines) keeps a service event without actor account or IP', () => {
    const shared = events.find((e) => e.operation === 'SharedSnapshotVolumeCreated');
    expect(shared?.actorId).toBeUndefined();
    expect(shared?.actorName).toBe('ec2.amazonaws.com');
    expect(shared?.ip).toBeUndefined();
    expect(out.scopeKey).toBe('012345678901:2022-02-07T22:19:04.000Z..2022-02-07T22:23:37.000Z');
  });
});

describe('awsCloudTrail.parse on a Records file', () => {
  const value = readFixtureJson('aws', 'cloudtrail-records.json') as { Records: unknown[] };
  const out = runJson(awsCloudTrail, value);
  const { events } = out.records;

  it('awsCloudTrail.parse(records) makes ConsoleLogin a sign-in with its MFAUsed result', () => {
    expect(events).toHaveLength(5);
    expect(events.filter((e) => e.category === 'signin')).toHaveLength(3);
    expect(byId(events, 'aaaaaaaa-0000-0000-0000-000000000001')).toMatchObject({
      category: 'signin',
      result: 'success',
      mfaResult: 'satisfied',
      actorId: 'aws:user:arn:aws:iam::111122223333:user/alice',
      ip: '203.0.113.10',
      time: '2024-03-15T07:45:00.000Z'
    });
    expect(byId(events, 'aaaaaaaa-0000-0000-0000-000000000002')).toMatchObject({
      result: 'failure',
      mfaResult: 'unknown',
      errorCode: 'Failed authentication'
    });
  });

  it('awsCloudTrail.parse(records) links a root login to the root account and reads IPv6', () => {
    expect(byId(events, 'aaaaaaaa-0000-0000-0000-000000000003')).toMatchObject({
      actorId: 'aws:user:arn:aws:iam::111122223333:root',
      mfaResult: 'not-required',
      ip: '2001:db8::1'
    });
  });

  it('awsCloudTrail.parse(records) names the target of IAM calls and a denied call fails', () => {
    const attach = byId(events, 'aaaaaaaa-0000-0000-0000-000000000004');
    expect(attach).toMatchObject({ category: 'audit', target: 'bob', result: 'success' });
    expect(attach.actorId).toBeUndefined();
    expect(attach.actorName).toBe('arn:aws:sts::111122223333:assumed-role/OpsAdmin/ops-session');
    expect(attach.mfaResult).toBeUndefined();
    const denied = byId(events, 'aaaaaaaa-0000-0000-0000-000000000005');
    expect(denied).toMatchObject({ result: 'failure', errorCode: 'AccessDenied', target: 'alice' });
    expect(denied.ip).toBeUndefined();
  });

  it('awsCloudTrail.parse(records) rejects the record without eventTime by its position', () => {
    expect(out.rejected).toEqual([
      { line: 6, column: 'eventTime', reason: 'no readable eventTime' }
    ]);
  });

  it('awsCloudTrail.parse(lines) gives NDJSON records the same events', () => {
    const lines = runJson(awsCloudTrail, value.Records);
    expect(lines.records.events).toEqual(events);
  });
});

describe('awsCloudTrail.parse on lookup-events output', () => {
  it('awsCloudTrail.parse(json) falls back to the summary when CloudTrailEvent is cut', () => {
    const out = runJson(awsCloudTrail, readFixtureJson('aws', 'cloudtrail-lookup-events.json'));
    const { events } = out.records;
    expect(events).toHaveLength(2);
    expect(events[0]).toMatchObject({ target: 'bob', time: '2024-03-16T09:05:00.000Z' });
    expect(events[1]).toMatchObject({
      operation: 'DeleteUser',
      actorName: 'alice',
      time: '2024-03-17T08:00:00.000Z'
    });
    expect(events[1].actorId).toBeUndefined();
    expect(out.warnings).toHaveLength(1);
  });
});
