/**
 * Windows PowerShell 5.1's `Export-Csv` writes `#TYPE <class>` before the header unless told
 * `-NoTypeInformation`. The pipeline removes it; an importer that still meets it (a file
 * handed over some other way) reads the class name and takes the next row as the header.
 */

/** The class a `#TYPE` row names, or undefined when the row is not one. */
export function typeLineClass(cells: readonly string[]): string | undefined {
  const first = cells[0]?.replace(/^\uFEFF/, '').trim();
  if (!first?.startsWith('#TYPE ')) return undefined;
  return cells.length === 1 || cells.slice(1).every((c) => c.trim() === '')
    ? first.slice(6).trim()
    : undefined;
}
