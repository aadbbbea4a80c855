/**
 * An earlier workbook as a comparison baseline (SPEC §9): analysed in memory, never stored as
 * an assessment. Heavy (it runs the whole analysis), so the app loads it through `import()`.
 */
import { analyse } from '../analysis/analyse';
import type { StoredData } from '../analysis/input';
import { RECORD_KINDS } from '../model';
import type { RecordSet } from '../model';
import type { WorkbookFile } from '../workbook/format';
import { snapshotOf } from './snapshot';
import type { AssessmentSnapshot } from './types';

/** A record set of empty arrays, one per kind. */
function emptySet(): RecordSet {
  return Object.fromEntries(RECORD_KINDS.map((k) => [k, []])) as unknown as RecordSet;
}

/**
 * What the analysis reads, from a workbook file: records per source joined from its chunks in
 * `seq` order (as storage would load them), documents by key, manual links. Chunks of sources
 * the file does not list are ignored, as storage would never load them either.
 */
export function workbookStoredData(file: WorkbookFile): StoredData {
  const records = new Map<string, RecordSet>(file.sources.map((s) => [s.id, emptySet()]));
  const chunks = [...file.chunks].sort((a, b) => a.seq - b.seq);
  for (const chunk of chunks) {
    const set = records.get(chunk.sourceId);
    if (!set) continue;
    const target = set[chunk.kind as keyof RecordSet] as unknown[];
    for (const r of chunk.records) target.push(r);
  }
  return {
    assessment: file.assessment,
    sources: file.sources,
    records,
    links: file.links.map(({ action, a, b }) => ({ action, a, b })),
    docs: new Map(file.docs.map((d) => [d.key, d.value]))
  };
}

export interface Baseline {
  client: string;
  /** `YYYY-MM-DD` the baseline's figures are measured against. */
  asOf: string;
  /** How the report names it: "the assessment of 2016-11-30". */
  label: string;
  snapshot: AssessmentSnapshot;
}

/** Analyses an earlier workbook and keeps what the comparison and the report need. */
export function analyseBaseline(file: WorkbookFile): Baseline {
  const result = analyse(workbookStoredData(file));
  const asOf = result.asOf.date.slice(0, 10);
  return {
    client: file.assessment.client,
    asOf,
    label: `the assessment of ${asOf}`,
    snapshot: snapshotOf(result)
  };
}

/**
 * Client names compared loosely: case, spacing and the "(copy)" and "(imported)" suffixes the
 * app adds to duplicates do not matter.
 */
export function sameClient(a: string, b: string): boolean {
  const norm = (s: string) =>
    s
      .normalize('NFKC')
      .toLocaleLowerCase('en')
      .replace(/\s*\((?:imported|copy)\)\s*$/u, '')
      .replace(/\s+/g, ' ')
      .trim();
  return norm(a) === norm(b);
}
