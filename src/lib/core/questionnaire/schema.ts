/**
 * The question bank as data (SPEC §8): zod schemas a consultancy's edited bank is checked
 * against, and the types the rest of the questionnaire reads. Every threshold lives here, in
 * the bank, so that changing a band means editing JSON, not code.
 */
import { z } from 'zod';
import { STEPS, ZTMM_FUNCTIONS } from '../model';
import { KPI_IDS } from '../metrics/types';

/** The four CISA ZTMM stages: 1 Traditional, 2 Initial, 3 Advanced, 4 Optimal. */
export const STAGES = [1, 2, 3, 4] as const;
export type Stage = (typeof STAGES)[number];

const id = z
  .string()
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'expected lower-case letters, digits and dashes (s1-q01)');
const bulletId = z
  .string()
  .regex(/^[a-z0-9]+([.-][a-z0-9]+)*$/, 'expected a bullet id such as step1.catalogue-identities');
const text = z.string().trim().min(1, 'must not be empty');

const stage = z.literal(STAGES, {
  error: (iss) => `unknown stage ${JSON.stringify(iss.input)}; stages are 1–4`
});

const step = z.literal(STEPS, {
  error: (iss) => `unknown step ${JSON.stringify(iss.input)}; steps are 1–5`
});

const kpiId = z.enum(KPI_IDS, {
  error: (iss) => `unknown KPI id ${JSON.stringify(iss.input)}`
});

const ruleId = z
  .string()
  .regex(/^ZTW-[A-Z]+-\d{3}$/, 'expected a finding rule id of the form ZTW-<AREA>-<NNN>');

const ztmm = z.enum(ZTMM_FUNCTIONS, {
  error: (iss) => `unknown ZTMM function ${JSON.stringify(iss.input)}`
});

/** One answer option: what practice at this stage looks like, observably. */
export const answerOptionSchema = z.strictObject({ stage, text });

/**
 * Where a measured figure comes from. `per` turns a count into a percentage of another KPI
 * (dormant accounts per account), because a raw count says nothing about a tenant's size.
 */
export const evidenceSourceSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('kpi'), kpiId, per: kpiId.optional() }),
  z.strictObject({ kind: z.literal('finding'), ruleId, per: kpiId.optional() }),
  z.strictObject({
    kind: z.literal('rules-assessed'),
    rulePrefix: z.string().regex(/^ZTW-[A-Z]+-$/, 'expected a rule id prefix such as ZTW-MON-')
  })
]);

/** A band: values below (or at most) the bound map to the stage. Checked in order. */
export const bandSchema = z.union(
  [z.strictObject({ below: z.number(), stage }), z.strictObject({ atMost: z.number(), stage })],
  {
    error: 'expected a band { "below": number, "stage": 1–4 } or { "atMost": number, "stage": 1–4 }'
  }
);

export const evidenceRuleSchema = z.strictObject({
  source: evidenceSourceSchema,
  /** What the figure is, in words, for the explanation ("enabled people with MFA"). */
  label: text,
  unit: z.enum(['percent', 'count']),
  bands: z.array(bandSchema).min(1, 'needs at least one band'),
  /** The stage for values above every band. */
  otherwise: stage
});

export const questionSchema = z.strictObject({
  id,
  step,
  ztmm,
  text,
  why: text,
  help: text,
  answers: z.array(answerOptionSchema).length(4, 'expected exactly 4 answers, one per stage 1–4'),
  /** Ids of the reference bullets this question covers (see reference-bullets.ts). */
  covers: z.array(bulletId).min(1, 'must cover at least one reference bullet'),
  evidence: evidenceRuleSchema.optional()
});

export const sectionSchema = z.strictObject({
  id,
  title: text,
  intro: text,
  /** Set on the five step sections; principles and pitfalls sections span steps. */
  step: step.optional(),
  questions: z.array(questionSchema).min(1, 'a section needs at least one question')
});

const questionIds = z.array(id).min(1, 'needs at least one question id');
const atMostStage = z.number().min(1).max(4);
const pitfallText = { title: text, explanation: text };

/** The early pitfalls, each with the answers and figures that reveal it. */
export const pitfallRuleSchema = z.discriminatedUnion('id', [
  z.strictObject({
    id: z.literal('skipped-inventory'),
    ...pitfallText,
    inventoryStep: step,
    weakBelow: atMostStage,
    laterSteps: z.array(step).min(1),
    advancedAtLeast: atMostStage,
    inventoryKpis: z.array(kpiId).min(1)
  }),
  z.strictObject({
    id: z.literal('mfa-without-ux'),
    ...pitfallText,
    uxQuestionIds: questionIds,
    lowAtMost: atMostStage,
    mfaKpi: kpiId,
    mfaHighAtLeast: z.number(),
    mfaQuestionIds: questionIds,
    mfaAnswerHighAtLeast: atMostStage
  }),
  z.strictObject({
    id: z.literal('neglected-nhi'),
    ...pitfallText,
    nhiQuestionIds: questionIds,
    lowAtMost: atMostStage,
    inventoryKpis: z.array(kpiId).min(1)
  }),
  z.strictObject({
    id: z.literal('no-kpis'),
    ...pitfallText,
    metricsQuestionIds: questionIds,
    lowAtMost: atMostStage
  })
]);

export const bankSchema = z.strictObject({
  bankId: id,
  version: z.string().regex(/^\d+\.\d+\.\d+$/, 'expected a version such as 1.0.0'),
  title: text,
  /** Labels of the four stages and of the two answers outside the scale. */
  labels: z.strictObject({
    stages: z.strictObject({ '1': text, '2': text, '3': text, '4': text }),
    na: text,
    unknown: text
  }),
  sections: z.array(sectionSchema).min(1, 'a bank needs at least one section'),
  pitfalls: z.array(pitfallRuleSchema)
});

export type AnswerOption = z.infer<typeof answerOptionSchema>;
export type EvidenceSource = z.infer<typeof evidenceSourceSchema>;
export type Band = z.infer<typeof bandSchema>;
export type EvidenceRule = z.infer<typeof evidenceRuleSchema>;
export type Question = z.infer<typeof questionSchema>;
export type Section = z.infer<typeof sectionSchema>;
export type PitfallRule = z.infer<typeof pitfallRuleSchema>;
export type QuestionBank = z.infer<typeof bankSchema>;
