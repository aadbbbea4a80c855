import { describe, expect, it } from 'vitest';
import { roundHalfAwayFromZero, roundPercent } from '../../../src/lib/core/metrics/round';

describe('roundPercent', () => {
  it('roundPercent(2, 3) rounds 66.66… to 66.7', () => {
    expect(roundPercent(2, 3)).toBe(66.7);
  });

  it('roundPercent(1, 8) keeps 12.5 exactly', () => {
    expect(roundPercent(1, 8)).toBe(12.5);
  });

  it('roundPercent(1, 16) rounds the half of 6.25 away from zero to 6.3', () => {
    expect(roundPercent(1, 16)).toBe(6.3);
  });

  it('roundPercent(1, 2000) rounds 0.05 up to 0.1, and 1/2001 (0.04998) down to 0', () => {
    expect(roundPercent(1, 2000)).toBe(0.1);
    expect(roundPercent(1, 2001)).toBe(0);
    expect(roundPercent(3, 2000)).toBe(0.2);
  });

  it('roundPercent(23, 80) gives 28.8, where float arithmetic lands on 28.7499… and rounds down', () => {
    expect(Math.round((23 / 80) * 100 * 10) / 10).toBe(28.7);
    expect(roundPercent(23, 80)).toBe(28.8);
    expect(roundPercent(41, 80)).toBe(51.3);
  });

  it('roundPercent(n, d) gives 0 and 100 at the ends, null for an empty denominator', () => {
    expect(roundPercent(0, 7)).toBe(0);
    expect(roundPercent(7, 7)).toBe(100);
    expect(roundPercent(0, 0)).toBeNull();
  });

  it('roundPercent(-1, 16) rounds away from zero on the negative side too', () => {
    expect(roundPercent(-1, 16)).toBe(-6.3);
  });
});

describe('roundHalfAwayFromZero', () => {
  it('roundHalfAwayFromZero(2.35, 1) is 2.4 although 2.35 is stored just below', () => {
    expect(roundHalfAwayFromZero(2.35, 1)).toBe(2.4);
    expect(roundHalfAwayFromZero(-2.35, 1)).toBe(-2.4);
    expect(roundHalfAwayFromZero(2.25, 1)).toBe(2.3);
    expect(roundHalfAwayFromZero(2.349, 1)).toBe(2.3);
    expect(roundHalfAwayFromZero(3, 1)).toBe(3);
  });
});
