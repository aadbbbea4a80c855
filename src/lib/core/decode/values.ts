/** Cell and JSON values as real exports write them: placeholders, string booleans, and
 * PowerShell's habit of collapsing one-item arrays into the item. */

const PLACEHOLDERS = new Set([
  'n/a',
  'no_information',
  'not_supported',
  'null',
  'undefined',
  '[]',
  '{}',
  '-',
  ''
]);

const PLACEHOLDER_STARTS = new Set(
  [...PLACEHOLDERS].filter((p) => p !== '').map((p) => p.charCodeAt(0) | 0x20)
);

/** True for the strings that mean "no value" (`N/A`, `no_information`, `"null"`, `[]`…). */
export function isPlaceholder(value: string): boolean {
  // The longest placeholder has 14 letters; most cells are longer and need no lower-casing.
  if (value.length > 20) return false;
  const trimmed = value.trim();
  if (trimmed === '') return true;
  // Every placeholder starts with one of these letters: skip the rest without lower-casing.
  if (!PLACEHOLDER_STARTS.has(trimmed.charCodeAt(0) | 0x20)) return false;
  return PLACEHOLDERS.has(trimmed.toLowerCase());
}

/** A trimmed string, or undefined for empty values and placeholders. */
export function text(value: unknown): string | undefined {
  if (value === null || value === undefined) return undefined;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (typeof value !== 'string') return undefined;
  const trimmed = value.trim();
  return isPlaceholder(trimmed) ? undefined : trimmed;
}

const TRUE = new Set(['true', 'yes', 'y', '1', 'enabled', 'on']);
const FALSE = new Set(['false', 'no', 'n', '0', 'disabled', 'off']);

/** A boolean from `true`/`True`/`"false"`/`Yes`/1…, or undefined when absent or unclear. */
export function bool(value: unknown): boolean | undefined {
  if (typeof value === 'boolean') return value;
  if (typeof value === 'number') return value !== 0;
  const t = text(value)?.toLowerCase();
  if (t === undefined) return undefined;
  if (TRUE.has(t)) return true;
  if (FALSE.has(t)) return false;
  return undefined;
}

/** A finite number, or undefined. */
export function num(value: unknown): number | undefined {
  if (typeof value === 'number') return Number.isFinite(value) ? value : undefined;
  const t = text(value);
  if (t === undefined) return undefined;
  const n = Number(t);
  return Number.isFinite(n) ? n : undefined;
}

/**
 * An array from a value that may be an array, a single item (PowerShell ConvertTo-Json
 * collapses one-item arrays), null, or a JSON-encoded array in a CSV cell.
 */
export function list<T = unknown>(value: unknown): T[] {
  if (value === null || value === undefined || value === '') return [];
  if (Array.isArray(value)) return value as T[];
  if (typeof value === 'string') {
    const t = value.trim();
    if (t.startsWith('[')) {
      try {
        const parsed: unknown = JSON.parse(t);
        if (Array.isArray(parsed)) return parsed as T[];
      } catch {
        // Not JSON: fall through to a one-item list.
      }
    }
    if (isPlaceholder(t)) return [];
  }
  return [value as T];
}

/** A plain object, or undefined. */
export function obj(value: unknown): Record<string, unknown> | undefined {
  return value !== null && typeof value === 'object' && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : undefined;
}

/**
 * Reads a property case-insensitively: Graph JSON uses camelCase, PowerShell-serialised
 * objects PascalCase, and some exports lower-case.
 */
export function prop(value: unknown, ...names: string[]): unknown {
  const o = obj(value);
  if (!o) return undefined;
  for (const name of names) {
    if (name in o) return o[name];
  }
  const lower = new Map(Object.keys(o).map((k) => [k.toLowerCase(), k]));
  for (const name of names) {
    const key = lower.get(name.toLowerCase());
    if (key !== undefined) return o[key];
  }
  return undefined;
}
