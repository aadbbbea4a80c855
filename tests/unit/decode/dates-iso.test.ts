import { describe, expect, it } from 'vitest';
import { type DateRead, readDate } from '../../../src/lib/core/decode/dates';

/** What `readDate` answered for epoch milliseconds before its calendar arithmetic. */
function throughDate(ms: number): DateRead {
  if (!Number.isFinite(ms)) return { invalid: true };
  const d = new Date(ms);
  const year = d.getUTCFullYear();
  if (year < 1971 || year > 9999) return year < 1971 ? { none: true } : { invalid: true };
  return { iso: d.toISOString() };
}

describe('readDate and Date.prototype.toISOString', () => {
  const first = Date.UTC(1971, 0, 1);
  const end = Date.UTC(10000, 0, 1);

  it('readDate(ms) writes the ISO string Date would, across the whole accepted range', () => {
    let seed = 11;
    const next = () => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed / 2147483648;
    };
    const samples = [end - 1, end, 1e11 + 1, Date.UTC(2000, 1, 29, 23, 59, 59)];
    for (let i = 0; i < 20000; i++) samples.push(Math.floor(1e11 + next() * (end - 1e11 + 5e9)));
    for (const ms of samples) expect(readDate(ms), String(ms)).toEqual(throughDate(ms));
  });

  it('readDate(seconds) and readDate(text) agree with Date at the edges of the range', () => {
    for (const s of [first / 1000, first / 1000 - 1, 4102444800, 1709164800]) {
      expect(readDate(s)).toEqual(throughDate(s * 1000));
    }
    expect(readDate('1970-12-31T23:59:59.999Z')).toEqual({ none: true });
    expect(readDate('1971-01-01T00:00:00Z')).toEqual({ iso: '1971-01-01T00:00:00.000Z' });
    expect(readDate('9999-12-31T23:59:59.999Z')).toEqual({ iso: '9999-12-31T23:59:59.999Z' });
    expect(readDate('2/29/2024 1:05:09 PM')).toEqual({ iso: '2024-02-29T13:05:09.000Z' });
    expect(readDate('2/30/2023 1:05 AM')).toEqual({ iso: '2023-03-02T01:05:00.000Z' });
    expect(readDate('2100/2/29')).toEqual({ iso: '2100-03-01T00:00:00.000Z' });
  });
});
