/** How a column of an inventory table shows, filters, sorts and exports its rows. */
import { daysBetween } from '$lib/core/decode/dates';
import type { Cell } from '$lib/core/export';

export type FilterKind = 'choice' | 'text' | 'none';

export interface ColumnDef<T> {
  id: string;
  label: string;
  /** What the cell shows; text filters and the search read the same text. */
  text: (row: T) => string;
  /** Sort key; undefined or '' sorts last whichever the direction. Defaults to the text. */
  sort?: (row: T) => number | string | undefined;
  /** `choice`: a select of the values present; `text`: a contains-filter. */
  filter: FilterKind;
  /** Column width in em of the table's text (a fixed layout, so every row keeps one line). */
  width: number;
  /** A link for the cell, when the row has somewhere to go. */
  href?: (row: T) => string | undefined;
  /** The exported cell, when it should be typed (numbers stay numbers in XLSX). */
  exported?: (row: T) => Cell;
  /** A CSS class for the cell, from its text (badges for privileged, orphan…). */
  tone?: (text: string) => string | undefined;
}

/** An ISO timestamp as the day it names (YYYY-MM-DD), or '' when absent. */
export function day(iso: string | undefined): string {
  return iso ? iso.slice(0, 10) : '';
}

/** An ISO timestamp as whole seconds to sort by: integers sort fastest (see keyOrder). */
export function timeOf(iso: string | undefined): number | undefined {
  return iso ? Math.floor(Date.parse(iso) / 1000) : undefined;
}

/** A tri-state flag as a word; "unknown" when the export does not say. */
export function yesNo(value: boolean | undefined, unknown = 'unknown'): string {
  return value === undefined ? unknown : value ? 'yes' : 'no';
}

/** Whole days from an ISO date to the as-of date, or undefined without a date. */
export function ageDays(from: string | undefined, asOf: string): number | undefined {
  if (!from) return undefined;
  const days = daysBetween(from, asOf);
  return Number.isFinite(days) ? days : undefined;
}

/** Tone for yes/no columns where "yes" deserves attention (privileged, orphan, expired). */
export const flagTone = (text: string) => (text === 'yes' ? 'flag' : undefined);
