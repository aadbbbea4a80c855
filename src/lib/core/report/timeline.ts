/** The roadmap timeline: each action a bar over the 180 days of its horizon (SPEC §9). */
import { scaleBand, scaleLinear } from 'd3';
import type { Severity } from '../model';
import { HORIZON_END_DAYS, HORIZON_START_DAYS, HORIZONS } from '../roadmap/types';
import type { ChartSvg, RoadmapRow } from './types';

export const SEVERITY_COLOUR: Record<Severity, string> = {
  critical: '#9b1c1c',
  high: '#d9480f',
  medium: '#e8a317',
  low: '#3b7dd8',
  info: '#8a8f98'
};

const WIDTH = 515;
const LABEL_WIDTH = 215;
const ROW = 13;
const TOP = 30;
const BOTTOM = 22;
/** Beyond this many rows the chart says how many more the table lists. */
export const TIMELINE_MAX_ROWS = 30;

/** XML text: escaped, with the control characters XML 1.0 forbids removed. */
export function xmlText(text: string): string {
  return text
    .replace(/[^\t\n\r\u0020-\ud7ff\ue000-\ufffd\u{10000}-\u{10ffff}]/gu, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}

function shorten(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

const n = (x: number) => Math.round(x * 10) / 10;

/** The timeline as SVG, drawn with d3 scales, plus a sentence for readers without the chart. */
export function roadmapTimeline(rows: readonly RoadmapRow[]): ChartSvg {
  const shown = rows.slice(0, TIMELINE_MAX_ROWS);
  const more = rows.length - shown.length;
  const lines = shown.length + (more > 0 ? 1 : 0);
  const height = TOP + Math.max(1, lines) * ROW + BOTTOM;
  const x = scaleLinear()
    .domain([0, 180])
    .range([LABEL_WIDTH, WIDTH - 8]);
  const y = scaleBand<string>()
    .domain(shown.map((r) => r.id))
    .range([TOP, TOP + shown.length * ROW])
    .paddingInner(0.3);

  const parts: string[] = [];
  parts.push(
    `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${height}" viewBox="0 0 ${WIDTH} ${height}" font-family="Roboto" font-size="7">`
  );
  HORIZONS.forEach((h, i) => {
    const x0 = x(i === 0 ? 0 : HORIZON_END_DAYS[HORIZONS[i - 1]]);
    const x1 = x(HORIZON_END_DAYS[h]);
    const fill = i % 2 === 0 ? '#f1f3f5' : '#e6e9ed';
    parts.push(
      `<rect x="${n(x0)}" y="${TOP - 14}" width="${n(x1 - x0)}" height="${height - TOP + 14 - BOTTOM + 4}" fill="${fill}"/>`
    );
    parts.push(
      `<text x="${n((x0 + x1) / 2)}" y="${TOP - 18}" text-anchor="middle" font-size="8" fill="#333">${h} days</text>`
    );
  });
  for (const tick of [0, 30, 90, 180]) {
    const tx = n(x(tick));
    // The last label ends at its tick so that it stays inside the drawing.
    const anchor = tick === 180 ? 'end' : 'middle';
    parts.push(
      `<line x1="${tx}" y1="${TOP - 14}" x2="${tx}" y2="${height - BOTTOM + 4}" stroke="#adb5bd" stroke-width="0.5"/>`
    );
    parts.push(
      `<text x="${tx}" y="${height - BOTTOM + 14}" text-anchor="${anchor}" fill="#555">day ${tick}</text>`
    );
  }
  for (const r of shown) {
    const top = y(r.id) ?? TOP;
    const x0 = x(HORIZON_START_DAYS[r.horizon]);
    const x1 = x(HORIZON_END_DAYS[r.horizon]);
    const label = `${r.order}. ${shorten(r.title, 52)}`;
    parts.push(
      `<text x="${LABEL_WIDTH - 4}" y="${n(top + y.bandwidth() - 1.5)}" text-anchor="end" fill="#222">${xmlText(label)}</text>`
    );
    parts.push(
      `<rect x="${n(x0)}" y="${n(top)}" width="${n(x1 - x0)}" height="${n(y.bandwidth())}" rx="1.5" fill="${SEVERITY_COLOUR[r.severity]}"/>`
    );
    if (r.quickWin) {
      parts.push(
        `<text x="${n(x0 + 3)}" y="${n(top + y.bandwidth() - 1.5)}" fill="#fff" font-size="6">quick win</text>`
      );
    }
  }
  if (more > 0) {
    const top = TOP + shown.length * ROW;
    parts.push(
      `<text x="${LABEL_WIDTH - 4}" y="${top + ROW - 4}" text-anchor="end" fill="#555">and ${more} more actions (see the table)</text>`
    );
  }
  parts.push('</svg>');

  const counts = HORIZONS.map((h) => `${rows.filter((r) => r.horizon === h).length} in ${h} days`);
  const text = `Roadmap timeline: ${rows.length} actions, ${counts.join(', ')}.`;
  return { svg: parts.join(''), text };
}
