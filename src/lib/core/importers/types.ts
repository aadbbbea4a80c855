/**
 * The shape every importer shares (STYLE.md, habit 2): detect, parse, normalise. An importer
 * is one module exporting one `Importer`; adding a format means adding a module and listing it
 * in its system's `index.ts`.
 */
import type { RejectedRow } from '../assessment';
import type { RecordSet, System } from '../model';

/** Why a detector believes a file is its format, shown to the user ("header matched: …"). */
export interface Detection {
  /** 0–1; the pipeline takes the highest. Exact header/key matches should score ≥ 0.9. */
  confidence: number;
  evidence: string;
}

/** What an importer hands back. It throws only for programmer mistakes. */
export interface ImportOutput {
  records: RecordSet;
  rejected: RejectedRow[];
  warnings: string[];
  /** When the export was produced, if the file says so (report generation time). */
  exportedAt?: string;
  /**
   * What makes two files "the same source" so that a newer one replaces the older: a tenant,
   * account or organisation id when the file carries one. Absent: the format alone.
   */
  scopeKey?: string;
}

export interface ImportContext {
  fileName: string;
}

interface ImporterBase {
  /** Stable format id, e.g. `aws-credential-report`. Stored with the source. */
  id: string;
  label: string;
  system: System;
}

/** A tabular format (CSV, TSV, or a sheet of an XLSX). Rows stream through a sink. */
export interface TableImporter extends ImporterBase {
  input: 'table';
  /** `header` is the first row, trimmed, BOM and `#TYPE` line already gone. */
  detect(header: string[]): Detection | null;
  start(header: string[], ctx: ImportContext): TableSink;
}

export interface TableSink {
  /** `line` is the 1-based line in the file where the row starts. */
  row(cells: string[], line: number): void;
  finish(): ImportOutput;
}

/** A JSON format. NDJSON files arrive as an array of their lines' values. */
export interface JsonImporter extends ImporterBase {
  input: 'json';
  detect(value: unknown): Detection | null;
  parse(value: unknown, ctx: ImportContext): ImportOutput;
}

export type Importer = TableImporter | JsonImporter;
