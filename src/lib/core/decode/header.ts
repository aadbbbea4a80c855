/** Column lookup by name, tolerant of the ways exporters decorate headers. */
import { text } from './values';

/**
 * Normalises a header for comparison: Log Analytics adds type suffixes (`_s`, `_b`, `_g`,
 * `_t`, `_d`) and ` [UTC]`; portals change case and spacing between versions.
 */
export function normaliseHeader(header: string): string {
  return header
    .replace(/^\uFEFF/, '')
    .replace(/\s*\[[^\]]*\]\s*$/, '')
    .replace(/_[sbgtdr]$/, '')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');
}

function sameNames(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** Maps normalised header names to column indexes for one file. */
export class Columns {
  private readonly index = new Map<string, number>();
  /**
   * Lookups by the caller's names, keyed by the first name, so each row neither normalises
   * headers again nor builds a key string (importers read many cells per row).
   */
  private readonly lookups = new Map<string, { names: readonly string[]; index: number }[]>();

  constructor(readonly header: readonly string[]) {
    header.forEach((h, i) => {
      const key = normaliseHeader(h);
      if (!this.index.has(key)) this.index.set(key, i);
    });
  }

  /** The index of the first of `names` present, or -1. */
  indexOf(...names: string[]): number {
    const entries = this.lookups.get(names[0]);
    if (entries) {
      for (const e of entries) if (sameNames(e.names, names)) return e.index;
    }
    let found = -1;
    for (const name of names) {
      const i = this.index.get(normaliseHeader(name));
      if (i !== undefined) {
        found = i;
        break;
      }
    }
    const list = entries ?? [];
    list.push({ names: [...names], index: found });
    if (!entries) this.lookups.set(names[0], list);
    return found;
  }

  has(...names: string[]): boolean {
    return this.indexOf(...names) >= 0;
  }

  /** How many of `names` are present. Detectors use it to score a header. */
  count(names: readonly string[]): number {
    return names.filter((n) => this.has(n)).length;
  }

  /** The raw cell of the first present column among `names`, or undefined. */
  raw(cells: readonly string[], ...names: string[]): string | undefined {
    const i = this.indexOf(...names);
    return i >= 0 ? cells[i] : undefined;
  }

  /** The trimmed cell, placeholders (`N/A`, `null`…) read as undefined. */
  get(cells: readonly string[], ...names: string[]): string | undefined {
    return text(this.raw(cells, ...names));
  }
}

/** A detector helper: the share of `required` headers present, with the evidence sentence. */
export function headerMatch(
  header: readonly string[],
  required: readonly string[],
  label: string
): { confidence: number; evidence: string } | null {
  const cols = new Columns(header);
  const found = required.filter((r) => cols.has(r));
  if (found.length < required.length) return null;
  return { confidence: 0.9, evidence: `${label}: header has ${found.join(', ')}` };
}
