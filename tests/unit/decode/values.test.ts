import { describe, expect, it } from 'vitest';
import { readDate } from '../../../src/lib/core/decode/dates';
import { Columns } from '../../../src/lib/core/decode/header';
import { bool, isPlaceholder, list, text } from '../../../src/lib/core/decode/values';

describe('decode values', () => {
  it('isPlaceholder(value) knows the export placeholders, whatever the case and spacing', () => {
    for (const v of [
      'N/A',
      'no_information',
      'not_supported',
      ' null ',
      '[]',
      '',
      '   ',
      '-',
      'NULL'
    ]) {
      expect(isPlaceholder(v)).toBe(true);
    }
    for (const v of ['alice', 'Nadia', '-5', 'none of these', 'unknown user'])
      expect(isPlaceholder(v)).toBe(false);
  });
  it('text(value) and bool(value) read string booleans and placeholders', () => {
    expect(text(' x ')).toBe('x');
    expect(text('N/A')).toBeUndefined();
    expect(bool('"false"'.slice(1, -1))).toBe(false);
    expect(bool('True')).toBe(true);
    expect(bool('maybe')).toBeUndefined();
  });
  it('list(value) undoes PowerShell collapsing one-item arrays', () => {
    expect(list({ a: 1 })).toEqual([{ a: 1 }]);
    expect(list('["x","y"]')).toEqual(['x', 'y']);
    expect(list(null)).toEqual([]);
  });
});

describe('readDate', () => {
  it.each([
    ['2026-11-14T10:00:00Z', '2026-11-14T10:00:00.000Z'],
    ['2026-11-14T10:00:00.1234567Z', '2026-11-14T10:00:00.123Z'],
    ['2016-05-04 17:15:48+00:00', '2016-05-04T17:15:48.000Z'],
    ['2016-05-04T19:15:48+02:00', '2016-05-04T17:15:48.000Z'],
    ['6/4/2021, 4:00:37.371 PM', '2021-06-04T16:00:37.371Z'],
    ['12/31/2020 12:05 AM', '2020-12-31T00:05:00.000Z'],
    ['2016/04/04 00:24:13', '2016-04-04T00:24:13.000Z'],
    ['/Date(1622822437000)/', '2021-06-04T16:00:37.000Z'],
    [1622822437, '2021-06-04T16:00:37.000Z'],
    [1622822437000, '2021-06-04T16:00:37.000Z'],
    ['132670000000000000', '2021-06-01T05:46:40.000Z']
  ])('readDate(%j) reads %s', (raw, iso) => {
    expect(readDate(raw)).toEqual({ iso });
  });
  it.each(['Never logged in', 'N/A', 'no_information', '0', '-1', '', null, '9223372036854775807'])(
    'readDate(%j) is none',
    (raw) => {
      expect(readDate(raw)).toEqual({ none: true });
    }
  );
  it('readDate(text) says invalid for text that is not a date', () => {
    expect(readDate('yesterday-ish')).toEqual({ invalid: true });
    expect(readDate('13/45/2020 10:00')).toEqual({ invalid: true });
  });
});

describe('Columns', () => {
  it('Columns(header).get(cells, …names) matches Log Analytics and portal header variants', () => {
    const cols = new Columns([
      'ObjectId_g',
      'AccountEnabled_b',
      'TimeGenerated [UTC]',
      'Display Name'
    ]);
    const cells = ['abc', 'True', '6/4/2021, 4:00:37.371 PM', 'Анна'];
    expect(cols.get(cells, 'objectId', 'id')).toBe('abc');
    expect(cols.get(cells, 'accountEnabled')).toBe('True');
    expect(cols.get(cells, 'TimeGenerated')).toBe('6/4/2021, 4:00:37.371 PM');
    expect(cols.get(cells, 'displayName')).toBe('Анна');
    expect(cols.get(cells, 'missing', 'id')).toBeUndefined();
    // A second lookup with the same first name but other alternatives is not confused.
    expect(cols.get(cells, 'missing', 'objectId')).toBe('abc');
  });
});
