/** The assessment's tables (findings, affected identities, roadmap, inventory) as files. */
import type { AnalysisResult } from '$lib/core/analysis/result';
import { exportTables, tableToCsv, type ExportInput, type Table } from '$lib/core/export';
import type { PrivilegeSummary } from '$lib/core/privilege/types';
import type { RoadmapAction } from '$lib/core/roadmap';
import { assessmentFileName } from '$lib/core/report/report-date';
import { download } from '../platform';
import { loadXlsx } from './lazy';

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** What the export tables are built from; privilege is "not assessed" until analysed. */
export function exportInput(analysis: AnalysisResult, actions: RoadmapAction[]): ExportInput {
  const privilege = analysis.extra.privilege as PrivilegeSummary | undefined;
  return {
    records: analysis.records,
    findings: analysis.findings,
    actions,
    persons: analysis.persons,
    privileged: privilege ? privilege.privileged : null
  };
}

/** Findings, affected identities, roadmap and inventory, in the order of the XLSX sheets. */
export function allTables(analysis: AnalysisResult, actions: RoadmapAction[]): Table[] {
  return exportTables(exportInput(analysis, actions));
}

/** `<client>-<what>-<as-of>.<ext>`, the name every export of the assessment takes. */
export function exportName(analysis: AnalysisResult, client: string, what: string, ext: string) {
  return assessmentFileName(client, what, analysis.asOf.date, ext);
}

/** One table as CSV (UTF-8 with BOM, cells neutralised by the core). */
export function downloadCsv(table: Table, fileName: string): void {
  download(tableToCsv(table), fileName, 'text/csv');
}

/** Tables as one XLSX workbook, a sheet each. */
export async function downloadXlsx(tables: Table[], fileName: string): Promise<void> {
  const { toXlsxBytes } = await loadXlsx();
  download(toXlsxBytes(tables), fileName, XLSX_TYPE);
}

/** A file-name part from a table name: "Affected identities" → "affected-identities". */
export function slug(name: string): string {
  return name
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-|-$/g, '');
}
