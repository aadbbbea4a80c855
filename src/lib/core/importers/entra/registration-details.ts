/**
 * Entra user registration details as Graph JSON:
 * `GET /reports/authenticationMethods/userRegistrationDetails` (Graph Explorer's
 * `{ value: [...] }`, a bare array, or PowerShell's PascalCase `ConvertTo-Json`).
 */
import type { RejectedRow } from '../../assessment';
import { latest, readDate } from '../../decode/dates';
import { prop, text } from '../../decode/values';
import type { Account } from '../../model';
import { emptyRecordSet } from '../../model';
import type { Detection, ImportOutput, JsonImporter } from '../types';
import { graphCollection, hasAny, sampleMatch } from './graph-collection';
import { registrationAccount, type RegistrationFields } from './registration-account';
import { WarningTally } from './tally';

function looksLikeRegistration(item: Record<string, unknown>): boolean {
  return (
    hasAny(item, 'id') &&
    hasAny(item, 'userPrincipalName') &&
    (hasAny(item, 'methodsRegistered') || hasAny(item, 'isMfaRegistered'))
  );
}

function detect(value: unknown): Detection | null {
  const collection = graphCollection(value);
  if (!collection || collection.items.length === 0) return null;
  const { matched, seen } = sampleMatch(collection.items, looksLikeRegistration);
  if (matched < seen) return null;
  const context = collection.context.includes('userregistrationdetails');
  return {
    confidence: context ? 0.97 : 0.93,
    evidence: `Entra user registration details: ${
      context ? '@odata.context is userRegistrationDetails, ' : ''
    }items have userPrincipalName, isMfaRegistered, methodsRegistered`
  };
}

function str(item: unknown, ...names: string[]): string | undefined {
  return text(prop(item, ...names));
}

/** The registration fields of one Graph item. */
export function registrationFieldsOf(item: Record<string, unknown>): RegistrationFields {
  return {
    id: str(item, 'id'),
    upn: str(item, 'userPrincipalName'),
    displayName: str(item, 'userDisplayName'),
    userType: str(item, 'userType'),
    isAdmin: prop(item, 'isAdmin'),
    isMfaRegistered: prop(item, 'isMfaRegistered'),
    isMfaCapable: prop(item, 'isMfaCapable'),
    isPasswordlessCapable: prop(item, 'isPasswordlessCapable'),
    isSsprRegistered: prop(item, 'isSsprRegistered'),
    methodsRegistered: prop(item, 'methodsRegistered'),
    defaultMfaMethod: str(item, 'defaultMfaMethod', 'userPreferredMethodForSecondaryAuthentication')
  };
}

/** Collects registration accounts with their rejections and warnings, for JSON and CSV. */
export class RegistrationCollector {
  private readonly accounts = new Map<string, { account: Account; where: string }>();
  readonly rejected: RejectedRow[] = [];
  private readonly tally = new WarningTally();
  private updated: string | undefined;

  /** Adds one record; `line` is the file line (CSV) or 0 (JSON), `where` names it for people. */
  add(fields: RegistrationFields, line: number, where: string, lastUpdated?: unknown): void {
    const result = registrationAccount(fields);
    if ('rejected' in result) {
      const reason = line > 0 ? result.rejected.reason : `${where}: ${result.rejected.reason}`;
      this.rejected.push({ line, column: result.rejected.column, reason });
      return;
    }
    const seen = this.accounts.get(result.account.id);
    if (seen) {
      this.rejected.push({
        line,
        column: 'id',
        reason: `${where}: the same user as ${seen.where}`
      });
      return;
    }
    this.accounts.set(result.account.id, { account: result.account, where });
    for (const name of result.unknownMethods) {
      this.tally.add(`method "${name}" is not one this workbook knows and was left out`, where);
    }
    if (result.unreadableMethods) {
      this.tally.add('methodsRegistered holds a type name instead of method names', where);
    }
    const read = readDate(lastUpdated);
    if ('iso' in read) this.updated = latest(this.updated, read.iso);
  }

  /** The import output: the report's newest `lastUpdatedDateTime` is when it was produced. */
  output(): ImportOutput {
    const records = emptyRecordSet();
    records.accounts = [...this.accounts.values()].map((a) => a.account);
    return {
      records,
      rejected: this.rejected,
      warnings: this.tally.messages(),
      exportedAt: this.updated
    };
  }
}

function parse(value: unknown): ImportOutput {
  const collector = new RegistrationCollector();
  const items = graphCollection(value)?.items ?? [];
  items.forEach((item, index) => {
    collector.add(
      registrationFieldsOf(item),
      0,
      `item ${index + 1}`,
      prop(item, 'lastUpdatedDateTime')
    );
  });
  return collector.output();
}

export const entraRegistrationDetails: JsonImporter = {
  id: 'entra-registration-details',
  label: 'Entra ID user registration details (Graph JSON)',
  system: 'entra',
  input: 'json',
  detect,
  parse
};
