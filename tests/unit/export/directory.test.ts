import { describe, expect, it } from 'vitest';
import { identityDirectory, labelOf } from '../../../src/lib/core/export/directory';
import type { Account } from '../../../src/lib/core/model';

function account(partial: Partial<Account> & Pick<Account, 'id' | 'system'>): Account {
  return { nativeId: partial.id, name: partial.id, kind: 'human', ...partial };
}

describe('identityDirectory labels', () => {
  const upn = 'dan@corp.example';
  const dir = identityDirectory({
    accounts: [
      account({ id: 'entra:user:1', system: 'entra', name: 'Dan Brooks', upn }),
      account({ id: 'ad:user:1', system: 'ad', name: 'Dan Brooks', upn }),
      account({ id: 'okta:user:1', system: 'okta', name: 'Ana Ruiz', login: 'ana@corp.example' })
    ]
  });

  it('names the system when two accounts of one person would read the same', () => {
    expect(labelOf(dir, 'entra:user:1')).toBe('Dan Brooks (dan@corp.example) in Entra ID');
    expect(labelOf(dir, 'ad:user:1')).toBe('Dan Brooks (dan@corp.example) in Active Directory');
  });

  it('leaves a label that is already unique as it is', () => {
    expect(labelOf(dir, 'okta:user:1')).toBe('Ana Ruiz (ana@corp.example)');
  });
});
