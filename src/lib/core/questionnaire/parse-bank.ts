/** Reads a question bank from untrusted JSON: shape by zod, then the rules zod cannot say. */
import { STEPS } from '../model';
import { bankSchema, STAGES } from './schema';
import type { QuestionBank } from './schema';

export type ParseBankResult = { ok: true; bank: QuestionBank } | { ok: false; errors: string[] };

/** `sections[0].questions[2].answers`, the way a person editing the JSON would look for it. */
export function formatPath(path: readonly PropertyKey[]): string {
  if (path.length === 0) return '(bank)';
  return path
    .map((part, i) =>
      typeof part === 'number' ? `[${part}]` : `${i === 0 ? '' : '.'}${String(part)}`
    )
    .join('');
}

/** Checks a bank: every problem as "path: what is wrong"; a bank only when there are none. */
export function parseBank(json: unknown): ParseBankResult {
  const parsed = bankSchema.safeParse(json);
  if (!parsed.success) {
    return {
      ok: false,
      errors: parsed.error.issues.map((i) => `${formatPath(i.path)}: ${i.message}`)
    };
  }
  const errors = bankRuleErrors(parsed.data);
  return errors.length > 0 ? { ok: false, errors } : { ok: true, bank: parsed.data };
}

/** parseBank for the text of a file, so a syntax error reads like any other problem. */
export function parseBankText(text: string): ParseBankResult {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return { ok: false, errors: [`(file): not valid JSON: ${(error as Error).message}`] };
  }
  return parseBank(json);
}

/** The bank as JSON text, ready to save, edit and import again. */
export function exportBank(bank: QuestionBank): string {
  return `${JSON.stringify(bank, null, 2)}\n`;
}

/** Rules across fields: unique ids, one answer per stage, steps, bands, pitfall references. */
function bankRuleErrors(bank: QuestionBank): string[] {
  const errors: string[] = [];
  const sectionAt = new Map<string, string>();
  const questionAt = new Map<string, string>();
  const stepSectionAt = new Map<number, string>();
  const stepsWithQuestions = new Set<number>();

  bank.sections.forEach((section, s) => {
    const here = `sections[${s}]`;
    const seen = sectionAt.get(section.id);
    if (seen) errors.push(`${here}.id: duplicate section id "${section.id}" (first at ${seen})`);
    else sectionAt.set(section.id, here);
    if (section.step !== undefined) {
      const other = stepSectionAt.get(section.step);
      if (other) errors.push(`${here}.step: step ${section.step} already has a section (${other})`);
      else stepSectionAt.set(section.step, here);
    }

    section.questions.forEach((question, q) => {
      const at = `${here}.questions[${q}]`;
      const first = questionAt.get(question.id);
      if (first)
        errors.push(`${at}.id: duplicate question id "${question.id}" (first at ${first})`);
      else questionAt.set(question.id, at);
      stepsWithQuestions.add(question.step);
      if (section.step !== undefined && question.step !== section.step) {
        errors.push(
          `${at}.step: question "${question.id}" scores into step ${question.step} but sits in the section of step ${section.step}`
        );
      }
      errors.push(
        ...answerStageErrors(
          question.answers.map((a) => a.stage),
          `${at}.answers`
        )
      );
      if (question.evidence)
        errors.push(...bandErrors(question.evidence.bands, `${at}.evidence.bands`));
    });
  });

  for (const step of STEPS) {
    if (!stepsWithQuestions.has(step))
      errors.push(`sections: no question scores into step ${step}`);
  }
  errors.push(...pitfallErrors(bank, new Set(questionAt.keys())));
  return errors;
}

function answerStageErrors(stages: number[], at: string): string[] {
  const errors: string[] = [];
  stages.forEach((stage, i) => {
    if (stages.indexOf(stage) !== i) {
      errors.push(
        `${at}[${i}].stage: stage ${stage} appears twice; each of stages 1–4 needs exactly one answer`
      );
    }
  });
  for (const stage of STAGES) {
    if (!stages.includes(stage)) errors.push(`${at}: no answer for stage ${stage}`);
  }
  return errors;
}

/** Bands are read in order, so a bound that does not rise makes the band behind it dead. */
function bandErrors(bands: ({ below: number } | { atMost: number })[], at: string): string[] {
  const errors: string[] = [];
  let previous: number | undefined;
  bands.forEach((band, i) => {
    const bound = 'below' in band ? band.below : band.atMost;
    if (previous !== undefined && bound <= previous) {
      errors.push(
        `${at}[${i}]: bound ${bound} must be greater than the previous bound ${previous}`
      );
    }
    previous = bound;
  });
  return errors;
}

function pitfallErrors(bank: QuestionBank, questionIds: Set<string>): string[] {
  const errors: string[] = [];
  const seen = new Set<string>();
  bank.pitfalls.forEach((pitfall, p) => {
    const at = `pitfalls[${p}]`;
    if (seen.has(pitfall.id)) errors.push(`${at}.id: duplicate pitfall "${pitfall.id}"`);
    seen.add(pitfall.id);
    const lists: [string, string[]][] =
      pitfall.id === 'mfa-without-ux'
        ? [
            ['uxQuestionIds', pitfall.uxQuestionIds],
            ['mfaQuestionIds', pitfall.mfaQuestionIds]
          ]
        : pitfall.id === 'neglected-nhi'
          ? [['nhiQuestionIds', pitfall.nhiQuestionIds]]
          : pitfall.id === 'no-kpis'
            ? [['metricsQuestionIds', pitfall.metricsQuestionIds]]
            : [];
    for (const [field, ids] of lists) {
      ids.forEach((id, i) => {
        if (!questionIds.has(id)) errors.push(`${at}.${field}[${i}]: unknown question id "${id}"`);
      });
    }
  });
  return errors;
}
