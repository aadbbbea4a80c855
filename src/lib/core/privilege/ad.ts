/**
 * Active Directory privilege facts: privileged groups and their transitive members,
 * adminCount, and the account settings attackers look for first (SPEC §6).
 */
import type { Account, RecordSet } from '../model';
import { adFlags, isKrbtgt } from './ad-flags';
import { isAdPrivilegedGroup } from './catalogue';

export interface AdPrivilege {
  /** AD groups or AD accounts carrying adminCount were imported. */
  assessed: boolean;
  /** The flags below were reported for at least one account. */
  flagsReported: boolean;
  privilegedGroups: string[];
  /** Enabled accounts with adminCount=1. */
  adminCount: string[];
  /** Enabled user accounts with an SPN (krbtgt excepted). */
  kerberoastable: string[];
  /** Enabled accounts that do not require Kerberos pre-authentication. */
  asrepRoastable: string[];
  /** Enabled accounts trusted for unconstrained delegation. */
  unconstrainedDelegation: string[];
}

function isMachine(a: Account): boolean {
  return a.attrs?.computer === true || /\$$/.test(a.login ?? '') || /\$(@|$)/.test(a.name);
}

/** AD facts over the AD records of a set. */
export function analyseAd(records: RecordSet): AdPrivilege {
  const accounts = records.accounts.filter((a) => a.system === 'ad');
  const enabled = accounts.filter((a) => a.enabled !== false);
  const flags = new Map(accounts.map((a) => [a.id, adFlags(a)]));
  const pick = (pred: (f: ReturnType<typeof adFlags>) => boolean | undefined) =>
    enabled.filter((a) => pred(flags.get(a.id) ?? {})).map((a) => a.id);
  const groups = records.groups.filter((g) => g.system === 'ad');
  // Asked only of the few accounts with unconstrained delegation: built on the first question.
  let byId: Map<string, Account> | undefined;
  const isDc = (id: string) => {
    byId ??= new Map(accounts.map((a) => [a.id, a]));
    const attrs = byId.get(id)?.attrs;
    const dn = String(attrs?.distinguishedName ?? '');
    return attrs?.domainController === true || /OU=Domain Controllers,/i.test(dn);
  };
  let flagsReported = false;
  let adminCountReported = false;
  for (const f of flags.values()) {
    flagsReported ||=
      f.hasSpn !== undefined ||
      f.dontRequirePreauth !== undefined ||
      f.unconstrainedDelegation !== undefined;
    adminCountReported ||= f.adminCount !== undefined;
    if (flagsReported && adminCountReported) break;
  }
  return {
    assessed: groups.length > 0 || adminCountReported,
    flagsReported,
    privilegedGroups: groups.filter(isAdPrivilegedGroup).map((g) => g.id),
    adminCount: pick((f) => f.adminCount),
    // Computer and managed service accounts have random 120-character passwords: not crackable.
    kerberoastable: enabled
      .filter((a) => flags.get(a.id)?.hasSpn && !isKrbtgt(a) && !isMachine(a))
      .map((a) => a.id),
    asrepRoastable: pick((f) => f.dontRequirePreauth),
    // Domain controllers hold unconstrained delegation by design; everyone else should not.
    unconstrainedDelegation: pick((f) => f.unconstrainedDelegation).filter((id) => !isDc(id))
  };
}
