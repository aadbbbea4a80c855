/**
 * Number and date formatting for the report. Written out by hand rather than with `Intl`, so
 * that the same model prints the same text on every machine and in every locale.
 */
import type { Kpi } from '../metrics/types';

/** 1234567 → "1,234,567"; decimals kept as given. */
export function groupThousands(n: number): string {
  const [whole, fraction] = String(Math.abs(n)).split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${n < 0 ? '−' : ''}${grouped}${fraction ? `.${fraction}` : ''}`;
}

/** One decimal, half away from zero (SPEC §5). */
export function oneDecimal(n: number): string {
  const r = (Math.sign(n) * Math.round(Math.abs(n) * 10 + 1e-9)) / 10;
  return r.toFixed(1);
}

/** A KPI value as printed; null is "not assessed". */
export function kpiValue(value: number | null, unit: Kpi['unit']): string {
  if (value === null) return 'not assessed';
  if (unit === 'percent') return `${oneDecimal(value)}%`;
  if (unit === 'score') return oneDecimal(value);
  return groupThousands(value);
}

/** A 0–4 score, or "not answered". */
export function scoreText(value: number | null | undefined): string {
  return value === null || value === undefined ? 'not answered' : oneDecimal(value);
}

/** The CISA ZTMM stage a score falls in (1 Traditional … 4 Optimal). */
export function stageName(score: number | null): string {
  if (score === null) return 'not answered';
  const names = ['Traditional', 'Traditional', 'Initial', 'Advanced', 'Optimal'];
  return names[Math.min(4, Math.max(1, Math.floor(score)))];
}

/** `YYYY-MM-DD` of an ISO date, or a dash. */
export function day(iso: string | undefined): string {
  return iso ? iso.slice(0, 10) : '—';
}

/** A signed delta: "+5.9", "−2", "0", or "—" when not comparable. */
export function signed(delta: number | null): string {
  if (delta === null) return '—';
  if (delta === 0) return '0';
  const text = Number.isInteger(delta)
    ? groupThousands(Math.abs(delta))
    : oneDecimal(Math.abs(delta));
  return `${delta > 0 ? '+' : '−'}${text}`;
}
