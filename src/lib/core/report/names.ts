/** Names for the identities the report mentions, collected so pseudonymisation finds them all. */
import { identityDirectory } from '../export/directory';
import type { IdentityRef } from '../export/directory';
import type { RecordSet } from '../model';

/** Examples of affected identities printed per finding or action. */
export const EXAMPLES = 5;

export interface Namer {
  /** The printed name of a record id; remembers the identity for pseudonymisation. */
  name(id: string): string;
  /** Up to `EXAMPLES` names, sorted, with "and N more" when there are more. */
  examples(ids: readonly string[], limit?: number): string[];
  /** Every identity named so far. */
  mentioned(): IdentityRef[];
}

/** A namer over the records of one assessment. */
export function namer(records: Partial<RecordSet>): Namer {
  const dir = identityDirectory(records);
  const seen = new Map<string, IdentityRef>();
  const remember = (id: string): IdentityRef => {
    const ref = dir.get(id) ?? { id, label: id, name: id, kind: 'other' as const };
    seen.set(id, ref);
    if (ref.ownerId) {
      const owner = dir.get(ref.ownerId);
      if (owner) seen.set(owner.id, owner);
    }
    return ref;
  };
  return {
    name: (id) => remember(id).label,
    examples(ids, limit = EXAMPLES) {
      // Code-point order, not locale order: the same report on every machine.
      const labelled = [...new Set(ids)]
        .map((id) => ({ id, label: dir.get(id)?.label ?? id }))
        .sort((a, b) => (a.label < b.label ? -1 : a.label > b.label ? 1 : 0));
      const shown = labelled.slice(0, limit).map((x) => remember(x.id).label);
      return labelled.length > limit ? [...shown, `and ${labelled.length - limit} more`] : shown;
    },
    mentioned: () => [...seen.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
  };
}
