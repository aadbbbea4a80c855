/** The assessment and the imported-file records (SPEC §3), and the analysis settings. */
import { z } from 'zod';
import { STEPS } from './model';

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,3})?Z$/);
const stage = z.number().int().min(1).max(4);

/** Thresholds the user can change; every age in the analyses reads them from here. */
export const settingsSchema = z.object({
  dormantDays: z.number().int().positive().default(90),
  staleCredentialDays: z.number().int().positive().default(90),
  expiringSoonDays: z.number().int().positive().default(30),
  longLivedSecretDays: z.number().int().positive().default(365),
  oldPasswordDays: z.number().int().positive().default(365),
  // Monitoring detections over imported logs (SPEC §7).
  /** Two sign-ins further apart than this speed allows are impossible travel. */
  travelSpeedKmh: z.number().int().positive().default(900),
  /** Days at the start of the logs that teach each account's usual countries. */
  newCountryBaselineDays: z.number().int().positive().default(7),
  /** Denied or unanswered MFA prompts, within the window, that make a fatigue attack. */
  mfaFatigueDenials: z.number().int().positive().default(5),
  mfaFatigueWindowMinutes: z.number().int().positive().default(30),
  /** Distinct accounts failing from one address, within the window, that make a spray. */
  sprayAccounts: z.number().int().positive().default(10),
  sprayWindowMinutes: z.number().int().positive().default(60),
  /** Failed sign-ins on one account, within the window, that make a brute force. */
  bruteForceFailures: z.number().int().positive().default(5),
  bruteForceWindowMinutes: z.number().int().positive().default(60)
});
export type Settings = z.infer<typeof settingsSchema>;
export const DEFAULT_SETTINGS: Settings = settingsSchema.parse({});

export const assessmentSchema = z.object({
  id: z.string().min(1),
  client: z.string(),
  assessor: z.string(),
  scope: z.string(),
  created: isoDate,
  updated: isoDate,
  /** The as-of date chosen by the user; absent means "derived from the data" (SPEC §3). */
  asOf: isoDate.optional(),
  targets: z.record(z.string(), stage).default(() => Object.fromEntries(STEPS.map((s) => [s, 3]))),
  settings: settingsSchema.default(DEFAULT_SETTINGS)
});
export type Assessment = z.infer<typeof assessmentSchema>;

/** A row an importer could not accept, kept with where it was and why. */
export const rejectedRowSchema = z.object({
  line: z.number().int(),
  column: z.string().optional(),
  reason: z.string(),
  raw: z.string().optional()
});
export type RejectedRow = z.infer<typeof rejectedRowSchema>;

/** One imported file. */
export const sourceSchema = z.object({
  id: z.string().min(1),
  assessmentId: z.string().min(1),
  format: z.string(),
  formatLabel: z.string(),
  system: z.string(),
  fileName: z.string(),
  size: z.number().int().nonnegative(),
  hash: z.string(),
  /** When the client produced the export, where the file says so. */
  exportedAt: isoDate.optional(),
  /** The newest timestamp found in the file's records; feeds the default as-of date. */
  newestTimestamp: isoDate.optional(),
  importedAt: isoDate,
  accepted: z.number().int().nonnegative(),
  rejected: z.number().int().nonnegative(),
  counts: z.record(z.string(), z.number().int().nonnegative()),
  warnings: z.array(z.string()),
  /** Rejected rows, capped (the count above is the whole number). */
  rejectedRows: z.array(rejectedRowSchema),
  evidence: z.string(),
  /** Tenant/account/organisation the export covers; a newer file of the same scope replaces. */
  scopeKey: z.string().optional()
});
export type Source = z.infer<typeof sourceSchema>;
