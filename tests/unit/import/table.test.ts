import { describe, expect, it } from 'vitest';
import { guessDelimiter, stripTypeLine, visitRows } from '../../../src/lib/core/import/table';

function collect(text: string) {
  const rows: [string[], number][] = [];
  let header: string[] = [];
  visitRows(stripTypeLine(text), {
    header: (c) => void (header = c),
    row: (c, line) => void rows.push([c, line])
  });
  return { header, rows };
}

describe('visitRows', () => {
  it('visitRows(text) gives each row the line it starts on, across quoted newlines and blank rows', () => {
    const text = 'a,b\r\n1,"x\r\ny"\r\n\r\n2,z\r\n3,w';
    const { header, rows } = collect(text);
    expect(header).toEqual(['a', 'b']);
    expect(rows.map(([c, l]) => [c[0], l])).toEqual([
      ['1', 2],
      ['2', 5],
      ['3', 6]
    ]);
    expect(rows[0][0][1]).toBe('x\r\ny');
  });

  it('visitRows(text) counts the removed #TYPE line in line numbers', () => {
    const { header, rows } = collect(
      '#TYPE Microsoft.ActiveDirectory.Management.ADUser\n"Name","Sid"\n"a","S-1"\n'
    );
    expect(header).toEqual(['Name', 'Sid']);
    expect(rows[0][1]).toBe(3);
  });

  it('guessDelimiter(text) finds semicolons and tabs', () => {
    expect(guessDelimiter('a;b;c\n1;2;3')).toBe(';');
    expect(guessDelimiter('a\tb\n1\t2')).toBe('\t');
    expect(guessDelimiter('a,b\n')).toBe(',');
  });
});

import { readJson } from '../../../src/lib/core/import/json';

describe('readJson', () => {
  it('readJson(text) reads NDJSON as an array of its lines', () => {
    expect(readJson('{"a":1}\n\n{"a":2}\n')).toEqual({
      ok: true,
      value: [{ a: 1 }, { a: 2 }],
      ndjson: true
    });
  });
  it('readJson(text) reports a truncated JSON document at its last line', () => {
    const r = readJson('{\n  "value": [\n    {"id": "1"');
    expect(r).toMatchObject({ ok: false, line: 3 });
    expect(!r.ok && r.reason).toMatch(/truncated/);
  });
  it('readJson(text) names the NDJSON line that is broken', () => {
    expect(readJson('{"a":1}\n{"a":\n')).toMatchObject({ ok: false, line: 2 });
  });
});
