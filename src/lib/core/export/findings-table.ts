/** Findings and their affected identities as tables (SPEC §9). */
import type { Finding } from '../findings/types';
import { STEP_TITLES, SYSTEM_LABELS } from '../model';
import { labelOf } from './directory';
import type { IdentityDirectory } from './directory';
import { tabulate } from './table';
import type { Column, Table } from './table';

const STATUS_TEXT: Record<Finding['status'], string> = {
  finding: 'finding',
  pass: 'pass',
  'not-assessed': 'not assessed'
};

const FINDING_COLUMNS: Column<Finding>[] = [
  { header: 'Rule', value: (f) => f.id },
  { header: 'Severity', value: (f) => f.severity },
  { header: 'Title', value: (f) => f.title },
  { header: 'Status', value: (f) => STATUS_TEXT[f.status] },
  { header: 'Affected', value: (f) => (f.status === 'finding' ? f.affected.length : null) },
  { header: 'Accepted until', value: (f) => f.acceptance?.expires.slice(0, 10) },
  { header: 'Acceptance reason', value: (f) => f.acceptance?.reason },
  { header: 'Step', value: (f) => `${f.step} ${STEP_TITLES[f.step]}` },
  { header: 'ZTMM function', value: (f) => f.ztmm },
  { header: 'ATT&CK', value: (f) => f.attack },
  { header: 'Why it matters', value: (f) => f.why },
  { header: 'Remediation', value: (f) => f.remediation },
  { header: 'Needs', value: (f) => (f.status === 'not-assessed' ? f.needs : '') }
];

/** One row per rule: verdict, severity, count, acceptance, remediation. */
export function findingsTable(findings: readonly Finding[]): Table {
  return tabulate('Findings', findings, FINDING_COLUMNS);
}

interface AffectedRow {
  finding: Finding;
  id: string;
}

/** One row per finding and affected record, named through the directory. */
export function affectedTable(findings: readonly Finding[], dir: IdentityDirectory): Table {
  const rows: AffectedRow[] = [];
  for (const finding of findings) {
    if (finding.status !== 'finding') continue;
    for (const id of finding.affected) rows.push({ finding, id });
  }
  const columns: Column<AffectedRow>[] = [
    { header: 'Rule', value: (r) => r.finding.id },
    { header: 'Severity', value: (r) => r.finding.severity },
    { header: 'Title', value: (r) => r.finding.title },
    { header: 'Identity', value: (r) => labelOf(dir, r.id) },
    {
      header: 'Source',
      value: (r) => {
        const system = dir.get(r.id)?.system;
        return system ? SYSTEM_LABELS[system] : '';
      }
    },
    { header: 'Kind', value: (r) => dir.get(r.id)?.kind ?? '' },
    { header: 'Record id', value: (r) => r.id },
    { header: 'Accepted', value: (r) => (r.finding.acceptance ? 'yes' : 'no') }
  ];
  return tabulate('Affected identities', rows, columns);
}
