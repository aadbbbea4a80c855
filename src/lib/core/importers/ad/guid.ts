/**
 * Entra Connect's `onPremisesImmutableId` is, by default, the base64 of the objectGUID's bytes
 * in .NET order (the first three fields little-endian). Computing it lets an AD account meet
 * its Entra account in identity resolution.
 */

const GUID = /^\{?([0-9a-f]{8})-([0-9a-f]{4})-([0-9a-f]{4})-([0-9a-f]{4})-([0-9a-f]{12})\}?$/i;

function hexBytes(hex: string): number[] {
  const out: number[] = [];
  for (let i = 0; i < hex.length; i += 2) out.push(parseInt(hex.slice(i, i + 2), 16));
  return out;
}

/** The immutable id of a GUID string (`7d3c…-…`), or undefined when it is not a GUID. */
export function immutableIdOfGuid(guid: string | undefined): string | undefined {
  const m = guid ? GUID.exec(guid.trim()) : null;
  if (!m) return undefined;
  const bytes = [
    ...hexBytes(m[1]).reverse(),
    ...hexBytes(m[2]).reverse(),
    ...hexBytes(m[3]).reverse(),
    ...hexBytes(m[4]),
    ...hexBytes(m[5])
  ];
  return btoa(String.fromCharCode(...bytes));
}
