/** The one place where import problems become sentences a user can act on. */

export type ImportProblem =
  | { code: 'empty' }
  | { code: 'too-large'; bytes: number; limit: number }
  | { code: 'binary' }
  | { code: 'archive'; detail: string }
  | { code: 'json-broken'; line: number; detail: string }
  | { code: 'unknown-format'; header?: string[]; keys?: string[] }
  | { code: 'no-rows' }
  | { code: 'spreadsheet'; detail: string }
  | { code: 'duplicate'; otherFile: string }
  | { code: 'all-rejected'; rejected: number }
  | { code: 'storage-full' }
  | { code: 'internal'; detail: string };

function list(items: string[] | undefined, max = 6): string {
  if (!items || items.length === 0) return 'nothing recognisable';
  const shown = items.slice(0, max).map((s) => `"${s}"`);
  return items.length > max
    ? `${shown.join(', ')} and ${items.length - max} more`
    : shown.join(', ');
}

function megabytes(bytes: number): string {
  return `${Math.round(bytes / 1024 / 1024).toLocaleString('en')} MB`;
}

/** One sentence naming the file and what is wrong with it. */
export function describeProblem(fileName: string, problem: ImportProblem): string {
  switch (problem.code) {
    case 'empty':
      return `${fileName} is empty.`;
    case 'too-large':
      return `${fileName} is ${megabytes(problem.bytes)}, more than this version can read in one piece (${megabytes(problem.limit)}): a browser cannot hold a longer text. Split the export into smaller files (for example one per week) and drop them together.`;
    case 'binary':
      return `${fileName} is not a text export: it contains binary data. Export it as CSV, JSON or XLSX.`;
    case 'archive':
      return `${fileName} could not be unpacked: ${problem.detail}.`;
    case 'json-broken':
      return `${fileName}, line ${problem.line}: ${problem.detail}. Nothing was imported from it.`;
    case 'unknown-format':
      return problem.header
        ? `${fileName} is not an export this workbook knows. Its header has ${list(problem.header)}. Map its columns by hand, or check that it is one of the supported exports.`
        : `${fileName} is JSON, but not an export this workbook knows (top-level keys: ${list(problem.keys)}).`;
    case 'no-rows':
      return `${fileName} has a header but no data rows.`;
    case 'spreadsheet':
      return `${fileName} could not be read as a spreadsheet: ${problem.detail}.`;
    case 'duplicate':
      return `${fileName} was already imported (same content as ${problem.otherFile}); nothing changed.`;
    case 'all-rejected':
      return `${fileName}: all ${problem.rejected} rows were rejected, so nothing was imported. See the rejected rows for the reasons.`;
    case 'storage-full':
      return `The browser's storage is full, so ${fileName} was not imported and nothing was changed. Free some space (delete old assessments) and try again.`;
    case 'internal':
      return `${fileName} could not be imported because of an internal error (${problem.detail}). Nothing was changed.`;
  }
}
