import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { surelyValidAccount } from '../../../src/lib/core/import/account-check';
import { prepareFile } from '../../../src/lib/core/import/prepare';
import { runImporter } from '../../../src/lib/core/import/run';
import { accountSchema, type Account } from '../../../src/lib/core/model';

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : [path];
  });
}

/** Every account the importers make of the fixtures, before validation. */
function fixtureAccounts(): Account[] {
  const accounts: Account[] = [];
  for (const path of files('tests/fixtures')) {
    for (const prepared of prepareFile(path, new Uint8Array(readFileSync(path)))) {
      if (!prepared.ok) continue;
      for (const { importer } of prepared.file.candidates) {
        try {
          const { output } = runImporter(prepared.file, importer);
          accounts.push(...output.records.accounts);
        } catch {
          // An importer that does not fit the file is not this test's concern.
        }
      }
    }
  }
  return accounts;
}

class Boxed {
  value = 'x';
}

const WRONG: unknown[] = [
  null,
  0,
  1,
  NaN,
  Infinity,
  '',
  'bogus',
  '2024-01-01',
  '2024-01-01T00:00:00.0000Z',
  true,
  [],
  ['bogus'],
  [1],
  {},
  { a: null },
  { a: NaN },
  { a: [] },
  Object.create(null),
  new Boxed(),
  new Date(0)
];

/** Each field of `a`, and of its link and attrs, replaced by each wrong value in turn. */
function mutations(a: Account): unknown[] {
  const out: unknown[] = [];
  const base = a as unknown as Record<string, unknown>;
  const keys = [...Object.keys(base), 'upn', 'mfaMethods', 'link', 'attrs', 'primary', 'extra'];
  for (const key of keys) for (const value of WRONG) out.push({ ...base, [key]: value });
  for (const value of WRONG) {
    out.push({ ...base, link: { ...(a.link ?? {}), sid: value } });
    out.push({ ...base, link: { ...(a.link ?? {}), proxyAddresses: [value] } });
    out.push({ ...base, attrs: { ...(a.attrs ?? {}), flag: value } });
    out.push({ ...base, mfaMethods: ['fido2', value] });
  }
  out.push({ ...base, attrs: { [Symbol('s')]: 'x' } });
  out.push(Object.assign(Object.create(null), base), [base], null, 'account');
  return out;
}

describe('surelyValidAccount', () => {
  const accounts = fixtureAccounts();

  it('surelyValidAccount(a) vouches for the accounts importers make, as the schema does', () => {
    expect(accounts.length).toBeGreaterThan(50);
    for (const a of accounts) {
      expect(surelyValidAccount(a)).toBe(accountSchema.safeParse(a).success);
    }
    expect(accounts.some((a) => surelyValidAccount(a))).toBe(true);
  });

  it('surelyValidAccount(a) never passes an account the schema rejects', () => {
    let rejectedBySchema = 0;
    for (const a of accounts.slice(0, 40)) {
      for (const m of mutations(a)) {
        const valid = accountSchema.safeParse(m).success;
        if (!valid) rejectedBySchema++;
        if (surelyValidAccount(m)) expect(valid, JSON.stringify(m)).toBe(true);
      }
    }
    expect(rejectedBySchema).toBeGreaterThan(1000);
  });
});
