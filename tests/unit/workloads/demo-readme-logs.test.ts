/**
 * sample-data/README.md, attacks planted in the sign-in logs. Expected times, addresses and
 * counts come from the README; the checks find them in the logs.
 */
import { describe, expect, it } from 'vitest';
import { graph, local, sampleJson, type Obj } from './sample-files';

describe('sample-data README: sign-in log attacks', () => {
  it('Entra sign-ins: impossible travel, MFA fatigue, a password spray and legacy authentication', () => {
    const events = graph('entra-signins.json');
    const hannah = events.filter(
      (e) =>
        e.userPrincipalName.startsWith('hannah.schmidt') &&
        e.createdDateTime.startsWith('2026-11-10T0')
    );
    expect(hannah.map((e) => [e.createdDateTime, e.location.countryOrRegion])).toEqual([
      ['2026-11-10T09:05:41Z', 'SG'],
      ['2026-11-10T08:12:09Z', 'DE']
    ]);

    const fatigue = events.filter((e) => e.ipAddress === '203.0.113.77');
    expect(fatigue.filter((e) => e.status.errorCode === 500121)).toHaveLength(7);
    expect(fatigue[0]).toMatchObject({
      createdDateTime: '2026-11-13T23:58:03Z',
      status: { errorCode: 0 }
    });

    const spray = events.filter((e) => e.ipAddress === '203.0.113.50');
    expect(new Set(spray.map((e) => e.userPrincipalName)).size).toBe(18);
    expect(spray.filter((e) => e.status.errorCode === 50126)).toHaveLength(17);
    expect(
      spray.filter((e) => e.status.errorCode === 0).map((e) => local(e.userPrincipalName))
    ).toEqual(['owen.gallagher']);

    const legacy = events.filter((e) => e.clientAppUsed === 'Authenticated SMTP');
    expect(new Set(legacy.map((e) => local(e.userPrincipalName)))).toEqual(
      new Set(['svc-scanner'])
    );
    expect(legacy).toHaveLength(6);
  });

  it('Okta System Log: 15 failed logins from the spray address and one lockout', () => {
    const log = sampleJson<Obj[]>('okta-system-log.json').filter(
      (e) => e.client.ipAddress === '203.0.113.50'
    );
    const failed = log.filter(
      (e) => e.eventType === 'user.session.start' && e.outcome.result === 'FAILURE'
    );
    expect(failed).toHaveLength(15);
    expect(new Set(failed.map((e) => e.actor.alternateId)).size).toBe(15);
    expect(
      log.filter((e) => e.eventType === 'user.account.lock').map((e) => local(e.actor.alternateId))
    ).toEqual(['george.evans']);
  });
});
