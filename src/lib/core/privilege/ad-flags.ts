/**
 * Active Directory account facts read from `attrs`, whichever export they came from: SharpHound
 * writes lower-case booleans (`hasspn`, `dontreqpreauth`, `unconstraineddelegation`,
 * `admincount`), Get-ADUser writes `ServicePrincipalName`, `DoesNotRequirePreAuth`,
 * `TrustedForDelegation`, `adminCount` and the raw `userAccountControl` bit field.
 */
import type { Account } from '../model';

// userAccountControl bits (Microsoft's documented values).
const UAC_DONT_EXPIRE_PASSWORD = 0x10000;
const UAC_TRUSTED_FOR_DELEGATION = 0x80000;
const UAC_DONT_REQ_PREAUTH = 0x400000;

type Attr = string | number | boolean | undefined;

/** An account's attributes, with their lower-cased spellings built at most once per account. */
interface Attrs {
  attrs: Account['attrs'];
  lower?: Map<string, Attr>;
}

function attr(r: Attrs, ...names: string[]): Attr {
  const attrs = r.attrs;
  if (!attrs) return undefined;
  for (const n of names) if (attrs[n] !== undefined) return attrs[n];
  // Exports spell the same attribute in different cases; most lookups of an account miss
  // their exact spelling, so the lower-cased copy is shared by every lookup of the account.
  const lower = (r.lower ??= new Map(Object.entries(attrs).map(([k, v]) => [k.toLowerCase(), v])));
  for (const n of names) if (lower.has(n.toLowerCase())) return lower.get(n.toLowerCase());
  return undefined;
}

function truthy(v: Attr): boolean | undefined {
  if (v === undefined || v === '') return undefined;
  if (typeof v === 'boolean') return v;
  if (typeof v === 'number') return v !== 0;
  const s = v.trim().toLowerCase();
  if (s === 'true' || s === '1') return true;
  if (s === 'false' || s === '0') return false;
  return undefined;
}

function uac(a: Attrs): number | undefined {
  const v = attr(a, 'userAccountControl', 'uac');
  const n = typeof v === 'number' ? v : typeof v === 'string' ? Number(v) : NaN;
  return Number.isFinite(n) ? n : undefined;
}

function flag(a: Attrs, bit: number, ...names: string[]): boolean | undefined {
  const direct = truthy(attr(a, ...names));
  if (direct !== undefined) return direct;
  const u = uac(a);
  return u === undefined ? undefined : (u & bit) !== 0;
}

export interface AdFlags {
  adminCount?: boolean;
  hasSpn?: boolean;
  dontRequirePreauth?: boolean;
  unconstrainedDelegation?: boolean;
  passwordNeverExpires?: boolean;
}

/** The AD facts of an account; a field is undefined when the export does not say. */
export function adFlags(account: Account): AdFlags {
  const a: Attrs = { attrs: account.attrs };
  const spn = attr(a, 'hasSpn', 'servicePrincipalName', 'servicePrincipalNames', 'spn');
  const hasSpn =
    typeof spn === 'string' && !/^(true|false|0|1)$/i.test(spn.trim())
      ? spn.trim() !== '' && spn.trim() !== '{}'
      : truthy(spn);
  return {
    adminCount: truthy(attr(a, 'adminCount')),
    hasSpn,
    dontRequirePreauth: flag(
      a,
      UAC_DONT_REQ_PREAUTH,
      'dontRequirePreauth',
      'dontReqPreauth',
      'DoesNotRequirePreAuth'
    ),
    unconstrainedDelegation: flag(
      a,
      UAC_TRUSTED_FOR_DELEGATION,
      'unconstrainedDelegation',
      'TrustedForDelegation'
    ),
    passwordNeverExpires:
      account.passwordNeverExpires ??
      flag(a, UAC_DONT_EXPIRE_PASSWORD, 'pwdNeverExpires', 'PasswordNeverExpires')
  };
}

/** krbtgt holds an SPN by design and is never usable for sign-in: it is not kerberoastable. */
export function isKrbtgt(a: Account): boolean {
  const names = [a.login, a.name, a.upn]
    .filter((x): x is string => !!x)
    .map((x) => x.toLowerCase());
  return names.some((n) => n === 'krbtgt' || n.startsWith('krbtgt@') || n.endsWith('\\krbtgt'));
}
