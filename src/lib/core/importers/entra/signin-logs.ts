/**
 * Entra sign-in logs as JSON: Graph `/auditLogs/signIns` (`{ value: [...] }`), the Sentinel
 * `SigninLogs` table saved as JSON (PascalCase, nested columns as objects or JSON text), and
 * diagnostic-settings records (`{ records: [...] }` or NDJSON) with the sign-in in `properties`.
 */
import { prop, obj, text } from '../../decode/values';
import type { SignInEvent } from '../../model';
import { emptyRecordSet } from '../../model';
import type { Detection, ImportOutput, JsonImporter } from '../types';
import { graphCollection, hasAny, sampleMatch } from './graph-collection';
import { mergeSignIns, nested, signInEvent, type SignInFields } from './signin-event';

/** Diagnostic-settings categories that carry sign-ins. */
const DIAGNOSTIC =
  /^(signinlogs|noninteractiveusersigninlogs|serviceprincipalsigninlogs|managedidentitysigninlogs)$/i;

function itemsOf(value: unknown): { items: Record<string, unknown>[]; context: string } {
  const records = prop(obj(value), 'records');
  if (Array.isArray(records)) return graphCollection(records) ?? { items: [], context: '' };
  return graphCollection(value) ?? { items: [], context: '' };
}

/** A diagnostic record's sign-in is its `properties`; other shapes are the sign-in itself. */
function signInOf(item: Record<string, unknown>): {
  sign: Record<string, unknown>;
  outer?: Record<string, unknown>;
} {
  const properties = obj(prop(item, 'properties'));
  const category = text(prop(item, 'category'));
  return properties && category && DIAGNOSTIC.test(category)
    ? { sign: properties, outer: item }
    : { sign: item };
}

function looksLikeSignIn(item: Record<string, unknown>): boolean {
  const { sign, outer } = signInOf(item);
  const timed = hasAny(sign, 'createdDateTime', 'TimeGenerated') || hasAny(outer, 'time');
  return (
    timed &&
    hasAny(sign, 'ipAddress') &&
    hasAny(sign, 'status', 'ResultType') &&
    hasAny(sign, 'userPrincipalName', 'userId', 'appId', 'servicePrincipalId')
  );
}

function detect(value: unknown): Detection | null {
  const { items, context } = itemsOf(value);
  if (items.length === 0) return null;
  const { matched, seen } = sampleMatch(items, looksLikeSignIn);
  if (matched < seen) return null;
  const graph = context.includes('auditlogs/signins');
  return {
    confidence: graph ? 0.97 : 0.93,
    evidence: `Entra sign-in logs: ${graph ? '@odata.context is auditLogs/signIns, ' : ''}items have a time, ipAddress, status and the user or app`
  };
}

function str(item: unknown, ...names: string[]): string | undefined {
  return text(prop(item, ...names));
}

/** The sign-in fields of a Graph, Sentinel or diagnostic JSON record. */
export function signInFieldsOf(item: Record<string, unknown>): SignInFields {
  const { sign, outer } = signInOf(item);
  // Sentinel JSON may hold nested columns as objects or as their JSON text.
  const status = obj(nested(prop(sign, 'status')));
  return {
    id: str(sign, 'id'),
    correlationId: str(sign, 'correlationId'),
    time: prop(sign, 'createdDateTime'),
    loggedTime: prop(sign, 'TimeGenerated') ?? prop(outer, 'time'),
    userId: str(sign, 'userId'),
    upn: str(sign, 'userPrincipalName'),
    userName: str(sign, 'userDisplayName'),
    servicePrincipalId: str(sign, 'servicePrincipalId'),
    servicePrincipalName: str(sign, 'servicePrincipalName'),
    ip: str(sign, 'ipAddress'),
    location: prop(sign, 'LocationDetails') ?? prop(sign, 'location'),
    locationText: typeof prop(sign, 'location') === 'string' ? str(sign, 'location') : undefined,
    latitude: prop(sign, 'Latitude'),
    longitude: prop(sign, 'Longitude'),
    errorCode: prop(sign, 'ResultType') ?? prop(status, 'errorCode'),
    app: str(sign, 'appDisplayName'),
    clientApp: str(sign, 'clientAppUsed'),
    protocol: str(sign, 'authenticationProtocol'),
    userAgent: str(sign, 'userAgent'),
    authenticationRequirement: str(sign, 'authenticationRequirement'),
    authenticationDetails: prop(sign, 'authenticationDetails'),
    mfaDetail: prop(sign, 'mfaDetail')
  };
}

/** Collects sign-in events, merging repeats of one sign-in, for the JSON and CSV readers. */
export class SignInCollector {
  private readonly events = new Map<string, SignInEvent>();
  readonly rejected: ImportOutput['rejected'] = [];
  private repeats = 0;

  /** Adds one record; `line` is the file line (CSV) or 0 (JSON), `where` names it for people. */
  add(fields: SignInFields, line: number, where: string): void {
    const result = signInEvent(fields);
    if ('rejected' in result) {
      const reason = line > 0 ? result.rejected.reason : `${where}: ${result.rejected.reason}`;
      this.rejected.push({ line, column: result.rejected.column, reason });
      return;
    }
    const seen = this.events.get(result.event.id);
    if (seen) this.repeats++;
    this.events.set(result.event.id, seen ? mergeSignIns(seen, result.event) : result.event);
  }

  /** The import output, with one warning counting the repeats that were joined. */
  output(): ImportOutput {
    const records = emptyRecordSet();
    records.events = [...this.events.values()];
    const warnings =
      this.repeats > 0
        ? [
            `${this.repeats} records repeat a sign-in already read (same id); each pair was joined into one event.`
          ]
        : [];
    return { records, rejected: this.rejected, warnings };
  }
}

function parse(value: unknown): ImportOutput {
  const collector = new SignInCollector();
  itemsOf(value).items.forEach((item, index) =>
    collector.add(signInFieldsOf(item), 0, `item ${index + 1}`)
  );
  return collector.output();
}

export const entraSignInLogs: JsonImporter = {
  id: 'entra-signin-logs',
  label: 'Entra ID sign-in logs (Graph, Sentinel or diagnostic JSON)',
  system: 'entra',
  input: 'json',
  detect,
  parse
};
