/**
 * The report model (light). The PDF renderer lives in `./pdf`, which only the report worker
 * imports, because pdfmake and its fonts are heavy.
 */
export { buildReportModel } from './build';
export { aliases, pseudonymise } from './pseudonymise';
export { sha256Hex } from './sha256';
export { roadmapTimeline, SEVERITY_COLOUR } from './timeline';
export * from './types';
