import { describe, expect, it } from 'vitest';
import { evaluateRules } from '../../../src/lib/core/findings';
import { monitoringRules } from '../../../src/lib/core/findings/rules/monitoring';
import {
  disabledSignIns,
  dormantWakes,
  isLegacyClient,
  legacyAuthentication,
  serviceInteractive
} from '../../../src/lib/core/findings/rules/monitoring/access';
import {
  bruteForce,
  mfaFatigue,
  passwordSpray
} from '../../../src/lib/core/findings/rules/monitoring/bursts';
import { privilegeGrants } from '../../../src/lib/core/findings/rules/monitoring/grants';
import {
  distanceKm,
  impossibleTravel,
  newCountry
} from '../../../src/lib/core/findings/rules/monitoring/travel';
import { logCoverage } from '../../../src/lib/core/findings/rules/monitoring/coverage';
import type { SignInEvent } from '../../../src/lib/core/model';
import { account, analysisInput, signIn } from '../../fixtures/metrics/build';

const LOGS = ['entra-signin-logs'];
const HAMBURG = { country: 'DE', city: 'Hamburg', lat: 53.5511, lon: 9.9937 };
const BERLIN = { country: 'DE', city: 'Berlin', lat: 52.52, lon: 13.405 };
const SINGAPORE = { country: 'SG', city: 'Singapore', lat: 1.3521, lon: 103.8198 };

const ann = account('ann');
const bob = account('bob');

/** `n` events a minute apart from `start`, each made by `make(i, time)`. */
function minutes(start: string, n: number, make: (i: number, time: string) => SignInEvent) {
  const t0 = Date.parse(start);
  return Array.from({ length: n }, (_, i) =>
    make(i, new Date(t0 + i * 60_000).toISOString().replace('.000', ''))
  );
}

function withLogs(events: SignInEvent[], settings = {}, formats = LOGS) {
  return analysisInput({ accounts: [ann, bob], events }, { formats, settings });
}

describe('monitoringRules', () => {
  it('monitoringRules have ids ZTW-MON-001 to 010, all in step 4', () => {
    expect(monitoringRules.map((r) => r.id)).toEqual(
      Array.from({ length: 10 }, (_, i) => `ZTW-MON-${String(i + 1).padStart(3, '0')}`)
    );
    for (const r of monitoringRules) expect(r.step, r.id).toBe(4);
  });

  it('evaluateRules(monitoringRules, no logs imported) passes nothing silently: every rule is not assessed', () => {
    for (const f of evaluateRules(monitoringRules, analysisInput({ accounts: [ann] }), [])) {
      expect(f.status, f.id).toBe('not-assessed');
    }
  });
});

describe('ZTW-MON-001 impossibleTravel', () => {
  it('distanceKm(Hamburg, Singapore) is about 10,140 km', () => {
    expect(Math.round(distanceKm(53.5511, 9.9937, 1.3521, 103.8198) / 10)).toBe(1014);
  });

  it('impossibleTravel flags Hamburg then Singapore 53 minutes later (about 11,480 km/h)', () => {
    const input = withLogs([
      signIn(ann, '2026-11-10T08:12:00Z', HAMBURG),
      signIn(ann, '2026-11-10T09:05:00Z', { ...SINGAPORE, ip: '203.0.113.145' })
    ]);
    expect(impossibleTravel.evaluate(input)).toEqual({
      status: 'finding',
      affected: [ann.id],
      evidence: [
        'ann@corp.example (Entra ID): Hamburg, DE at 2026-11-10 08:12 UTC, then Singapore, SG ' +
          '(203.0.113.145) 53 minutes later: 10,139 km, about 11,478 km/h'
      ]
    });
  });

  it('impossibleTravel passes Hamburg to Berlin (255 km, under the 500 km geolocation floor) and a slow long trip', () => {
    const input = withLogs([
      signIn(ann, '2026-11-10T08:00:00Z', HAMBURG),
      signIn(ann, '2026-11-10T08:10:00Z', BERLIN),
      // 10,139 km in 12 hours is 845 km/h, under the default 900 km/h.
      signIn(ann, '2026-11-10T20:10:00Z', SINGAPORE)
    ]);
    expect(impossibleTravel.evaluate(input).status).toBe('pass');
    const stricter = withLogs(input.records.events, { travelSpeedKmh: 800 });
    expect(impossibleTravel.evaluate(stricter).status).toBe('finding');
  });

  it('impossibleTravel ignores failed sign-ins and is not assessed without coordinates', () => {
    const failed = withLogs([
      signIn(ann, '2026-11-10T08:12:00Z', HAMBURG),
      signIn(ann, '2026-11-10T09:05:00Z', { ...SINGAPORE, result: 'failure' })
    ]);
    expect(impossibleTravel.evaluate(failed).status).toBe('pass');
    const bare = withLogs([signIn(ann, '2026-11-10T08:12:00Z')]);
    expect(impossibleTravel.evaluate(bare).status).toBe('not-assessed');
  });
});

describe('ZTW-MON-002 newCountry', () => {
  it('newCountry flags the first sign-in from a country not seen in the first 7 days, once', () => {
    const input = withLogs([
      signIn(ann, '2026-11-01T08:00:00Z', HAMBURG),
      signIn(ann, '2026-11-09T08:00:00Z', SINGAPORE),
      signIn(ann, '2026-11-10T08:00:00Z', SINGAPORE),
      // bob's first sign-in comes after the baseline: no usual country to compare with.
      signIn(bob, '2026-11-09T09:00:00Z', SINGAPORE)
    ]);
    expect(newCountry.evaluate(input)).toEqual({
      status: 'finding',
      affected: [ann.id],
      evidence: [
        'ann@corp.example (Entra ID): signed in from Singapore, SG at 2026-11-09 08:00 UTC; until then only from DE'
      ]
    });
  });

  it('newCountry with a 10-day baseline learns Singapore on day 9 and passes', () => {
    const input = withLogs(
      [
        signIn(ann, '2026-11-01T08:00:00Z', HAMBURG),
        signIn(ann, '2026-11-09T08:00:00Z', SINGAPORE)
      ],
      { newCountryBaselineDays: 10 }
    );
    expect(newCountry.evaluate(input).status).toBe('pass');
  });
});

describe('ZTW-MON-003 mfaFatigue', () => {
  const denials = minutes('2026-11-13T23:40:00Z', 5, (i, time) =>
    signIn(ann, time, {
      result: 'failure',
      mfaResult: i % 2 ? 'timeout' : 'denied',
      ip: '203.0.113.77'
    })
  );

  it('mfaFatigue flags 5 refused prompts in 4 minutes followed by a success', () => {
    const input = withLogs([
      ...denials,
      signIn(ann, '2026-11-13T23:58:00Z', { ip: '203.0.113.77' })
    ]);
    expect(mfaFatigue.evaluate(input)).toEqual({
      status: 'finding',
      affected: [ann.id],
      evidence: [
        'ann@corp.example (Entra ID): 5 MFA prompts denied or unanswered between 23:40 and 23:44 ' +
          'UTC on 2026-11-13 from 203.0.113.77, then a successful sign-in at 2026-11-13 23:58 UTC ' +
          'from 203.0.113.77'
      ]
    });
  });

  it('mfaFatigue passes a burst with no success after it, and 4 prompts under the threshold of 5', () => {
    expect(mfaFatigue.evaluate(withLogs(denials)).status).toBe('pass');
    const four = [...denials.slice(0, 4), signIn(ann, '2026-11-13T23:50:00Z')];
    expect(mfaFatigue.evaluate(withLogs(four)).status).toBe('pass');
    expect(mfaFatigue.evaluate(withLogs(four, { mfaFatigueDenials: 4 })).status).toBe('finding');
  });
});

describe('ZTW-MON-004 passwordSpray', () => {
  const users = Array.from({ length: 10 }, (_, i) => account(`u${i}`));
  const spray = users.map((u, i) =>
    signIn(u, `2026-11-12T02:${String(i * 5).padStart(2, '0')}:00Z`, {
      result: 'failure',
      ip: '203.0.113.50'
    })
  );

  it('passwordSpray flags one address failing on 10 accounts within an hour, and who then got in', () => {
    const hit = signIn(users[3], '2026-11-12T02:50:00Z', { ip: '203.0.113.50' });
    const input = analysisInput({ accounts: users, events: [...spray, hit] }, { formats: LOGS });
    const result = passwordSpray.evaluate(input);
    expect(result).toEqual({
      status: 'finding',
      affected: users.map((u) => u.id),
      evidence: [
        '203.0.113.50: 10 failed Entra ID sign-ins on 10 accounts between 02:00 and 02:45 UTC on ' +
          '2026-11-12; then u3@corp.example (Entra ID) signed in from it'
      ]
    });
  });

  it('passwordSpray passes the same failures spread over more than the window', () => {
    const input = analysisInput(
      { accounts: users, events: spray },
      {
        formats: LOGS,
        settings: { sprayWindowMinutes: 30 }
      }
    );
    expect(passwordSpray.evaluate(input).status).toBe('pass');
  });
});

describe('ZTW-MON-005 bruteForce', () => {
  const failures = minutes('2026-11-08T03:10:00Z', 6, (_, time) =>
    signIn(bob, time, { result: 'failure', ip: '203.0.113.88' })
  );

  it('bruteForce flags 6 failures on one account in 5 minutes', () => {
    expect(bruteForce.evaluate(withLogs(failures))).toEqual({
      status: 'finding',
      affected: [bob.id],
      evidence: [
        'bob@corp.example (Entra ID): 6 failed sign-ins between 03:10 and 03:15 UTC on 2026-11-08 from 203.0.113.88'
      ]
    });
  });

  it('bruteForce leaves refused MFA prompts to the fatigue rule and respects the threshold', () => {
    const prompts = failures.map((e) => ({ ...e, mfaResult: 'denied' as const }));
    expect(bruteForce.evaluate(withLogs(prompts)).status).toBe('pass');
    expect(bruteForce.evaluate(withLogs(failures, { bruteForceFailures: 7 })).status).toBe('pass');
  });
});

describe('ZTW-MON-006 dormantWakes', () => {
  it('dormantWakes flags a sign-in 120 days after the previous one, not one 30 days after', () => {
    const input = withLogs([
      signIn(ann, '2026-07-01T08:00:00Z'),
      signIn(ann, '2026-10-29T08:00:00Z', { ip: '192.0.2.1' }),
      signIn(bob, '2026-10-01T08:00:00Z'),
      signIn(bob, '2026-10-31T08:00:00Z')
    ]);
    expect(dormantWakes.evaluate(input)).toEqual({
      status: 'finding',
      affected: [ann.id],
      evidence: [
        'ann@corp.example (Entra ID): signed in at 2026-10-29 08:00 UTC from 192.0.2.1 after 120 days without a sign-in'
      ]
    });
  });
});

describe('ZTW-MON-007 legacyAuthentication', () => {
  it('isLegacyClient(clientAppUsed) knows SMTP, IMAP, POP, ActiveSync and other clients, not browsers', () => {
    for (const c of [
      'Authenticated SMTP',
      'IMAP4',
      'POP3',
      'Exchange ActiveSync',
      'Other clients'
    ]) {
      expect(isLegacyClient(c), c).toBe(true);
    }
    for (const c of ['Browser', 'Mobile Apps and Desktop clients', undefined]) {
      expect(isLegacyClient(c), String(c)).toBe(false);
    }
  });

  it('legacyAuthentication names the account, the protocol and how many got through', () => {
    const input = withLogs([
      signIn(ann, '2026-11-13T12:00:00Z', { clientApp: 'Authenticated SMTP' }),
      signIn(ann, '2026-11-13T12:05:00Z', { clientApp: 'Authenticated SMTP', result: 'failure' }),
      signIn(bob, '2026-11-13T12:06:00Z', { clientApp: 'Browser' })
    ]);
    expect(legacyAuthentication.evaluate(input)).toEqual({
      status: 'finding',
      affected: [ann.id],
      evidence: [
        'ann@corp.example (Entra ID): 2 sign-in(s) over Authenticated SMTP (1 successful), last at 2026-11-13 12:05 UTC'
      ]
    });
  });

  it('legacyAuthentication is not assessed without Entra sign-ins', () => {
    const okta = account('o', { system: 'okta' });
    const input = analysisInput(
      { accounts: [okta], events: [signIn(okta, '2026-11-13T12:00:00Z')] },
      { formats: ['okta-system-log'] }
    );
    expect(legacyAuthentication.evaluate(input).status).toBe('not-assessed');
  });
});

describe('ZTW-MON-008 disabledSignIns', () => {
  it("disabledSignIns flags attempts Entra refused with error 50057, not a disabled account's old sign-ins", () => {
    const leaver = account('leaver', { enabled: false });
    const input = analysisInput(
      {
        accounts: [leaver, bob],
        events: [
          signIn(leaver, '2026-09-01T08:00:00Z'),
          signIn(bob, '2026-11-03T15:22:00Z', {
            result: 'failure',
            errorCode: '50057',
            ip: '192.0.2.77'
          })
        ]
      },
      { formats: LOGS }
    );
    expect(disabledSignIns.evaluate(input)).toEqual({
      status: 'finding',
      affected: [bob.id],
      evidence: [
        'bob@corp.example (Entra ID): 1 sign-in attempt(s) refused because the account is disabled, last at 2026-11-03 15:22 UTC from 192.0.2.77'
      ]
    });
  });
});

describe('ZTW-MON-009 serviceInteractive', () => {
  it('serviceInteractive flags a service account in a browser or a console login, not over SMTP', () => {
    const svc = account('svc', { kind: 'service' });
    const aws = account('robot', { system: 'aws', kind: 'service' });
    const input = analysisInput(
      {
        accounts: [svc, aws],
        events: [
          signIn(svc, '2026-11-01T08:00:00Z', { clientApp: 'Authenticated SMTP' }),
          signIn(svc, '2026-11-02T08:00:00Z', { clientApp: 'Browser', ip: '192.0.2.5' }),
          signIn(aws, '2026-11-03T08:00:00Z', { operation: 'ConsoleLogin' })
        ]
      },
      { formats: ['entra-signin-logs', 'aws-cloudtrail'] }
    );
    expect(serviceInteractive.evaluate(input)).toEqual({
      status: 'finding',
      affected: [svc.id, aws.id],
      evidence: [
        'svc@corp.example (Entra ID): 1 interactive sign-in(s), last at 2026-11-02 08:00 UTC from 192.0.2.5 (Browser)',
        'robot@corp.example (AWS): 1 interactive sign-in(s), last at 2026-11-03 08:00 UTC (ConsoleLogin)'
      ]
    });
  });
});

describe('ZTW-MON-010 privilegeGrants', () => {
  it('privilegeGrants lists role and policy grants of each log, not reads or failed calls', () => {
    const grace = account('grace', { system: 'aws' });
    const audit = (time: string, operation: string, fields: Partial<SignInEvent> = {}) =>
      signIn(grace, time, { category: 'audit', operation, ...fields });
    const input = analysisInput(
      {
        accounts: [grace],
        events: [
          audit('2026-11-11T16:03:00Z', 'AttachUserPolicy', { target: 'tmp-vendor-audit' }),
          audit('2026-11-11T16:04:00Z', 'ListUsers'),
          audit('2026-11-11T16:05:00Z', 'PutRolePolicy', { result: 'failure' }),
          audit('2026-11-12T09:00:00Z', 'Add member to role', {
            system: 'entra',
            actorId: undefined,
            actorName: 'admin@corp.example',
            target: 'ann@corp.example (Global Administrator)'
          })
        ]
      },
      { formats: ['aws-cloudtrail', 'entra-audit-logs'] }
    );
    expect(privilegeGrants.evaluate(input)).toEqual({
      status: 'finding',
      affected: [grace.id, 'admin@corp.example'],
      evidence: [
        '2026-11-11 16:03 UTC: grace@corp.example (AWS) — AttachUserPolicy to tmp-vendor-audit',
        '2026-11-12 09:00 UTC: admin@corp.example — Add member to role to ann@corp.example (Global Administrator)'
      ]
    });
  });
});

describe('logCoverage', () => {
  it('logCoverage(events) counts events and their span per system and kind of log', () => {
    const okta = account('o', { system: 'okta' });
    expect(
      logCoverage([
        signIn(ann, '2026-11-02T00:00:00Z'),
        signIn(ann, '2026-11-01T00:00:00Z'),
        signIn(okta, '2026-11-05T00:00:00Z', { category: 'audit' })
      ])
    ).toEqual([
      {
        system: 'entra',
        label: 'Entra ID',
        category: 'signin',
        events: 2,
        first: '2026-11-01T00:00:00Z',
        last: '2026-11-02T00:00:00Z'
      },
      {
        system: 'okta',
        label: 'Okta',
        category: 'audit',
        events: 1,
        first: '2026-11-05T00:00:00Z',
        last: '2026-11-05T00:00:00Z'
      }
    ]);
  });
});
