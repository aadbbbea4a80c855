/** JSON and newline-delimited JSON, with a position for the user when the text is broken. */

export type JsonRead =
  { ok: true; value: unknown; ndjson: boolean } | { ok: false; line: number; reason: string };

function lineOf(text: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < text.length; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}

function isCompleteJson(line: string): boolean {
  try {
    JSON.parse(line);
    return true;
  } catch {
    return false;
  }
}

/** True when the text starts like JSON (after white space). */
export function looksLikeJson(text: string): boolean {
  const first = text.trimStart()[0];
  return first === '{' || first === '[';
}

/**
 * Parses JSON, or NDJSON (one value per line) into an array of the lines' values. A truncated
 * or broken file reports the line where reading failed.
 */
export function readJson(text: string): JsonRead {
  try {
    return { ok: true, value: JSON.parse(text), ndjson: false };
  } catch (error) {
    const lines = text.split(/\r?\n/);
    const nonEmpty = lines.filter((l) => l.trim() !== '');
    if (nonEmpty.length > 1 && isCompleteJson(nonEmpty[0])) {
      const values: unknown[] = [];
      for (let i = 0; i < lines.length; i++) {
        if (lines[i].trim() === '') continue;
        try {
          values.push(JSON.parse(lines[i]));
        } catch {
          return { ok: false, line: i + 1, reason: 'this line is not a complete JSON value' };
        }
      }
      return { ok: true, value: values, ndjson: true };
    }
    const message = error instanceof Error ? error.message : String(error);
    const pos = /position (\d+)/.exec(message);
    const line = pos ? lineOf(text, Number(pos[1])) : lines.length;
    // V8 reports a cut-off document either as "end of input" or as an error at its last char.
    const truncated =
      /end of (JSON )?input|Unterminated|Unexpected end/i.test(message) ||
      (pos !== null && Number(pos[1]) >= text.trimEnd().length);
    return {
      ok: false,
      line,
      reason: truncated
        ? 'the JSON ends before it is complete (the file looks truncated)'
        : 'the JSON is not valid here'
    };
  }
}
