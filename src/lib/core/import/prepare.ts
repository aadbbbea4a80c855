/**
 * First look at a file: decode it, find whether it is a table or JSON, and rank the importers
 * that claim it. Nothing is parsed in full yet; the user sees this before importing.
 */
import { decodeText, type Encoding, looksBinary } from '../decode/text';
import { IMPORTERS } from '../importers/registry';
import type { Detection, Importer } from '../importers/types';
import { ContainerError, type InnerFile, isContainer, unpack } from './containers';
import { looksLikeJson, readJson } from './json';
import { describeProblem, type ImportProblem } from './messages';
import { lastRecordEnd } from './pieces';
import { readSheets } from './spreadsheet';
import { readHeader, stripTypeLine, type TableText, visitRows } from './table';

export interface Candidate {
  importer: Importer;
  detection: Detection;
}

/** A file ready to import: its content read, its format candidates ranked. */
export interface PreparedFile {
  name: string;
  size: number;
  content: { kind: 'table'; table: TableText; header: string[] } | { kind: 'json'; value: unknown };
  candidates: Candidate[];
  /** The first rows (tables) or the top-level keys (JSON), for the preview. */
  preview: string[][];
}

/**
 * The largest text file read: a JavaScript string holds at most 2^29 - 24 (about 536.9
 * million) characters in Chromium, and a UTF-8 export has about one character per byte; past
 * it the decoder hands back an empty string, which would read as an empty file.
 */
export const MAX_TEXT_BYTES = 500 * 1024 * 1024;

export type Prepared =
  { ok: true; file: PreparedFile } | { ok: false; name: string; message: string };

function fail(name: string, problem: ImportProblem): Prepared {
  return { ok: false, name, message: describeProblem(name, problem) };
}

function rank<T extends Importer>(
  importers: readonly Importer[],
  input: T['input'],
  detect: (i: Importer) => Detection | null
): Candidate[] {
  return importers
    .filter((i) => i.input === input)
    .flatMap((importer) => {
      const detection = detect(importer);
      return detection ? [{ importer, detection }] : [];
    })
    .sort((a, b) => b.detection.confidence - a.detection.confidence);
}

function previewRows(table: TableText, max = 6): string[][] {
  const rows: string[][] = [];
  visitRows(table, {
    header: (cells) => void rows.push(cells),
    row: (cells) => {
      rows.push(cells);
      return rows.length < max;
    }
  });
  return rows;
}

function prepareTable(
  name: string,
  size: number,
  text: string,
  importers: readonly Importer[]
): Prepared {
  const table = stripTypeLine(text);
  const header = readHeader(table);
  if (header.length === 0 || header.every((h) => h === '')) return fail(name, { code: 'empty' });
  const candidates = rank(importers, 'table', (i) =>
    i.input === 'table' ? i.detect(header) : null
  );
  return {
    ok: true,
    file: {
      name,
      size,
      content: { kind: 'table', table, header },
      candidates,
      preview: previewRows(table)
    }
  };
}

function prepareText(inner: InnerFile, importers: readonly Importer[], maxBytes: number): Prepared {
  const { name, bytes } = inner;
  if (bytes.length === 0) return fail(name, { code: 'empty' });
  if (bytes.length > maxBytes) {
    return fail(name, { code: 'too-large', bytes: bytes.length, limit: maxBytes });
  }
  const { text, encoding } = decodeText(bytes);
  if (looksBinary(bytes, encoding)) return fail(name, { code: 'binary' });
  if (text.trim() === '') return fail(name, { code: 'empty' });
  if (!looksLikeJson(text)) return prepareTable(name, bytes.length, text, importers);

  const read = readJson(text);
  if (!read.ok) return fail(name, { code: 'json-broken', line: read.line, detail: read.reason });
  const value = read.value;
  const candidates = rank(importers, 'json', (i) => (i.input === 'json' ? i.detect(value) : null));
  const keys =
    value && typeof value === 'object' && !Array.isArray(value)
      ? Object.keys(value)
      : Array.isArray(value) && value[0] && typeof value[0] === 'object'
        ? Object.keys(value[0] as object)
        : [];
  return {
    ok: true,
    file: {
      name,
      size: bytes.length,
      content: { kind: 'json', value },
      candidates,
      preview: [keys]
    }
  };
}

/** Unpacks, decodes and detects one dropped file; archives and workbooks give several. */
export function prepareFile(
  name: string,
  bytes: Uint8Array,
  importers: readonly Importer[] = IMPORTERS,
  maxTextBytes = MAX_TEXT_BYTES
): Prepared[] {
  let inner: InnerFile[];
  try {
    inner = unpack(name, bytes);
  } catch (e) {
    if (e instanceof ContainerError) return [fail(name, { code: 'archive', detail: e.message })];
    throw e;
  }
  if (inner.length === 0) return [fail(name, { code: 'empty' })];
  return inner.flatMap((file) => {
    if (file.kind === 'text') return [prepareText(file, importers, maxTextBytes)];
    try {
      const sheets = readSheets(file.bytes);
      if (sheets.length === 0) return [fail(file.name, { code: 'empty' })];
      return sheets.map((s) =>
        prepareTable(
          sheets.length > 1 ? `${file.name} [${s.name}]` : file.name,
          file.bytes.length,
          s.csv,
          importers
        )
      );
    } catch (e) {
      return [
        fail(file.name, {
          code: 'spreadsheet',
          detail: e instanceof Error ? e.message : 'unreadable'
        })
      ];
    }
  });
}

/**
 * First look at a table too large to read whole: `head` is its first bytes. Detection and the
 * preview read the whole records in it; the import then reads the file in pieces. JSON and
 * archives cannot be read in pieces, so files of theirs this large are refused.
 */
export function prepareHead(
  name: string,
  size: number,
  head: Uint8Array,
  importers: readonly Importer[] = IMPORTERS
): { prepared: Prepared; encoding: Encoding } {
  // A line feed byte never sits inside a UTF-8 sequence: cutting after the last one keeps the
  // strict UTF-8 check of the decoder meaningful.
  const cut = head.lastIndexOf(10);
  const { text, encoding } = decodeText(cut > 0 ? head.subarray(0, cut + 1) : head);
  const tooLarge = { code: 'too-large', bytes: size, limit: MAX_TEXT_BYTES } as const;
  if (isContainer(head) || looksBinary(head, encoding) || looksLikeJson(text)) {
    return { prepared: fail(name, tooLarge), encoding };
  }
  const records = text.slice(0, lastRecordEnd(text)) || text;
  return { prepared: prepareTable(name, size, records, importers), encoding };
}
