/**
 * The built-in question bank. It is plain data (JSON-compatible), so a consultancy can export
 * it, edit it and import its own through parseBank; nothing in the code depends on its wording.
 */
import type { PitfallRule, QuestionBank } from '../schema';
import { PITFALLS } from './pitfalls';
import { PRINCIPLES } from './principles';
import { STEP1 } from './step1';
import { STEP2 } from './step2';
import { STEP3 } from './step3';
import { STEP4 } from './step4';
import { STEP5 } from './step5';

const PITFALL_RULES: PitfallRule[] = [
  {
    id: 'skipped-inventory',
    title: 'Controls built before the inventory',
    explanation:
      'Later steps are rated advanced while the inventory behind them is weak or missing, so their coverage cannot be verified and drift goes unseen.',
    inventoryStep: 1,
    weakBelow: 2,
    laterSteps: [3, 4, 5],
    advancedAtLeast: 3,
    inventoryKpis: ['accounts', 'people']
  },
  {
    id: 'mfa-without-ux',
    title: 'MFA rolled out without care for user friction',
    explanation:
      'MFA reaches most users but its user experience was not managed, which tends to end in fatigue, exceptions and workarounds that erode the coverage.',
    uxQuestionIds: ['pf-q02'],
    lowAtMost: 2,
    mfaKpi: 'mfa-coverage',
    mfaHighAtLeast: 90,
    mfaQuestionIds: ['s2-q02'],
    mfaAnswerHighAtLeast: 3
  },
  {
    id: 'neglected-nhi',
    title: 'Non-human identities left unmanaged',
    explanation:
      'Service accounts, keys and other machine identities are not inventoried or owned; they are prized targets because nobody watches them.',
    nhiQuestionIds: ['s1-q02', 'pf-q03'],
    lowAtMost: 2,
    inventoryKpis: ['service-accounts', 'credentials']
  },
  {
    id: 'no-kpis',
    title: 'No KPIs defined',
    explanation:
      'The programme has no agreed measures, so it cannot show progress and nobody is accountable for the results.',
    metricsQuestionIds: ['pf-q04'],
    lowAtMost: 2
  }
];

export const DEFAULT_BANK: QuestionBank = {
  bankId: 'ztw-identity',
  version: '1.0.0',
  title: 'Zero Trust identity maturity questionnaire',
  labels: {
    stages: { '1': 'Traditional', '2': 'Initial', '3': 'Advanced', '4': 'Optimal' },
    na: 'Not applicable',
    unknown: "Don't know"
  },
  sections: [STEP1, STEP2, STEP3, STEP4, STEP5, PRINCIPLES, PITFALLS],
  pitfalls: PITFALL_RULES
};
