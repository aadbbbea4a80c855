/**
 * Helpers for the privilege tests: run the real importers over real exports or fixtures and
 * analyse the merged records as of a fixed date.
 */
import { DEFAULT_SETTINGS } from '$lib/core/assessment';
import type { AnalysisInput } from '$lib/core/findings/types';
import type { JsonImporter } from '$lib/core/importers/types';
import { mergeRecordSets } from '$lib/core/merge';
import type { RecordSet } from '$lib/core/model';
import { analysePrivilege, type PrivilegeAnalysis } from '$lib/core/privilege/analyse';
import { readFixtureJson, readRealJson } from '../importers/helpers';

/** Records of one real export read by a JSON importer. */
export function importReal(importer: JsonImporter, folder: string, file: string): RecordSet {
  return importer.parse(readRealJson(folder, file), { fileName: file }).records;
}

/** Records of one privilege fixture read by a JSON importer. */
export function importFixture(importer: JsonImporter, file: string): RecordSet {
  return importer.parse(readFixtureJson('privilege', file), { fileName: file }).records;
}

/** The analysis input for records, as of a date. */
export function inputOf(
  records: RecordSet | RecordSet[],
  asOf = '2024-01-01T00:00:00Z'
): AnalysisInput {
  const merged = Array.isArray(records) ? mergeRecordSets(records) : records;
  return { records: merged, persons: [], asOf, settings: DEFAULT_SETTINGS, formats: [] };
}

/** The privilege analysis of records, as of a date. */
export function analyse(records: RecordSet | RecordSet[], asOf?: string): PrivilegeAnalysis {
  return analysePrivilege(inputOf(records, asOf));
}

/** The last path segment of an id (`aws:user:arn:…:user/obama` → `obama`), for readable sets. */
export function short(id: string): string {
  return id.split('/').pop() ?? id;
}

/** Sorted short names of ids. */
export function names(ids: Iterable<string>): string[] {
  return [...ids].map(short).sort();
}
