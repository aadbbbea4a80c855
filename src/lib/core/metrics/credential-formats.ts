/**
 * Formats that report credentials whenever they exist, so that importing one and finding no
 * credential is a real zero rather than missing data.
 */
export const CREDENTIAL_FORMATS: ReadonlySet<string> = new Set([
  'aws-credential-report',
  'aws-credential-report-json',
  'entra-apps',
  'gcp-service-account-keys'
]);

/** True when credentials were imported or a format that would list them was. */
export function credentialsReported(input: {
  formats: string[];
  records: { credentials: unknown[] };
}): boolean {
  return (
    input.records.credentials.length > 0 || input.formats.some((f) => CREDENTIAL_FORMATS.has(f))
  );
}
