import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ZTMM_FUNCTIONS } from '../../../src/lib/core/model';
import {
  DEFAULT_BANK,
  parseBank,
  REFERENCE_BULLETS,
  uncoveredBullets
} from '../../../src/lib/core/questionnaire';

const ARTICLE = fs.readFileSync(
  path.resolve(process.cwd(), '../shared/reference/000_60a861369be1eeba.txt'),
  'utf8'
);

/**
 * Each dash bullet of the article, told apart by its first words, and the id our list gives
 * it. Written by hand from the article.
 */
const ARTICLE_BULLETS: [string, string][] = [
  ['Strong authentication:', 'req.strong-authn'],
  ['Least privilege authorization:', 'req.least-privilege-authz'],
  ['Continuous evaluation:', 'req.continuous-evaluation'],
  ['Assume breach:', 'principle.assume-breach'],
  ['Verify explicitly:', 'principle.verify-explicitly'],
  ['Least privilege:', 'principle.least-privilege'],
  ['Continuous monitoring:', 'principle.continuous-monitoring'],
  ['Automated response:', 'principle.automated-response'],
  ['Catalogue all identities', 'step1.catalogue-identities'],
  ['Map effective permissions', 'step1.map-effective-permissions'],
  ['Normalize identity data', 'step1.single-pane'],
  ['Prioritize near-total MFA', 'step2.mfa-privileged'],
  ['Expand MFA coverage', 'step2.mfa-everyone'],
  ['Introduce passwordless', 'step2.passwordless'],
  ['Replace broad static roles', 'step3.dynamic-policies'],
  ['Implement Just-in-Time', 'step3.jit-elevation'],
  ['Regularly review and remediate', 'step3.review-entitlements'],
  ['Monitor authentication flows', 'step4.monitor-flows'],
  ['Detect anomalies', 'step4.detect-anomalies'],
  ['Track excessive failed MFA', 'step4.failed-mfa'],
  ['Automate remediation actions', 'step5.automate-remediation'],
  ['Surface actionable metrics', 'step5.leadership-metrics'],
  ['Continuously refine policies', 'step5.refine-from-trends'],
  ['Skipping Identity Inventory', 'pitfall.skipped-inventory'],
  ['Rolling Out MFA Without', 'pitfall.mfa-ux'],
  ['Neglecting Non-Human Identities', 'pitfall.neglected-nhi'],
  ['Failing to Define KPIs', 'pitfall.no-kpis']
];

const allQuestions = DEFAULT_BANK.sections.flatMap((s) => s.questions);

/** Lower case, letters and digits only, so punctuation cannot hide a copied phrase. */
function words(text: string): string[] {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
    .split(' ');
}
const ARTICLE_WORDS = ` ${words(ARTICLE).join(' ')} `;

/** Runs of six words that appear in the article as they stand. */
function copiedRuns(text: string): string[] {
  const w = words(text);
  const runs: string[] = [];
  for (let i = 0; i + 6 <= w.length; i++) {
    const run = w.slice(i, i + 6).join(' ');
    if (ARTICLE_WORDS.includes(` ${run} `)) runs.push(run);
  }
  return runs;
}

describe('REFERENCE_BULLETS', () => {
  it('REFERENCE_BULLETS names every dash bullet of the article, and the remedy line', () => {
    const dashLines = ARTICLE.split('\n').filter((line) => line.startsWith('- '));
    expect(dashLines).toHaveLength(27);
    for (const line of dashLines) {
      const matches = ARTICLE_BULLETS.filter(([lead]) => line.slice(2).startsWith(lead));
      expect(matches, line).toHaveLength(1);
    }
    expect(ARTICLE).toContain('Remedy:');
    const ids = REFERENCE_BULLETS.map((b) => b.id);
    expect(ids).toEqual([...ARTICLE_BULLETS.map(([, id]) => id), 'remedy.iterative-programme']);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('REFERENCE_BULLETS paraphrases instead of quoting the article', () => {
    // The check itself must see a copied phrase, punctuation and case aside.
    expect(copiedRuns('MAP effective permissions across cloud and on premises')).toHaveLength(3);
    for (const bullet of REFERENCE_BULLETS) expect(copiedRuns(bullet.paraphrase)).toEqual([]);
  });
});

describe('DEFAULT_BANK coverage', () => {
  it('uncoveredBullets(DEFAULT_BANK, REFERENCE_BULLETS) is empty', () => {
    expect(uncoveredBullets(DEFAULT_BANK, REFERENCE_BULLETS)).toEqual([]);
  });

  it('uncoveredBullets names a bullet once the questions covering it are gone', () => {
    const without = {
      ...DEFAULT_BANK,
      sections: DEFAULT_BANK.sections.map((s) => ({
        ...s,
        questions: s.questions.filter((q) => !q.covers.includes('step4.failed-mfa'))
      }))
    };
    expect(uncoveredBullets(without, REFERENCE_BULLETS).map((b) => b.id)).toEqual([
      'step4.failed-mfa'
    ]);
  });

  it('DEFAULT_BANK questions cover only bullets that exist', () => {
    const known = new Set(REFERENCE_BULLETS.map((b) => b.id));
    for (const q of allQuestions)
      for (const id of q.covers) expect(known.has(id), `${q.id} ${id}`).toBe(true);
  });
});

describe('DEFAULT_BANK', () => {
  it('parseBank(DEFAULT_BANK as JSON) accepts the built-in bank unchanged', () => {
    const result = parseBank(JSON.parse(JSON.stringify(DEFAULT_BANK)));
    expect(result).toEqual({ ok: true, bank: DEFAULT_BANK });
  });

  it('DEFAULT_BANK has one section per step plus principles and pitfalls, 30–45 questions', () => {
    expect(DEFAULT_BANK.sections.map((s) => [s.id, s.step])).toEqual([
      ['step1', 1],
      ['step2', 2],
      ['step3', 3],
      ['step4', 4],
      ['step5', 5],
      ['principles', undefined],
      ['pitfalls', undefined]
    ]);
    expect(allQuestions.length).toBeGreaterThanOrEqual(30);
    expect(allQuestions.length).toBeLessThanOrEqual(45);
  });

  it('DEFAULT_BANK numbers questions s<step>-qNN in step sections, cp-/pf- elsewhere', () => {
    for (const section of DEFAULT_BANK.sections) {
      section.questions.forEach((q, i) => {
        const n = String(i + 1).padStart(2, '0');
        const prefix = section.step
          ? `s${section.step}`
          : section.id === 'principles'
            ? 'cp'
            : 'pf';
        expect(q.id).toBe(`${prefix}-q${n}`);
      });
    }
  });

  it('DEFAULT_BANK questions each offer stages 1–4 in order, help, why and a ZTMM function', () => {
    for (const q of allQuestions) {
      expect(q.answers.map((a) => a.stage)).toEqual([1, 2, 3, 4]);
      expect(new Set(q.answers.map((a) => a.text)).size).toBe(4);
      expect(ZTMM_FUNCTIONS).toContain(q.ztmm);
      expect(q.help.length).toBeGreaterThan(20);
      expect(q.why.length).toBeGreaterThan(20);
    }
  });

  it('DEFAULT_BANK wording copies no six-word run from the article', () => {
    const texts = [
      ...DEFAULT_BANK.sections.map((s) => s.intro),
      ...allQuestions.flatMap((q) => [q.text, q.why, q.help, ...q.answers.map((a) => a.text)]),
      ...DEFAULT_BANK.pitfalls.flatMap((p) => [p.title, p.explanation])
    ];
    for (const text of texts) expect(copiedRuns(text), text).toEqual([]);
  });
});
