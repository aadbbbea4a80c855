/**
 * The normalised records of SPEC §3. Every importer produces these, whatever the source, and
 * every analysis reads only these. Ids are stable strings `<system>:<kind>:<native id>` so
 * that two exports of the same system (users, then their MFA registrations) meet on the same
 * record.
 */
import { z } from 'zod';

export const SYSTEMS = ['aws', 'entra', 'okta', 'google', 'ad', 'gcp'] as const;
export type System = (typeof SYSTEMS)[number];
export const SYSTEM_LABELS: Record<System, string> = {
  aws: 'AWS',
  entra: 'Entra ID',
  okta: 'Okta',
  google: 'Google Workspace',
  ad: 'Active Directory',
  gcp: 'Google Cloud'
};

export const ACCOUNT_KINDS = ['human', 'guest', 'service', 'root'] as const;
export type AccountKind = (typeof ACCOUNT_KINDS)[number];

/**
 * Authentication methods, typed. `mfa` is a method of unknown type (AWS `mfa_active`, Google
 * 2SV): it counts for MFA coverage but not for method strength. Email and security questions
 * are recovery methods, never MFA (SPEC §5).
 */
export const AUTH_METHODS = [
  'fido2',
  'passkey',
  'windows-hello',
  'certificate',
  'push',
  'totp',
  'hardware-otp',
  'sms',
  'voice',
  'mfa',
  'temporary-access-pass',
  'email',
  'security-question',
  'password'
] as const;
export type AuthMethod = (typeof AUTH_METHODS)[number];

export const PHISHING_RESISTANT: readonly AuthMethod[] = [
  'fido2',
  'passkey',
  'windows-hello',
  'certificate'
];
export const APP_BASED: readonly AuthMethod[] = ['push', 'totp', 'hardware-otp'];
export const WEAK_MFA: readonly AuthMethod[] = ['sms', 'voice'];
/** Methods that are not a second factor: recovery channels, bootstrap passes, passwords. */
export const NOT_MFA: readonly AuthMethod[] = [
  'email',
  'security-question',
  'password',
  'temporary-access-pass'
];

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,3})?Z$/);
const system = z.enum(SYSTEMS);

/** One sign-in identity in one system. Optional fields are absent when the export lacks them. */
export const accountSchema = z.object({
  id: z.string().min(1),
  system,
  nativeId: z.string().min(1),
  /** Display name, or the login when there is none. */
  name: z.string(),
  upn: z.string().optional(),
  email: z.string().optional(),
  /** Login name where it differs from the UPN/email (Okta login, AD sAMAccountName). */
  login: z.string().optional(),
  kind: z.enum(ACCOUNT_KINDS),
  /** undefined: the export does not say. */
  enabled: z.boolean().optional(),
  created: isoDate.optional(),
  lastSignIn: isoDate.optional(),
  passwordLastSet: isoDate.optional(),
  passwordNeverExpires: z.boolean().optional(),
  /** undefined: the source does not report MFA state, so the account stays out of MFA ratios. */
  mfaRegistered: z.boolean().optional(),
  /** undefined: the source does not report method types (phishing-resistant ratio). */
  mfaMethods: z.array(z.enum(AUTH_METHODS)).optional(),
  /** For non-human accounts: the owner's name or account id as the export gives it. */
  owner: z.string().optional(),
  /** Attributes used to link accounts into persons (SPEC §3, identity resolution). */
  link: z
    .object({
      onPremSam: z.string().optional(),
      onPremImmutableId: z.string().optional(),
      sid: z.string().optional(),
      proxyAddresses: z.array(z.string()).optional()
    })
    .optional(),
  /** Facts a rule may need that do not merit a column everywhere (SPN, UAC flags, adminCount). */
  attrs: z.record(z.string(), z.union([z.string(), z.number(), z.boolean()])).optional(),
  /**
   * false for records that only add facts to an account another export describes (MFA
   * registrations, a principal seen only in a role assignment). Primary records win a merge.
   */
  primary: z.boolean().optional()
});
export type Account = z.infer<typeof accountSchema>;

export const CREDENTIAL_KINDS = [
  'access-key',
  'client-secret',
  'certificate',
  'sa-key',
  'api-token',
  'ssh-key'
] as const;
export type CredentialKind = (typeof CREDENTIAL_KINDS)[number];

export const credentialSchema = z.object({
  id: z.string().min(1),
  system,
  kind: z.enum(CREDENTIAL_KINDS),
  ownerId: z.string().min(1),
  name: z.string().optional(),
  created: isoDate.optional(),
  rotated: isoDate.optional(),
  expires: isoDate.optional(),
  lastUsed: isoDate.optional(),
  active: z.boolean(),
  /** false for provider-managed keys (GCP SYSTEM_MANAGED): not counted (SPEC §5). */
  customerManaged: z.boolean()
});
export type Credential = z.infer<typeof credentialSchema>;

export const groupSchema = z.object({
  id: z.string().min(1),
  system,
  nativeId: z.string().min(1),
  name: z.string(),
  /** Account or group ids. Nested groups are listed as members. */
  memberIds: z.array(z.string()),
  attrs: z.record(z.string(), z.union([z.string(), z.number(), z.boolean()])).optional()
});
export type Group = z.infer<typeof groupSchema>;

export const roleSchema = z.object({
  id: z.string().min(1),
  system,
  nativeId: z.string().min(1),
  name: z.string(),
  /** The system's own privileged marking or ours (SPEC §6); analysis may widen it. */
  privileged: z.boolean(),
  builtIn: z.boolean().optional(),
  description: z.string().optional(),
  /** AWS roles: the trust policy document; others leave it out. */
  trustPolicy: z.unknown().optional(),
  lastUsed: isoDate.optional(),
  created: isoDate.optional(),
  attrs: z.record(z.string(), z.union([z.string(), z.number(), z.boolean()])).optional()
});
export type Role = z.infer<typeof roleSchema>;

export const assignmentSchema = z.object({
  id: z.string().min(1),
  system,
  /** An account, group or role id (an AWS role holding a policy is a principal too). */
  principalId: z.string().min(1),
  roleId: z.string().min(1),
  scope: z.string().optional(),
  type: z.enum(['permanent', 'eligible']),
  start: isoDate.optional(),
  end: isoDate.optional()
});
export type Assignment = z.infer<typeof assignmentSchema>;

export const policySchema = z.object({
  id: z.string().min(1),
  system,
  nativeId: z.string().min(1),
  name: z.string(),
  kind: z.enum(['aws-managed', 'customer-managed', 'inline']),
  /** The default version's document only: other versions have no effect (SPEC §5). */
  document: z.unknown(),
  /** Principal ids (accounts, groups, roles) the policy is attached to. */
  attachedTo: z.array(z.string())
});
export type Policy = z.infer<typeof policySchema>;

export const eventSchema = z.object({
  id: z.string().min(1),
  system,
  category: z.enum(['signin', 'audit']),
  time: isoDate,
  actorId: z.string().optional(),
  actorName: z.string().optional(),
  ip: z.string().optional(),
  country: z.string().optional(),
  city: z.string().optional(),
  lat: z.number().optional(),
  lon: z.number().optional(),
  result: z.enum(['success', 'failure', 'interrupted']),
  mfaResult: z.enum(['satisfied', 'denied', 'timeout', 'not-required', 'unknown']).optional(),
  app: z.string().optional(),
  clientApp: z.string().optional(),
  protocol: z.string().optional(),
  userAgent: z.string().optional(),
  operation: z.string().optional(),
  errorCode: z.string().optional(),
  /** Audit events: the object acted upon (the user granted a role, the key created). */
  target: z.string().optional()
});
export type SignInEvent = z.infer<typeof eventSchema>;

/** All the records one import produces; also what an assessment holds once merged. */
export interface RecordSet {
  accounts: Account[];
  credentials: Credential[];
  groups: Group[];
  roles: Role[];
  assignments: Assignment[];
  policies: Policy[];
  events: SignInEvent[];
}
export type RecordKind = keyof RecordSet;
export const RECORD_KINDS: readonly RecordKind[] = [
  'accounts',
  'credentials',
  'groups',
  'roles',
  'assignments',
  'policies',
  'events'
];

export const RECORD_SCHEMAS = {
  accounts: accountSchema,
  credentials: credentialSchema,
  groups: groupSchema,
  roles: roleSchema,
  assignments: assignmentSchema,
  policies: policySchema,
  events: eventSchema
} as const;

/** An empty record set, for importers and merges to fill. */
export function emptyRecordSet(): RecordSet {
  return {
    accounts: [],
    credentials: [],
    groups: [],
    roles: [],
    assignments: [],
    policies: [],
    events: []
  };
}

/** Builds the stable id of a record: `<system>:<kind>:<native id>`, native id lower-cased where
 * the system compares ids case-insensitively. */
export function recordId(sys: System, kind: string, nativeId: string): string {
  return `${sys}:${kind}:${nativeId}`;
}

/** The 1–5 steps of the roadmap (SPEC §8). */
export const STEPS = [1, 2, 3, 4, 5] as const;
export type Step = (typeof STEPS)[number];
export const STEP_TITLES: Record<Step, string> = {
  1: 'Inventory and visibility',
  2: 'Strong authentication',
  3: 'Adaptive access and least privilege',
  4: 'Continuous monitoring',
  5: 'Automation and metrics'
};

export const SEVERITIES = ['critical', 'high', 'medium', 'low', 'info'] as const;
export type Severity = (typeof SEVERITIES)[number];

/** CISA Zero Trust Maturity Model v2 identity-pillar functions. */
export const ZTMM_FUNCTIONS = [
  'Authentication',
  'Identity Stores',
  'Risk Assessments',
  'Access Management',
  'Visibility and Analytics',
  'Automation and Orchestration',
  'Governance'
] as const;
export type ZtmmFunction = (typeof ZTMM_FUNCTIONS)[number];
