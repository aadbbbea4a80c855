/** Files handed from one page to the next (the demo's files, to the new assessment's import). */
let pending: { assessmentId: string; files: { name: string; file: File }[] } | null = null;

export function setPendingImport(
  assessmentId: string,
  files: { name: string; file: File }[]
): void {
  pending = { assessmentId, files };
}

/** Takes the files waiting for this assessment, once. */
export function takePendingImport(assessmentId: string): { name: string; file: File }[] | null {
  if (!pending || pending.assessmentId !== assessmentId) return null;
  const files = pending.files;
  pending = null;
  return files;
}
