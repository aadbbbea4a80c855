/**
 * SVG building blocks shared by the charts. Every attribute is inline (fill, stroke, font),
 * since the PDF renderer reads no stylesheet and the screen inserts the string as it is.
 */

export const FONT_FAMILY = 'Roboto, sans-serif';
export const INK = '#212121';
export const MUTED = '#616161';
export const GRID = '#bdbdbd';

/** Escapes text and attribute values for XML. */
export function escapeXml(value: string): string {
  return value
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

/** A coordinate with at most two decimals, so the strings stay short and stable. */
export function fmt(n: number): string {
  return String(Math.round(n * 100) / 100);
}

/** A name for ids inside one chart, from its title: charts share one page on screen. */
export function idPrefix(title: string): string {
  const slug = title
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  return `ztw-${slug.slice(0, 40) || 'chart'}`;
}

type Attrs = Record<string, string | number | undefined>;

function attrs(values: Attrs): string {
  return Object.entries(values)
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => ` ${k}="${typeof v === 'number' ? fmt(v) : escapeXml(v as string)}"`)
    .join('');
}

/** A `<text>` element with the chart font; the content is escaped. */
export function text(x: number, y: number, content: string, extra: Attrs = {}): string {
  const base: Attrs = { x, y, 'font-family': FONT_FAMILY, 'font-size': 12, fill: INK };
  return `<text${attrs({ ...base, ...extra })}>${escapeXml(content)}</text>`;
}

/** A `<rect>` element. */
export function rect(
  x: number,
  y: number,
  width: number,
  height: number,
  extra: Attrs = {}
): string {
  return `<rect${attrs({ x, y, width: Math.max(0, width), height: Math.max(0, height), ...extra })}/>`;
}

/** A `<line>` element. */
export function line(x1: number, y1: number, x2: number, y2: number, extra: Attrs = {}): string {
  return `<line${attrs({ x1, y1, x2, y2, stroke: GRID, 'stroke-width': 1, ...extra })}/>`;
}

/** A diagonal hatch pattern in `color`, for fills that must survive black-and-white print. */
export function hatchPattern(id: string, color: string): string {
  return (
    `<pattern id="${escapeXml(id)}" patternUnits="userSpaceOnUse" width="6" height="6">` +
    `<path d="M0,6 L6,0 M-1,1 L1,-1 M5,7 L7,5" stroke="${escapeXml(color)}" stroke-width="1.2"/>` +
    `</pattern>`
  );
}

/** The `<svg>` document: size, viewBox, `role="img"`, and the title and description first. */
export function svgDocument(opts: {
  width: number;
  height: number;
  title: string;
  desc: string;
  body: string;
  defs?: string;
}): string {
  const id = idPrefix(opts.title);
  const width = Math.ceil(opts.width);
  const height = Math.ceil(opts.height);
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" ` +
    `viewBox="0 0 ${width} ${height}" role="img" aria-labelledby="${id}-title ${id}-desc">` +
    `<title id="${id}-title">${escapeXml(opts.title)}</title>` +
    `<desc id="${id}-desc">${escapeXml(opts.desc)}</desc>` +
    (opts.defs ? `<defs>${opts.defs}</defs>` : '') +
    rect(0, 0, width, height, { fill: '#ffffff' }) +
    opts.body +
    `</svg>`
  );
}

/** A rough width of a label in px at `size`: enough to lay out a label column. */
export function textWidth(content: string, size = 12): number {
  return content.length * size * 0.55;
}
