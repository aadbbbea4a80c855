import { describe, expect, it } from 'vitest';
import { evaluateRules } from '../../../src/lib/core/findings';
import type { Acceptance, Rule, RuleResult } from '../../../src/lib/core/findings';
import { analysisInput } from '../../fixtures/metrics/build';

function rule(id: string, result: RuleResult): Rule {
  return {
    id,
    severity: 'high',
    title: `rule ${id}`,
    why: 'why',
    remediation: 'fix',
    step: 2,
    ztmm: 'Authentication',
    attack: 'T1078',
    needs: 'an export',
    evaluate: () => result
  };
}

const found = rule('ZTW-T-001', {
  status: 'finding',
  affected: ['a', 'b'],
  evidence: ['a: x', 'b: y']
});
const passed = rule('ZTW-T-002', { status: 'pass' });
const blind = rule('ZTW-T-003', { status: 'not-assessed', needs: 'an Entra users export' });
const input = analysisInput({}); // as-of 2024-04-30

function acceptance(ruleId: string, expires: string): Acceptance {
  return { ruleId, reason: 'compensating control', expires, acceptedAt: '2024-01-01T00:00:00Z' };
}

describe('evaluateRules', () => {
  it('evaluateRules(rules, input, []) returns one finding per rule, in order, with its metadata', () => {
    const out = evaluateRules([found, passed, blind], input, []);
    expect(out.map((f) => [f.id, f.status])).toEqual([
      ['ZTW-T-001', 'finding'],
      ['ZTW-T-002', 'pass'],
      ['ZTW-T-003', 'not-assessed']
    ]);
    expect(out[0]).toMatchObject({
      severity: 'high',
      step: 2,
      attack: 'T1078',
      affected: ['a', 'b']
    });
    expect(out[0]).not.toHaveProperty('evaluate');
  });

  it('evaluateRules(rules, input, []) names the missing export of a rule that is not assessed', () => {
    const [f] = evaluateRules([blind], input, []);
    expect(f.needs).toBe('an Entra users export');
    expect(f.evidence).toEqual(['Not assessed: needs an Entra users export.']);
    expect(f.affected).toEqual([]);
  });

  it('evaluateRules(rules, input, acceptances) marks an accepted finding, which stays in the list', () => {
    const accepted = acceptance('ZTW-T-001', '2024-06-30');
    const [f] = evaluateRules([found], input, [accepted]);
    expect(f.status).toBe('finding');
    expect(f.acceptance).toEqual(accepted);
  });

  it('evaluateRules(rules, input, acceptances) keeps an acceptance on its expiry day and drops it the day after', () => {
    const onTheDay = evaluateRules([found], input, [acceptance('ZTW-T-001', '2024-04-30')]);
    expect(onTheDay[0].acceptance).toBeDefined();
    const lapsed = evaluateRules([found], input, [acceptance('ZTW-T-001', '2024-04-29T23:59:59Z')]);
    expect(lapsed[0].acceptance).toBeUndefined();
  });

  it('evaluateRules(rules, input, acceptances) ignores acceptances of other rules and of passing rules', () => {
    const out = evaluateRules([found, passed], input, [acceptance('ZTW-T-002', '2025-01-01')]);
    expect(out[0].acceptance).toBeUndefined();
    expect(out[1].acceptance).toBeUndefined();
  });

  it('evaluateRules(rules, input, acceptances) takes the longest-running of two current acceptances', () => {
    const short = acceptance('ZTW-T-001', '2024-05-01');
    const long = acceptance('ZTW-T-001', '2024-12-31');
    expect(evaluateRules([found], input, [short, long])[0].acceptance).toEqual(long);
  });
});
