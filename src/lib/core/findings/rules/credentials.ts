/** Credential rules (area CRED): keys and secrets that are old, idle, expiring or doubled. */
import { daysBetween } from '../../decode/dates';
import type { Credential } from '../../model';
import { isCountedCredential } from '../../metrics/account-state';
import { credentialAgeDays } from '../../metrics/credential-age';
import { credentialsReported } from '../../metrics/credential-formats';
import { NEEDS_CREDENTIALS } from '../../metrics/needs';
import { day, days, nameAccount, nameCredential } from '../describe';
import { accountsById } from '../lookup';
import type { AnalysisInput, Rule } from '../types';
import { notAssessed, verdict } from '../verdict';

const NEEDS_EXPIRY =
  'credential expiry dates (Entra applications with passwordCredentials and ' +
  'keyCredentials, or gcloud service-account keys list)';
const NEEDS_USE =
  'credential last-use dates (an AWS credential report reports them for access keys)';
const NEEDS_ACCESS_KEYS = 'an AWS credential report';
/** Expiry dates from this year on mean "never" (GCP user-managed keys: 9999-12-31). */
const NEVER_EXPIRES_YEAR = 9999;

/** Active customer-held credentials: the only ones SPEC §5 counts. */
function held(input: AnalysisInput): Credential[] {
  return input.records.credentials.filter(isCountedCredential);
}

/**
 * Last use is reported for AWS access keys (credential report, "N/A" when never used), and
 * for any other system and kind where some credential shows a last use.
 */
function useReported(all: Credential[]): (c: Credential) => boolean {
  const kinds = new Set(['aws:access-key']);
  for (const c of all) if (c.lastUsed) kinds.add(`${c.system}:${c.kind}`);
  return (c) => kinds.has(`${c.system}:${c.kind}`);
}

export const staleCredentials: Rule = {
  id: 'ZTW-CRED-001',
  severity: 'medium',
  title: 'Credentials not rotated within the threshold',
  why:
    'The longer a key or secret lives, the more copies of it sit in scripts, pipelines and ' +
    'laptops, and the longer a leaked one keeps working.',
  remediation:
    'Rotate these credentials, or better replace them with short-lived tokens (roles, ' +
    'workload identity federation, managed identities).',
  step: 2,
  ztmm: 'Authentication',
  attack: 'T1552',
  needs: NEEDS_CREDENTIALS,
  evaluate(input) {
    if (!credentialsReported(input)) return notAssessed(NEEDS_CREDENTIALS);
    const creds = held(input);
    const dated = creds.filter((c) => credentialAgeDays(c, input.asOf) !== undefined);
    if (creds.length > 0 && dated.length === 0) return notAssessed(NEEDS_CREDENTIALS);
    const byId = accountsById(input);
    const limit = input.settings.staleCredentialDays;
    const hits = dated.flatMap((c) => {
      const age = credentialAgeDays(c, input.asOf) as number;
      if (age <= limit) return [];
      const rotated = c.rotated && c.rotated !== c.created;
      const since = rotated ? `last rotated ${day(c.rotated!)}` : `created ${day(c.created!)}`;
      const evidence = `${nameCredential(c, byId.get(c.ownerId))}: ${since}, ${days(age)} before the as-of date`;
      return [{ id: c.id, evidence }];
    });
    return verdict(hits);
  }
};

export const unusedCredentials: Rule = {
  id: 'ZTW-CRED-002',
  severity: 'low',
  title: 'Credentials never used',
  why:
    'A key that has never been used is not needed, yet anyone who finds it can use it; it ' +
    'widens the attack surface for nothing.',
  remediation: 'Deactivate credentials that were never used, wait a few weeks, then delete them.',
  step: 1,
  ztmm: 'Identity Stores',
  attack: 'T1552',
  needs: NEEDS_USE,
  evaluate(input) {
    const creds = held(input);
    const judged = creds.filter(useReported(input.records.credentials));
    if (judged.length === 0) return notAssessed(NEEDS_USE);
    const byId = accountsById(input);
    const grace = input.settings.dormantDays;
    const hits = judged.flatMap((c) => {
      const since = c.created ?? c.rotated;
      if (c.lastUsed || !since) return [];
      const age = daysBetween(since, input.asOf);
      if (age <= grace) return [];
      const evidence = `${nameCredential(c, byId.get(c.ownerId))}: never used since its creation on ${day(since)}, ${days(age)} before the as-of date`;
      return [{ id: c.id, evidence }];
    });
    return verdict(hits);
  }
};

/** Active credentials with a real expiry date, and the days from the as-of date to it. */
function expiring(input: AnalysisInput): { credential: Credential; left: number }[] {
  return held(input)
    .filter((c) => c.expires && Number(c.expires.slice(0, 4)) < NEVER_EXPIRES_YEAR)
    .map((c) => ({ credential: c, left: daysBetween(input.asOf, c.expires as string) }));
}

export const expiredCredentials: Rule = {
  id: 'ZTW-CRED-003',
  severity: 'low',
  title: 'Expired credentials still registered',
  why:
    'An expired secret no longer works, but leaving it registered hides which applications ' +
    'are broken or were silently given a new secret, and clutters every review.',
  remediation:
    'Remove expired secrets and certificates from their applications, and set up renewal ' +
    'before expiry.',
  step: 5,
  ztmm: 'Automation and Orchestration',
  needs: NEEDS_EXPIRY,
  evaluate(input) {
    const dated = expiring(input);
    if (dated.length === 0) return notAssessed(NEEDS_EXPIRY);
    const byId = accountsById(input);
    const hits = dated
      .filter((e) => e.left < 0)
      .map(({ credential: c, left }) => ({
        id: c.id,
        evidence: `${nameCredential(c, byId.get(c.ownerId))}: expired ${day(c.expires!)}, ${days(-left)} before the as-of date`
      }));
    return verdict(hits);
  }
};

export const expiringCredentials: Rule = {
  id: 'ZTW-CRED-004',
  severity: 'low',
  title: 'Credentials expiring soon',
  why:
    'A secret that expires unnoticed stops an application; the rushed fix that follows is ' +
    'often a new secret that never expires.',
  remediation:
    'Renew these credentials in good time, ideally by automated rotation, and alert the ' +
    'owner well before expiry.',
  step: 5,
  ztmm: 'Automation and Orchestration',
  needs: NEEDS_EXPIRY,
  evaluate(input) {
    const dated = expiring(input);
    if (dated.length === 0) return notAssessed(NEEDS_EXPIRY);
    const byId = accountsById(input);
    const soon = input.settings.expiringSoonDays;
    const hits = dated
      .filter((e) => e.left >= 0 && e.left <= soon)
      .map(({ credential: c, left }) => ({
        id: c.id,
        evidence: `${nameCredential(c, byId.get(c.ownerId))}: expires ${day(c.expires!)}, ${days(left)} after the as-of date`
      }));
    return verdict(hits);
  }
};

export const longLivedCredentials: Rule = {
  id: 'ZTW-CRED-005',
  severity: 'medium',
  title: 'Secrets valid for too long',
  why:
    'A secret valid for years, or for ever, keeps working long after the people who knew ' +
    'it have gone; nothing forces it to be rotated.',
  remediation:
    'Issue secrets and certificates with a validity of at most the threshold, rotate them ' +
    'automatically, and prefer federated or managed identities that need no secret.',
  step: 2,
  ztmm: 'Authentication',
  attack: 'T1552',
  needs: NEEDS_EXPIRY,
  evaluate(input) {
    const judged = held(input).filter((c) => c.expires && (c.created ?? c.rotated));
    if (judged.length === 0) return notAssessed(NEEDS_EXPIRY);
    const byId = accountsById(input);
    const limit = input.settings.longLivedSecretDays;
    const hits = judged.flatMap((c) => {
      const from = (c.created ?? c.rotated) as string;
      const until = c.expires as string;
      const valid = daysBetween(from, until);
      if (valid <= limit) return [];
      const span =
        Number(until.slice(0, 4)) >= NEVER_EXPIRES_YEAR
          ? `never expires (valid until ${day(until)})`
          : `valid for ${days(valid)}`;
      const evidence = `${nameCredential(c, byId.get(c.ownerId))}: ${span}, from ${day(from)} to ${day(until)}`;
      return [{ id: c.id, evidence }];
    });
    return verdict(hits);
  }
};

export const twoActiveAccessKeys: Rule = {
  id: 'ZTW-CRED-006',
  severity: 'low',
  title: 'Accounts with two active access keys',
  why:
    'Two active keys are meant to overlap briefly during a rotation; kept for long, the old ' +
    'key lives on in forgotten places and doubles what can leak.',
  remediation:
    'Finish the rotation: find which key is still in use, move it to the new one and ' +
    'deactivate the other.',
  step: 2,
  ztmm: 'Authentication',
  attack: 'T1098.001',
  needs: NEEDS_ACCESS_KEYS,
  evaluate(input) {
    const keys = held(input).filter((c) => c.kind === 'access-key');
    const fromReport = input.formats.some((f) => f.startsWith('aws-credential-report'));
    if (keys.length === 0 && !fromReport) return notAssessed(NEEDS_ACCESS_KEYS);
    const byOwner = new Map<string, Credential[]>();
    for (const key of keys) byOwner.set(key.ownerId, [...(byOwner.get(key.ownerId) ?? []), key]);
    const byId = accountsById(input);
    const hits = [...byOwner]
      .filter(([, owned]) => owned.length >= 2)
      .map(([ownerId, owned]) => {
        const owner = byId.get(ownerId);
        const who = owner ? nameAccount(owner) : ownerId;
        const list = owned
          .map(
            (k) =>
              `${k.name ?? k.id} (${k.lastUsed ? `last used ${day(k.lastUsed)}` : 'never used'})`
          )
          .join(' and ');
        return { id: ownerId, evidence: `${who}: ${owned.length} active access keys, ${list}` };
      });
    return verdict(hits);
  }
};

export const credentialRules: Rule[] = [
  staleCredentials,
  unusedCredentials,
  expiredCredentials,
  expiringCredentials,
  longLivedCredentials,
  twoActiveAccessKeys
];
