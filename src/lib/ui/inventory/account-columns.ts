/** The columns of the account inventory (the list, in its order). */
import type { AccountRow } from '$lib/core/analysis/result';
import { SYSTEM_LABELS } from '$lib/core/model';
import { day, timeOf, flagTone, yesNo, type ColumnDef } from './columns';
import { personHref } from './links';

/** The sign-in name where it differs from the display name. */
export function loginOf(a: AccountRow): string {
  return a.upn ?? a.email ?? a.login ?? '';
}

/** MFA state; "unknown" when the source does not report it (AD, Okta without factors). */
export function mfaState(a: AccountRow): string {
  return yesNo(a.mfaRegistered);
}

/** Registered methods; '' when none, "unknown" when the source gives no method types. */
export function mfaMethods(a: AccountRow): string {
  return a.mfaMethods === undefined ? 'unknown' : a.mfaMethods.join(', ');
}

/** The account columns; person cells link to the person view of that assessment. */
export function accountColumns(assessmentId: string): ColumnDef<AccountRow>[] {
  return [
    { id: 'name', label: 'Account', text: (a) => a.name, filter: 'text', width: 8.5 },
    { id: 'login', label: 'Sign-in name', text: loginOf, filter: 'text', width: 10 },
    {
      id: 'person',
      label: 'Person',
      text: (a) => a.personName ?? '',
      filter: 'text',
      width: 8,
      href: (a) => (a.personId ? personHref(assessmentId, a.id) : undefined)
    },
    {
      id: 'source',
      label: 'Source',
      text: (a) => SYSTEM_LABELS[a.system] ?? a.system,
      filter: 'choice',
      width: 8.5
    },
    { id: 'kind', label: 'Kind', text: (a) => a.kind, filter: 'choice', width: 5.5 },
    {
      id: 'enabled',
      label: 'Enabled',
      text: (a) => yesNo(a.enabled),
      filter: 'choice',
      width: 6
    },
    {
      id: 'created',
      label: 'Created',
      text: (a) => day(a.created),
      sort: (a) => timeOf(a.created),
      filter: 'text',
      width: 7
    },
    {
      id: 'lastSignIn',
      label: 'Last sign-in',
      text: (a) => day(a.lastActivity),
      sort: (a) => timeOf(a.lastActivity),
      filter: 'text',
      width: 7
    },
    { id: 'mfa', label: 'MFA', text: mfaState, filter: 'choice', width: 6 },
    { id: 'methods', label: 'MFA methods', text: mfaMethods, filter: 'text', width: 7 },
    {
      id: 'privileged',
      label: 'Privileged',
      text: (a) => (a.privileged ? 'yes' : 'no'),
      filter: 'choice',
      width: 7,
      tone: flagTone
    },
    {
      id: 'credentials',
      label: 'Credentials',
      text: (a) => String(a.credentialCount),
      sort: (a) => a.credentialCount,
      exported: (a) => a.credentialCount,
      filter: 'choice',
      width: 8
    },
    { id: 'owner', label: 'Owner', text: (a) => a.owner ?? '', filter: 'text', width: 7 }
  ];
}

/** What the search finds beyond the cells: ids, e-mail and login when the UPN is shown. */
export function accountSearchExtra(a: AccountRow): string {
  return `${a.id} ${a.nativeId} ${a.email ?? ''} ${a.login ?? ''}`;
}
