import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeText } from '../../../src/lib/core/decode/text';
import {
  guessDelimiter,
  stripTypeLine,
  type TableText,
  visitRows,
  visitWithPapa
} from '../../../src/lib/core/import/table';

type Seen = { header: string[]; rows: [string[], number][]; count: number; stopped: boolean };

function through(
  visit: typeof visitRows | typeof visitWithPapa,
  table: TableText,
  stopAfter = Infinity
): Seen {
  const seen: Seen = { header: [], rows: [], count: 0, stopped: false };
  const visitor = {
    header: (c: string[]) => void (seen.header = c),
    row: (c: string[], line: number) => {
      seen.rows.push([c, line]);
      return seen.rows.length < stopAfter;
    }
  };
  const result =
    visit === visitWithPapa
      ? visitWithPapa(table, guessDelimiter(table.text), visitor)
      : visitRows(table, visitor);
  seen.count = result.rows;
  seen.stopped = result.stopped;
  return seen;
}

/** Small random CSV texts without quotes: blank, white-space and delimiter-only rows, CR/LF mixes. */
function randomTexts(count: number): string[] {
  let seed = 7;
  const rnd = (n: number) => {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    return seed % n;
  };
  const pieces = ['a', 'b c', ' ', '', 'x;y', 'tab\there', '=1', 'é', '\t', ',', ';;'];
  const breaks = ['\n', '\r\n', '\r\n', '\r', '\n\n', '\r\n\r\n', '\n \n', '\n,,\n'];
  const texts: string[] = [];
  for (let t = 0; t < count; t++) {
    const lineBreak = breaks[rnd(breaks.length)];
    const other = breaks[rnd(breaks.length)];
    const delimiter = [',', ';', '\t'][rnd(3)];
    const rows: string[] = [];
    const n = rnd(12);
    for (let r = 0; r < n; r++) {
      const cells = Array.from({ length: 1 + rnd(4) }, () => pieces[rnd(pieces.length)]);
      rows.push(cells.join(delimiter) + (rnd(10) === 0 ? other : ''));
    }
    texts.push((rnd(4) === 0 ? '\n' : '') + rows.join(lineBreak) + (rnd(2) ? lineBreak : ''));
  }
  return texts;
}

function fixtureTexts(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return fixtureTexts(path);
    if (!/\.(csv|tsv|txt)$/i.test(name)) return [];
    return [decodeText(new Uint8Array(readFileSync(path))).text];
  });
}

describe('visitRows on text without quotes', () => {
  it('visitRows(table) gives the same header, rows, lines and counts as papaparse', () => {
    const texts = [
      'a,b\n1,2\n\n3,4\n',
      'a,b\r\n1,2\r\n\r\n \r\n,,\r\n3,4',
      'a;b\r\n1;x\ny\r\n2;z',
      '\n\n  \nid,name\n1,one\n',
      '',
      '\n',
      ...randomTexts(400)
    ];
    for (const text of texts) {
      for (const table of [stripTypeLine(text), stripTypeLine(`#TYPE Some.Class\n${text}`)]) {
        expect(through(visitRows, table), JSON.stringify(text)).toEqual(
          through(visitWithPapa, table)
        );
      }
    }
  });

  it('visitRows(table) stops where the visitor says, as papaparse does', () => {
    for (const text of randomTexts(100)) {
      const table = stripTypeLine(text);
      expect(through(visitRows, table, 2)).toEqual(through(visitWithPapa, table, 2));
    }
  });

  it('visitRows(table) reads every CSV fixture as papaparse does', () => {
    const texts = fixtureTexts('tests/fixtures').filter((t) => !t.includes('"'));
    expect(texts.length).toBeGreaterThan(5);
    for (const text of texts) {
      const table = stripTypeLine(text);
      expect(through(visitRows, table)).toEqual(through(visitWithPapa, table));
    }
  });
});
