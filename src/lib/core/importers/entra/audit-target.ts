/**
 * What an Entra audit record acted upon, for the event's `target`: the principal it names and,
 * for grants, the role, permission or credential given, written `name (privilege)` as the other
 * audit logs' events write it, so a reader sees who got what without opening the record.
 */
import { list, obj, prop, text } from '../../decode/values';

type Target = Record<string, unknown>;

/** Target types that are a principal: what gets a role, a permission or a credential. */
const PRINCIPAL_TYPES = ['user', 'serviceprincipal', 'group', 'application', 'device'];

/**
 * Modified properties that name what was granted: a directory role (`Add member to role`,
 * `Add eligible member to role`) or an app role, i.e. an API permission (`Add app role
 * assignment to service principal`, `… to user`). Listed in the order they are preferred.
 */
const GRANT_PROPERTIES = ['role.displayname', 'approle.value', 'approle.displayname'];

function typeOf(target: Target): string {
  return (text(prop(target, 'type')) ?? '').toLowerCase();
}

function nameOf(target: Target): string | undefined {
  return (
    text(prop(target, 'userPrincipalName')) ??
    text(prop(target, 'displayName')) ??
    text(prop(target, 'id'))
  );
}

/**
 * A modified property's new value. Entra writes values as JSON text (`"\"Global
 * Administrator\""`, `"[\"…\"]"`); the first string inside is the value meant.
 */
function newValueOf(target: Target, names: readonly string[]): string | undefined {
  const properties = list(prop(target, 'modifiedProperties')).map((p) => obj(p));
  for (const name of names) {
    const found = properties.find((p) => text(prop(p, 'displayName'))?.toLowerCase() === name);
    const raw = text(prop(found, 'newValue'));
    if (raw) return unquote(raw);
  }
  return undefined;
}

function unquote(raw: string): string | undefined {
  try {
    let value: unknown = JSON.parse(raw);
    while (Array.isArray(value)) value = value[0];
    return text(value);
  } catch {
    return raw;
  }
}

/**
 * The kind of credential a `KeyDescription` names: Entra writes
 * `[KeyIdentifier=…, KeyType=Password, KeyUsage=Verify, DisplayName=…]`.
 */
function credentialOf(targets: Target[]): string | undefined {
  for (const target of targets) {
    const description = newValueOf(target, ['keydescription']);
    const keyType = /KeyType=([A-Za-z0-9]+)/.exec(description ?? '')?.[1]?.toLowerCase();
    if (keyType === 'password') return 'client secret';
    if (keyType?.includes('cert')) return 'certificate';
    if (keyType) return `${keyType} key`;
  }
  return undefined;
}

/** What was granted, if the record says: a role, a permission, ownership or a credential. */
function privilegeOf(activity: string, targets: Target[], main: Target): string | undefined {
  const role = targets.find((t) => typeOf(t) === 'role');
  const roleName = role ? text(prop(role, 'displayName')) : undefined;
  if (roleName) return roleName;
  for (const target of targets) {
    const granted = newValueOf(target, GRANT_PROPERTIES);
    if (granted) return granted;
  }
  // `Add owner to application` / `… to service principal`: the owner is the first target,
  // the object owned another one.
  if (/\bowner\b/i.test(activity)) {
    const owned = targets.find(
      (t) => t !== main && ['application', 'serviceprincipal', 'group'].includes(typeOf(t))
    );
    const ownedName = owned ? nameOf(owned) : undefined;
    if (ownedName) return `owner of ${ownedName}`;
  }
  if (/credential|certificate|secret/i.test(activity)) return credentialOf(targets);
  return undefined;
}

/** The event target of an audit record's `targetResources`, or undefined when it names none. */
export function auditTargetOf(activity: string, targetResources: unknown): string | undefined {
  const targets = list(targetResources)
    .map((t) => obj(t))
    .filter((t): t is Target => t !== undefined);
  const main = targets.find((t) => PRINCIPAL_TYPES.includes(typeOf(t))) ?? targets[0];
  if (!main) return undefined;
  const name = nameOf(main);
  const privilege = privilegeOf(activity, targets, main);
  if (name && privilege) return `${name} (${privilege})`;
  return name ?? privilege;
}
