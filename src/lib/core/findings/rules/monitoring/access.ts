/**
 * Who signs in and how (area MON): dormant accounts waking up, legacy authentication, disabled
 * accounts trying, and service accounts signing in as a person would.
 */
import type { SignInEvent } from '../../../model';
import { days as dayCount } from '../../describe';
import { accountsById } from '../../lookup';
import type { Rule } from '../../types';
import { type Hit, notAssessed, verdict } from '../../verdict';
import {
  actorKey,
  actorLabel,
  DAY,
  groupBy,
  hasFormat,
  minute,
  NEEDS_ENTRA_SIGN_IN_LOG,
  NEEDS_SIGN_IN_LOG,
  signIns,
  signInsByActor,
  SIGN_IN_LOG_FORMATS
} from './events';

export const dormantWakes: Rule = {
  id: 'ZTW-MON-006',
  severity: 'medium',
  title: 'Dormant account waking up',
  why:
    'An account that signs in again after months of silence is either its owner back from ' +
    'leave or someone who found a forgotten account; attackers prefer the forgotten ones.',
  remediation:
    'Confirm with the owner that the sign-in was theirs; disable dormant accounts before they ' +
    'wake up, and alert on the first sign-in after a long gap.',
  step: 4,
  ztmm: 'Risk Assessments',
  attack: 'T1078',
  needs: NEEDS_SIGN_IN_LOG,
  evaluate(input) {
    if (!hasFormat(input, SIGN_IN_LOG_FORMATS)) return notAssessed(NEEDS_SIGN_IN_LOG);
    const accounts = accountsById(input);
    const gapDays = input.settings.dormantDays;
    const hits: Hit[] = [];
    // The gap is measured between sign-ins in the logs, so logs shorter than the threshold
    // cannot show one; the account's reported last sign-in is not used, as logs feed it too.
    for (const [key, all] of signInsByActor(input)) {
      const events = all.filter((e) => e.result === 'success');
      for (let i = 1; i < events.length; i++) {
        const gap = Date.parse(events[i].time) - Date.parse(events[i - 1].time);
        if (gap < gapDays * DAY) continue;
        hits.push({
          id: key,
          evidence:
            `${actorLabel(events[i], accounts)}: signed in at ${minute(events[i].time)}` +
            `${events[i].ip ? ` from ${events[i].ip}` : ''} after ` +
            `${dayCount(Math.floor(gap / DAY))} without a sign-in`
        });
      }
    }
    return verdict(hits);
  }
};

/**
 * Entra's `clientAppUsed` values for protocols that send a password with every request and
 * cannot do MFA (Microsoft lists Exchange ActiveSync, IMAP, MAPI, SMTP, POP and other clients).
 */
const LEGACY_CLIENTS = [
  'authenticated smtp',
  'autodiscover',
  'exchange activesync',
  'exchange online powershell',
  'exchange web services',
  'imap',
  'mapi',
  'offline address book',
  'other clients',
  'outlook anywhere',
  'pop',
  'reporting web services',
  'universal outlook'
];

export function isLegacyClient(clientApp: string | undefined): boolean {
  const c = clientApp?.trim().toLowerCase();
  return !!c && LEGACY_CLIENTS.some((legacy) => c.startsWith(legacy));
}

export const legacyAuthentication: Rule = {
  id: 'ZTW-MON-007',
  severity: 'high',
  title: 'Sign-ins over legacy authentication',
  why:
    'Legacy protocols (SMTP, IMAP, POP, ActiveSync with basic authentication…) take a bare ' +
    'password and cannot ask for MFA; they are the usual door for password spraying.',
  remediation:
    'Block legacy authentication with a Conditional Access policy, move the clients named here ' +
    'to modern authentication, and give mail-sending devices an app with OAuth or a relay.',
  step: 4,
  ztmm: 'Authentication',
  attack: 'T1078.004',
  needs: NEEDS_ENTRA_SIGN_IN_LOG,
  evaluate(input) {
    const entra = signIns(input).filter((e) => e.system === 'entra');
    if (entra.length === 0) return notAssessed(NEEDS_ENTRA_SIGN_IN_LOG);
    const accounts = accountsById(input);
    const legacy = entra.filter((e) => isLegacyClient(e.clientApp));
    const hits: Hit[] = [];
    for (const [key, events] of groupBy(legacy, (e) => actorKey(e, accounts))) {
      const ok = events.filter((e) => e.result === 'success').length;
      const clients = [...new Set(events.map((e) => e.clientApp))].join(', ');
      hits.push({
        id: key,
        evidence:
          `${actorLabel(events[0], accounts)}: ${events.length} sign-in(s) over ${clients} ` +
          `(${ok} successful), last at ${minute(events[events.length - 1].time)}`
      });
    }
    return verdict(hits);
  }
};

/** Entra's error for a sign-in by a disabled account. */
const DISABLED_ERRORS = new Set(['50057']);

export const disabledSignIns: Rule = {
  id: 'ZTW-MON-008',
  severity: 'medium',
  title: 'Sign-ins by disabled accounts',
  why:
    'Someone still uses the password of an account that was switched off, often a leaver or a ' +
    'script nobody updated; when the same person has accounts elsewhere they may still work.',
  remediation:
    "Find who or what is signing in; make sure the person's accounts in every other system " +
    'are disabled too, and rotate any secret the account shared.',
  step: 4,
  ztmm: 'Identity Stores',
  attack: 'T1078',
  needs: NEEDS_SIGN_IN_LOG,
  evaluate(input) {
    if (!hasFormat(input, SIGN_IN_LOG_FORMATS)) return notAssessed(NEEDS_SIGN_IN_LOG);
    const accounts = accountsById(input);
    // The log's own verdict that the account was disabled; a past sign-in of an account
    // disabled since is no sign of trouble, so the account's current state alone is not used.
    const tries = signIns(input).filter((e) => e.errorCode && DISABLED_ERRORS.has(e.errorCode));
    const hits: Hit[] = [];
    for (const [key, events] of groupBy(tries, (e) => actorKey(e, accounts))) {
      hits.push({
        id: key,
        evidence:
          `${actorLabel(events[0], accounts)}: ${events.length} sign-in attempt(s) refused ` +
          `because the account is disabled, last at ${minute(events[events.length - 1].time)}` +
          `${events[events.length - 1].ip ? ` from ${events[events.length - 1].ip}` : ''}`
      });
    }
    return verdict(hits);
  }
};

/** Sign-ins a person makes at a keyboard: a browser or desktop client, a console login. */
function isInteractive(e: SignInEvent): boolean {
  if (e.operation === 'ConsoleLogin' || e.operation === 'user.session.start') return true;
  const client = e.clientApp?.toLowerCase();
  return client === 'browser' || client === 'mobile apps and desktop clients';
}

export const serviceInteractive: Rule = {
  id: 'ZTW-MON-009',
  severity: 'medium',
  title: 'Service accounts signing in interactively',
  why:
    'A service account should only authenticate from its workload; a browser or console ' +
    'sign-in means a person is using its credentials, which no one reviews or protects with MFA.',
  remediation:
    "Find who signed in; rotate the account's password or keys, block interactive sign-in " +
    'for it, and move the workload to a managed identity or workload identity where possible.',
  step: 4,
  ztmm: 'Access Management',
  attack: 'T1078',
  needs: NEEDS_SIGN_IN_LOG,
  evaluate(input) {
    if (!hasFormat(input, SIGN_IN_LOG_FORMATS)) return notAssessed(NEEDS_SIGN_IN_LOG);
    const accounts = accountsById(input);
    const used = signIns(input).filter(
      (e) =>
        e.result === 'success' &&
        isInteractive(e) &&
        e.actorId !== undefined &&
        accounts.get(e.actorId)?.kind === 'service'
    );
    const hits: Hit[] = [];
    for (const [key, events] of groupBy(used, (e) => e.actorId)) {
      const last = events[events.length - 1];
      hits.push({
        id: key,
        evidence:
          `${actorLabel(last, accounts)}: ${events.length} interactive sign-in(s), last at ` +
          `${minute(last.time)}${last.ip ? ` from ${last.ip}` : ''}` +
          `${last.clientApp ? ` (${last.clientApp})` : last.operation ? ` (${last.operation})` : ''}`
      });
    }
    return verdict(hits);
  }
};
