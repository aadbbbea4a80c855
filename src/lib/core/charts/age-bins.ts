/** The day bins of the dormancy and credential-age histograms. */

/** Upper bounds in whole days, inclusive; ages below zero (after the as-of date) go first. */
export const AGE_BINS: readonly { label: string; max: number }[] = [
  { label: '0–30', max: 30 },
  { label: '31–90', max: 90 },
  { label: '91–180', max: 180 },
  { label: '181–365', max: 365 },
  { label: '>365', max: Infinity }
];

export interface HistogramBin {
  label: string;
  count: number;
  /** The records in the bin: the drill-down. */
  ids: string[];
}

export interface HistogramData {
  bins: HistogramBin[];
  /** Records that could not be placed (no date to measure from). */
  notJudged: number;
}

/** Empty bins with the labels of `AGE_BINS`, plus any extra labels. */
export function emptyBins(extra: string[] = []): HistogramBin[] {
  return [...AGE_BINS.map((b) => b.label), ...extra].map((label) => ({ label, count: 0, ids: [] }));
}

/** The index in `AGE_BINS` of an age in days. */
export function binOf(days: number): number {
  return AGE_BINS.findIndex((b) => days <= b.max);
}

/** Puts a record into a bin. */
export function addTo(bin: HistogramBin, id: string): void {
  bin.count += 1;
  bin.ids.push(id);
}
