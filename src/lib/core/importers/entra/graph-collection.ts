/**
 * The shapes a Graph list response arrives in: `{ "@odata.context", value: [...] }` as Graph
 * Explorer saves it, a bare array (`ConvertTo-Json` of a Graph PowerShell cmdlet), or several
 * pages saved one per line (NDJSON, which the pipeline hands over as an array of pages).
 */
import { obj, prop } from '../../decode/values';

export interface GraphCollection {
  items: Record<string, unknown>[];
  /** `@odata.context` of the first page, lower-cased; '' when there is none. */
  context: string;
}

function contextOf(value: unknown): string {
  const context = prop(value, '@odata.context');
  return typeof context === 'string' ? context.toLowerCase() : '';
}

function pageItems(value: unknown): unknown[] | undefined {
  const page = obj(value);
  if (!page) return undefined;
  const items = prop(page, 'value');
  return Array.isArray(items) ? items : undefined;
}

/** The items of a Graph list response, or undefined when the value is not one. */
export function graphCollection(value: unknown): GraphCollection | undefined {
  const single = pageItems(value);
  if (single)
    return { items: single.flatMap((i) => (obj(i) ? [obj(i)!] : [])), context: contextOf(value) };
  if (!Array.isArray(value)) return undefined;

  // An array of pages: every element is itself a `{ value: [...] }` page.
  if (value.length > 0 && value.every((v) => pageItems(v) !== undefined)) {
    const items = value.flatMap((page) => pageItems(page) ?? []);
    return { items: items.flatMap((i) => (obj(i) ? [obj(i)!] : [])), context: contextOf(value[0]) };
  }
  return { items: value.flatMap((i) => (obj(i) ? [obj(i)!] : [])), context: '' };
}

/** How many of the first items (up to 20) satisfy `test`, and how many were looked at. */
export function sampleMatch(
  items: readonly Record<string, unknown>[],
  test: (item: Record<string, unknown>) => boolean
): { matched: number; seen: number } {
  const sample = items.slice(0, 20);
  return { matched: sample.filter(test).length, seen: sample.length };
}

/** True when the item has a property of any of these names (case-insensitive). */
export function hasAny(item: unknown, ...names: string[]): boolean {
  return prop(item, ...names) !== undefined;
}
