/** From stored sources to what every analysis reads: merged records, persons, the as-of date. */
import type { Assessment, Source } from '../assessment';
import { DEFAULT_SETTINGS } from '../assessment';
import { latest } from '../decode/dates';
import type { AnalysisInput } from '../findings/types';
import type { ManualLink } from '../identity/person';
import { resolvePersons } from '../identity/resolve';
import { mergeRecordSets } from '../merge';
import type { RecordSet } from '../model';

export interface StoredData {
  assessment: Assessment;
  sources: Source[];
  /** Records per source id. */
  records: Map<string, RecordSet>;
  links: ManualLink[];
  /** Per-assessment documents by key: `answer:<question id>`, `accept:<rule id>`, … */
  docs: Map<string, unknown>;
}

export interface AsOf {
  date: string;
  origin: 'user' | 'data' | 'none';
}

/**
 * The as-of date: the user's choice, else the newest timestamp in the imported data (export
 * time, newest sign-in or event), else the assessment's creation (no data yet).
 */
export function resolveAsOf(assessment: Assessment, sources: readonly Source[]): AsOf {
  if (assessment.asOf) return { date: assessment.asOf, origin: 'user' };
  let newest: string | undefined;
  for (const s of sources) newest = latest(newest, latest(s.exportedAt, s.newestTimestamp));
  return newest ? { date: newest, origin: 'data' } : { date: assessment.created, origin: 'none' };
}

/** Builds the analysis input of an assessment. */
export function buildAnalysisInput(data: StoredData): { input: AnalysisInput; asOf: AsOf } {
  const ordered = [...data.sources].sort((a, b) => a.importedAt.localeCompare(b.importedAt));
  const records = mergeRecordSets(ordered.map((s) => data.records.get(s.id)!).filter(Boolean));
  const asOf = resolveAsOf(data.assessment, data.sources);
  return {
    asOf,
    input: {
      records,
      persons: resolvePersons(records.accounts, data.links),
      asOf: asOf.date,
      settings: { ...DEFAULT_SETTINGS, ...data.assessment.settings },
      formats: [...new Set(data.sources.map((s) => s.format))]
    }
  };
}
