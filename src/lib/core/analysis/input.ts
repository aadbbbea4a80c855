/** From stored sources to what every analysis reads: merged records, persons, the as-of date. */
import type { Assessment, Source } from '../assessment';
import { DEFAULT_SETTINGS } from '../assessment';
import { latest } from '../decode/dates';
import type { AnalysisInput } from '../findings/types';
import type { ManualLink, Person } from '../identity/person';
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

/** What `analyse` starts from; a cached builder may stand in for `buildAnalysisInput`. */
export type InputBuilder = (data: StoredData) => { input: AnalysisInput; asOf: AsOf };

/** The sources oldest first: a later import's values win when records are merged. */
function orderedSources(data: StoredData): Source[] {
  return [...data.sources].sort((a, b) => a.importedAt.localeCompare(b.importedAt));
}

function mergedRecords(sources: readonly Source[], data: StoredData): RecordSet {
  return mergeRecordSets(sources.map((s) => data.records.get(s.id)!).filter(Boolean));
}

function assemble(data: StoredData, records: RecordSet, persons: Person[]) {
  const asOf = resolveAsOf(data.assessment, data.sources);
  return {
    asOf,
    input: {
      records,
      persons,
      asOf: asOf.date,
      settings: { ...DEFAULT_SETTINGS, ...data.assessment.settings },
      formats: [...new Set(data.sources.map((s) => s.format))]
    }
  };
}

/** Builds the analysis input of an assessment. */
export const buildAnalysisInput: InputBuilder = (data) => {
  const records = mergedRecords(orderedSources(data), data);
  return assemble(data, records, resolvePersons(records.accounts, data.links));
};

/**
 * A builder that keeps the last merged records and persons while the sources (by id, in
 * order) and the manual links stay the same. Answering a question, accepting a finding or
 * changing a threshold changes neither, and merging and resolving tens of thousands of
 * accounts again was most of such a recomputation. A source's records never change once
 * imported (a newer file is a new source), so its id stands for its content; the facts
 * `perRecords` keeps on the merged set stay valid because their keys name the as-of date
 * and thresholds they depend on.
 */
export function cachedInputBuilder(): InputBuilder {
  let last: { key: string; records: RecordSet; persons: Person[] } | undefined;
  return (data) => {
    const sources = orderedSources(data);
    const key = JSON.stringify([sources.map((s) => s.id), data.links]);
    if (last?.key !== key) {
      const records = mergedRecords(sources, data);
      last = { key, records, persons: resolvePersons(records.accounts, data.links) };
    }
    return assemble(data, last.records, last.persons);
  };
}
