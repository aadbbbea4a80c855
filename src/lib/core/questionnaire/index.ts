/** The five-step maturity questionnaire: bank, evidence, answers, scoring, pitfalls. */
export { DEFAULT_BANK } from './bank';
export { REFERENCE_BULLETS } from './reference-bullets';
export type { ReferenceBullet } from './reference-bullets';
export {
  STAGES,
  bankSchema,
  questionSchema,
  sectionSchema,
  evidenceRuleSchema,
  pitfallRuleSchema
} from './schema';
export type {
  AnswerOption,
  Band,
  EvidenceRule,
  EvidenceSource,
  PitfallRule,
  Question,
  QuestionBank,
  Section,
  Stage
} from './schema';
export { exportBank, formatPath, parseBank, parseBankText } from './parse-bank';
export type { ParseBankResult } from './parse-bank';
export { STAGE_NAMES, suggestStage } from './evidence';
export type { Evidence, Suggestion } from './evidence';
export { acceptEvidence, answerSchema, latestAnswers, validateAnswer } from './answers';
export type { Answer, AnswerStage } from './answers';
export { DEFAULT_TARGET, scoreQuestionnaire } from './score';
export type { Score, StepScore } from './score';
export { detectPitfalls } from './pitfalls';
export type { Pitfall } from './pitfalls';
export { stepGaps } from './gaps';
export type { QuestionnaireQuestionGap, QuestionnaireStepGap } from './gaps';
export { uncoveredBullets } from './coverage';
