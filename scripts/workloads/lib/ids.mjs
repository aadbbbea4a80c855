/** Identifiers in each vendor's own shape, drawn from a seeded source. */

/** AWS unique ids: a four-letter type prefix and 17 base-32 characters (AIDA user, AROA role…). */
export function awsId(rng, prefix) {
  return prefix + rng.base32(17);
}

/** An AWS access key id: `AKIA` and 16 characters. */
export function accessKeyId(rng) {
  return 'AKIA' + rng.base32(16);
}

/** An Okta object id: a three-character type prefix (00u user) and 17 letters and digits. */
export function oktaId(rng, prefix) {
  return prefix + rng.alnum(20 - prefix.length);
}

/** A Google numeric id (users, service accounts): 21 digits, no leading zero. */
export function googleNumericId(rng) {
  return String(rng.int(1, 9)) + rng.digits(20);
}

function guidBytes(guid) {
  const h = guid.replaceAll('-', '');
  const bytes = [];
  for (let i = 0; i < 32; i += 2) bytes.push(parseInt(h.slice(i, i + 2), 16));
  // .NET's Guid.ToByteArray order: the first three groups are little-endian.
  return [
    bytes[3],
    bytes[2],
    bytes[1],
    bytes[0],
    bytes[5],
    bytes[4],
    bytes[7],
    bytes[6],
    ...bytes.slice(8)
  ];
}

/**
 * `onPremisesImmutableId` as Entra Connect sets it by default: the base64 of the AD objectGUID
 * bytes. Linking Entra users to AD users rests on this.
 */
export function immutableIdOf(objectGuid) {
  return Buffer.from(guidBytes(objectGuid)).toString('base64');
}

/**
 * A directory role assignment id as Graph shows it: base64url of the role template id and the
 * principal id bytes, then `-1`.
 */
export function roleAssignmentId(roleDefinitionId, principalId) {
  const bytes = Buffer.from([...guidBytes(roleDefinitionId), ...guidBytes(principalId)]);
  return bytes.toString('base64url') + '-1';
}
