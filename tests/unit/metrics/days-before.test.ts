import { describe, expect, it } from 'vitest';
import { daysBetween } from '../../../src/lib/core/decode/dates';
import { daysBeforeAsOf } from '../../../src/lib/core/metrics/days-before';

describe('daysBeforeAsOf', () => {
  it('daysBeforeAsOf(asOf)(iso) counts whole days exactly as daysBetween(iso, asOf)', () => {
    const asOf = '2024-04-30T06:00:00Z';
    const before = daysBeforeAsOf(asOf);
    const dates = [
      '2024-04-30T06:00:00Z',
      '2024-04-30T06:00:00.001Z',
      '2024-04-29T06:00:00.001Z',
      '2024-04-29T05:59:59.999Z',
      '2023-02-28T23:00:00Z',
      '2024-05-02T00:00:00Z',
      '2019-01-01T00:00:00.000Z'
    ];
    for (const iso of dates) expect(before(iso)).toBe(daysBetween(iso, asOf));
    expect(dates.map(before)).toEqual([0, -1, 0, 1, 426, -2, 1946]);
  });
});
