/** SharpHound users collection (`meta.type` users) as AD accounts keyed by SID. */
import type { RejectedRow } from '../../assessment';
import { list, num, prop, text } from '../../decode/values';
import type { Account } from '../../model';
import { emptyRecordSet } from '../../model';
import type { ImportOutput, JsonImporter } from '../types';
import { adAccountAttrs } from './account-attrs';
import { adAccountKind } from './account-kind';
import { adAccountId, normaliseSid } from './ids';
import {
  detectSharpHound,
  domainScope,
  epochDate,
  flag,
  lastLogonOf,
  notAnAccount,
  sharpHoundData,
  spnsOf
} from './sharphound';

/** Accounts of a users collection; well-known principals and deleted users are skipped. */
export function parseSharpHoundUsers(value: unknown): ImportOutput {
  const records = emptyRecordSet();
  const rejected: RejectedRow[] = [];
  const skipped: string[] = [];
  const items = sharpHoundData(value, 'users') ?? [];

  items.forEach((item, i) => {
    const props = prop(item, 'Properties');
    const why = notAnAccount(item);
    if (why) {
      const label =
        text(prop(props, 'name')) ?? text(prop(item, 'ObjectIdentifier')) ?? `#${i + 1}`;
      if (why.startsWith('has no')) rejected.push({ line: i + 1, reason: `user #${i + 1} ${why}` });
      else skipped.push(`${label} ${why}`);
      return;
    }
    const sid = normaliseSid(text(prop(item, 'ObjectIdentifier')));
    const sam = text(prop(props, 'samaccountname'));
    const enabled = flag(props, 'enabled');
    const spns = spnsOf(props);
    const hasSpn = flag(props, 'hasspn') ?? (spns ? spns.length > 0 : undefined);
    const dn = text(prop(props, 'distinguishedname'));
    const admin = prop(props, 'admincount');
    const delegateTo = list(prop(item, 'AllowedToDelegate')).length;
    const id = adAccountId(sid, sam) as string;

    const account: Account = {
      id,
      system: 'ad',
      nativeId: sid as string,
      name: text(prop(props, 'displayname')) ?? sam ?? text(prop(props, 'name')) ?? id,
      upn: text(prop(props, 'userprincipalname')),
      email: text(prop(props, 'email')),
      login: sam,
      kind: adAccountKind({ sam, dn, hasSpn }),
      enabled,
      created: epochDate(prop(props, 'whencreated')),
      lastSignIn: lastLogonOf(props),
      passwordLastSet: epochDate(prop(props, 'pwdlastset')),
      passwordNeverExpires: flag(props, 'pwdneverexpires'),
      link: { sid, onPremSam: sam },
      attrs: {
        ...adAccountAttrs({
          enabled,
          sam,
          spns: spns ?? (hasSpn === false ? [] : undefined),
          adminCount: typeof admin === 'boolean' ? Number(admin) : num(admin),
          dn,
          trustedForDelegation: flag(props, 'unconstraineddelegation'),
          dontRequirePreauth: flag(props, 'dontreqpreauth'),
          passwordNotRequired: flag(props, 'passwordnotreqd'),
          notDelegated: flag(props, 'sensitive')
        }),
        ...(flag(props, 'trustedtoauth') !== undefined && {
          trustedToAuthForDelegation: flag(props, 'trustedtoauth') as boolean
        }),
        ...(delegateTo > 0 && { allowedToDelegateCount: delegateTo })
      }
    };
    records.accounts.push(account);
  });

  const warnings = skipped.length > 0 ? [`Skipped: ${skipped.join('; ')}.`] : [];
  return { records, rejected, warnings, scopeKey: domainScope(items) };
}

export const sharpHoundUsers: JsonImporter = {
  id: 'sharphound-users',
  label: 'SharpHound users (JSON)',
  system: 'ad',
  input: 'json',
  detect: (value) => detectSharpHound(value, 'users'),
  parse: (value) => parseSharpHoundUsers(value)
};
