/** A human behind one or more accounts (SPEC §3, identity resolution). */
import type { System } from '../model';

/** Why an account joined a person: the rule that matched and the key it matched on. */
export interface LinkReason {
  accountId: string;
  rule:
    | 'email'
    | 'upn'
    | 'guest-upn'
    | 'proxy-address'
    | 'sam-account-name'
    | 'immutable-id'
    | 'sid'
    | 'okta-login'
    | 'manual';
  key: string;
}

export interface Person {
  id: string;
  name: string;
  accountIds: string[];
  systems: System[];
  reasons: LinkReason[];
  /** True when no account of this person is in the authoritative directory. */
  orphan: boolean;
}

/** Links and unlinks the consultant made by hand; they override the automatic rules. */
export interface ManualLink {
  /** `link`: the two accounts are one person; `unlink`: never join them. */
  action: 'link' | 'unlink';
  a: string;
  b: string;
}
