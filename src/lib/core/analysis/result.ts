/** What the analysis worker hands to the pages: everything computed, nothing to recompute. */
import type { Source } from '../assessment';
import type { Finding } from '../findings/types';
import type { Person } from '../identity/person';
import type { Kpi } from '../metrics/types';
import type { Account, RecordSet } from '../model';
import type { AsOf } from './input';

/** An account with what the inventory shows beside it. */
export interface AccountRow extends Account {
  personId?: string;
  personName?: string;
  privileged: boolean;
  credentialCount: number;
  /** Newest of the directory's last sign-in and successful sign-ins in imported logs. */
  lastActivity?: string;
}

export interface ChartOut {
  svg: string;
  text: string;
}

export interface AnalysisResult {
  asOf: AsOf;
  sources: Source[];
  /** The merged records, with the accounts as `accounts` rows and without the events. */
  records: RecordSet;
  accounts: AccountRow[];
  persons: Person[];
  kpis: Kpi[];
  findings: Finding[];
  charts: Record<string, ChartOut>;
  /** Analyses of later features, keyed by area, present once those land. */
  extra: Record<string, unknown>;
  /** Milliseconds the analysis took, for the benchmark and the status line. */
  elapsedMs: number;
}
