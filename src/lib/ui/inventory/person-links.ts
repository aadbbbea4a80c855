/** Manual identity links from the person view, and the words that explain every link. */
import type { LinkReason, Person } from '$lib/core/identity/person';
import { saveLink } from '$lib/db/docs';

const RULE_WORDS: Record<LinkReason['rule'], string> = {
  email: 'same e-mail address',
  upn: 'same UPN',
  'guest-upn': 'guest UPN names the home address',
  'proxy-address': 'proxy address',
  'sam-account-name': 'same sAMAccountName',
  'immutable-id': 'same on-premises immutable id',
  sid: 'same SID',
  'okta-login': 'Okta login',
  manual: 'linked by you to'
};

/**
 * Why each account of a person is in it. Resolution records a reason on the account that
 * joined; the account the others joined has none of its own and is named as the first.
 */
export function linkExplanation(
  person: Person,
  accountId: string,
  nameOf: (id: string) => string
): string {
  const reasons = person.reasons.filter((r) => r.accountId === accountId);
  if (reasons.length === 0) {
    return person.accountIds.length === 1 ? 'only account' : 'first account of this person';
  }
  return reasons
    .map((r) => {
      // Keys are `<kind>:<value>`; manual links carry the other account's id.
      const value = r.rule === 'manual' ? nameOf(r.key) : r.key.slice(r.key.indexOf(':') + 1);
      return `${RULE_WORDS[r.rule]} ${value}`;
    })
    .join('; ');
}

/**
 * Records that an account belongs to a person (their persons join on the next analysis). The
 * link is recorded against every account of the person, so that it also replaces any earlier
 * unlink of this account from one of them, which would otherwise split the person again.
 */
export async function linkToPerson(
  assessmentId: string,
  person: Person,
  accountId: string
): Promise<void> {
  for (const member of person.accountIds) {
    if (member !== accountId) {
      await saveLink(assessmentId, { action: 'link', a: member, b: accountId });
    }
  }
}

/**
 * Takes an account out of a person. An unlink keeps two accounts apart; to keep this one apart
 * from the whole person it is recorded against every other account of the person.
 */
export async function unlinkFromPerson(
  assessmentId: string,
  person: Person,
  accountId: string
): Promise<void> {
  for (const other of person.accountIds) {
    if (other !== accountId) {
      await saveLink(assessmentId, { action: 'unlink', a: other, b: accountId });
    }
  }
}
