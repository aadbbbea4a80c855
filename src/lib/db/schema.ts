/**
 * The IndexedDB schema. Records are stored in chunks of a few thousand per row: one row per
 * record tops out near 15k rows/s (TOOLCHAIN.md), far below what a 100k-user import needs.
 * Each version bump gets its own `.version(n)` with an upgrade step; never edit an old one.
 */
import Dexie, { type Table } from 'dexie';
import type { Assessment, Source } from '../core/assessment';
import type { ManualLink } from '../core/identity/person';
import type { RecordKind } from '../core/model';

export const DB_NAME = 'zero-trust-identity-workbook';
/** Records per chunk row: large enough to write fast, small enough to clone cheaply. */
export const CHUNK_SIZE = 5000;

/**
 * A run of records of one kind from one source. The records are kept as one JSON string:
 * IndexedDB serialises a string in one piece, while an array of objects costs a structured
 * clone per object (several times slower for 100k accounts). Older rows may hold `records`.
 */
export interface Chunk {
  assessmentId: string;
  sourceId: string;
  seq: number;
  kind: RecordKind;
  json?: string;
  records?: unknown[];
}

/** Per-assessment documents keyed by their own id (answers, acceptances, roadmap edits…). */
export interface Doc {
  assessmentId: string;
  key: string;
  value: unknown;
}

export interface StoredLink extends ManualLink {
  id?: number;
  assessmentId: string;
  created: string;
}

/**
 * A saved column mapping (see `core/importers/mapped`). Shared by every assessment: the same
 * HR list comes back each quarter. Fields after `created` were added later, hence optional.
 */
export interface ColumnMappingRow {
  id: string;
  name: string;
  /** Account field → the file's header cell as written. */
  mapping: Record<string, string>;
  created: string;
  /** The normalised header signature of the file the mapping was made for. */
  headerSignature?: string;
  system?: string;
  defaultKind?: string;
  nativeIds?: boolean;
  dayFirst?: boolean;
}

export class WorkbookDb extends Dexie {
  assessments!: Table<Assessment, string>;
  sources!: Table<Source, string>;
  chunks!: Table<Chunk, [string, number]>;
  docs!: Table<Doc, [string, string]>;
  links!: Table<StoredLink, number>;
  mappings!: Table<ColumnMappingRow, string>;

  constructor(name = DB_NAME) {
    super(name);
    this.version(1).stores({
      assessments: 'id, updated',
      sources: 'id, assessmentId, hash',
      chunks: '[sourceId+seq], assessmentId, sourceId',
      docs: '[assessmentId+key], assessmentId',
      links: '++id, assessmentId',
      mappings: 'id'
    });
  }
}

let shared: WorkbookDb | undefined;

/** The app's database, opened once per page or worker. */
export function db(): WorkbookDb {
  shared ??= new WorkbookDb();
  return shared;
}

/** The tables that hold one assessment's data, for transactions over all of them. */
export function assessmentTables(d: WorkbookDb) {
  return [d.assessments, d.sources, d.chunks, d.docs, d.links];
}
