/** The computed actions, before the user's edits: one per open finding, one per question gap. */
import type { Acceptance, Finding } from '../findings/types';
import { STEP_TITLES } from '../model';
import type { Severity, Step } from '../model';
import { effortOf, QUESTION_EFFORT, RULE_EFFORT } from './effort';
import { gapSeverity, horizonDate, horizonOf, impactOf, isQuickWin, riskScore } from './score';
import type { Effort, QuestionGap, RoadmapAction, RoadmapInput, StepGap } from './types';

/**
 * True while an acceptance of the rule runs on the as-of date: the one the findings engine put
 * on the finding, or one passed in beside the findings.
 */
function isAccepted(f: Finding, acceptances: Acceptance[], asOf: string): boolean {
  const day = asOf.slice(0, 10);
  const all = f.acceptance ? [f.acceptance, ...acceptances] : acceptances;
  return all.some((a) => a.ruleId === f.id && a.expires.slice(0, 10) > day);
}

/** The first sentence of the rule's remediation is what to do; the title says what is wrong. */
function firstSentence(text: string): string {
  const trimmed = text.trim();
  const end = trimmed.search(/[.!?](\s|$)/);
  return end === -1 ? trimmed : trimmed.slice(0, end + 1);
}

function action(
  base: Pick<RoadmapAction, 'id' | 'origin' | 'title' | 'why' | 'affected' | 'step'>,
  severity: Severity,
  effort: Effort,
  asOf: string
): RoadmapAction {
  const affectedCount = base.affected.length;
  const impact = impactOf(severity, affectedCount);
  const horizon = horizonOf(base.step, severity, impact, effort);
  return {
    ...base,
    affectedCount,
    severity,
    effort,
    impact,
    risk: riskScore(severity, affectedCount),
    owner: '',
    targetDate: horizonDate(asOf, horizon),
    notes: '',
    horizon,
    quickWin: isQuickWin(impact, effort),
    mergedFrom: [],
    edited: []
  };
}

/** One action per open, unaccepted finding; passes and not-assessed rules make none. */
export function findingActions(input: RoadmapInput): RoadmapAction[] {
  const acceptances = input.acceptances ?? [];
  return input.findings
    .filter((f: Finding) => f.status === 'finding' && !isAccepted(f, acceptances, input.asOf))
    .map((f) =>
      action(
        {
          id: `rule:${f.id}`,
          origin: 'finding',
          title: firstSentence(f.remediation) || f.title,
          why: { findingIds: [f.id], questionIds: [] },
          affected: [...new Set(f.affected)].sort(),
          step: f.step
        },
        f.severity,
        effortOf(f.id, RULE_EFFORT, input.efforts),
        input.asOf
      )
    );
}

/** A question below target; `known` is false when only the step's figures are at hand. */
interface Gap extends QuestionGap {
  known: boolean;
}

function questionTitle(step: Step, q: Gap): string {
  if (q.action) return q.action;
  if (!q.known)
    return `${STEP_TITLES[step]}: bring question ${q.questionId} up to stage ${q.target}`;
  const from = q.current === null ? 'unanswered' : `stage ${q.current}`;
  return `${STEP_TITLES[step]}: raise question ${q.questionId} from ${from} to stage ${q.target}`;
}

function questionsOf(gap: StepGap): Gap[] {
  if (gap.questions) return gap.questions.map((q) => ({ ...q, known: true }));
  // Without per-question detail, each listed question carries the step's gap.
  return gap.questionIds.map((questionId) => ({
    questionId,
    current: gap.current,
    target: gap.target,
    known: false
  }));
}

/** Stages between a question and its target; an unanswered question counts as one. */
function gapSize(q: Gap, step: StepGap): number {
  if (!q.known) return step.gap;
  return q.current === null ? 1 : q.target - q.current;
}

/**
 * One action per question below target. A step with no answers and no listed questions gets
 * one action to assess it, so an unanswered step never looks like a step without gaps.
 */
export function gapActions(input: RoadmapInput): RoadmapAction[] {
  const out: RoadmapAction[] = [];
  for (const gap of input.gaps) {
    const questions = questionsOf(gap).filter(
      (q) => !q.known || q.current === null || q.current < q.target
    );
    for (const q of questions) {
      const size = gapSize(q, gap);
      out.push(
        action(
          {
            id: `question:${gap.step}:${q.questionId}`,
            origin: 'gap',
            title: questionTitle(gap.step, q),
            why: { findingIds: [], questionIds: [q.questionId] },
            affected: [],
            step: gap.step
          },
          gapSeverity(size),
          q.effort ?? effortOf(q.questionId, QUESTION_EFFORT, input.efforts),
          input.asOf
        )
      );
    }
    if (questions.length === 0 && gap.current === null) {
      out.push(
        action(
          {
            id: `step:${gap.step}`,
            origin: 'gap',
            title: `Assess step ${gap.step} (${STEP_TITLES[gap.step]}): answer its questions`,
            why: { findingIds: [], questionIds: [] },
            affected: [],
            step: gap.step
          },
          'medium',
          1,
          input.asOf
        )
      );
    }
  }
  return out;
}

/** SPEC §8 order: step (visibility before enforcement), then risk, then effort; id breaks ties. */
export function compareActions(a: RoadmapAction, b: RoadmapAction): number {
  return (
    a.step - b.step ||
    b.risk - a.risk ||
    a.effort - b.effort ||
    (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
  );
}

/** Every computed action, in SPEC §8 order, before edits. */
export function computeActions(input: RoadmapInput): RoadmapAction[] {
  return [...findingActions(input), ...gapActions(input)].sort(compareActions);
}
