import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lastRecordEnd, TableRun } from '../../../src/lib/core/import/pieces';
import { prepareFile } from '../../../src/lib/core/import/prepare';
import { runImporter } from '../../../src/lib/core/import/run';
import type { TableImporter } from '../../../src/lib/core/importers/types';

const SIGNINS = resolve(
  '..',
  'shared',
  'real-exports',
  '05_signin_logs',
  'msticpy_aad_logons_SigninLogs.derived.csv'
);

/** Cuts text the way the worker does: slices of `size`, each piece up to its last record end. */
function pieces(text: string, size: number): string[] {
  const out: string[] = [];
  let carry = '';
  for (let at = 0; at < text.length; at += size) {
    const t = carry + text.slice(at, at + size);
    const end = lastRecordEnd(t);
    if (end > 0) out.push(t.slice(0, end));
    carry = t.slice(end);
  }
  if (carry) out.push(carry);
  return out;
}

/** The whole-text run and the run in pieces of `size` characters, side by side. */
function bothWays(name: string, text: string, size: number) {
  const [prepared] = prepareFile(name, new TextEncoder().encode(text));
  if (!prepared.ok) throw new Error(prepared.message);
  const importer = prepared.file.candidates[0].importer as TableImporter;
  const whole = runImporter(prepared.file, importer);
  const run = new TableRun(importer, name);
  const cut = pieces(text, size);
  for (const piece of cut) run.feed(piece);
  return { whole, pieced: run.finish(), count: cut.length };
}

describe('lastRecordEnd', () => {
  it('lastRecordEnd(text) ends after the last line break, or 0 without one', () => {
    expect(lastRecordEnd('a,b\n1,2\n3,')).toBe(8);
    expect(lastRecordEnd('a,b\r\n1,2\r\n')).toBe(10);
    expect(lastRecordEnd('no break')).toBe(0);
  });

  it('lastRecordEnd(text) skips line breaks inside quoted fields, doubled quotes included', () => {
    expect(lastRecordEnd('a,b\n1,"x\ny"\n2,"open\n')).toBe(12);
    expect(lastRecordEnd('a\n"say ""hi""\nthere"\n"still\n')).toBe(21);
  });
});

describe('TableRun', () => {
  it('TableRun over the real sign-in CSV in pieces of 700 characters gives the whole-text result, lines and all', () => {
    const text = readFileSync(SIGNINS, 'utf8');
    const { whole, pieced, count } = bothWays('signins.csv', text, 700);
    expect(count).toBeGreaterThan(10);
    expect(pieced).toEqual(whole);
    expect(pieced.counts.events).toBe(45);
  });

  it('TableRun keeps the lines of rejected rows after a #TYPE line, CRLF and quoted line breaks', () => {
    const rows = [
      '#TYPE Selected.Microsoft.ActiveDirectory.Management.ADUser',
      '"SamAccountName","UserPrincipalName","Enabled","Description","ObjectGUID","SID","DistinguishedName"',
      ...Array.from(
        { length: 40 },
        (_, i) =>
          `"user${i}","user${i}@corp.example","True","line one\r\nline two","${`0000000${i}`.slice(-8)}-1111-2222-3333-444444444444","S-1-5-21-1-2-3-${1000 + i}","CN=user${i},DC=corp,DC=example"`
      ),
      '"","","True","","","",""'
    ];
    const text = `${rows.join('\r\n')}\r\n`;
    const { whole, pieced } = bothWays('ad-users.csv', text, 300);
    expect(pieced).toEqual(whole);
    expect(whole.output.rejected.map((r) => r.line)).toEqual([83]);
    expect(pieced.output.rejected.map((r) => r.line)).toEqual(
      whole.output.rejected.map((r) => r.line)
    );
    expect(pieced.rows).toBe(41);
  });
});
