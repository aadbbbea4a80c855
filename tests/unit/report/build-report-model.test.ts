import { describe, expect, it } from 'vitest';
import { aliases, buildReportModel, pseudonymise, sha256Hex } from '../../../src/lib/core/report';
import type { IdentityRef } from '../../../src/lib/core/export';
import { ANNA, KPIS, NIKOS, sampleInput } from './sample';

describe('buildReportModel', () => {
  const model = buildReportModel(sampleInput());

  it('buildReportModel(input) fills the cover from the assessment and the given dates', () => {
    expect(model.meta).toEqual({
      title: 'Zero Trust identity assessment',
      client: 'Contoso Ltd',
      assessor: 'Jane Auditor',
      scope: 'AWS account 644160558196 and Entra tenant',
      asOf: '2017-02-22',
      generatedAt: '2017-03-01T10:00:00Z',
      confidentiality: 'CONFIDENTIAL — prepared for Contoso Ltd; do not distribute',
      pseudonymised: false
    });
  });

  it('buildReportModel(input) counts open findings per severity, leaving accepted and not-assessed out', () => {
    // Open: MFA-004 and AWS-001 critical, MFA-001 high, CRED-002 medium; PWD-002 is accepted.
    expect(model.summary.findingCounts).toEqual([
      { severity: 'critical', count: 2 },
      { severity: 'high', count: 1 },
      { severity: 'medium', count: 1 },
      { severity: 'low', count: 0 },
      { severity: 'info', count: 0 }
    ]);
    expect(model.findings.accepted.map((f) => f.ruleId)).toEqual(['ZTW-PWD-002']);
    expect(model.findings.accepted[0].accepted).toEqual({
      reason: 'Passwordless rollout in Q3',
      expires: '2017-09-30'
    });
  });

  it('buildReportModel(input) ranks top risks by severity, then affected identities', () => {
    expect(model.summary.topRisks.map((f) => [f.ruleId, f.affectedCount])).toEqual([
      ['ZTW-MFA-004', 2],
      ['ZTW-AWS-001', 1],
      ['ZTW-MFA-001', 8],
      ['ZTW-CRED-002', 2]
    ]);
    // The 8 users without MFA, sorted by code point (capitals first), five shown.
    expect(model.summary.topRisks[2].examples).toEqual([
      'Jennifer',
      'andrew',
      'christopher',
      'jeff',
      'kapil',
      'and 3 more'
    ]);
    expect(model.summary.topRisks[0].examples).toEqual([
      'Νίκος Παπαδόπουλος (nikos.papadopoulos@contoso.example)',
      'Анна Соколова (anna.sokolova@contoso.example)'
    ]);
  });

  it('buildReportModel(input) formats KPI tiles and says "not assessed" with the export needed', () => {
    expect(model.summary.kpiTiles).toEqual([
      { id: 'accounts', label: 'Accounts', value: '22', detail: '' },
      { id: 'mfa-coverage', label: 'MFA coverage', value: '57.9%', detail: '11 of 19' },
      {
        id: 'phishing-resistant',
        label: 'Phishing-resistant MFA',
        value: 'not assessed',
        detail: 'an Entra registration details export'
      },
      { id: 'credentials', label: 'Active credentials', value: '1,234', detail: '' },
      { id: 'maturity', label: 'Maturity', value: '1.9', detail: '' }
    ]);
    expect(model.summary.answered).toBe(true);
    expect(model.summary.overall).toBe('1.9');
    expect(model.summary.overallStage).toBe('Traditional');
    expect(model.metrics.map((m) => m.definition)).toEqual(KPIS.map((k) => k.definition));
  });

  it('buildReportModel(input) with no questionnaire answer has no overall score to print', () => {
    const input = sampleInput();
    const unanswered = buildReportModel({ ...input, score: { ...input.score, overall: null } });
    expect(unanswered.summary.answered).toBe(false);
    expect(unanswered.summary.overall).toBe('not answered');
  });

  it('buildReportModel(input) lists sources with their export date, and what was not assessed', () => {
    expect(model.methodology.sources).toEqual([
      {
        fileName: 'c7n_test_account_credential_report.GetCredentialReport_1.json',
        format: 'AWS credential report',
        system: 'aws',
        exportedAt: '2017-02-22',
        accepted: 21,
        rejected: 0,
        warnings: 1
      }
    ]);
    expect(model.methodology.notAssessedKpis).toEqual([
      { label: 'Phishing-resistant MFA', needs: 'an Entra registration details export' }
    ]);
    expect(model.methodology.notAssessedRules).toEqual([
      {
        ruleId: 'ZTW-LOG-001',
        title: 'Sign-ins not reviewed',
        needs: 'an Entra sign-in log export'
      }
    ]);
  });

  it('buildReportModel(input) shows the maturity table and passes the charts through', () => {
    expect(model.maturity.steps.map((s) => [s.current, s.target, s.gap])).toEqual([
      ['2.5', '3.0', '0.5'],
      ['1.5', '3.0', '1.5'],
      ['2.0', '3.0', '1.0'],
      ['not answered', '3.0', '—'],
      ['1.5', '2.0', '0.5']
    ]);
    expect(model.maturity.radar?.svg.startsWith('<svg')).toBe(true);
  });

  it('buildReportModel(input) draws the roadmap timeline with one bar per action', () => {
    const bars = model.roadmap.timeline.svg.match(/<rect [^>]*rx="1.5"/g) ?? [];
    expect(bars).toHaveLength(model.roadmap.rows.length);
    expect(model.roadmap.rows.map((r) => r.id)).toEqual([
      'rule:ZTW-MFA-001',
      'rule:ZTW-MFA-004',
      'rule:ZTW-AWS-001',
      'rule:ZTW-CRED-002',
      'question:4:mon-1',
      'question:4:mon-2'
    ]);
    expect(model.roadmap.timeline.text).toBe(
      'Roadmap timeline: 6 actions, 3 in 0-30 days, 3 in 31-90 days, 0 in 91-180 days.'
    );
  });

  it('buildReportModel(input with baseline) compares KPIs, findings and scores', () => {
    const c = model.comparison;
    expect(c?.kpis.find((k) => k.label === 'MFA coverage')).toMatchObject({
      baseline: '47.4%',
      current: '57.9%',
      delta: '+10.5',
      verdict: 'better'
    });
    expect(c?.resolved).toEqual([]);
    expect(c?.persisting.find((p) => p.ruleId === 'ZTW-MFA-001')?.removed).toEqual([
      'Анна Соколова (anna.sokolova@contoso.example)'
    ]);
    expect(c?.score[0]).toEqual({
      label: 'Overall',
      baseline: '1.5',
      current: '1.9',
      delta: '+0.4'
    });
  });

  it('buildReportModel(input) gives the same model for the same input', () => {
    expect(buildReportModel(sampleInput())).toEqual(model);
  });
});

describe('pseudonymise', () => {
  const plain = buildReportModel(sampleInput());
  const masked = buildReportModel(sampleInput({ pseudonymise: { salt: 'contoso-2017' } }));
  const text = JSON.stringify(masked);

  it('pseudonymise(model) removes every name, UPN and record id of the identities it mentions', () => {
    // Named in the model: the 5 shown of the 8 without MFA (Jennifer, andrew, christopher, jeff,
    // kapil), kit (two keys), root, Anna and Nikos.
    expect(plain.identities).toHaveLength(9);
    for (const i of plain.identities) {
      for (const s of [i.name, i.upn, i.id]) {
        if (s) expect(text, s).not.toContain(s);
      }
    }
    expect(masked.meta.pseudonymised).toBe(true);
    expect(masked.methodology.paragraphs.at(-1)).toMatch(/stable pseudonyms/);
  });

  it('pseudonymise(model) gives one identity the same alias everywhere', () => {
    const alias = aliases(plain.identities, 'contoso-2017').get(ANNA) ?? '';
    expect(alias).toMatch(/^User-[0-9A-F]{4}$/);
    expect(masked.summary.topRisks[0].examples).toContain(alias);
    expect(masked.comparison?.persisting.find((p) => p.ruleId === 'ZTW-MFA-001')?.removed).toEqual([
      alias
    ]);
    expect(masked.roadmap.rows[1].examples).toContain(alias);
  });

  it('pseudonymise(model, other salt) gives other aliases, and the same salt the same ones', () => {
    const a = aliases(plain.identities, 'contoso-2017');
    const b = aliases(plain.identities, 'fabrikam-2017');
    expect(a.get(NIKOS)).not.toBe(b.get(NIKOS));
    expect(pseudonymise(plain, 'contoso-2017')).toEqual(masked);
  });

  it('aliases(identities, salt) lengthens colliding short aliases until they differ', () => {
    // Find two ids whose aliases share the first 4 hex digits (birthday: a few hundred tries).
    const seen = new Map<string, string>();
    let pair: [string, string] | undefined;
    for (let i = 0; !pair && i < 100_000; i++) {
      const id = `aws:user:u${i}`;
      const short = sha256Hex(`s\u0000${id}`).slice(0, 4);
      const other = seen.get(short);
      if (other) pair = [other, id];
      else seen.set(short, id);
    }
    const ids: IdentityRef[] = (pair ?? []).map((id) => ({
      id,
      label: id,
      name: id,
      kind: 'human'
    }));
    const out = aliases(ids, 's');
    const [x, y] = ids.map((i) => out.get(i.id) ?? '');
    expect(x).not.toBe(y);
    expect(x).toMatch(/^User-[0-9A-F]{6}$/);
    expect(y).toMatch(/^User-[0-9A-F]{6}$/);
  });
});

describe('sha256Hex', () => {
  it('sha256Hex(text) matches the FIPS 180-2 test vectors', () => {
    expect(sha256Hex('')).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
    expect(sha256Hex('abc')).toBe(
      'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad'
    );
    expect(sha256Hex('abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq')).toBe(
      '248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1'
    );
  });
});
