/** Which findings a list shows, in which order and under which heading. */
import type { Finding } from '$lib/core/findings/types';
import { SEVERITIES, type Severity, type Step } from '$lib/core/model';

/**
 * Rules about second factors on privileged accounts. The issue asks that privileged accounts
 * without MFA come first: MFA-001 and ROOT-002 are critical and MFA-004 high, so severity does
 * most of it; these lead among findings of equal severity.
 */
export const PRIVILEGED_MFA_RULES: readonly string[] = [
  'ZTW-MFA-001',
  'ZTW-ROOT-002',
  'ZTW-MFA-004'
];

export interface FindingFilter {
  severity?: Severity;
  step?: Step;
  /** Rule areas (`MFA`, `PRIV`…): only rules `ZTW-<area>-…`. */
  areas?: readonly string[];
  /** Only findings that affect at least one of these records (drops passes and not-assessed). */
  ids?: readonly string[];
}

/** The findings that pass every part of the filter. */
export function filterFindings(findings: readonly Finding[], filter: FindingFilter): Finding[] {
  const ids = filter.ids ? new Set(filter.ids) : undefined;
  const prefixes = filter.areas?.map((a) => `ZTW-${a.toUpperCase()}-`);
  return findings.filter(
    (f) =>
      (!filter.severity || f.severity === filter.severity) &&
      (!filter.step || f.step === filter.step) &&
      (!prefixes || prefixes.some((p) => f.id.startsWith(p))) &&
      (!ids || f.affected.some((id) => ids.has(id)))
  );
}

const rank = (s: Severity) => SEVERITIES.indexOf(s);
const lead = (f: Finding) => (PRIVILEGED_MFA_RULES.includes(f.id) ? 0 : 1);

/** Severity first, then privileged MFA rules, then the most affected records, then rule id. */
export function compareFindings(a: Finding, b: Finding): number {
  return (
    rank(a.severity) - rank(b.severity) ||
    lead(a) - lead(b) ||
    b.affected.length - a.affected.length ||
    a.id.localeCompare(b.id)
  );
}

export interface FindingGroups {
  open: Finding[];
  accepted: Finding[];
  notAssessed: Finding[];
  passed: Finding[];
}

/** Splits verdicts into the list's sections, each in display order. */
export function groupFindings(findings: readonly Finding[]): FindingGroups {
  const sorted = [...findings].sort(compareFindings);
  return {
    open: sorted.filter((f) => f.status === 'finding' && !f.acceptance),
    accepted: sorted.filter((f) => f.status === 'finding' && f.acceptance),
    notAssessed: sorted.filter((f) => f.status === 'not-assessed'),
    passed: sorted.filter((f) => f.status === 'pass')
  };
}
