/**
 * Bursts of failures (area MON): MFA fatigue, password spray and brute force, each a number of
 * events within a window the user sets.
 */
import { type Account, type SignInEvent, SYSTEM_LABELS } from '../../../model';
import { accountsById } from '../../lookup';
import type { Rule, RuleResult } from '../../types';
import { type Hit, notAssessed, verdict } from '../../verdict';
import {
  actorKey,
  actorLabel,
  firstBurst,
  groupBy,
  hasFormat,
  MINUTE,
  minute,
  NEEDS_SIGN_IN_LOG,
  signIns,
  signInsByActor,
  SIGN_IN_LOG_FORMATS
} from './events';

const isPrompt = (e: SignInEvent) => e.mfaResult === 'denied' || e.mfaResult === 'timeout';

/** "between 23:40 and 23:56 UTC on 2026-11-13", or across days when it spans them. */
function between(first: string, last: string): string {
  if (first.slice(0, 10) === last.slice(0, 10)) {
    return `between ${first.slice(11, 16)} and ${last.slice(11, 16)} UTC on ${first.slice(0, 10)}`;
  }
  return `between ${minute(first)} and ${minute(last)}`;
}

/** " from 203.0.113.77", " from 3 addresses", or nothing. */
function fromAddresses(events: readonly SignInEvent[]): string {
  const ips = [...new Set(events.map((e) => e.ip).filter(Boolean))];
  if (ips.length === 0) return '';
  return ips.length === 1 ? ` from ${ips[0]}` : ` from ${ips.length} addresses`;
}

/** The first successful sign-in within the window after a burst ends: the attacker getting in. */
function successAfter(
  events: readonly SignInEvent[],
  burst: readonly SignInEvent[],
  windowMs: number
): SignInEvent | undefined {
  const end = Date.parse(burst[burst.length - 1].time);
  return events.find((e) => {
    const t = Date.parse(e.time);
    return e.result === 'success' && t > end && t - end <= windowMs;
  });
}

export const mfaFatigue: Rule = {
  id: 'ZTW-MON-003',
  severity: 'high',
  title: 'MFA fatigue: a burst of refused prompts, then a success',
  why:
    'Someone who has the password sends push prompts until the user approves one to make them ' +
    'stop; the success after the burst is the attacker getting in.',
  remediation:
    'Revoke the sessions and reset the password of the account; turn on number matching and ' +
    'additional context for push, or move the user to a phishing-resistant method.',
  step: 4,
  ztmm: 'Authentication',
  attack: 'T1621',
  needs: NEEDS_SIGN_IN_LOG,
  evaluate(input) {
    if (!hasFormat(input, SIGN_IN_LOG_FORMATS)) return notAssessed(NEEDS_SIGN_IN_LOG);
    const accounts = accountsById(input);
    const { mfaFatigueDenials: enough, mfaFatigueWindowMinutes } = input.settings;
    const windowMs = mfaFatigueWindowMinutes * MINUTE;
    const hits: Hit[] = [];
    for (const [key, events] of signInsByActor(input)) {
      const burst = firstBurst(events.filter(isPrompt), windowMs, enough);
      if (!burst) continue;
      const success = successAfter(events, burst, windowMs);
      if (!success) continue;
      hits.push({
        id: key,
        evidence:
          `${actorLabel(success, accounts)}: ${burst.length} MFA prompts denied or unanswered ` +
          `${between(burst[0].time, burst[burst.length - 1].time)}${fromAddresses(burst)}, ` +
          `then a successful sign-in at ${minute(success.time)}` +
          `${success.ip ? ` from ${success.ip}` : ''}`
      });
    }
    return verdict(hits);
  }
};

/** Distinct accounts among events. */
function accountsIn(events: readonly SignInEvent[], accounts: Map<string, Account>): Set<string> {
  return new Set(events.map((e) => actorKey(e, accounts)).filter((k) => k !== undefined));
}

export const passwordSpray: Rule = {
  id: 'ZTW-MON-004',
  severity: 'high',
  title: 'Password spray: one address failing on many accounts',
  why:
    "Trying a few common passwords on many accounts stays under each account's lockout; the " +
    'accounts where it worked have a guessable password and often no MFA.',
  remediation:
    'Block the address, reset the passwords of the accounts that signed in from it, require ' +
    "MFA for every sign-in and ban common passwords (Entra password protection or the IdP's list).",
  step: 4,
  ztmm: 'Risk Assessments',
  attack: 'T1110.003',
  needs: NEEDS_SIGN_IN_LOG,
  evaluate(input): RuleResult {
    if (!hasFormat(input, SIGN_IN_LOG_FORMATS)) return notAssessed(NEEDS_SIGN_IN_LOG);
    const accounts = accountsById(input);
    const windowMs = input.settings.sprayWindowMinutes * MINUTE;
    const affected = new Set<string>();
    const evidence: string[] = [];
    for (const [ip, events] of groupBy(signIns(input), (e) => e.ip)) {
      const failures = events.filter((e) => e.result === 'failure');
      const burst = firstBurst(failures, windowMs, input.settings.sprayAccounts, (e) =>
        actorKey(e, accounts)
      );
      if (!burst) continue;
      const targets = accountsIn(burst, accounts);
      const start = Date.parse(burst[0].time);
      const end = Date.parse(burst[burst.length - 1].time);
      const successes = events.filter(
        (e) =>
          e.result === 'success' &&
          Date.parse(e.time) >= start &&
          Date.parse(e.time) <= end + windowMs
      );
      for (const t of targets) affected.add(t);
      for (const s of successes) {
        const key = actorKey(s, accounts);
        if (key) affected.add(key);
      }
      const got =
        successes.length === 0
          ? 'no account signed in from it in that time'
          : `then ${[...new Set(successes.map((s) => actorLabel(s, accounts)))].join(', ')} ` +
            `signed in from it`;
      const systems = [...new Set(burst.map((e) => SYSTEM_LABELS[e.system]))].join(' and ');
      evidence.push(
        `${ip}: ${burst.length} failed ${systems} sign-ins on ${targets.size} accounts ` +
          `${between(burst[0].time, burst[burst.length - 1].time)}; ${got}`
      );
    }
    if (evidence.length === 0) return { status: 'pass' };
    return { status: 'finding', affected: [...affected], evidence };
  }
};

export const bruteForce: Rule = {
  id: 'ZTW-MON-005',
  severity: 'medium',
  title: 'Brute force: many failed sign-ins on one account',
  why:
    'Many wrong passwords on one account in a short time is someone guessing it; when a success ' +
    'follows, they found it.',
  remediation:
    'Check with the owner; if the attempts were not theirs, reset the password, require MFA and ' +
    "make sure smart lockout or the IdP's lockout policy is on.",
  step: 4,
  ztmm: 'Risk Assessments',
  attack: 'T1110.001',
  needs: NEEDS_SIGN_IN_LOG,
  evaluate(input) {
    if (!hasFormat(input, SIGN_IN_LOG_FORMATS)) return notAssessed(NEEDS_SIGN_IN_LOG);
    const accounts = accountsById(input);
    const windowMs = input.settings.bruteForceWindowMinutes * MINUTE;
    const hits: Hit[] = [];
    for (const [key, events] of signInsByActor(input)) {
      // Refused MFA prompts are fatigue, not password guessing.
      const failures = events.filter((e) => e.result === 'failure' && !isPrompt(e));
      const burst = firstBurst(failures, windowMs, input.settings.bruteForceFailures);
      if (!burst) continue;
      const success = successAfter(events, burst, windowMs);
      hits.push({
        id: key,
        evidence:
          `${actorLabel(burst[0], accounts)}: ${burst.length} failed sign-ins ` +
          `${between(burst[0].time, burst[burst.length - 1].time)}${fromAddresses(burst)}` +
          (success ? `, then a successful sign-in at ${minute(success.time)}` : '')
      });
    }
    return verdict(hits);
  }
};
