/**
 * The real AWS credential report through the real importer, findings engine, KPIs and
 * questionnaire, into the roadmap, the report, the exports and the scripts: proves the rule
 * ids and shapes these modules assume are the ones the engine produces.
 */
import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../../../src/lib/core/assessment';
import { scoreSummary } from '../../../src/lib/core/compare';
import { affectedTable, identityDirectory } from '../../../src/lib/core/export';
import { baseRules, evaluateRules } from '../../../src/lib/core/findings';
import type { AnalysisInput } from '../../../src/lib/core/findings/types';
import { resolvePersons } from '../../../src/lib/core/identity/resolve';
import { awsCredentialReport } from '../../../src/lib/core/importers/aws/credential-report';
import { computeKpis } from '../../../src/lib/core/metrics';
import { DEFAULT_BANK, scoreQuestionnaire, stepGaps } from '../../../src/lib/core/questionnaire';
import { remediationScripts } from '../../../src/lib/core/remediation';
import { buildReportModel } from '../../../src/lib/core/report';
import { buildRoadmap } from '../../../src/lib/core/roadmap';
import type { StepGap } from '../../../src/lib/core/roadmap';
import { readRealExport, runTable } from '../importers/helpers';
import { awsUser } from './real-aws';

const ASOF = '2017-02-22T23:07:48Z';

function analysed() {
  const csv = readRealExport(
    '01_aws_credential_report',
    'c7n_test_account_credential_report.GetCredentialReport_1.content.csv'
  );
  const { records } = runTable(awsCredentialReport, csv);
  const input: AnalysisInput = {
    records,
    persons: resolvePersons(records.accounts, []),
    asOf: ASOF,
    settings: DEFAULT_SETTINGS,
    formats: [awsCredentialReport.id]
  };
  const findings = evaluateRules(baseRules, input);
  const score = scoreQuestionnaire(DEFAULT_BANK, []);
  return { input, findings, kpis: computeKpis(input), score };
}

// Enabled human accounts with mfa_active false: the 8 console users, and c7n-test, which has
// neither password nor active key and so counts as human (SPEC §5 source rules).
const NO_MFA = [
  'andrew',
  'christopher',
  'jeff',
  'Jennifer',
  'kapil',
  'kit',
  'scot',
  'steven',
  'c7n-test'
];

describe('the real credential report end to end', () => {
  const { input, findings, kpis, score } = analysed();
  const gaps: StepGap[] = stepGaps(DEFAULT_BANK, [], score);
  const roadmap = buildRoadmap({ findings, gaps, asOf: ASOF });

  it('buildRoadmap(engine findings) makes the MFA action from ZTW-MFA-002 with its 9 accounts', () => {
    const mfa = roadmap.actions.find((a) => a.id === 'rule:ZTW-MFA-002');
    expect(mfa?.affected).toEqual(NO_MFA.map(awsUser).sort());
    expect([mfa?.severity, mfa?.effort, mfa?.step]).toEqual(['high', 2, 2]);
  });

  it('buildRoadmap(questionnaire gaps) turns every unanswered question into an action', () => {
    const questions = gaps.flatMap((g) => g.questionIds);
    const gapActions = roadmap.actions.filter((a) => a.origin === 'gap');
    expect(gapActions).toHaveLength(questions.length);
    expect(gapActions.every((a) => a.title.length > 0)).toBe(true);
  });

  it('remediationScripts(ZTW-MFA-002) leaves a manual MFA step per AWS account', () => {
    const f = findings.filter((x) => x.id === 'ZTW-MFA-002');
    const { scripts } = remediationScripts(f, input.records);
    expect(scripts.map((s) => [s.fileName, s.manual, s.commands])).toEqual([
      ['remediation-aws.sh', 9, 0]
    ]);
  });

  it('affectedTable and buildReportModel name the affected users from the imported records', () => {
    const t = affectedTable(findings, identityDirectory(input.records));
    const names = t.rows.filter((r) => r[0] === 'ZTW-MFA-002').map((r) => r[3]);
    expect(names.sort()).toEqual([...NO_MFA].sort());

    const model = buildReportModel({
      assessment: { client: 'Cloud Custodian test account', assessor: 'QA', scope: 'AWS' },
      asOf: ASOF,
      generatedAt: '2017-03-01T00:00:00Z',
      kpis,
      findings,
      score: scoreSummary(score),
      roadmap: roadmap.actions,
      sources: [],
      records: input.records
    });
    const entry = model.findings.bySeverity
      .flatMap((g) => g.findings)
      .find((f) => f.ruleId === 'ZTW-MFA-002');
    expect(entry?.affectedCount).toBe(9);
    expect(model.summary.overall).toBe('not answered');
  });
});
