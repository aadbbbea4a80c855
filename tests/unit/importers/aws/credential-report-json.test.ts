import { describe, expect, it } from 'vitest';
import { awsCredentialReportJson } from '$lib/core/importers/aws/credential-report-json';
import { decodeBase64Text } from '$lib/core/importers/aws/base64';
import { detect, readFixtureJson, readRealJson, runJson } from '../helpers';

const FOLDER = '01_aws_credential_report';
const C7N_1 = 'c7n_test_account_credential_report.GetCredentialReport_1.json';
const C7N_2 = 'c7n_test_iam_user_unused_keys.GetCredentialReport_2.json';
const CLOUDMAPPER = 'cloudmapper_demo_iam-get-credential-report.json';

describe('awsCredentialReportJson.detect', () => {
  it('awsCredentialReportJson.detect(value) accepts the three real responses', () => {
    for (const file of [C7N_1, C7N_2, CLOUDMAPPER]) {
      expect(
        detect(awsCredentialReportJson, readRealJson(FOLDER, file))?.confidence
      ).toBeGreaterThanOrEqual(0.9);
    }
  });

  it('awsCredentialReportJson.detect(value) accepts base64 Content as the CLI prints it', () => {
    const value = readFixtureJson('aws', 'credential-report-cli-base64.json');
    expect(detect(awsCredentialReportJson, value)?.confidence).toBeGreaterThanOrEqual(0.9);
  });

  it('awsCredentialReportJson.detect(value) rejects authorization details and GCP policies', () => {
    const authz = readRealJson(
      '02_aws_authorization_details',
      'cloudmapper_demo_iam-get-account-authorization-details.json'
    );
    expect(detect(awsCredentialReportJson, authz)).toBeNull();
    const gcp = readRealJson(
      '09_gcp_iam',
      'c7n_flight_organization-iam-policy_getIamPolicy.body.json'
    );
    expect(detect(awsCredentialReportJson, gcp)).toBeNull();
  });

  it('awsCredentialReportJson.detect(value) rejects a Content that is not the report', () => {
    expect(
      detect(awsCredentialReportJson, { Content: 'a,b\n1,2', ReportFormat: 'text/csv' })
    ).toBeNull();
  });
});

describe('awsCredentialReportJson.parse', () => {
  it('awsCredentialReportJson.parse(cloudmapper) reads plain CSV Content and GeneratedTime', () => {
    const out = runJson(awsCredentialReportJson, readRealJson(FOLDER, CLOUDMAPPER));
    const { accounts, credentials } = out.records;
    expect(out.exportedAt).toBe('2019-05-07T15:40:22.000Z');
    expect(accounts.map((a) => [a.name, a.kind])).toEqual([
      ['<root_account>', 'root'],
      ['auditor_tmp', 'service'],
      ['user', 'human']
    ]);
    // root 1 key, auditor_tmp 1 key, user 2 keys.
    expect(credentials).toHaveLength(4);
    expect(out.scopeKey).toBe('123456789012');
  });

  it('awsCredentialReportJson.parse(boto recording) unwraps data and the datetime parts', () => {
    const one = runJson(awsCredentialReportJson, readRealJson(FOLDER, C7N_1));
    expect(one.exportedAt).toBe('2017-02-22T23:07:48.000Z');
    expect(one.records.accounts).toHaveLength(20);
    expect(one.records.credentials).toHaveLength(16);
    const two = runJson(awsCredentialReportJson, readRealJson(FOLDER, C7N_2));
    expect(two.exportedAt).toBe('2016-11-25T14:30:42.000Z');
    expect(two.records.accounts).toHaveLength(8);
    expect(two.records.credentials).toHaveLength(10);
  });

  it('awsCredentialReportJson.parse(base64) decodes Content and reads it like the CSV', () => {
    const out = runJson(
      awsCredentialReportJson,
      readFixtureJson('aws', 'credential-report-cli-base64.json')
    );
    expect(out.exportedAt).toBe('2024-03-21T06:00:00.000Z');
    expect(out.records.accounts.map((a) => a.name)).toEqual([
      '<root_account>',
      'alice',
      'ci-deploy',
      'old-bob'
    ]);
    expect(out.records.credentials).toHaveLength(3);
    expect(out.rejected).toEqual([]);
  });

  it('awsCredentialReportJson.parse(value) rejects a Content that is neither CSV nor base64', () => {
    const out = runJson(awsCredentialReportJson, { Content: '%%% not base64 %%%' });
    expect(out.rejected).toHaveLength(1);
    expect(out.rejected[0].column).toBe('Content');
  });
});

describe('decodeBase64Text', () => {
  it('decodeBase64Text(text) decodes UTF-8 and refuses what is not base64', () => {
    expect(decodeBase64Text('dXNlcixhcm4KbMOpYSx4')).toBe('user,arn\nléa,x');
    expect(decodeBase64Text('user,arn')).toBeUndefined();
  });
});
