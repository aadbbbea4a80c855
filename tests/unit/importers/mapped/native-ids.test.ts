import { describe, expect, it } from 'vitest';
import { awsImporters } from '$lib/core/importers/aws';
import { entraUsersCsv } from '$lib/core/importers/entra/users-csv';
import {
  type ColumnMapping,
  headerSignature,
  mappedImporter,
  nativeAccountId
} from '$lib/core/importers/mapped';
import type { TableImporter } from '$lib/core/importers/types';
import { csvHeader, readRealExport, runTable } from '../helpers';

function mapping(
  header: string[],
  system: ColumnMapping['system'],
  nativeId: string
): ColumnMapping {
  return {
    id: 'm',
    name: 'test',
    system,
    headerSignature: headerSignature(header),
    columns: { nativeId },
    defaultKind: 'human',
    nativeIds: true,
    dayFirst: false
  };
}

describe('mappedImporter(mapping) with native ids meets the system’s own importers', () => {
  it('start(header) on the real Entra users CSV gives the ids entraUsersCsv gives', () => {
    const text = readRealExport(
      '03_entra_users_graph',
      'azure-sentinel_SampleData_AADUSerInfo.csv'
    );
    const own = runTable(entraUsersCsv, text).records.accounts.map((a) => a.id);
    const mapped = runTable(
      mappedImporter(mapping(csvHeader(text), 'entra', 'ObjectId_g')),
      text
    ).records.accounts.map((a) => a.id);
    expect(own).toHaveLength(6);
    expect(mapped).toEqual(own);
  });

  it('start(header) on the real AWS credential report gives the ids of its importer', () => {
    const text = readRealExport(
      '01_aws_credential_report',
      'c7n_test_account_credential_report.GetCredentialReport_1.content.csv'
    );
    const report = awsImporters.find((i) => i.id === 'aws-credential-report') as TableImporter;
    const own = runTable(report, text)
      .records.accounts.map((a) => a.id)
      .sort();
    const mapped = runTable(mappedImporter(mapping(csvHeader(text), 'aws', 'arn')), text)
      .records.accounts.map((a) => a.id)
      .sort();
    expect(mapped).toContain('aws:user:arn:aws:iam::644160558196:root');
    expect(mapped).toEqual(own);
  });
});

describe('nativeAccountId(system, value)', () => {
  it('nativeAccountId(entra, braced upper-case GUID) is the lower-case user id', () => {
    expect(nativeAccountId('entra', '{2BEDCDC9-1D82-439E-B07E-86A70AD19CB8}')).toEqual({
      id: 'entra:user:2bedcdc9-1d82-439e-b07e-86a70ad19cb8',
      nativeId: '2bedcdc9-1d82-439e-b07e-86a70ad19cb8'
    });
  });

  it('nativeAccountId(okta, …) keeps 00u ids and lower-cases logins', () => {
    expect(nativeAccountId('okta', '00u1abcDEF')).toEqual({
      id: 'okta:user:00u1abcDEF',
      nativeId: '00u1abcDEF'
    });
    expect(nativeAccountId('okta', 'Ann@Example.com')).toEqual({
      id: 'okta:user:ann@example.com',
      nativeId: 'ann@example.com'
    });
  });

  it('nativeAccountId(gcp, …) tells service accounts by their domain', () => {
    expect(nativeAccountId('gcp', 'Build@proj.iam.gserviceaccount.com')).toEqual({
      id: 'gcp:serviceAccount:build@proj.iam.gserviceaccount.com',
      nativeId: 'build@proj.iam.gserviceaccount.com'
    });
    expect(nativeAccountId('gcp', 'ann@example.com')).toMatchObject({
      id: 'gcp:user:ann@example.com'
    });
  });

  it('nativeAccountId(ad, …) takes a SID, or DOMAIN\\sam as the sAMAccountName', () => {
    expect(nativeAccountId('ad', 's-1-5-21-1-2-3-1104')).toEqual({
      id: 'ad:user:S-1-5-21-1-2-3-1104',
      nativeId: 'S-1-5-21-1-2-3-1104'
    });
    expect(nativeAccountId('ad', 'CORP\\JDoe')).toEqual({
      id: 'ad:user:sam:jdoe',
      nativeId: 'sam:jdoe'
    });
    expect(nativeAccountId('ad', 'jdoe@corp.example')).toHaveProperty('error');
  });

  it('nativeAccountId(aws, a user name) is an error naming the ARN form', () => {
    expect(nativeAccountId('aws', 'andrew')).toEqual({
      error: 'andrew is not one of the IAM user ARNs (arn:aws:iam::123456789012:user/name)'
    });
  });
});
