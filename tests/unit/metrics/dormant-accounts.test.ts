import { describe, expect, it } from 'vitest';
import { dormancyOfAccounts } from '../../../src/lib/core/metrics';
import { dormantAccounts } from '../../../src/lib/core/metrics/dormant-accounts';
import { account, analysisInput, credential, signIn } from '../../fixtures/metrics/build';

// AS_OF is 2024-04-30T00:00:00Z; 2024 is a leap year, so 90 days before is 2024-01-31 and
// 91 days before is 2024-01-30.
const at90 = account('at90', { lastSignIn: '2024-01-31T00:00:00Z' });
const at91 = account('at91', { lastSignIn: '2024-01-30T00:00:00Z' });
// 90 days and 23 hours: whole days count, so this is 90, not dormant
const almost91 = account('almost91', { lastSignIn: '2024-01-30T01:00:00Z' });
const neverOld = account('neverOld', { created: '2024-01-30T00:00:00Z' });
const neverNew = account('neverNew', { created: '2024-01-31T00:00:00Z' });
const noDates = account('noDates');
const disabled = account('disabled', { enabled: false, lastSignIn: '2023-01-01T00:00:00Z' });
const adUnknownState = account('adUser', {
  system: 'ad',
  enabled: undefined,
  lastSignIn: '2023-10-13T00:00:00Z'
});
const svcRecentKey = account('svcRecent', {
  kind: 'service',
  lastSignIn: '2023-10-13T00:00:00Z'
});
const svcOldKey = account('svcOld', { kind: 'service', created: '2023-01-01T00:00:00Z' });
const humanWithKey = account('humanKey', { lastSignIn: '2023-10-13T00:00:00Z' });
const rescuedByLog = account('rescued', { lastSignIn: '2023-10-13T00:00:00Z' });
const googleNoActivity = account('gnew', { system: 'google', created: '2023-01-01T00:00:00Z' });

const records = {
  accounts: [
    at90,
    at91,
    almost91,
    neverOld,
    neverNew,
    noDates,
    disabled,
    adUnknownState,
    svcRecentKey,
    svcOldKey,
    humanWithKey,
    rescuedByLog,
    googleNoActivity
  ],
  credentials: [
    credential('k1', svcRecentKey, { lastUsed: '2024-04-20T00:00:00Z' }),
    // 2024-01-29 is 92 days before the as-of date
    credential('k2', svcOldKey, { lastUsed: '2024-01-29T00:00:00Z' }),
    credential('k3', humanWithKey, { lastUsed: '2024-04-29T00:00:00Z' })
  ],
  events: [signIn(rescuedByLog, '2024-04-25T00:00:00Z')]
};

describe('dormantAccounts', () => {
  const kpi = dormantAccounts(analysisInput(records));

  it('dormantAccounts(input) counts 91 days as dormant and exactly 90 as not', () => {
    expect(kpi.recordIds).toContain(at91.id);
    expect(kpi.recordIds).not.toContain(at90.id);
    expect(kpi.recordIds).not.toContain(almost91.id);
  });

  it('dormantAccounts(input) counts never-used accounts created more than 90 days ago', () => {
    expect(kpi.recordIds).toContain(neverOld.id);
    expect(kpi.recordIds).not.toContain(neverNew.id);
  });

  it('dormantAccounts(input) uses a later key use for service accounts, but not for humans', () => {
    expect(kpi.recordIds).not.toContain(svcRecentKey.id);
    expect(kpi.recordIds).toContain(svcOldKey.id);
    expect(kpi.recordIds).toContain(humanWithKey.id);
  });

  it('dormantAccounts(input) treats unknown state as enabled and leaves out disabled accounts', () => {
    expect(kpi.recordIds).toContain(adUnknownState.id);
    expect(kpi.denominatorIds).not.toContain(disabled.id);
  });

  it('dormantAccounts(input) leaves out accounts it cannot judge', () => {
    expect(kpi.denominatorIds).not.toContain(noDates.id);
    // Google reported no sign-in for anyone: "never signed in" would be a guess
    expect(kpi.denominatorIds).not.toContain(googleNoActivity.id);
  });

  it('dormantAccounts(input) gives 5 dormant of 10 judged accounts', () => {
    expect(kpi.value).toBe(5);
    expect(kpi.numerator).toBe(5);
    expect(kpi.denominator).toBe(10);
    expect(kpi.recordIds.sort()).toEqual(
      [at91.id, neverOld.id, adUnknownState.id, svcOldKey.id, humanWithKey.id].sort()
    );
  });

  it('dormantAccounts(input) follows settings.dormantDays', () => {
    const strict = dormantAccounts(analysisInput(records, { settings: { dormantDays: 30 } }));
    expect(strict.recordIds).toContain(at90.id);
    expect(strict.definition).toContain('30 days');
  });

  it('dormantAccounts(input) is not assessed when no account has a date', () => {
    const none = dormantAccounts(analysisInput({ accounts: [noDates] }));
    expect(none.value).toBeNull();
    expect(none.notAssessed).toMatch(/sign-in/);
  });
});

describe('dormancyOfAccounts', () => {
  it('dormancyOfAccounts(input) says how the last activity was seen and how long ago', () => {
    const all = dormancyOfAccounts(analysisInput(records));
    const old = all.find((d) => d.account.id === svcOldKey.id);
    expect(old).toMatchObject({ status: 'dormant', via: 'credential use', days: 92 });
    const rescued = all.find((d) => d.account.id === rescuedByLog.id);
    expect(rescued).toMatchObject({ status: 'active', via: 'sign-in', days: 5 });
  });
});
