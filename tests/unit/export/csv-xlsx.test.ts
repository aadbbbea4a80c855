import fs from 'node:fs';
import path from 'node:path';
import { read, utils } from '@e965/xlsx';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { neutralise, tabulate, toCsv } from '../../../src/lib/core/export';
import type { Column } from '../../../src/lib/core/export';
import { toXlsxBytes } from '../../../src/lib/core/export/xlsx';

const ENTRA = path.resolve(
  process.cwd(),
  '../shared/real-exports/03_entra_users_graph/azure-sentinel_SampleData_AADUSerInfo.csv'
);

type Row = Record<string, string>;
const entraRows = (): Row[] =>
  Papa.parse<Row>(fs.readFileSync(ENTRA, 'utf8'), { header: true, skipEmptyLines: true }).data;

const ENTRA_COLUMNS: Column<Row>[] = [
  { header: 'UPN', value: (r) => r.UserPrincipalName_s },
  { header: 'Name', value: (r) => r.DisplayName_s },
  { header: 'Mobile', value: (r) => r.Mobile_s }
];

interface Hostile {
  text: string;
  n: number;
}
const HOSTILE: Hostile[] = [
  { text: '=HYPERLINK("http://x","y")', n: -5 },
  { text: '+1 309 555 0101', n: 0 },
  { text: "-2+3+cmd|' /C calc'!A0", n: 1.5 },
  { text: '@SUM(A1)', n: Number.NaN },
  { text: '\t=1+1', n: 1e21 },
  { text: '\r=1+1', n: -0.25 },
  { text: 'plain, with "quotes"\nand a newline', n: 7 },
  { text: '-5', n: -5 }
];
const HOSTILE_COLUMNS: Column<Hostile>[] = [
  { header: 'text', value: (r) => r.text },
  { header: 'number', value: (r) => r.n }
];

describe('neutralise', () => {
  it('neutralise(text) prefixes an apostrophe to = + - @ tab and CR, and nothing else', () => {
    expect(['=a', '+a', '-a', '@a', '\ta', '\ra'].map(neutralise)).toEqual([
      "'=a",
      "'+a",
      "'-a",
      "'@a",
      "'\ta",
      "'\ra"
    ]);
    expect(['a=b', ' =a', 'Анна', ''].map(neutralise)).toEqual(['a=b', ' =a', 'Анна', '']);
  });
});

describe('toCsv', () => {
  it('toCsv(real Entra rows) neutralises the phone numbers that start with +', () => {
    const csv = toCsv(entraRows(), ENTRA_COLUMNS);
    expect(csv.startsWith('\uFEFFUPN,Name,Mobile\r\n')).toBe(true);
    const lines = csv.slice(1).trimEnd().split('\r\n');
    // 6 users; AdSync has no mobile, the other 5 have +1 numbers.
    expect(lines).toHaveLength(7);
    expect(lines[1]).toBe('AdSync@domain.onmicrosoft.com,Active Directory Sync,');
    expect(lines[2]).toBe("JeffL@domain.onmicrosoft.com,Jeff Leatherman,'+1 309 555 0101");
    expect(lines.filter((l) => l.includes(",'+1 "))).toHaveLength(5);
  });

  it('toCsv(hostile cells) neutralises text but keeps numbers from numeric fields', () => {
    const parsed = Papa.parse<string[]>(toCsv(HOSTILE, HOSTILE_COLUMNS, { bom: false }), {
      skipEmptyLines: true
    }).data;
    expect(parsed.slice(1)).toEqual([
      ['\'=HYPERLINK("http://x","y")', '-5'],
      ["'+1 309 555 0101", '0'],
      ["'-2+3+cmd|' /C calc'!A0", '1.5'],
      ["'@SUM(A1)", ''],
      ["'\t=1+1", '1e+21'],
      ["'\r=1+1", '-0.25'],
      ['plain, with "quotes"\nand a newline', '7'],
      // The same "-5": as text it is neutralised, as a number it stays a number.
      ["'-5", '-5']
    ]);
  });
});

describe('toXlsxBytes', () => {
  const bytes = toXlsxBytes([
    tabulate('Hostile', HOSTILE, HOSTILE_COLUMNS),
    tabulate('Entra users: [real]', entraRows(), ENTRA_COLUMNS)
  ]);
  const book = read(bytes, { type: 'array' });

  it('toXlsxBytes(tables) writes a zip with one sheet per table, names made legal', () => {
    expect([...bytes.slice(0, 4)]).toEqual([0x50, 0x4b, 0x03, 0x04]);
    expect(book.SheetNames).toEqual(['Hostile', 'Entra users   real']);
  });

  it('toXlsxBytes(tables) stores neutralised text as text and numbers as numbers', () => {
    const sheet = book.Sheets.Hostile;
    expect(sheet.A2).toMatchObject({ t: 's', v: '\'=HYPERLINK("http://x","y")' });
    expect(sheet.B2).toMatchObject({ t: 'n', v: -5 });
    expect(sheet.A9).toMatchObject({ t: 's', v: "'-5" });
    expect(sheet.B9).toMatchObject({ t: 'n', v: -5 });
    // NaN is written as an empty cell, never as text.
    expect(sheet.B5).toBeUndefined();
    for (const addr of Object.keys(sheet).filter((k) => !k.startsWith('!'))) {
      expect(sheet[addr].f).toBeUndefined();
    }
    const entra = utils.sheet_to_json<string[]>(book.Sheets['Entra users   real'], { header: 1 });
    expect(entra[2]).toEqual([
      'JeffL@domain.onmicrosoft.com',
      'Jeff Leatherman',
      "'+1 309 555 0101"
    ]);
  });

  it('toXlsxBytes(tables) gives the same bytes for the same tables', () => {
    const again = toXlsxBytes([
      tabulate('Hostile', HOSTILE, HOSTILE_COLUMNS),
      tabulate('Entra users: [real]', entraRows(), ENTRA_COLUMNS)
    ]);
    expect(Buffer.from(again).equals(Buffer.from(bytes))).toBe(true);
  });
});
