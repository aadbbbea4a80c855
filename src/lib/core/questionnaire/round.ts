/** Rounding as SPEC §5 asks for every figure: half away from zero, to a number of decimals. */
export function roundHalfAwayFromZero(value: number, decimals = 1): number {
  const factor = 10 ** decimals;
  // toPrecision strips binary noise first, so 2.675 * 100 (267.49999…) still rounds up.
  const scaled = Number((Math.abs(value) * factor).toPrecision(12));
  return (Math.sign(value) * Math.round(scaled)) / factor || 0;
}
