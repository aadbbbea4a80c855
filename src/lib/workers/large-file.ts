/**
 * Files too large to hold as one string (past MAX_TEXT_BYTES): a table is detected from its
 * first megabytes and then read in slices, each handed on up to its last whole record.
 */
import type { Encoding } from '../core/decode/text';
import { contentHash } from '../core/import/hash';
import { lastRecordEnd, TableRun } from '../core/import/pieces';
import { type Prepared, prepareHead } from '../core/import/prepare';
import type { ParsedFile } from '../core/import/run';
import type { Importer } from '../core/importers/types';

const HEAD_BYTES = 4 * 1024 * 1024;
const SLICE_BYTES = 32 * 1024 * 1024;

function joined(parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

export interface LargeFile {
  prepared: Prepared;
  hash: string;
  encoding: Encoding;
}

/**
 * The first look at a large file. Its hash covers the size and the first and last 4 MB rather
 * than every byte (hashing a gigabyte would double the reading): enough to know the same export
 * dropped twice.
 */
export async function prepareLarge(
  name: string,
  file: Blob,
  importers: readonly Importer[]
): Promise<LargeFile> {
  const head = new Uint8Array(await file.slice(0, HEAD_BYTES).arrayBuffer());
  const tail = new Uint8Array(await file.slice(-HEAD_BYTES).arrayBuffer());
  const size = new TextEncoder().encode(`${file.size}:`);
  const hash = `large-${await contentHash(joined([size, head, tail]))}`;
  const { prepared, encoding } = prepareHead(name, file.size, head, importers);
  return { prepared, hash, encoding };
}

/** A piece of text ending at a record boundary, and how far into the file it reaches. */
export interface TextPiece {
  text: string;
  bytesRead: number;
}

/** Reads a large table in slices and yields its text in pieces of whole records. */
export async function* textPieces(file: Blob, encoding: Encoding): AsyncGenerator<TextPiece> {
  // The decoder drops a byte-order mark and carries a character cut between two slices.
  const decoder = new TextDecoder(encoding);
  let carry = '';
  for (let at = 0; at < file.size; at += SLICE_BYTES) {
    const bytes = new Uint8Array(await file.slice(at, at + SLICE_BYTES).arrayBuffer());
    const text = carry + decoder.decode(bytes, { stream: true });
    const end = lastRecordEnd(text);
    carry = text.slice(end);
    if (carry.length > 4 * SLICE_BYTES) {
      throw new Error('no line break found in 128 MB of the file; it does not look like a table');
    }
    if (end > 0)
      yield { text: text.slice(0, end), bytesRead: Math.min(file.size, at + SLICE_BYTES) };
  }
  const rest = carry + decoder.decode();
  if (rest) yield { text: rest, bytesRead: file.size };
}

/** Runs a table importer over a large file, piece by piece. */
export async function runLarge(
  name: string,
  file: Blob,
  encoding: Encoding,
  importer: Importer,
  onProgress: (fraction: number, rows: number) => void
): Promise<ParsedFile> {
  if (importer.input !== 'table') throw new Error(`${importer.id} does not read tables`);
  const run = new TableRun(importer, name);
  for await (const piece of textPieces(file, encoding)) {
    run.feed(piece.text);
    onProgress(piece.bytesRead / (file.size || 1), run.rowsRead);
  }
  return run.finish();
}
