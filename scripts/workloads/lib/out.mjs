/**
 * Writing files: CSV quoting in the two styles the vendors use, and a buffered sink so that a
 * million-row file streams to disk instead of being built in memory.
 */
import fs from 'node:fs';
import path from 'node:path';

const NEEDS_QUOTES = /[",\r\n]|^\s|\s$/;

/** One CSV cell, quoted only when it must be (RFC 4180 style, as most web portals write). */
export function cell(value) {
  if (value === undefined || value === null) return '';
  const s = String(value);
  return NEEDS_QUOTES.test(s) ? `"${s.replaceAll('"', '""')}"` : s;
}

/** One CSV line of minimally quoted cells. */
export function csvLine(values) {
  return values.map(cell).join(',');
}

/** One line with every cell quoted: Windows PowerShell's Export-Csv always quotes. */
export function quotedLine(values) {
  return values
    .map((v) => (v === undefined || v === null ? '""' : `"${String(v).replaceAll('"', '""')}"`))
    .join(',');
}

/** A file written in large synchronous chunks; `write` buffers, `close` flushes. */
export class FileSink {
  constructor(file) {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    this.file = file;
    this.fd = fs.openSync(file, 'w');
    this.parts = [];
    this.pending = 0;
    this.bytes = 0;
  }

  write(text) {
    this.parts.push(text);
    this.pending += text.length;
    if (this.pending > 1 << 20) this.flush();
  }

  flush() {
    if (this.parts.length === 0) return;
    const buf = Buffer.from(this.parts.join(''), 'utf8');
    fs.writeSync(this.fd, buf);
    this.bytes += buf.length;
    this.parts = [];
    this.pending = 0;
  }

  /** Flushes and closes; returns the file's size in bytes. */
  close() {
    this.flush();
    fs.closeSync(this.fd);
    return this.bytes;
  }
}

/** Writes a whole text file, creating folders; returns its size in bytes. */
export function writeText(file, text) {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const buf = Buffer.from(text, 'utf8');
  fs.writeFileSync(file, buf);
  return buf.length;
}

/** JSON as the producing tool prints it: `indent` 0 for one line, as Graph and Okta answer. */
export function jsonText(value, indent = 2) {
  return JSON.stringify(value, null, indent || undefined) + '\n';
}

/**
 * Streams one JSON document whose large parts are arrays, member by member and item by item.
 * The bytes equal `JSON.stringify(whole, null, indent)` plus a newline.
 */
export class JsonStream {
  constructor(sink, indent = 2) {
    this.sink = sink;
    this.pad = ' '.repeat(indent);
    this.nl = indent ? '\n' : '';
    this.sp = indent ? ' ' : '';
    this.indent = indent;
    this.members = 0;
    this.items = 0;
    this.depth = 0;
  }

  text(value, depth) {
    const body = JSON.stringify(value, null, this.indent || undefined);
    return this.indent ? body.replaceAll('\n', `\n${this.pad.repeat(depth)}`) : body;
  }

  /** `{`, then the members of `head`. */
  openObject(head = {}) {
    this.sink.write('{');
    this.depth = 1;
    for (const [k, v] of Object.entries(head)) this.member(k, v);
  }

  member(key, value) {
    this.sink.write(
      `${this.members++ ? ',' : ''}${this.nl}${this.pad}${JSON.stringify(key)}:${this.sp}${this.text(value, 1)}`
    );
  }

  /** Opens an array member of the object, or the top-level array when `key` is undefined. */
  openArray(key) {
    if (key === undefined) {
      this.sink.write('[');
      this.depth = 1;
    } else {
      this.sink.write(
        `${this.members++ ? ',' : ''}${this.nl}${this.pad}${JSON.stringify(key)}:${this.sp}[`
      );
      this.depth = 2;
    }
    this.items = 0;
  }

  item(value) {
    const pad = this.pad.repeat(this.depth);
    this.sink.write(`${this.items++ ? ',' : ''}${this.nl}${pad}${this.text(value, this.depth)}`);
  }

  closeArray() {
    this.sink.write(`${this.items ? this.nl + this.pad.repeat(this.depth - 1) : ''}]`);
    if (this.depth === 1) this.sink.write('\n');
    this.depth = 1;
  }

  closeObject() {
    this.sink.write(`${this.members ? this.nl : ''}}\n`);
  }
}

/** Streams `{ ...head, [key]: [items…] }`. */
export function streamJsonWrapper(sink, head, key, items, indent = 2) {
  const json = new JsonStream(sink, indent);
  json.openObject(head);
  json.openArray(key);
  for (const item of items) json.item(item);
  json.closeArray();
  json.closeObject();
}

/** Streams a top-level JSON array, item by item. */
export function streamJsonArray(sink, items, indent = 2) {
  const json = new JsonStream(sink, indent);
  json.openArray();
  for (const item of items) json.item(item);
  json.closeArray();
}
