/**
 * The Kerberos and protection facts of an AD account that rules need (SPEC §6: kerberoastable
 * and AS-REP-roastable accounts, unconstrained delegation, adminCount), under one set of
 * attribute names whichever export they came from.
 */

export interface AdAccountFacts {
  enabled?: boolean;
  sam?: string;
  /** undefined: the export does not say which SPNs the account has. */
  spns?: string[];
  adminCount?: number;
  trustedForDelegation?: boolean;
  dontRequirePreauth?: boolean;
  passwordNotRequired?: boolean;
  smartcardRequired?: boolean;
  notDelegated?: boolean;
  computer?: boolean;
  dn?: string;
}

type Attrs = Record<string, string | number | boolean>;

/**
 * The attrs of an AD account. `kerberoastable`: an enabled user (not a computer, whose
 * password is random) with an SPN, except krbtgt, whose key is not crackable that way.
 * `asrepRoastable`: an enabled account that does not require Kerberos pre-authentication.
 * `unconstrainedDelegation` repeats `trustedForDelegation` under SharpHound's name.
 */
export function adAccountAttrs(f: AdAccountFacts): Attrs {
  const attrs: Attrs = {};
  if (f.dn) attrs.distinguishedName = f.dn;
  if (f.adminCount !== undefined) attrs.adminCount = f.adminCount;
  if (f.spns !== undefined) {
    attrs.spn = f.spns.join(';');
    attrs.hasSpn = f.spns.length > 0;
    attrs.kerberoastable =
      f.enabled !== false && !f.computer && f.spns.length > 0 && f.sam?.toLowerCase() !== 'krbtgt';
  }
  if (f.trustedForDelegation !== undefined) {
    attrs.trustedForDelegation = f.trustedForDelegation;
    attrs.unconstrainedDelegation = f.trustedForDelegation;
  }
  if (f.dontRequirePreauth !== undefined) {
    attrs.dontRequirePreauth = f.dontRequirePreauth;
    attrs.asrepRoastable = f.enabled !== false && f.dontRequirePreauth;
  }
  if (f.passwordNotRequired !== undefined) attrs.passwordNotRequired = f.passwordNotRequired;
  if (f.smartcardRequired !== undefined) attrs.smartcardRequired = f.smartcardRequired;
  if (f.notDelegated !== undefined) attrs.sensitive = f.notDelegated;
  if (f.computer) attrs.computer = true;
  return attrs;
}
