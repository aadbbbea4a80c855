import { describe, expect, it } from 'vitest';
import { baseRules } from '../../../src/lib/core/findings';
import { monitoringRules } from '../../../src/lib/core/findings/rules/monitoring';
import { privilegeRules } from '../../../src/lib/core/findings/rules/privilege';
import { RULE_REMEDIATION } from '../../../src/lib/core/remediation';
import { RULE_EFFORT } from '../../../src/lib/core/roadmap';

const RULE_IDS = new Set([...baseRules, ...privilegeRules, ...monitoringRules].map((r) => r.id));

describe('RULE_EFFORT and RULE_REMEDIATION', () => {
  it('RULE_EFFORT names only rules of the catalogue, and covers every one of them', () => {
    expect(Object.keys(RULE_EFFORT).filter((id) => !RULE_IDS.has(id))).toEqual([]);
    expect([...RULE_IDS].filter((id) => !(id in RULE_EFFORT))).toEqual([]);
  });

  it('RULE_REMEDIATION names only rules of the catalogue', () => {
    expect(Object.keys(RULE_REMEDIATION).filter((id) => !RULE_IDS.has(id))).toEqual([]);
  });
});
