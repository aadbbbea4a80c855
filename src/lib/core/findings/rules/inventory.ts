/** Inventory rules (area INV): identities nobody answers for. */
import { isEnabled } from '../../metrics/account-state';
import { NEEDS_AUTHORITATIVE_DIRECTORY, NEEDS_HUMAN_ACCOUNTS } from '../../metrics/needs';
import { authoritativeSystem } from '../../identity/resolve';
import type { Account } from '../../model';
import { SYSTEM_LABELS } from '../../model';
import { nameAccount } from '../describe';
import { accountsById } from '../lookup';
import type { Rule } from '../types';
import { notAssessed, verdict } from '../verdict';

const NEEDS_OWNERS =
  'an export that names the owners of service accounts (for example Entra applications and ' +
  'service principals with their owners)';

export const orphanAccounts: Rule = {
  id: 'ZTW-INV-001',
  severity: 'high',
  title: 'Human accounts with no person in the authoritative directory',
  why:
    'An account that matches nobody in the directory usually belongs to a leaver or to no ' +
    'one at all; it escapes joiner-mover-leaver processes and keeps its access.',
  remediation:
    'Confirm who owns each account; link it to its person or disable it. Provision accounts ' +
    'from the directory so that leaving the company ends every account.',
  step: 1,
  ztmm: 'Identity Stores',
  attack: 'T1078',
  needs: NEEDS_AUTHORITATIVE_DIRECTORY,
  evaluate(input) {
    const authority = authoritativeSystem(input.records.accounts);
    if (!authority) return notAssessed(NEEDS_AUTHORITATIVE_DIRECTORY);
    if (input.persons.length === 0) return notAssessed(NEEDS_HUMAN_ACCOUNTS);
    const byId = accountsById(input);
    const hits = input.persons
      .filter((p) => p.orphan)
      .flatMap((p) => p.accountIds.map((id) => byId.get(id)))
      .filter((a): a is Account => a !== undefined && isEnabled(a))
      .map((a) => ({
        id: a.id,
        evidence: `${nameAccount(a)}: no matching account in ${SYSTEM_LABELS[authority]}, the authoritative directory`
      }));
    return verdict(hits);
  }
};

export const serviceAccountsWithoutOwner: Rule = {
  id: 'ZTW-INV-002',
  severity: 'medium',
  title: 'Service accounts without an owner',
  why:
    'Nobody reviews, rotates or retires a non-human identity that nobody owns; such accounts ' +
    'pile up with standing access and old secrets.',
  remediation:
    'Give every service account a named owner (a person and a team), recorded in the ' +
    'directory, and review ownership when people move or leave.',
  step: 1,
  ztmm: 'Governance',
  attack: 'T1078',
  needs: NEEDS_OWNERS,
  evaluate(input) {
    const services = input.records.accounts.filter((a) => a.kind === 'service' && isEnabled(a));
    // An export either names owners or does not: judge only systems where some service
    // account has one, so that a format without the column is not read as "no owner".
    const reporting = new Set(services.filter((a) => a.owner).map((a) => a.system));
    if (reporting.size === 0) return notAssessed(NEEDS_OWNERS);
    const hits = services
      .filter((a) => reporting.has(a.system) && !a.owner)
      .map((a) => ({ id: a.id, evidence: `${nameAccount(a)}: service account with no owner` }));
    const unjudged = [...new Set(services.map((a) => a.system))].filter((s) => !reporting.has(s));
    const notes = unjudged.map(
      (s) => `${SYSTEM_LABELS[s]}: the imported exports name no owners, so it was not judged.`
    );
    return verdict(hits, notes);
  }
};

export const inventoryRules: Rule[] = [orphanAccounts, serviceAccountsWithoutOwner];
