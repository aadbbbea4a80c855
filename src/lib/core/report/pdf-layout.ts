/** Building blocks of the PDF layout: styles, headings, tables. Types only from pdfmake. */
import type { Content, StyleDictionary, TableCell } from 'pdfmake/interfaces';
import type { Severity } from '../model';
import { SEVERITY_COLOUR } from './timeline';

/** A4 less the 40 pt side margins. */
export const CONTENT_WIDTH = 515;

export const STYLES: StyleDictionary = {
  h1: { fontSize: 16, bold: true, color: '#1b2a3a', margin: [0, 0, 0, 10] },
  h2: { fontSize: 11.5, bold: true, color: '#1b2a3a', margin: [0, 12, 0, 6] },
  p: { fontSize: 9, lineHeight: 1.25, margin: [0, 0, 0, 6] },
  small: { fontSize: 7.5, color: '#555555' },
  th: { fontSize: 8, bold: true, color: '#1b2a3a' },
  td: { fontSize: 8 },
  caption: { fontSize: 7.5, italics: true, color: '#555555', margin: [0, 3, 0, 8] }
};

/** A section heading that opens a page and enters the table of contents. */
export function h1(text: string): Content {
  return { text, style: 'h1', tocItem: true, pageBreak: 'before' };
}

/** A sub-heading, kept with what follows. */
export function h2(text: string): Content {
  return { text, style: 'h2', headlineLevel: 2 };
}

export function para(text: string): Content {
  return { text, style: 'p' };
}

/** A severity in its colour. */
export function severityCell(severity: Severity): TableCell {
  return { text: severity, bold: true, color: SEVERITY_COLOUR[severity], style: 'td' };
}

/** Plain cell text. */
export function td(text: string | number, extra: Record<string, unknown> = {}): TableCell {
  return { text: String(text), style: 'td', ...extra };
}

/**
 * A table whose header row repeats on every page it spans and whose rows never split across
 * a page break; light horizontal rules and a shaded header.
 */
export function table(
  headers: string[],
  rows: TableCell[][],
  widths: (number | string)[]
): Content {
  return {
    table: {
      headerRows: 1,
      keepWithHeaderRows: 1,
      dontBreakRows: true,
      widths,
      body: [headers.map((h) => ({ text: h, style: 'th', fillColor: '#e9eef3' })), ...rows]
    },
    layout: {
      hLineWidth: (i: number) => (i === 0 ? 0 : 0.5),
      vLineWidth: () => 0,
      hLineColor: () => '#c8d0d8',
      paddingTop: () => 3,
      paddingBottom: () => 3,
      paddingLeft: () => 4,
      paddingRight: () => 4
    },
    margin: [0, 0, 0, 8]
  };
}

/** A vector chart scaled to a width, with its text alternative as a caption when given. */
export function chart(svg: string, width: number, caption?: string): Content {
  return {
    stack: [
      { svg, width, alignment: 'center', margin: [0, 0, 0, caption ? 0 : 10] },
      caption ? { text: caption, style: 'caption', alignment: 'center' } : { text: '' }
    ],
    unbreakable: true
  };
}

/** "a, b, c" or a dash. */
export function list(items: readonly string[]): string {
  return items.length > 0 ? items.join(', ') : '—';
}
