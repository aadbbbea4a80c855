import { describe, expect, it } from 'vitest';
import {
  assessmentFileName,
  reportDate,
  reportFileName
} from '../../../src/lib/core/report/report-date';

const assessment = { created: '2024-01-02T08:00:00Z', updated: '2024-01-05T08:00:00Z' };

describe('reportDate', () => {
  it('reportDate(input) is the assessment update when nothing changed later', () => {
    expect(reportDate({ assessment })).toBe('2024-01-05T08:00:00Z');
  });

  it('reportDate(input) takes the newest answer, acceptance or other change', () => {
    expect(
      reportDate({
        assessment,
        answers: [{ updated: '2024-01-06T10:00:00Z' }, { updated: '2024-01-04T10:00:00Z' }],
        acceptances: [{ acceptedAt: '2024-01-07T09:30:00Z' }],
        others: [undefined, '2024-01-03T00:00:00Z']
      })
    ).toBe('2024-01-07T09:30:00Z');
  });

  it('reportDate(input) compares instants, not text, and skips unreadable times', () => {
    // 2024-01-05T09:00+02:00 is 07:00Z, earlier than the update at 08:00Z.
    expect(reportDate({ assessment, others: ['2024-01-05T09:00:00+02:00', 'soon'] })).toBe(
      '2024-01-05T08:00:00Z'
    );
  });
});

describe('reportFileName', () => {
  it('reportFileName(client, asOf) names the client and the as-of day', () => {
    expect(reportFileName('Contoso Ltd', '2017-02-22T23:07:48Z')).toBe(
      'Contoso Ltd-zero-trust-report-2017-02-22.pdf'
    );
  });

  it('reportFileName(client, asOf) keeps other scripts and replaces what file systems refuse', () => {
    expect(reportFileName('Ἀθῆναι / Σοκολόβα: "A|B"?', '2020-01-01')).toBe(
      'Ἀθῆναι _ Σοκολόβα_ _A_B_-zero-trust-report-2020-01-01.pdf'
    );
    expect(reportFileName('Northwind Meridian (demo)', '2025-03-31')).toBe(
      'Northwind Meridian (demo)-zero-trust-report-2025-03-31.pdf'
    );
  });
});

describe('assessmentFileName', () => {
  it('assessmentFileName(client, what, asOf, ext) names an export; an empty client reads assessment', () => {
    expect(assessmentFileName(' .. ', 'roadmap', '2020-01-01T10:00:00Z', 'xlsx')).toBe(
      'assessment-roadmap-2020-01-01.xlsx'
    );
    expect(assessmentFileName('Contoso', 'findings', '2020-01-01', 'csv')).toBe(
      'Contoso-findings-2020-01-01.csv'
    );
  });
});
