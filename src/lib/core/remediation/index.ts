/** Remediation scripts for chosen findings (SPEC §9): text to review, never run by the app. */
export { kindOfRule, RULE_REMEDIATION } from './kinds';
export { commentText, isUnsafeIdentifier, psQuote, shQuote } from './quote';
export type { Shell } from './quote';
export { remediationScripts, REVIEW_HEADER } from './scripts';
export * from './types';
