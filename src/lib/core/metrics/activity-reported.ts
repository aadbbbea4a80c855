/**
 * Whether a system's exports report activity at all. "Never signed in" is a claim only where
 * they do: an Entra users CSV without sign-in columns, or service principals in an export
 * that carries user sign-ins only, would otherwise make every account look never used.
 */
import { perRecords } from '../analysis/per-records';
import { accountsById } from '../findings/lookup';
import type { AnalysisInput } from '../findings/types';
import { SYSTEMS, type Account, type System } from '../model';

/** Formats that report the last use of every account and key they list, even when empty. */
const ACTIVITY_FORMATS: Readonly<Record<string, System>> = {
  'aws-credential-report': 'aws',
  'aws-credential-report-json': 'aws'
};

function classNames(system: string): { service: string; person: string } {
  return { service: `${system}:service`, person: `${system}:person` };
}

// Written once: the class of every account of the tenant is looked up several times.
const CLASS_NAMES = new Map(SYSTEMS.map((s) => [s as string, classNames(s)]));

/** Activity is reported per system and per class: people sign in, services use keys. */
function activityClass(account: Pick<Account, 'system' | 'kind'>): string {
  const names = CLASS_NAMES.get(account.system) ?? classNames(account.system);
  return account.kind === 'service' ? names.service : names.person;
}

/** A test for "does this account's source report activity?". */
export function activityReporter(input: AnalysisInput): (account: Account) => boolean {
  const key = `activityReporter|${input.formats.join(',')}`;
  const reported = perRecords(input.records, key, () => reportingClasses(input));
  return (account) => reported.has(activityClass(account));
}

/** The classes (`system:person`, `system:service`) whose activity some import reports. */
function reportingClasses(input: AnalysisInput): Set<string> {
  const reported = new Set<string>();
  const byId = accountsById(input);
  for (const system of input.formats.map((f) => ACTIVITY_FORMATS[f]).filter(Boolean)) {
    reported.add(`${system}:service`).add(`${system}:person`);
  }
  for (const account of input.records.accounts) {
    if (account.lastSignIn) reported.add(activityClass(account));
  }
  for (const event of input.records.events) {
    if (event.category !== 'signin' || !event.actorId) continue;
    const actor = byId.get(event.actorId);
    if (actor) reported.add(activityClass(actor));
  }
  for (const credential of input.records.credentials) {
    const owner = byId.get(credential.ownerId);
    if (owner && credential.lastUsed) reported.add(activityClass(owner));
  }
  return reported;
}
