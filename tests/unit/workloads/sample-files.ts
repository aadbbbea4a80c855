/** Reading the committed demo organisation in tests: raw text, CSV rows, JSON. */
import fs from 'node:fs';
import path from 'node:path';
import Papa from 'papaparse';

export const SAMPLE_DIR = path.resolve(process.cwd(), 'sample-data');

/** The text of one sample file. */
export function sampleText(name: string): string {
  return fs.readFileSync(path.join(SAMPLE_DIR, name), 'utf8');
}

/** The parsed JSON of one sample file. */
export function sampleJson<T = unknown>(name: string): T {
  return JSON.parse(sampleText(name)) as T;
}

/** CSV text without a BOM and without PowerShell's `#TYPE` first line, as importers see it. */
export function csvBody(text: string): string {
  const noBom = text.replace(/^\uFEFF/, '');
  return noBom.startsWith('#TYPE') ? noBom.slice(noBom.indexOf('\n') + 1) : noBom;
}

/** Header and rows (as records) of a CSV file. */
export function csvTable(text: string): { header: string[]; rows: Record<string, string>[] } {
  const parsed = Papa.parse<string[]>(csvBody(text), { skipEmptyLines: true });
  const [header, ...data] = parsed.data;
  const rows = data.map((cells) => Object.fromEntries(header.map((h, i) => [h, cells[i] ?? ''])));
  return { header, rows };
}

/** Header and rows of a sample CSV file. */
export function sampleCsv(name: string): { header: string[]; rows: Record<string, string>[] } {
  return csvTable(sampleText(name));
}

/** Names of the files in the sample folder, README excluded. */
export function sampleDataFiles(): string[] {
  return fs
    .readdirSync(SAMPLE_DIR)
    .filter((f) => f !== 'README.md')
    .sort();
}

/** Loosely typed vendor JSON: tests read arbitrary shapes and assert on them. */
export type Obj = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

/** The `value` list of a Graph collection file. */
export const graph = (name: string) => sampleJson<{ value: Obj[] }>(name).value;

/** The local part of an e-mail or UPN; for a guest `#EXT#` UPN, of the home address. */
export const local = (upn: string) =>
  upn.includes('#EXT#') ? upn.split('_')[0] : upn.split('@')[0];

/** The demo's export date, and the line before which an account counts as dormant. */
export const EXPORT = Date.parse('2026-11-15T00:00:00Z');
export const DORMANT = EXPORT - 90 * 86_400_000;
