/** Rounding as SPEC §5 asks: half away from zero, one decimal, free of binary-float slips. */

/**
 * `numerator / denominator` as a percentage with one decimal, rounded half away from zero;
 * null when the denominator is zero. Integer arithmetic, so 1/8 is 12.5 and 1/2000 is 0.1.
 */
export function roundPercent(numerator: number, denominator: number): number | null {
  if (denominator === 0) return null;
  if (!Number.isInteger(numerator) || !Number.isInteger(denominator)) {
    return roundHalfAwayFromZero((numerator / denominator) * 100, 1);
  }
  const negative = numerator < 0 !== denominator < 0;
  const n = Math.abs(numerator);
  const d = Math.abs(denominator);
  // Tenths of a percent: n * 1000 / d, rounded half up on magnitudes, i.e. away from zero.
  const tenths = Math.floor((2 * n * 1000 + d) / (2 * d));
  const value = tenths / 10;
  return negative && value !== 0 ? -value : value;
}

/**
 * A number rounded half away from zero to `decimals` places. The tiny nudge absorbs binary
 * representation (2.35 is stored as 2.34999…), which a consultant would call 2.4.
 */
export function roundHalfAwayFromZero(value: number, decimals: number): number {
  const factor = 10 ** decimals;
  const scaled = Math.abs(value) * factor;
  const rounded = Math.floor(scaled + 0.5 + 1e-9 * Math.max(1, scaled)) / factor;
  return value < 0 && rounded !== 0 ? -rounded : rounded;
}
