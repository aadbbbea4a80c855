import { utils, write } from '@e965/xlsx';
import { describe, expect, it } from 'vitest';
import { prepareFile } from '$lib/core/import/prepare';
import { runImporter } from '$lib/core/import/run';
import { type ColumnMapping, headerSignature, mappedImporter } from '$lib/core/importers/mapped';

const HEADER = ['User ID', 'Name', 'Type', 'Active', 'Last Logon'];

/** A one-sheet workbook as a spreadsheet app saves it, with a real date cell. */
function workbook(): Uint8Array {
  const sheet = utils.aoa_to_sheet(
    [
      HEADER,
      ['u-1', 'Ann Lee', 'Human', 'TRUE', new Date(Date.UTC(2024, 2, 15, 9, 30))],
      ['u-2', 'Build bot', 'Service', 'FALSE', new Date(Date.UTC(2023, 11, 1))]
    ],
    { cellDates: true }
  );
  // Excel's date-time format 22; the second date keeps the default short date (format 14).
  sheet['E2'].z = 'm/d/yy h:mm';
  const book = utils.book_new();
  utils.book_append_sheet(book, sheet, 'Users');
  return new Uint8Array(write(book, { type: 'array', bookType: 'xlsx' }) as ArrayBuffer);
}

const MAPPING: ColumnMapping = {
  id: 'm-app',
  name: 'App users',
  system: 'okta',
  headerSignature: headerSignature(HEADER),
  columns: {
    nativeId: 'User ID',
    name: 'Name',
    kind: 'Type',
    enabled: 'Active',
    lastSignIn: 'Last Logon'
  },
  defaultKind: 'human',
  nativeIds: false,
  dayFirst: false
};

describe('mappedImporter(mapping) on an XLSX sheet', () => {
  it('prepareFile(xlsx) proposes the saved mapping; dates shown as 3/15/24 9:30 are read', () => {
    const [p] = prepareFile('users.xlsx', workbook(), [mappedImporter(MAPPING)]);
    if (!p.ok) throw new Error(p.message);
    expect(p.file.candidates.map((c) => c.importer.id)).toEqual(['mapped:m-app']);
    const { output } = runImporter(p.file, mappedImporter(MAPPING));
    expect(output.rejected).toEqual([]);
    expect(output.records.accounts).toEqual([
      expect.objectContaining({
        id: 'okta:mapped:u-1',
        kind: 'human',
        enabled: true,
        lastSignIn: '2024-03-15T09:30:00.000Z'
      }),
      expect.objectContaining({
        id: 'okta:mapped:u-2',
        kind: 'service',
        enabled: false,
        lastSignIn: '2023-12-01T00:00:00.000Z'
      })
    ]);
  });
});
