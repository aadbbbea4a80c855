/** Remediation scripts (SPEC §9): generated text for review, never run by the app. */
import type { Shell } from './quote';

/** What a rule's fix does to each affected identity; picks the command template. */
export const REMEDIATION_KINDS = [
  'disable-account',
  'deactivate-access-key',
  'delete-sa-key',
  'remove-role-assignment',
  'require-mfa',
  'revoke-sessions'
] as const;
export type RemediationKind = (typeof REMEDIATION_KINDS)[number];

/** One script per tool: Microsoft Graph PowerShell, the ActiveDirectory module, AWS CLI, gcloud. */
export type ScriptTarget = 'graph-powershell' | 'ad-powershell' | 'aws-cli' | 'gcloud';

export const TARGET_SHELL: Record<ScriptTarget, Shell> = {
  'graph-powershell': 'powershell',
  'ad-powershell': 'powershell',
  'aws-cli': 'posix',
  gcloud: 'posix'
};

/** A command argument: a fixed token written as is, or an identifier that gets quoted. */
export type Arg =
  | string
  | { value: string }
  /** A long option with an identifier value, written `--flag='value'` in POSIX shells. */
  | { flag: string; value: string };

/** What a template makes for one affected record. */
export type Emit =
  | { target: ScriptTarget; command: Arg[]; note?: string }
  /** A line the reviewer must finish by hand (an id the export does not carry). */
  | { target: ScriptTarget; manual: string; template?: Arg[] }
  /** Nothing any target can do for this record; said in the summary. */
  | { skip: string };

export interface RemediationScript {
  target: ScriptTarget;
  shell: Shell;
  fileName: string;
  text: string;
  /** Commands written, one per affected identity and action. */
  commands: number;
  /** Identifiers refused because they hold line breaks or control characters. */
  refused: number;
  /** Records that need a manual step (commented template). */
  manual: number;
}

export interface RemediationResult {
  scripts: RemediationScript[];
  /** Findings with no template, and records no target could handle, with the reason. */
  skipped: { ruleId: string; recordId?: string; reason: string }[];
}

export interface RemediationOptions {
  /** Remediation kind by rule id; wins over the built-in table. */
  kinds?: Record<string, RemediationKind>;
}
