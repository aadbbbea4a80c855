/** What the questionnaire page reads from an analysis, typed, and the sums it shows. */
import type { AnalysisResult } from '$lib/core/analysis/result';
import { roundPercent } from '$lib/core/metrics/round';
import {
  latestAnswers,
  type Answer,
  type AnswerStage,
  type Pitfall,
  type Question,
  type QuestionBank,
  type Score,
  type Section,
  type Suggestion
} from '$lib/core/questionnaire';

/** The questionnaire part of the analysis (`extra`), as the worker wrote it. */
export interface QuestionnaireView {
  bank: QuestionBank;
  score: Score;
  pitfalls: Pitfall[];
  /** The latest stored answer per question id. */
  answers: Map<string, Answer>;
}

/** The questionnaire slice of an analysis; null until the worker has produced one. */
export function questionnaireOf(analysis: AnalysisResult | null): QuestionnaireView | null {
  const extra = analysis?.extra as
    { bank?: QuestionBank; score?: Score; pitfalls?: Pitfall[]; answers?: Answer[] } | undefined;
  if (!extra?.bank || !extra.score) return null;
  return {
    bank: extra.bank,
    score: extra.score,
    pitfalls: extra.pitfalls ?? [],
    answers: latestAnswers(extra.answers ?? [])
  };
}

/** One radio of a question. */
export interface StageOption {
  value: Exclude<AnswerStage, undefined>;
  /** The accessible name: the stage name alone (SPEC §10), or N/A, don't know. */
  label: string;
  /** What practice at this stage looks like; read as the radio's description. */
  description?: string;
}

/** The six options of a question: its four stages, then N/A and don't know. */
export function stageOptions(question: Question, labels: QuestionBank['labels']): StageOption[] {
  const stages = [...question.answers]
    .sort((x, y) => x.stage - y.stage)
    .map((a) => ({ value: a.stage, label: labels.stages[a.stage], description: a.text }));
  return [
    ...stages,
    { value: 'na', label: labels.na },
    { value: 'unknown', label: labels.unknown }
  ];
}

export interface SectionProgress {
  total: number;
  /** Questions with any answer, N/A and don't know included: how far the workshop got. */
  responded: number;
  /** Questions answered with a stage 1–4. */
  answered: number;
  na: number;
  unknown: number;
  /** answered / total as a percentage (SPEC §8: N/A and don't know are completeness gaps). */
  completeness: number;
}

/** How far a section is answered, from the stage each question holds now. */
export function sectionProgress(
  section: Section,
  stageOf: (questionId: string) => AnswerStage
): SectionProgress {
  let answered = 0;
  let na = 0;
  let unknown = 0;
  for (const question of section.questions) {
    const stage = stageOf(question.id);
    if (typeof stage === 'number') answered += 1;
    else if (stage === 'na') na += 1;
    else if (stage === 'unknown') unknown += 1;
  }
  const total = section.questions.length;
  return {
    total,
    responded: answered + na + unknown,
    answered,
    na,
    unknown,
    completeness: roundPercent(answered, total) ?? 0
  };
}

/** A score or gap with one decimal, or a dash when the step has no answered question. */
export function formatScore(value: number | null | undefined): string {
  return value === null || value === undefined ? '—' : value.toFixed(1);
}

export interface RecordListRef {
  title: string;
  ids: string[];
}

/** The records behind a suggestion's figure: a KPI's lists, or the accounts a finding names. */
export function evidenceRecords(suggestion: Suggestion, analysis: AnalysisResult): RecordListRef[] {
  if (suggestion.kpiId) {
    const kpi = analysis.kpis.find((k) => k.id === suggestion.kpiId);
    if (!kpi) return [];
    const lists: RecordListRef[] = [{ title: `${kpi.label}: records counted`, ids: kpi.recordIds }];
    if (kpi.denominatorIds) {
      lists.push({ title: `${kpi.label}: every record measured`, ids: kpi.denominatorIds });
    }
    return lists;
  }
  if (suggestion.ruleId) {
    const affected = new Set(
      analysis.findings
        .filter((f) => f.id === suggestion.ruleId && f.status === 'finding')
        .flatMap((f) => f.affected)
    );
    return [{ title: `Finding ${suggestion.ruleId}: affected records`, ids: [...affected] }];
  }
  return [];
}

/** The measured figure as the tiles write it ("50.0%"), with "9 of 18" when a KPI has one. */
export function formatMeasured(
  suggestion: Suggestion,
  unit: 'percent' | 'count',
  analysis: AnalysisResult | null
): string {
  const value =
    unit === 'percent' ? `${suggestion.value.toFixed(1)}%` : suggestion.value.toLocaleString('en');
  const kpi = suggestion.kpiId ? analysis?.kpis.find((k) => k.id === suggestion.kpiId) : undefined;
  // A ratio only for a KPI read as it is: with `per`, the explanation gives both counts.
  if (unit !== 'percent' || kpi?.unit !== 'percent' || kpi.value !== suggestion.value) return value;
  if (kpi.numerator === undefined || kpi.denominator === undefined) return value;
  return `${value} (${kpi.numerator.toLocaleString('en')} of ${kpi.denominator.toLocaleString('en')})`;
}

/** For a count of detections that could run: the ids of those rules, for the explanation. */
export function rulesThatRan(prefix: string, analysis: AnalysisResult): string[] {
  const ids = analysis.findings
    .filter((f) => f.id.startsWith(prefix) && f.status !== 'not-assessed')
    .map((f) => f.id);
  return [...new Set(ids)].sort();
}
