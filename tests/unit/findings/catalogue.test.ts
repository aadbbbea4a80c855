import { describe, expect, it } from 'vitest';
import { baseRules, evaluateRules } from '../../../src/lib/core/findings';
import { SEVERITIES, STEPS, ZTMM_FUNCTIONS } from '../../../src/lib/core/model';
import { analysisInput } from '../../fixtures/metrics/build';

describe('baseRules', () => {
  it('baseRules have unique ids of the form ZTW-<AREA>-<NNN>', () => {
    const ids = baseRules.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^ZTW-(INV|ACCT|MFA|ROOT|PWD|CRED)-\d{3}$/);
  });

  it('baseRules carry every field the report shows, with valid step, severity and ZTMM function', () => {
    for (const r of baseRules) {
      expect(SEVERITIES, r.id).toContain(r.severity);
      expect(STEPS, r.id).toContain(r.step);
      expect(ZTMM_FUNCTIONS, r.id).toContain(r.ztmm);
      for (const text of [r.title, r.why, r.remediation, r.needs])
        expect(text.length, r.id).toBeGreaterThan(10);
      if (r.attack) expect(r.attack, r.id).toMatch(/^T\d{4}(\.\d{3})?$/);
    }
  });

  it('evaluateRules(baseRules, empty input) passes nothing silently: every rule is not assessed', () => {
    const out = evaluateRules(baseRules, analysisInput({}), []);
    for (const f of out) expect(f.status, f.id).toBe('not-assessed');
  });
});
