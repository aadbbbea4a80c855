/** Distinguished names as AD exports write them (`CN=Smith\, Ann,OU=Staff,DC=corp,DC=example`). */

/** Splits a DN into its RDNs, honouring backslash escapes (`\,` is part of a value). */
function rdns(dn: string): string[] {
  const parts: string[] = [];
  let current = '';
  for (let i = 0; i < dn.length; i++) {
    const ch = dn[i];
    if (ch === '\\' && i + 1 < dn.length) {
      current += ch + dn[i + 1];
      i++;
    } else if (ch === ',') {
      parts.push(current.trim());
      current = '';
    } else current += ch;
  }
  if (current.trim()) parts.push(current.trim());
  return parts;
}

/** Undoes DN escaping: `\,` is a comma, and `\C3\A9` are UTF-8 bytes (RFC 4514). */
function unescape(value: string): string {
  return value
    .replace(/(?:\\[0-9a-fA-F]{2})+/g, (run) => {
      const bytes = run.match(/[0-9a-fA-F]{2}/g)?.map((h) => parseInt(h, 16)) ?? [];
      return new TextDecoder().decode(new Uint8Array(bytes));
    })
    .replace(/\\(.)/g, '$1');
}

/** The value of the first RDN (the CN of a user or group), unescaped, or undefined. */
export function cnOfDn(dn: string): string | undefined {
  const first = rdns(dn)[0];
  const eq = first?.indexOf('=') ?? -1;
  if (!first || eq < 1) return undefined;
  const value = unescape(first.slice(eq + 1).trim());
  return value || undefined;
}

/** The DNS domain of a DN from its `DC=` parts (`DC=corp,DC=example` → `corp.example`). */
export function domainOfDn(dn: string): string | undefined {
  const dcs = rdns(dn)
    .filter((r) => /^dc=/i.test(r))
    .map((r) => r.slice(3));
  return dcs.length > 0 ? dcs.join('.').toLowerCase() : undefined;
}

/** True when the DN lies under a container named `name` (`CN=Managed Service Accounts`). */
export function isUnder(dn: string, name: string): boolean {
  return rdns(dn)
    .slice(1)
    .some((r) => unescape(r).toLowerCase() === `cn=${name.toLowerCase()}`);
}

/**
 * The DNs of a multi-valued cell. Scripts join `MemberOf` with `;` (a DN's own `;` is escaped
 * as `\;`), with newlines, or with `|`; a single DN comes alone.
 */
export function splitDnList(cell: string): string[] {
  return cell
    .split(/(?<!\\)[;|\r\n]+/)
    .map((d) => d.trim())
    .filter((d) => /^[a-z]+=/i.test(d));
}
