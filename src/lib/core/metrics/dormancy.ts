/** How long each enabled account has been idle, judged against the as-of date (SPEC §5). */
import { perRecords } from '../analysis/per-records';
import type { AnalysisInput } from '../findings/types';
import type { Account } from '../model';
import { isEnabled } from './account-state';
import { activityReporter } from './activity-reported';
import { daysBeforeAsOf } from './days-before';
import { effectiveLastSignIn, lastCredentialUse } from './last-sign-in';

/**
 * `active`/`dormant`: seen within / more than the threshold before the as-of date;
 * `never-used`: never seen and created more than the threshold before it; `new`: never seen
 * but created within it; `not-assessable`: neither a creation date nor any activity, or never
 * seen in a system whose exports do not report activity for accounts of its kind.
 */
export type DormancyStatus = 'active' | 'dormant' | 'never-used' | 'new' | 'not-assessable';

export interface Dormancy {
  account: Account;
  status: DormancyStatus;
  /** The newest activity: a sign-in, or for service accounts a later credential use. */
  lastActive?: string;
  via?: 'sign-in' | 'credential use';
  /** Whole days from `lastActive` (or, when never used, from creation) to the as-of date. */
  days?: number;
}

/**
 * The dormancy of every enabled account, with the threshold of `settings.dormantDays`. Two
 * rules, a KPI and a chart read it: computed once per record set, as-of date, threshold and
 * formats, and shared, so callers must not change it.
 */
export function dormancyOfAccounts(input: AnalysisInput): Dormancy[] {
  const key = `dormancy|${input.asOf}|${input.settings.dormantDays}|${input.formats.join(',')}`;
  return perRecords(input.records, key, () => judgeDormancy(input));
}

function judgeDormancy(input: AnalysisInput): Dormancy[] {
  const signIns = effectiveLastSignIn(input);
  const keyUse = lastCredentialUse(input);
  const threshold = input.settings.dormantDays;
  const reportsActivity = activityReporter(input);
  const daysBefore = daysBeforeAsOf(input.asOf);
  const out: Dormancy[] = [];

  for (const account of input.records.accounts) {
    if (!isEnabled(account)) continue;
    let lastActive = signIns.get(account.id);
    let via: Dormancy['via'] = lastActive ? 'sign-in' : undefined;
    // SPEC §5: a service account is in use when its keys are, even if it never signs in.
    const used = account.kind === 'service' ? keyUse.get(account.id) : undefined;
    if (used && (!lastActive || used > lastActive)) {
      lastActive = used;
      via = 'credential use';
    }

    if (lastActive) {
      const days = daysBefore(lastActive);
      const status = days > threshold ? 'dormant' : 'active';
      out.push({ account, status, lastActive, via, days });
    } else if (account.created && reportsActivity(account)) {
      const days = daysBefore(account.created);
      out.push({ account, status: days > threshold ? 'never-used' : 'new', days });
    } else {
      out.push({ account, status: 'not-assessable' });
    }
  }
  return out;
}
