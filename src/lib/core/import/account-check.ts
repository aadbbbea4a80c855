/**
 * A quick test that an account certainly passes `accountSchema`. zod costs about a microsecond
 * per account, a tenth of a 100k-user import; this plain check accepts what the schema accepts
 * for the shapes importers build, and anything it is not sure of goes to zod, so the verdict
 * and the rejection messages stay the schema's.
 */
import { ACCOUNT_KINDS, AUTH_METHODS, SYSTEMS } from '../model';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,3})?Z$/;
const SYSTEM_SET = new Set<unknown>(SYSTEMS);
const KIND_SET = new Set<unknown>(ACCOUNT_KINDS);
const METHOD_SET = new Set<unknown>(AUTH_METHODS);

function isPlain(value: unknown): value is Record<string, unknown> {
  return (
    typeof value === 'object' && value !== null && Object.getPrototypeOf(value) === Object.prototype
  );
}

const optionalText = (v: unknown) => v === undefined || typeof v === 'string';
const optionalFlag = (v: unknown) => v === undefined || typeof v === 'boolean';
const optionalDate = (v: unknown) => v === undefined || (typeof v === 'string' && ISO_DATE.test(v));

function textList(v: unknown): boolean {
  if (!Array.isArray(v)) return false;
  for (const item of v) if (typeof item !== 'string') return false;
  return true;
}

function linkOk(v: unknown): boolean {
  if (v === undefined) return true;
  if (!isPlain(v)) return false;
  return (
    optionalText(v.onPremSam) &&
    optionalText(v.onPremImmutableId) &&
    optionalText(v.sid) &&
    (v.proxyAddresses === undefined || textList(v.proxyAddresses))
  );
}

function attrsOk(v: unknown): boolean {
  if (v === undefined) return true;
  if (!isPlain(v)) return false;
  for (const key of Reflect.ownKeys(v)) {
    if (typeof key !== 'string') return false;
    const value = v[key];
    const ok =
      typeof value === 'string' ||
      typeof value === 'boolean' ||
      (typeof value === 'number' && Number.isFinite(value));
    if (!ok) return false;
  }
  return true;
}

function methodsOk(v: unknown): boolean {
  if (v === undefined) return true;
  if (!Array.isArray(v)) return false;
  for (const item of v) if (!METHOD_SET.has(item)) return false;
  return true;
}

/** True only when `accountSchema.safeParse(a)` would succeed; false means "ask the schema". */
export function surelyValidAccount(a: unknown): boolean {
  if (!isPlain(a)) return false;
  return (
    typeof a.id === 'string' &&
    a.id.length > 0 &&
    SYSTEM_SET.has(a.system) &&
    typeof a.nativeId === 'string' &&
    a.nativeId.length > 0 &&
    typeof a.name === 'string' &&
    optionalText(a.upn) &&
    optionalText(a.email) &&
    optionalText(a.login) &&
    KIND_SET.has(a.kind) &&
    optionalFlag(a.enabled) &&
    optionalDate(a.created) &&
    optionalDate(a.lastSignIn) &&
    optionalDate(a.passwordLastSet) &&
    optionalFlag(a.passwordNeverExpires) &&
    optionalFlag(a.mfaRegistered) &&
    methodsOk(a.mfaMethods) &&
    optionalText(a.owner) &&
    linkOk(a.link) &&
    attrsOk(a.attrs) &&
    optionalFlag(a.primary)
  );
}
