/** Small hand-made inputs for the questionnaire tests. */
import type { Finding } from '../../../src/lib/core/findings/types';
import type { Kpi, KpiId } from '../../../src/lib/core/metrics/types';
import type { Answer } from '../../../src/lib/core/questionnaire/answers';
import type { Question, QuestionBank, Stage } from '../../../src/lib/core/questionnaire/schema';

export const WHEN = '2025-01-15T10:00:00Z';

/** A KPI as the metrics module would hand it over; null is "not assessed". */
export function kpi(id: KpiId, value: number | null): Kpi {
  return {
    id,
    label: id,
    definition: `${id} for tests`,
    value,
    unit: 'count',
    recordIds: [],
    ...(value === null ? { notAssessed: 'an export' } : {})
  };
}

/** A finding of one rule with its status and affected record ids. */
export function finding(id: string, status: Finding['status'], affected: string[] = []): Finding {
  return {
    id,
    severity: 'high',
    title: id,
    why: 'test',
    remediation: 'test',
    step: 1,
    ztmm: 'Governance',
    needs: 'an export',
    status,
    affected,
    evidence: affected.map((a) => `${a} is affected`)
  };
}

export function answer(
  questionId: string,
  stage: Answer['stage'],
  extra: Partial<Answer> = {}
): Answer {
  return { questionId, stage, updated: WHEN, ...extra };
}

function question(id: string, step: 1 | 2 | 3 | 4 | 5): Question {
  return {
    id,
    step,
    ztmm: 'Governance',
    text: `Question ${id}?`,
    why: 'Because.',
    help: 'Help.',
    answers: ([1, 2, 3, 4] as Stage[]).map((stage) => ({
      stage,
      text: `Practice at stage ${stage}`
    })),
    covers: ['step1.catalogue-identities']
  };
}

/**
 * A bank with `counts[i]` questions in step i+1, ids `t<step>-q<n>`, all in one section per
 * step. Small enough to score by hand.
 */
export function tinyBank(counts: [number, number, number, number, number]): QuestionBank {
  return {
    bankId: 'tiny',
    version: '0.0.1',
    title: 'Tiny bank',
    labels: {
      stages: { '1': 'Traditional', '2': 'Initial', '3': 'Advanced', '4': 'Optimal' },
      na: 'Not applicable',
      unknown: "Don't know"
    },
    sections: counts.map((count, i) => {
      const step = (i + 1) as 1 | 2 | 3 | 4 | 5;
      return {
        id: `step${step}`,
        step,
        title: `Step ${step}`,
        intro: 'Intro.',
        questions: Array.from({ length: count }, (_, n) => question(`t${step}-q${n + 1}`, step))
      };
    }),
    pitfalls: []
  };
}
