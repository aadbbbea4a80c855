import { describe, expect, it } from 'vitest';
import { adAccountKind } from '$lib/core/importers/ad/account-kind';
import { adDate } from '$lib/core/importers/ad/ad-dates';
import { cnOfDn, domainOfDn, splitDnList } from '$lib/core/importers/ad/dn';
import { immutableIdOfGuid } from '$lib/core/importers/ad/guid';
import { decodeUac } from '$lib/core/importers/ad/uac';

describe('adDate', () => {
  it('adDate(FILETIME) converts 100-ns ticks since 1601 exactly, 0 and -1 as never', () => {
    // (133476543210000000 − 116444736000000000) / 10^7 = 1703180721 s = 2023-12-21T17:45:21Z
    expect(adDate('133476543210000000')).toBe('2023-12-21T17:45:21.000Z');
    expect(adDate('0')).toBeUndefined();
    expect(adDate('-1')).toBeUndefined();
    expect(adDate('9223372036854775807')).toBeUndefined();
  });

  it('adDate(scientific) reads a FILETIME a spreadsheet re-saved as 1.33476543210000E+17', () => {
    expect(adDate('1.33476543210000E+17')).toBe('2023-12-21T17:45:21.000Z');
  });

  it('adDate(text) reads US, ISO and day-first dotted dates', () => {
    expect(adDate('10/14/2022 3:52:11 PM')).toBe('2022-10-14T15:52:11.000Z');
    expect(adDate('2022-10-14T15:52:11')).toBe('2022-10-14T15:52:11.000Z');
    expect(adDate('14.10.2022 15:52:11')).toBe('2022-10-14T15:52:11.000Z');
    expect(adDate('31.02.2022')).toBe('2022-03-03T00:00:00.000Z');
    expect(adDate('not a date')).toBeUndefined();
  });
});

describe('dn', () => {
  it('cnOfDn(dn) unescapes commas and hex escapes in the first RDN', () => {
    expect(cnOfDn('CN=Smith\\, John,OU=Staff,DC=corp,DC=example')).toBe('Smith, John');
    expect(cnOfDn('CN=Caf\\C3\\A9,DC=x')).toBe('Café');
    expect(domainOfDn('CN=A,OU=B,DC=Corp,DC=Example')).toBe('corp.example');
  });

  it('splitDnList(cell) splits on ; | and newlines but not on an escaped semicolon', () => {
    expect(splitDnList('CN=A,DC=x;CN=B\\;C,DC=x\nCN=D,DC=x|CN=E,DC=x')).toEqual([
      'CN=A,DC=x',
      'CN=B\\;C,DC=x',
      'CN=D,DC=x',
      'CN=E,DC=x'
    ]);
    expect(splitDnList('')).toEqual([]);
  });
});

describe('account facts', () => {
  it('decodeUac(value) names the documented bits', () => {
    expect(decodeUac(514)).toMatchObject({ disabled: true, passwordNeverExpires: false });
    expect(decodeUac(4260352)).toMatchObject({
      dontRequirePreauth: true,
      passwordNeverExpires: true,
      disabled: false
    });
    expect(decodeUac(532480)).toMatchObject({ computer: true, trustedForDelegation: true });
  });

  it('adAccountKind(evidence) calls only clear service accounts service', () => {
    expect(adAccountKind({ sam: 'svcadmin' })).toBe('human');
    expect(adAccountKind({ sam: 'svc_web' })).toBe('service');
    expect(adAccountKind({ sam: 'SVC-web' })).toBe('service');
    expect(adAccountKind({ sam: 'gmsa$' })).toBe('service');
    expect(adAccountKind({ sam: 'anna', hasSpn: true })).toBe('service');
    expect(adAccountKind({ sam: 'x', dn: 'CN=x,CN=Managed Service Accounts,DC=c,DC=e' })).toBe(
      'service'
    );
    expect(adAccountKind({ sam: 'x', dn: 'CN=Managed Service Accounts,DC=c,DC=e' })).toBe('human');
  });

  it('immutableIdOfGuid(guid) gives the base64 of the GUID in .NET byte order', () => {
    expect(immutableIdOfGuid('7d3c1e2a-4b5f-4c6d-8e9f-0a1b2c3d4e5f')).toBe(
      'Kh48fV9LbUyOnwobLD1OXw=='
    );
    expect(immutableIdOfGuid('not-a-guid')).toBeUndefined();
  });
});
