/**
 * One row of Entra's user registration details (Graph `userRegistrationDetails`, or its CSV
 * download) as an Account that enriches the users export: MFA state and typed methods. It is
 * not primary (SPEC §3 merge rule), but carries name, UPN and kind so that it stands alone when
 * no users file was imported. Disabled users are absent from this report (Microsoft: the API
 * does not return them), so `enabled` is left unknown.
 */
import { bool, list } from '../../decode/values';
import type { Account } from '../../model';
import { NOT_MFA } from '../../model';
import { typeMethods } from './auth-methods';
import { isGuid, objectKey, userId } from './ids';

export interface RegistrationFields {
  id?: string;
  upn?: string;
  displayName?: string;
  userType?: string;
  isAdmin?: unknown;
  isMfaRegistered?: unknown;
  isMfaCapable?: unknown;
  isPasswordlessCapable?: unknown;
  isSsprRegistered?: unknown;
  /** An array (JSON), or a cell listing names separated by `,`, `;` or `|`. */
  methodsRegistered?: unknown;
  defaultMfaMethod?: string;
}

export type RegistrationResult =
  | { account: Account; unknownMethods: string[]; unreadableMethods: boolean }
  | { rejected: { column: string; reason: string } };

const TYPE_NAME = /^System\.[A-Za-z.]+\[\]$/;

function methodNames(raw: unknown): { names: unknown[]; unreadable: boolean } {
  if (raw === undefined) return { names: [], unreadable: true };
  if (typeof raw === 'string' && TYPE_NAME.test(raw.trim())) return { names: [], unreadable: true };
  const names = list<unknown>(raw).flatMap((item) =>
    typeof item === 'string' && !item.trim().startsWith('[') ? item.split(/[;,|]/) : [item]
  );
  return { names, unreadable: false };
}

function flags(f: RegistrationFields): Account['attrs'] {
  const attrs: NonNullable<Account['attrs']> = {};
  const pairs: [string, unknown][] = [
    ['isAdmin', f.isAdmin],
    ['isMfaCapable', f.isMfaCapable],
    ['isPasswordlessCapable', f.isPasswordlessCapable],
    ['isSsprRegistered', f.isSsprRegistered]
  ];
  for (const [key, raw] of pairs) {
    const value = bool(raw);
    if (value !== undefined) attrs[key] = value;
  }
  if (f.defaultMfaMethod) attrs.defaultMfaMethod = f.defaultMfaMethod;
  return Object.keys(attrs).length > 0 ? attrs : undefined;
}

/** The Account of one registration record, or why it cannot be one. */
export function registrationAccount(f: RegistrationFields): RegistrationResult {
  if (!f.id) return { rejected: { column: 'id', reason: 'no user object id' } };
  if (!isGuid(f.id)) {
    return { rejected: { column: 'id', reason: `object id "${f.id}" is not a GUID` } };
  }

  const { names, unreadable } = methodNames(f.methodsRegistered);
  const { methods, unknown } = typeMethods(names);
  const account: Account = {
    id: userId(f.id),
    system: 'entra',
    nativeId: objectKey(f.id),
    name: f.displayName ?? f.upn ?? objectKey(f.id),
    // Registration details write `member` / `guest` in lower case.
    kind: f.userType?.toLowerCase() === 'guest' ? 'guest' : 'human',
    primary: false
  };
  if (f.upn) account.upn = f.upn;
  if (!unreadable) account.mfaMethods = methods;

  // SPEC §5: MFA state is isMfaRegistered. Without the flag, a registered second factor says it.
  const registered = bool(f.isMfaRegistered);
  if (registered !== undefined) account.mfaRegistered = registered;
  else if (!unreadable) account.mfaRegistered = methods.some((m) => !NOT_MFA.includes(m));

  const attrs = flags(f);
  if (attrs) account.attrs = attrs;
  return {
    account,
    unknownMethods: unknown,
    unreadableMethods: unreadable && f.methodsRegistered !== undefined
  };
}
