import { describe, expect, it } from 'vitest';
import { entraUsersGraph } from '$lib/core/importers/entra/users-graph';
import { readFixtureJson, runJson } from '../helpers';
import { byUpn, expectValid, kinds } from './records';

describe('entraUsersGraph with signInActivity (fixture)', () => {
  const value = readFixtureJson('entra', 'users-graph-signin.json');
  const out = runJson(entraUsersGraph, value);

  it('detect(value) recognises a Graph /users page by its @odata.context', () => {
    expect(entraUsersGraph.detect(value)?.confidence).toBeGreaterThanOrEqual(0.95);
  });

  it('parse(value) reads 2 members and 1 disabled guest', () => {
    expectValid(out);
    expect(out.rejected).toEqual([]);
    expect(kinds(out)).toEqual({ human: 2, guest: 1 });
    const kim = byUpn(out, 'kim_fabrikam.com#EXT#@contoso.onmicrosoft.com');
    expect([kim.kind, kim.enabled]).toEqual(['guest', false]);
  });

  it('parse(value) prefers lastSuccessfulSignInDateTime over newer attempts', () => {
    expect(byUpn(out, 'AdeleV@contoso.com').lastSignIn).toBe('2024-05-02T08:00:00.000Z');
  });

  it('parse(value) falls back to the newest interactive or non-interactive attempt', () => {
    expect(byUpn(out, 'MeganB@contoso.com').lastSignIn).toBe('2022-03-01T06:30:00.000Z');
  });

  it('parse(value) leaves lastSignIn out for a user without signInActivity', () => {
    expect(byUpn(out, 'kim_fabrikam.com#EXT#@contoso.onmicrosoft.com').lastSignIn).toBeUndefined();
  });

  it('parse(value) reads links, password facts and leaves MFA unknown', () => {
    const adele = byUpn(out, 'AdeleV@contoso.com');
    expect(adele.link).toEqual({
      onPremSam: 'adelev',
      onPremImmutableId: 'b2F8cXc0Tk2w1uQ4bG9kUQ==',
      sid: 'S-1-5-21-1180699209-877415012-3182924384-1004',
      proxyAddresses: ['SMTP:AdeleV@contoso.com', 'smtp:adele.vance@contoso.com']
    });
    expect(adele.passwordNeverExpires).toBe(true);
    expect(adele.passwordLastSet).toBe('2023-01-05T10:11:12.000Z');
    expect(adele.mfaRegistered).toBeUndefined();
    // passwordPolicies null: selected, and no policy, so the password expires.
    expect(byUpn(out, 'MeganB@contoso.com').passwordNeverExpires).toBe(false);
  });
});

describe('entraUsersGraph without signInActivity (PowerShell ConvertTo-Json fixture)', () => {
  const value = readFixtureJson('entra', 'users-graph-powershell.json');
  const out = runJson(entraUsersGraph, value);

  it('detect(value) accepts a bare array with PascalCase keys', () => {
    const detection = entraUsersGraph.detect(value);
    expect(detection?.confidence).toBeGreaterThanOrEqual(0.9);
    expect(detection?.confidence).toBeLessThan(0.95);
  });

  it('parse(value) reads /Date(ms)/ dates, a collapsed one-item array and a null userType', () => {
    expectValid(out);
    const diego = byUpn(out, 'DiegoS@contoso.com');
    expect(diego.created).toBe('2021-03-12T08:30:01.000Z');
    expect(diego.link?.proxyAddresses).toEqual(['SMTP:DiegoS@contoso.com']);
    expect(diego.lastSignIn).toBeUndefined();
    const isaiah = byUpn(out, 'IsaiahL@contoso.com');
    expect([isaiah.kind, isaiah.enabled, isaiah.email]).toEqual(['human', false, undefined]);
    expect(isaiah.passwordNeverExpires).toBeUndefined();
  });

  it('parse(value) rejects an item without an object id, naming the item', () => {
    const broken = runJson(entraUsersGraph, [
      { UserPrincipalName: 'x@contoso.com', AccountEnabled: true },
      { Id: 'c3d4e5f6-a7b8-4c9d-8e0f-1a2b3c4d5e6f', UserPrincipalName: 'y@contoso.com' }
    ]);
    expect(broken.rejected).toEqual([{ line: 0, column: 'id', reason: 'item 1: no object id' }]);
    expect(broken.records.accounts).toHaveLength(1);
  });
});
