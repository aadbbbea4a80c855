import { describe, expect, it } from 'vitest';
import type { Assessment, Source } from '../../../src/lib/core/assessment';
import { DEFAULT_SETTINGS } from '../../../src/lib/core/assessment';
import {
  analyseBaseline,
  sameClient,
  workbookStoredData
} from '../../../src/lib/core/compare/baseline';
import { awsCredentialReport } from '../../../src/lib/core/importers/aws/credential-report';
import {
  decodeWorkbook,
  encodeWorkbook,
  WORKBOOK_KIND,
  WORKBOOK_VERSION,
  type WorkbookFile
} from '../../../src/lib/core/workbook/format';
import { readRealExport, runTable } from '../importers/helpers';

const CSV = readRealExport(
  '01_aws_credential_report',
  'c7n_test_account_credential_report.GetCredentialReport_1.content.csv'
);

const ASSESSMENT: Assessment = {
  id: 'a-old',
  client: 'Cloud Custodian',
  assessor: 'QA',
  scope: 'AWS',
  created: '2016-11-24T09:00:00Z',
  updated: '2016-11-24T09:00:00Z',
  targets: { '1': 3, '2': 3, '3': 3, '4': 3, '5': 3 },
  settings: DEFAULT_SETTINGS
};

function source(id: string): Source {
  return {
    id,
    assessmentId: 'a-old',
    format: awsCredentialReport.id,
    formatLabel: 'AWS credential report',
    system: 'aws',
    fileName: 'report.csv',
    size: CSV.length,
    hash: 'h',
    // kit's access key 2, last used 2016-11-23T22:21:00, is the newest date in the file.
    newestTimestamp: '2016-11-23T22:21:00Z',
    importedAt: '2016-11-24T09:00:00Z',
    accepted: 21,
    rejected: 0,
    counts: {},
    warnings: [],
    rejectedRows: [],
    evidence: 'header'
  };
}

/** The real report as a workbook: accounts split in two chunks written out of order. */
function workbook(): WorkbookFile {
  const { records } = runTable(awsCredentialReport, CSV);
  const half = Math.ceil(records.accounts.length / 2);
  return {
    kind: WORKBOOK_KIND,
    version: WORKBOOK_VERSION,
    appVersion: 'test',
    exportedAt: '2016-11-24T10:00:00Z',
    assessment: ASSESSMENT,
    sources: [source('s1')],
    chunks: [
      { sourceId: 's1', seq: 1, kind: 'accounts', records: records.accounts.slice(half) },
      { sourceId: 's1', seq: 0, kind: 'accounts', records: records.accounts.slice(0, half) },
      { sourceId: 's1', seq: 2, kind: 'credentials', records: records.credentials },
      // A chunk of a source the file does not list: storage would never load it.
      { sourceId: 'gone', seq: 0, kind: 'accounts', records: records.accounts.slice(0, 1) }
    ],
    docs: [
      {
        key: 'answer:s1-q01',
        value: { questionId: 's1-q01', stage: 3, updated: '2016-11-24T09:00:00Z' }
      }
    ],
    links: []
  };
}

describe('workbookStoredData', () => {
  it('workbookStoredData(file) joins chunks per source in seq order and skips unknown sources', () => {
    const file = workbook();
    const data = workbookStoredData(file);
    const { records } = runTable(awsCredentialReport, CSV);
    expect([...data.records.keys()]).toEqual(['s1']);
    expect(data.records.get('s1')?.accounts.map((a) => a.id)).toEqual(
      records.accounts.map((a) => a.id)
    );
    expect(data.records.get('s1')?.events).toEqual([]);
    expect(data.docs.get('answer:s1-q01')).toMatchObject({ stage: 3 });
  });
});

describe('analyseBaseline', () => {
  it('analyseBaseline(file) gives the KPIs worked out by hand from the real credential report', () => {
    // Through the file format first, as the Report page reads it.
    const read = decodeWorkbook(encodeWorkbook(workbook()), 'old.ztw');
    if (!read.ok) throw new Error(read.message);
    const b = analyseBaseline(read.file);
    const value = (id: string) => b.snapshot.kpis.find((k) => k.id === id)?.value;
    // 21 rows, christopher twice with one ARN: 20 accounts; root, one service user, 18 humans.
    expect(value('accounts')).toBe(20);
    expect(value('service-accounts')).toBe(1);
    // mfa_active true for 9 of the 18 humans.
    expect(value('mfa-coverage')).toBe(50);
    // jeff never signed in and was created 119 days before 2016-11-23.
    expect(value('dormant')).toBe(1);
    expect(b.asOf).toBe('2016-11-23');
    expect(b.label).toBe('the assessment of 2016-11-23');
    expect(b.client).toBe('Cloud Custodian');
  });

  it('analyseBaseline(file) scores the answers the workbook carries', () => {
    const b = analyseBaseline(workbook());
    expect(b.snapshot.score.steps.map((s) => s.current)).toEqual([3, null, null, null, null]);
    expect(b.snapshot.score.overall).toBe(3);
    expect(b.snapshot.findings.some((f) => f.id === 'ZTW-MFA-002' && f.status === 'finding')).toBe(
      true
    );
  });
});

describe('sameClient', () => {
  it('sameClient(a, b) ignores case, spacing and the copy suffixes the app adds', () => {
    expect(sameClient('Contoso Ltd', '  contoso   LTD ')).toBe(true);
    expect(sameClient('Contoso Ltd (imported)', 'Contoso Ltd')).toBe(true);
    expect(sameClient('Contoso Ltd (copy)', 'contoso ltd')).toBe(true);
    expect(sameClient('Contoso Ltd', 'Fabrikam')).toBe(false);
    expect(sameClient('Анна и партнёры', 'АННА И ПАРТНЁРЫ')).toBe(true);
  });
});
