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
