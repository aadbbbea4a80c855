/** Charts as SVG strings with text alternatives, and the data functions that feed them. */
export type { Bar, Chart, ChartText, Series, StackedRow } from './types';
export { escapeXml } from './svg';
export { horizontalBars } from './horizontal-bars';
export { stackedBars } from './stacked-bars';
export { histogram } from './histogram';
export { AGE_BINS } from './age-bins';
export type { HistogramBin, HistogramData } from './age-bins';
export { mfaBySource, mfaBySourceChart } from './mfa-by-source';
export type { SourceCoverage } from './mfa-by-source';
export { mfaByStrength, mfaByStrengthChart, STRENGTH_SERIES } from './mfa-by-strength';
export type { StrengthBySource } from './mfa-by-strength';
export { dormancyHistogram, dormancyChart } from './dormancy-histogram';
export { credentialAgeHistogram, credentialAgeChart } from './credential-age-histogram';
export {
  findingsBySeverity,
  findingsBySeverityChart,
  findingsByStep,
  findingsByStepChart
} from './findings-counts';
