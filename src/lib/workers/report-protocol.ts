/** Messages between the page and the report worker, and the copy of the input that crosses. */
import type { ReportInput } from '../core/report/types';

export interface ReportRequest {
  requestId: number;
  input: ReportInput;
}

export type ReportResponse =
  | { requestId: number; ok: true; bytes: Uint8Array }
  | { requestId: number; ok: false; message: string };

/**
 * The report input as it is posted to the worker. On the page the assessment is a Svelte state
 * proxy, which `postMessage` refuses to clone, so its three printed fields cross as plain
 * strings; and of the records only the kinds that name identities cross, since the copy is made on
 * the page thread and sign-ins can number millions. The report built from this copy is the same
 * as the one built from the original.
 */
export function workerInput(input: ReportInput): ReportInput {
  const { client, assessor, scope } = input.assessment;
  // The kinds the report takes names from (`identityDirectory`); it reads no others.
  const { accounts, credentials, groups, roles } = input.records;
  return {
    ...input,
    assessment: { client, assessor, scope },
    records: { accounts, credentials, groups, roles }
  };
}
