/**
 * SharpHound computers collection. A computer account authenticates to the domain with its
 * own machine password and no person signs in as it, so it is imported as a service account
 * marked `computer`. Domain controllers are trusted for unconstrained delegation by design,
 * so they are marked too, for rules to tell them from servers that should not be.
 */
import type { RejectedRow } from '../../assessment';
import { list, prop, text } from '../../decode/values';
import { emptyRecordSet } from '../../model';
import type { ImportOutput, JsonImporter } from '../types';
import { adAccountAttrs } from './account-attrs';
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

/** RIDs of the primary groups of writable (516) and read-only (521) domain controllers. */
const DC_PRIMARY_GROUP = /-(516|521)$/;

/** Computer accounts, kind service. */
export function parseSharpHoundComputers(value: unknown): ImportOutput {
  const records = emptyRecordSet();
  const rejected: RejectedRow[] = [];
  const skipped: string[] = [];
  const items = sharpHoundData(value, 'computers') ?? [];

  items.forEach((item, i) => {
    const props = prop(item, 'Properties');
    const why = notAnAccount(item);
    if (why) {
      if (why.startsWith('has no'))
        rejected.push({ line: i + 1, reason: `computer #${i + 1} ${why}` });
      else skipped.push(`${text(prop(props, 'name')) ?? `#${i + 1}`} ${why}`);
      return;
    }
    const sid = normaliseSid(text(prop(item, 'ObjectIdentifier'))) as string;
    const sam = text(prop(props, 'samaccountname'));
    const enabled = flag(props, 'enabled');
    const dc =
      flag(props, 'isdc') ?? DC_PRIMARY_GROUP.test(text(prop(item, 'PrimaryGroupSID')) ?? '');
    const delegateTo = list(prop(item, 'AllowedToDelegate')).length;
    const os = text(prop(props, 'operatingsystem'));
    const laps = flag(props, 'haslaps');

    records.accounts.push({
      id: adAccountId(sid, sam) as string,
      system: 'ad',
      nativeId: sid,
      name: text(prop(props, 'name')) ?? sam ?? sid,
      login: sam,
      kind: 'service',
      enabled,
      created: epochDate(prop(props, 'whencreated')),
      lastSignIn: lastLogonOf(props),
      passwordLastSet: epochDate(prop(props, 'pwdlastset')),
      link: { sid, onPremSam: sam },
      attrs: {
        ...adAccountAttrs({
          enabled,
          sam,
          spns: spnsOf(props),
          computer: true,
          dn: text(prop(props, 'distinguishedname')),
          trustedForDelegation: flag(props, 'unconstraineddelegation')
        }),
        domainController: dc,
        ...(os && { operatingSystem: os }),
        ...(laps !== undefined && { hasLaps: laps }),
        ...(flag(props, 'trustedtoauth') !== undefined && {
          trustedToAuthForDelegation: flag(props, 'trustedtoauth') as boolean
        }),
        ...(delegateTo > 0 && { allowedToDelegateCount: delegateTo })
      }
    });
  });

  const warnings = skipped.length > 0 ? [`Skipped: ${skipped.join('; ')}.`] : [];
  return { records, rejected, warnings, scopeKey: domainScope(items) };
}

export const sharpHoundComputers: JsonImporter = {
  id: 'sharphound-computers',
  label: 'SharpHound computers (JSON)',
  system: 'ad',
  input: 'json',
  detect: (value) => detectSharpHound(value, 'computers'),
  parse: (value) => parseSharpHoundComputers(value)
};
