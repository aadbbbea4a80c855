import { describe, expect, it } from 'vitest';
import { entraApps } from '$lib/core/importers/entra/apps';
import { readFixtureJson, runJson } from '../helpers';
import { expectValid } from './records';

describe('entraApps on /applications with owners (fixture)', () => {
  const value = readFixtureJson('entra', 'applications.json');
  const out = runJson(entraApps, value);

  it('detect(value) recognises applications by context and credential keys', () => {
    expect(entraApps.detect(value)?.confidence).toBeGreaterThanOrEqual(0.95);
  });

  it('parse(value) makes each application a service account keyed by its object id', () => {
    expectValid(out);
    expect(out.records.accounts.map((a) => [a.id, a.kind, a.owner])).toEqual([
      ['entra:application:acc848e9-e8ec-4feb-a521-8d58b5482e09', 'service', 'AdeleV@contoso.com'],
      ['entra:application:bdd959fa-f9fd-40fc-b632-9e69c6593f1a', 'service', undefined]
    ]);
    expect(out.records.accounts[0].attrs?.appId).toBe('00000000-1111-2222-3333-444455556666');
    expect(out.records.accounts[0].created).toBe('2022-01-10T09:00:00.000Z');
  });

  it('parse(value) gives 2 client secrets and 1 certificate with their dates', () => {
    const creds = out.records.credentials.map((c) => [c.kind, c.name, c.created, c.expires]);
    expect(creds).toEqual([
      [
        'certificate',
        'CN=payroll-connector',
        '2023-06-30T00:00:00.000Z',
        '2025-06-30T00:00:00.000Z'
      ],
      ['client-secret', 'prod secret 2022', '2022-01-10T09:00:00.000Z', '2023-01-10T09:00:00.000Z'],
      ['client-secret', 'prod secret 2024', '2024-03-01T00:00:00.000Z', '2026-03-01T00:00:00.000Z']
    ]);
  });

  it('parse(value) counts a credential inactive only when it ended before the newest date in the file', () => {
    // Newest creation/start date: the Marketing Site app, created 2024-04-20T12:00:00Z.
    expect(out.records.credentials.map((c) => c.active)).toEqual([true, false, true]);
    expect(out.warnings).toEqual([
      'The export time is not in the file: credentials ending before 2024-04-20T12:00:00.000Z (the newest creation or start date in it) are inactive, all others active.'
    ]);
  });
});

describe('entraApps on /servicePrincipals (fixture)', () => {
  const out = runJson(entraApps, readFixtureJson('entra', 'service-principals.json'));

  it('parse(value) makes 4 service principal accounts with their types', () => {
    expectValid(out);
    expect(out.records.accounts.map((a) => [a.name, a.attrs?.servicePrincipalType])).toEqual([
      ['Deployment Pipeline', 'Application'],
      ['Contoso SAML App', 'Application'],
      ['Microsoft Graph', 'Application'],
      ['vm-build-agent-01', 'ManagedIdentity']
    ]);
    expect(out.records.accounts[0].id).toBe(
      'entra:servicePrincipal:a2b3c4d5-e6f7-4809-9a1b-2c3d4e5f6a7b'
    );
    expect(out.records.accounts[2].attrs?.microsoftFirstParty).toBe(true);
  });

  it('parse(value) counts the SAML Sign key, Verify key and key password as one certificate', () => {
    const saml = out.records.credentials.filter(
      (c) => c.ownerId === 'entra:servicePrincipal:c1d2e3f4-a5b6-4c7d-8e9f-0a1b2c3d4e5f'
    );
    expect(saml.map((c) => [c.kind, c.id])).toEqual([
      ['certificate', 'entra:credential:4f4e9e51-ac7d-4fa1-ad40-444444444442']
    ]);
  });

  it('parse(value) marks keys of Microsoft apps and managed identities as not customer-managed', () => {
    expect(
      out.records.credentials.map((c) => [c.ownerId.slice(-4), c.customerManaged, c.active])
    ).toEqual([
      ['4e5f', true, true],
      ['5f6a', false, true],
      ['6a7b', false, true]
    ]);
  });
});
