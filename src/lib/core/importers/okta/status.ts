/** Okta user lifecycle statuses and what they mean for an account. */

/** The statuses of `/api/v1/users`, keyed by the API name. */
const API_STATUSES = [
  'ACTIVE',
  'PASSWORD_EXPIRED',
  'LOCKED_OUT',
  'RECOVERY',
  'SUSPENDED',
  'DEPROVISIONED',
  'STAGED',
  'PROVISIONED'
] as const;
export type OktaStatus = (typeof API_STATUSES)[number];

/** Names the admin console shows instead of the API names (reports and the People list). */
const CONSOLE_NAMES: Record<string, OktaStatus> = {
  DEACTIVATED: 'DEPROVISIONED',
  PENDING_USER_ACTION: 'PROVISIONED',
  PASSWORD_RESET: 'RECOVERY'
};

/** The API status for a cell or JSON value (`Locked out`, `LOCKED_OUT`…), or undefined. */
export function readOktaStatus(raw: string | undefined): OktaStatus | undefined {
  if (!raw) return undefined;
  const key = raw
    .trim()
    .toUpperCase()
    .replace(/[\s-]+/g, '_');
  if ((API_STATUSES as readonly string[]).includes(key)) return key as OktaStatus;
  return CONSOLE_NAMES[key];
}

export interface StatusMeaning {
  enabled: boolean;
  /** Staged or provisioned: created, but the person has not finished activation. */
  pendingActivation: boolean;
}

/**
 * What a status says about the account. Suspended and deactivated users cannot sign in. A
 * locked-out, password-expired or recovering user still owns a live account that a reset
 * brings back, so it counts as enabled. Staged and provisioned users count as enabled too:
 * the account exists and an activation link turns it on without an administrator, which is
 * exactly why an old pending invitation is a dormant account worth reporting.
 */
export function statusMeaning(status: OktaStatus): StatusMeaning {
  switch (status) {
    case 'SUSPENDED':
    case 'DEPROVISIONED':
      return { enabled: false, pendingActivation: false };
    case 'STAGED':
    case 'PROVISIONED':
      return { enabled: true, pendingActivation: true };
    default:
      return { enabled: true, pendingActivation: false };
  }
}
