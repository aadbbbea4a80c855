import { describe, expect, it } from 'vitest';
import { previewMapping, suggestColumns } from '$lib/core/importers/mapped';

describe('suggestColumns(header)', () => {
  it('suggestColumns(HR header) pre-fills the usual names, one column per field', () => {
    const header = [
      'Employee ID',
      'Full Name',
      'Work Email',
      'Network Login',
      'Account Type',
      'Status',
      'Hire Date',
      'Last Login',
      'Password Changed',
      'MFA',
      'Manager'
    ];
    expect(suggestColumns(header)).toEqual({
      nativeId: 'Employee ID',
      name: 'Full Name',
      email: 'Work Email',
      kind: 'Account Type',
      enabled: 'Status',
      lastSignIn: 'Last Login',
      passwordLastSet: 'Password Changed',
      mfaRegistered: 'MFA',
      owner: 'Manager'
    });
  });

  it('suggestColumns(header) suggests nothing for unrelated names', () => {
    expect(suggestColumns(['Colour', 'Size'])).toEqual({});
  });
});

describe('previewMapping(mapping, rows)', () => {
  it('previewMapping(mapping, header + rows) numbers issues by preview row', () => {
    const out = previewMapping(
      {
        id: 'draft',
        name: 'draft',
        system: 'okta',
        headerSignature: 'id|name',
        columns: { nativeId: 'ID', name: 'Name' },
        defaultKind: 'human',
        nativeIds: false,
        dayFirst: false
      },
      [
        ['ID', 'Name'],
        ['7', 'Ann'],
        ['', 'Nobody']
      ]
    );
    expect(out.records.accounts).toEqual([
      expect.objectContaining({ id: 'okta:mapped:7', name: 'Ann', kind: 'human' })
    ]);
    expect(out.rejected).toEqual([
      { line: 2, column: 'ID', reason: 'the account id cell is empty' }
    ]);
  });
});
