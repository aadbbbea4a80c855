/**
 * Facts derived from one merged record set that many rules, KPIs and charts read (accounts by
 * id, each account's last sign-in, its dormancy, how records are named). On a tenant of tens
 * of thousands of accounts, rebuilding each of them in every rule cost seconds, so they are
 * computed once per record set and shared.
 *
 * Keyed on the record set's identity: records are not changed once merged, and each analysis
 * merges afresh, so a new import never sees facts of the old records. `key` must name every
 * other input the fact depends on (the as-of date, a threshold, …).
 */
const cache = new WeakMap<object, Map<string, unknown>>();

/** The fact `key` of `records`, computed by `compute` the first time it is asked for. */
export function perRecords<T>(records: object, key: string, compute: () => T): T {
  let facts = cache.get(records);
  if (!facts) cache.set(records, (facts = new Map()));
  if (facts.has(key)) return facts.get(key) as T;
  const value = compute();
  facts.set(key, value);
  return value;
}
