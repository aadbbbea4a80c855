/** Active customer credentials by days since creation or last rotation. */
import type { AnalysisInput } from '../findings/types';
import { isCountedCredential } from '../metrics/account-state';
import { credentialAgeDays } from '../metrics/credential-age';
import { addTo, binOf, emptyBins } from './age-bins';
import type { HistogramData } from './age-bins';
import { histogram } from './histogram';
import type { Chart } from './types';

/** Bins 0–30 … >365 days over the credentials the `credentials` KPI counts. */
export function credentialAgeHistogram(input: AnalysisInput): HistogramData {
  const bins = emptyBins();
  let notJudged = 0;
  for (const credential of input.records.credentials.filter(isCountedCredential)) {
    const age = credentialAgeDays(credential, input.asOf);
    if (age === undefined) notJudged += 1;
    else addTo(bins[binOf(age)], credential.id);
  }
  return { bins, notJudged };
}

/** The credential-age histogram as a chart. */
export function credentialAgeChart(input: AnalysisInput, width?: number): Chart {
  const data = credentialAgeHistogram(input);
  const left = data.notJudged > 0 ? ` ${data.notJudged} credentials carry no date.` : '';
  return histogram({
    title: 'Credential age',
    desc:
      'Active customer-held credentials by whole days from their creation or last rotation ' +
      `to the as-of date.${left}`,
    width,
    axisLabel: 'days since created or rotated',
    bins: data.bins.map((b) => ({ label: b.label, value: b.count }))
  });
}
