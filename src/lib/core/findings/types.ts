/** Finding rules and the findings they raise (SPEC §7). */
import type { Settings } from '../assessment';
import type { Person } from '../identity/person';
import type { RecordSet, Severity, Step, ZtmmFunction } from '../model';
import type { PrivilegeSummary } from '../privilege/types';

/** What every rule reads: the merged records, the people, the as-of date and the settings. */
export interface AnalysisInput {
  records: RecordSet;
  persons: Person[];
  /** ISO date every age is measured against (SPEC §3). */
  asOf: string;
  settings: Settings;
  /** Format ids of the imported files, so a rule can tell "no data" from "no problem". */
  formats: string[];
  /** Privilege analysis (SPEC §6); absent: not run, so privilege-based rules are not assessed. */
  privilege?: PrivilegeSummary;
}

export interface RuleMeta {
  /** `ZTW-<AREA>-<NNN>`, stable forever. */
  id: string;
  severity: Severity;
  title: string;
  why: string;
  remediation: string;
  step: Step;
  ztmm: ZtmmFunction;
  /** ATT&CK technique id where one fits, e.g. `T1078.004`. */
  attack?: string;
  /** What must have been imported for the rule to judge, in words ("an AWS credential report"). */
  needs: string;
}

/** One rule's verdict: a finding with its evidence, nothing wrong, or not assessed. */
export type RuleResult =
  | { status: 'finding'; affected: string[]; evidence: string[] }
  | { status: 'pass' }
  | { status: 'not-assessed'; needs: string };

export interface Rule extends RuleMeta {
  evaluate(input: AnalysisInput): RuleResult;
}

/** A rule's verdict as shown and reported. `affected` holds record ids (accounts, credentials…). */
export interface Finding extends RuleMeta {
  status: RuleResult['status'];
  affected: string[];
  /** Sentences, one per affected record or fact, that explain the verdict. */
  evidence: string[];
  /** The consultant's acceptance, when one is on record for this rule and has not expired. */
  acceptance?: Acceptance;
}

/** A finding accepted by the consultant: stays visible, marked, until it expires. */
export interface Acceptance {
  ruleId: string;
  reason: string;
  /** ISO date; after it the acceptance lapses. */
  expires: string;
  acceptedAt: string;
}
