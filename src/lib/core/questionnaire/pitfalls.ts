/**
 * The early pitfalls of the reference roadmap, raised as warnings when the answers and the
 * imported figures reveal them. What counts as weak, advanced or high is bank data.
 */
import { STEP_TITLES } from '../model';
import type { KpiId } from '../metrics/types';
import type { Answer } from './answers';
import { latestAnswers } from './answers';
import type { Evidence } from './evidence';
import type { PitfallRule, QuestionBank } from './schema';
import type { Score, StepScore } from './score';

export interface Pitfall {
  id: PitfallRule['id'];
  title: string;
  /** The bank's general explanation followed by what in this assessment triggered it. */
  explanation: string;
  /** The questions whose answers took part, so the screen can link to them. */
  questionIds: string[];
}

/** Every pitfall of the bank that the answers, score and evidence reveal. */
export function detectPitfalls(
  bank: QuestionBank,
  answers: readonly Answer[],
  score: Score,
  evidence: Evidence
): Pitfall[] {
  const byQuestion = latestAnswers(answers);
  const stageOf = (id: string): number | undefined => {
    const stage = byQuestion.get(id)?.stage;
    return typeof stage === 'number' ? stage : undefined;
  };
  const kpiValue = (id: KpiId): number | null =>
    evidence.kpis.find((k) => k.id === id)?.value ?? null;
  const lowAmong = (ids: string[], atMost: number): string[] =>
    ids.filter((id) => (stageOf(id) ?? Infinity) <= atMost);

  const found: Pitfall[] = [];
  const raise = (rule: PitfallRule, reason: string, questionIds: string[]): void => {
    found.push({
      id: rule.id,
      title: rule.title,
      explanation: `${rule.explanation} ${reason}`,
      questionIds
    });
  };

  for (const rule of bank.pitfalls) {
    if (rule.id === 'skipped-inventory') {
      const inventory = score.steps.find((s) => s.step === rule.inventoryStep);
      const advanced = score.steps.filter(
        (s) => rule.laterSteps.includes(s.step) && (s.score ?? -Infinity) >= rule.advancedAtLeast
      );
      const weak = inventory?.score != null && inventory.score < rule.weakBelow;
      const missing = rule.inventoryKpis.filter((id) => kpiValue(id) === null);
      if (advanced.length === 0 || (!weak && missing.length === 0)) continue;
      const base = `${list(advanced.map(describeStep))} while`;
      const why = weak
        ? `${base} ${describeStep(inventory)}.`
        : `${base} the inventory KPIs ${missing.join(', ')} are not assessed: no inventory was imported.`;
      raise(rule, capitalise(why), questionsOfSteps(bank, [rule.inventoryStep]));
    } else if (rule.id === 'mfa-without-ux') {
      const low = lowAmong(rule.uxQuestionIds, rule.lowAtMost);
      const coverage = kpiValue(rule.mfaKpi);
      const highAnswers = rule.mfaQuestionIds.filter(
        (id) => (stageOf(id) ?? -Infinity) >= rule.mfaAnswerHighAtLeast
      );
      const highByData = coverage !== null && coverage >= rule.mfaHighAtLeast;
      if (low.length === 0 || (!highByData && highAnswers.length === 0)) continue;
      const reach = highByData
        ? `The KPI ${rule.mfaKpi} is ${coverage}%`
        : answered(highAnswers, `${rule.mfaAnswerHighAtLeast} or above`);
      raise(rule, `${reach}, but ${lowerFirst(answered(low, `${rule.lowAtMost} or below`))}.`, [
        ...low,
        ...highAnswers
      ]);
    } else if (rule.id === 'neglected-nhi') {
      const low = lowAmong(rule.nhiQuestionIds, rule.lowAtMost);
      const none = rule.inventoryKpis.every((id) => !kpiValue(id));
      if (low.length === 0 && !none) continue;
      const reasons = [
        ...(low.length > 0 ? [answered(low, `${rule.lowAtMost} or below`)] : []),
        ...(none
          ? [
              `The KPIs ${list(rule.inventoryKpis)} are zero or not assessed: no machine identities were imported`
            ]
          : [])
      ];
      raise(rule, `${reasons.join('. ')}.`, low);
    } else {
      const low = lowAmong(rule.metricsQuestionIds, rule.lowAtMost);
      if (low.length === 0) continue;
      raise(rule, `${answered(low, `${rule.lowAtMost} or below`)}.`, low);
    }
  }
  return found;
}

function describeStep(step: StepScore | undefined): string {
  if (!step) return 'the inventory step has no score';
  return `step ${step.step} (${STEP_TITLES[step.step]}) scores ${step.score}`;
}

function questionsOfSteps(bank: QuestionBank, steps: number[]): string[] {
  return bank.sections
    .flatMap((s) => s.questions)
    .filter((q) => steps.includes(q.step))
    .map((q) => q.id);
}

function list(items: string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

/** "Question s1-q02 is answered at stage 2 or below", for one id or several. */
function answered(ids: string[], stages: string): string {
  const one = ids.length === 1;
  return `${one ? 'Question' : 'Questions'} ${list(ids)} ${one ? 'is' : 'are'} answered at stage ${stages}`;
}

function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
