import { describe, expect, it } from 'vitest';
import { effectiveLastSignIn } from '../../../src/lib/core/metrics';
import { account, analysisInput, signIn } from '../../fixtures/metrics/build';

describe('effectiveLastSignIn', () => {
  const alice = account('alice', { lastSignIn: '2024-03-01T10:00:00Z' });
  const bob = account('bob', { lastSignIn: '2024-04-20T08:00:00Z' });
  const carol = account('carol');
  const dave = account('dave');

  it('effectiveLastSignIn(input) takes a newer successful log sign-in over the directory date', () => {
    const input = analysisInput({
      accounts: [alice, bob, carol, dave],
      events: [
        signIn(alice, '2024-04-02T09:00:00Z'),
        signIn(bob, '2024-04-01T09:00:00Z'),
        signIn(carol, '2024-04-10T12:00:00Z')
      ]
    });
    const last = effectiveLastSignIn(input);
    expect(last.get(alice.id)).toBe('2024-04-02T09:00:00Z');
    // the directory's date is newer than bob's log entry, so it stays
    expect(last.get(bob.id)).toBe('2024-04-20T08:00:00Z');
    expect(last.get(carol.id)).toBe('2024-04-10T12:00:00Z');
    expect(last.has(dave.id)).toBe(false);
  });

  it('effectiveLastSignIn(input) ignores failed and interrupted sign-ins and audit events', () => {
    const input = analysisInput({
      accounts: [alice],
      events: [
        signIn(alice, '2024-04-25T00:00:00Z', { result: 'failure' }),
        signIn(alice, '2024-04-26T00:00:00Z', { result: 'interrupted' }),
        signIn(alice, '2024-04-27T00:00:00Z', { category: 'audit' })
      ]
    });
    expect(effectiveLastSignIn(input).get(alice.id)).toBe('2024-03-01T10:00:00Z');
  });
});
