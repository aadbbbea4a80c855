/**
 * Reads IAM policy documents (identity and trust policies) into plain statements. The API
 * returns documents URL-encoded; the CLI and most tools decode them; both are accepted.
 */

export interface TrustPrincipals {
  /** `"Principal": "*"` or `{"AWS": "*"}`. */
  any: boolean;
  aws: string[];
  service: string[];
  federated: string[];
}

export interface Statement {
  effect: 'Allow' | 'Deny';
  sid?: string;
  /** Exactly one of actions / notActions is set (an empty list when the document has neither). */
  actions?: string[];
  notActions?: string[];
  resources?: string[];
  notResources?: string[];
  /** A Condition block is present: the statement may or may not apply. */
  conditional: boolean;
  principal?: TrustPrincipals;
  /** `NotPrincipal` in a trust policy: everyone except the listed principals. */
  notPrincipal?: boolean;
}

function strings(value: unknown): string[] | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.filter((v): v is string => typeof v === 'string');
  return undefined;
}

function readPrincipal(value: unknown): TrustPrincipals | undefined {
  if (value === undefined || value === null) return undefined;
  if (value === '*') return { any: true, aws: [], service: [], federated: [] };
  if (typeof value !== 'object') return undefined;
  const p = value as Record<string, unknown>;
  const aws = strings(p.AWS) ?? [];
  return {
    any: aws.includes('*'),
    aws: aws.filter((a) => a !== '*'),
    service: strings(p.Service) ?? [],
    federated: strings(p.Federated) ?? []
  };
}

/** Turns a document that may still be a (URL-encoded) JSON string into an object. */
export function decodeDocument(doc: unknown): unknown {
  if (typeof doc !== 'string') return doc;
  let text = doc.trim();
  if (text.startsWith('%7B') || text.startsWith('%7b')) {
    try {
      text = decodeURIComponent(text);
    } catch {
      return undefined;
    }
  }
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/** The statements of a policy document; malformed statements are skipped. */
export function parseStatements(doc: unknown): Statement[] {
  const value = decodeDocument(doc);
  if (!value || typeof value !== 'object') return [];
  const raw = (value as Record<string, unknown>).Statement;
  const list = Array.isArray(raw) ? raw : raw && typeof raw === 'object' ? [raw] : [];
  const out: Statement[] = [];
  for (const item of list) {
    if (!item || typeof item !== 'object') continue;
    const s = item as Record<string, unknown>;
    const effect = s.Effect === 'Deny' ? 'Deny' : s.Effect === 'Allow' ? 'Allow' : undefined;
    if (!effect) continue;
    const notActions = strings(s.NotAction);
    const notResources = strings(s.NotResource);
    const condition = s.Condition;
    out.push({
      effect,
      sid: typeof s.Sid === 'string' ? s.Sid : undefined,
      actions: notActions ? undefined : (strings(s.Action) ?? []),
      notActions,
      resources: notResources ? undefined : (strings(s.Resource) ?? []),
      notResources,
      conditional:
        !!condition && typeof condition === 'object' && Object.keys(condition).length > 0,
      principal: readPrincipal(s.Principal ?? s.NotPrincipal),
      notPrincipal: s.NotPrincipal !== undefined ? true : undefined
    });
  }
  return out;
}
