import { describe, expect, it } from 'vitest';
import { readEnabled, readKind, readMappedDate } from '$lib/core/importers/mapped';

describe('readKind(cell)', () => {
  it.each([
    ['Employee', 'human'],
    ['contractor', 'human'],
    ['Service Account', 'service'],
    ['svc', 'service'],
    ['Technical', 'service'],
    ['non-human', 'service'],
    ['Guest', 'guest'],
    ['External', 'guest'],
    ['root', 'root']
  ])('readKind(%s) is %s', (cell, kind) => expect(readKind(cell)).toBe(kind));

  it.each(['Shared', 'N/A', '', undefined])('readKind(%s) is undefined', (cell) =>
    expect(readKind(cell)).toBeUndefined()
  );
});

describe('readEnabled(cell)', () => {
  it.each([
    ['true', true],
    ['FALSE', false],
    ['1', true],
    ['0', false],
    ['Active', true],
    ['Disabled', false],
    ['Inactive', false],
    ['Suspended', false],
    ['Locked out', false]
  ])('readEnabled(%s) is %s', (cell, enabled) => expect(readEnabled(cell)).toBe(enabled));

  it('readEnabled(Pending) is undefined rather than a guess', () => {
    expect(readEnabled('Pending')).toBeUndefined();
    expect(readEnabled('')).toBeUndefined();
  });
});

describe('readMappedDate(cell, dayFirst)', () => {
  it('readMappedDate(3/15/2024) reads month first, at UTC midnight', () => {
    expect(readMappedDate('3/15/2024', false)).toEqual({ iso: '2024-03-15T00:00:00.000Z' });
  });

  it('readMappedDate(15.03.2024, true) reads day first with dots', () => {
    expect(readMappedDate('15.03.2024', true)).toEqual({ iso: '2024-03-15T00:00:00.000Z' });
    expect(readMappedDate('05/03/2024 17:30', true)).toEqual({
      iso: '2024-03-05T17:30:00.000Z'
    });
  });

  it('readMappedDate(12/31/2024 12:05 AM) handles the 12 o’clock hours', () => {
    expect(readMappedDate('12/31/2024 12:05 AM', false)).toEqual({
      iso: '2024-12-31T00:05:00.000Z'
    });
    expect(readMappedDate('12/31/2024 12:05 PM', false)).toEqual({
      iso: '2024-12-31T12:05:00.000Z'
    });
  });

  it('readMappedDate(3/15/24) reads two-digit years as 20yy below 70, else 19yy', () => {
    expect(readMappedDate('3/15/24 9:30', false)).toEqual({ iso: '2024-03-15T09:30:00.000Z' });
    expect(readMappedDate('12/31/99', false)).toEqual({ iso: '1999-12-31T00:00:00.000Z' });
  });

  it('readMappedDate(2/30/2024) and month 13 are unreadable, not rolled over', () => {
    expect(readMappedDate('2/30/2024', false)).toEqual({ invalid: true });
    expect(readMappedDate('13/01/2024', false)).toEqual({ invalid: true });
    expect(readMappedDate('yesterday', false)).toEqual({ invalid: true });
  });

  it('readMappedDate(ISO, never, empty) falls through to readDate', () => {
    expect(readMappedDate('2024-03-15T10:00:00Z', true)).toEqual({
      iso: '2024-03-15T10:00:00.000Z'
    });
    expect(readMappedDate('Never', false)).toEqual({ none: true });
    expect(readMappedDate('', false)).toEqual({ none: true });
  });
});
