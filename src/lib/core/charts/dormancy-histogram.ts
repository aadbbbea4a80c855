/** Enabled accounts by days since their last activity, with a bin for "never". */
import type { AnalysisInput } from '../findings/types';
import { dormancyOfAccounts } from '../metrics/dormancy';
import { addTo, binOf, emptyBins } from './age-bins';
import type { HistogramData } from './age-bins';
import { histogram } from './histogram';
import type { Chart } from './types';

/**
 * Bins 0–30, 31–90, 91–180, 181–365, >365 days and "never", over the enabled accounts the
 * `dormant` KPI judges (the same activity: sign-ins, and key use for service accounts).
 */
export function dormancyHistogram(input: AnalysisInput): HistogramData {
  const bins = emptyBins(['never']);
  const never = bins[bins.length - 1];
  let notJudged = 0;
  for (const d of dormancyOfAccounts(input)) {
    if (d.status === 'not-assessable') notJudged += 1;
    else if (d.lastActive === undefined) addTo(never, d.account.id);
    else addTo(bins[binOf(d.days ?? 0)], d.account.id);
  }
  return { bins, notJudged };
}

/** The dormancy histogram as a chart. */
export function dormancyChart(input: AnalysisInput, width?: number): Chart {
  const data = dormancyHistogram(input);
  const left = data.notJudged > 0 ? ` ${data.notJudged} accounts could not be judged.` : '';
  return histogram({
    title: 'Days since last sign-in',
    desc:
      'Enabled accounts by whole days from their last sign-in (for service accounts, last ' +
      `credential use if later) to the as-of date; "never" for accounts never seen.${left}`,
    width,
    axisLabel: 'days since last sign-in',
    bins: data.bins.map((b) => ({ label: b.label, value: b.count }))
  });
}
