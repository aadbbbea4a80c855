/**
 * Test helpers shared by the importer tests: read real exports and fixtures, and feed a file
 * through an importer the way the pipeline would (CSV parsed by papaparse, header on line 1).
 */
import fs from 'node:fs';
import path from 'node:path';
import Papa from 'papaparse';
import type {
  Detection,
  ImportOutput,
  Importer,
  JsonImporter,
  TableImporter
} from '$lib/core/importers/types';

/** The text of a file in `../shared/real-exports/<folder>/<file>`. */
export function readRealExport(folder: string, file: string): string {
  return fs.readFileSync(
    path.resolve(process.cwd(), '../shared/real-exports', folder, file),
    'utf8'
  );
}

/** The parsed JSON of a real export. */
export function readRealJson(folder: string, file: string): unknown {
  return JSON.parse(readRealExport(folder, file));
}

/** The text of a fixture in `tests/fixtures/<area>/<file>`, without a BOM. */
export function readFixture(area: string, file: string): string {
  const text = fs.readFileSync(path.resolve(process.cwd(), 'tests/fixtures', area, file), 'utf8');
  return text.replace(/^\uFEFF/, '');
}

/** The parsed JSON of a fixture. */
export function readFixtureJson(area: string, file: string): unknown {
  return JSON.parse(readFixture(area, file));
}

/** CSV text to rows, as the pipeline's parser would give them. */
export function csvRows(text: string): string[][] {
  const parsed = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), { skipEmptyLines: true });
  return parsed.data;
}

/** Runs a table importer over CSV text: row 0 is the header (line 1), rows get 1-based lines. */
export function runTable(
  importer: TableImporter,
  text: string,
  fileName = 'test.csv'
): ImportOutput {
  const [header, ...rows] = csvRows(text);
  const sink = importer.start(header, { fileName });
  rows.forEach((cells, i) => sink.row(cells, i + 2));
  return sink.finish();
}

/** The header row of CSV text, for detectors. */
export function csvHeader(text: string): string[] {
  return csvRows(text)[0] ?? [];
}

/** Runs a JSON importer over a parsed value. */
export function runJson(
  importer: JsonImporter,
  value: unknown,
  fileName = 'test.json'
): ImportOutput {
  return importer.parse(value, { fileName });
}

/** What an importer's detector says about a CSV text or a JSON value. */
export function detect(importer: Importer, input: string | unknown): Detection | null {
  if (importer.input === 'table') {
    return importer.detect(typeof input === 'string' ? csvHeader(input) : []);
  }
  return importer.detect(input);
}

/** One real export, read as the pipeline would present it to detectors. */
export interface RealExport {
  folder: string;
  file: string;
  /** JSON value (NDJSON as an array of its lines' values), or undefined for CSV. */
  json?: unknown;
  /** CSV header row, or undefined for JSON. */
  header?: string[];
}

/** Every file in `../shared/real-exports`, for "this detector ignores other formats" tests. */
export function realExports(): RealExport[] {
  const root = path.resolve(process.cwd(), '../shared/real-exports');
  const out: RealExport[] = [];
  for (const folder of fs
    .readdirSync(root)
    .filter((f) => /^\d\d_/.test(f))
    .sort()) {
    for (const file of fs.readdirSync(path.join(root, folder)).sort()) {
      const text = readRealExport(folder, file).replace(/^\uFEFF/, '');
      if (file.endsWith('.csv')) out.push({ folder, file, header: csvHeader(text) });
      else if (file.endsWith('.jsonl')) {
        const lines = text.split(/\r?\n/).filter((l) => l.trim() !== '');
        out.push({ folder, file, json: lines.map((l) => JSON.parse(l) as unknown) });
      } else if (file.endsWith('.json')) out.push({ folder, file, json: JSON.parse(text) });
    }
  }
  return out;
}

/** The importers (by id) whose detector accepts a real export. */
export function detectorsAccepting(importers: readonly Importer[], real: RealExport): string[] {
  return importers
    .filter((imp) =>
      imp.input === 'table'
        ? real.header !== undefined && imp.detect(real.header) !== null
        : real.json !== undefined && imp.detect(real.json) !== null
    )
    .map((imp) => imp.id);
}
