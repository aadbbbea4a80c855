/** Which AD accounts are service accounts rather than people. */
import type { AccountKind } from '../../model';
import { isUnder } from './dn';

export interface KindEvidence {
  sam?: string;
  dn?: string;
  /** undefined when the export does not say (an unexpanded SPN collection). */
  hasSpn?: boolean;
  computer?: boolean;
}

/**
 * A conservative rule, because a person mistaken for a service account drops out of the MFA
 * and dormancy figures: an account is a service account only when AD itself says it runs
 * something. That is a computer account, an account with a servicePrincipalName (Kerberos
 * issues tickets to it as a service), an account in the Managed Service Accounts container,
 * a sAMAccountName ending in `$` (machine and managed service accounts), or a name that
 * follows the `svc_`/`svc-` convention. Everything else is human.
 */
export function adAccountKind(e: KindEvidence): AccountKind {
  if (e.computer) return 'service';
  if (e.hasSpn) return 'service';
  if (e.dn && isUnder(e.dn, 'Managed Service Accounts')) return 'service';
  if (e.sam && (/\$$/.test(e.sam) || /^svc[_-]/i.test(e.sam))) return 'service';
  return 'human';
}
