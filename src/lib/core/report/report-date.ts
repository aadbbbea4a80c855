/** The report's date and file name, from the stored assessment, never from the clock. */
import type { Assessment } from '../assessment';

/** What a change to the assessment's content leaves behind: the time it was made. */
export interface ReportDateInput {
  assessment: Pick<Assessment, 'created' | 'updated'>;
  /** `updated` of every questionnaire answer. */
  answers?: readonly { updated: string }[];
  /** `acceptedAt` of every finding acceptance. */
  acceptances?: readonly { acceptedAt: string }[];
  /** Other change times: roadmap edits, imported files. */
  others?: readonly (string | undefined)[];
}

/**
 * The report date: the newest time anything in the assessment changed (its own fields, an
 * answer, an acceptance, a roadmap edit, an import). Taken from stored data, so the same
 * workbook prints the same report on any machine and any day (SPEC §3 as-of date, §9).
 */
export function reportDate(input: ReportDateInput): string {
  let newest = input.assessment.updated || input.assessment.created;
  const consider = (t: string | undefined) => {
    // Compared as instants: ISO strings in different offsets do not sort as text.
    if (t && !Number.isNaN(Date.parse(t)) && Date.parse(t) > Date.parse(newest)) newest = t;
  };
  for (const a of input.answers ?? []) consider(a.updated);
  for (const a of input.acceptances ?? []) consider(a.acceptedAt);
  for (const t of input.others ?? []) consider(t);
  return newest;
}

/**
 * `<client>-<what>-<as-of date>.<extension>`, with the characters file systems refuse
 * replaced; letters of every script stay.
 */
export function assessmentFileName(
  client: string,
  what: string,
  asOf: string,
  extension: string
): string {
  const safe =
    client
      .normalize('NFC')
      // Windows refuses these in names; control characters confuse every system.
      // eslint-disable-next-line no-control-regex
      .replace(/[<>:"/\\|?*\u0000-\u001f\u007f]+/g, '_')
      .replace(/\s+/g, ' ')
      .trim()
      .replace(/^[.\s]+|[.\s]+$/g, '') || 'assessment';
  return `${safe}-${what}-${asOf.slice(0, 10)}.${extension}`;
}

/** `<client>-zero-trust-report-<as-of date>.pdf` (the Report page's download). */
export function reportFileName(client: string, asOf: string): string {
  return assessmentFileName(client, 'zero-trust-report', asOf, 'pdf');
}
