/** What the roadmap is computed from, read off the open assessment's analysis. */
import type { AnalysisResult } from '$lib/core/analysis/result';
import { stepGaps, type Answer, type QuestionBank, type Score } from '$lib/core/questionnaire';
import type { RoadmapInput } from '$lib/core/roadmap';

/** Findings, questionnaire gaps and the as-of date; no gaps until the questionnaire is scored. */
export function roadmapInput(analysis: AnalysisResult): RoadmapInput {
  const score = analysis.extra.score as Score | undefined;
  const bank = analysis.extra.bank as QuestionBank | undefined;
  const answers = (analysis.extra.answers as Answer[] | undefined) ?? [];
  return {
    findings: analysis.findings,
    gaps: score && bank ? stepGaps(bank, answers, score) : [],
    asOf: analysis.asOf.date
  };
}

/** Question texts by id, for the "why" of gap actions. */
export function questionTexts(analysis: AnalysisResult): Map<string, string> {
  const bank = analysis.extra.bank as QuestionBank | undefined;
  const out = new Map<string, string>();
  for (const q of bank?.sections.flatMap((s) => s.questions) ?? []) out.set(q.id, q.text);
  return out;
}
