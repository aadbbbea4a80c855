/** Horizontal stacked bars (one per row, one segment per series) with a legend. */
import { scaleBand, scaleLinear, stack } from 'd3';
import { hatchPattern, idPrefix, INK, MUTED, rect, svgDocument, text, textWidth } from './svg';
import type { Chart, ChartText, Series, StackedRow } from './types';

export interface StackedBarsOptions extends ChartText {
  series: Series[];
  rows: StackedRow[];
}

const ROW = 30;
const TOP = 8;
const LEGEND_ROW = 18;
/** Below this width (px) a segment's value does not fit inside it; the text alternative has it. */
const MIN_LABEL_WIDTH = 18;

/**
 * Each row is scaled to 100% of its own total, so sources of different sizes compare by share;
 * every segment wide enough carries its count, and the legend gives each series' swatch.
 */
export function stackedBars(options: StackedBarsOptions): Chart {
  const width = options.width ?? 520;
  const { series, rows } = options;
  const keys = series.map((s) => s.key);
  const prefix = idPrefix(options.title);
  const labelWidth = Math.min(width / 3, Math.max(60, ...rows.map((r) => textWidth(r.label) + 12)));
  const totalWidth = 64;
  const plotWidth = Math.max(80, width - labelWidth - totalWidth);
  const legendPerLine = Math.max(1, Math.floor(width / 170));
  const legendLines = Math.ceil(series.length / legendPerLine);
  const plotBottom = TOP + Math.max(1, rows.length) * ROW;
  const height = plotBottom + 12 + legendLines * LEGEND_ROW + 4;

  // Shares, not counts: every bar spans the plot width when its row has any account.
  const totals = rows.map((r) => keys.reduce((sum, k) => sum + (r.values[k] ?? 0), 0));
  const shares = rows.map((r, i) =>
    Object.fromEntries(keys.map((k) => [k, totals[i] > 0 ? (r.values[k] ?? 0) / totals[i] : 0]))
  );
  const layers = stack<Record<string, number>>().keys(keys)(shares);
  const x = scaleLinear()
    .domain([0, 1])
    .range([labelWidth, labelWidth + plotWidth]);
  const y = scaleBand<number>()
    .domain(rows.map((_, i) => i))
    .range([TOP, TOP + rows.length * ROW])
    .padding(0.2);

  const fillOf = (s: Series): string => (s.hatch ? `url(#${prefix}-${s.key})` : s.fill);
  const defs = series
    .filter((s) => s.hatch)
    .map((s) => {
      const id = `${prefix}-${s.key}`;
      // The pattern paints the base colour, then the hatch over it.
      return hatchPattern(id, s.hatch as string).replace(
        '<path',
        `<rect x="0" y="0" width="6" height="6" fill="${s.fill}"/><path`
      );
    })
    .join('');

  const segments = layers
    .map((layer, li) => {
      const s = series[li];
      return layer
        .map(([from, to], ri) => {
          const count = rows[ri].values[s.key] ?? 0;
          if (count === 0) return '';
          const x0 = x(from);
          const w = x(to) - x0;
          const yTop = y(ri) ?? 0;
          const box = rect(x0, yTop, w, y.bandwidth(), {
            fill: fillOf(s),
            stroke: INK,
            'stroke-width': 0.5
          });
          const value = String(count);
          const mid = yTop + y.bandwidth() / 2;
          // On a hatch the digits need a plain patch behind them to stay legible.
          const patch = s.hatch
            ? rect(
                x0 + w / 2 - textWidth(value, 11) / 2 - 3,
                mid - 8,
                textWidth(value, 11) + 6,
                15,
                {
                  fill: '#ffffff'
                }
              )
            : '';
          const label =
            w >= MIN_LABEL_WIDTH
              ? patch +
                text(x0 + w / 2, mid + 4, value, {
                  'text-anchor': 'middle',
                  fill: s.ink,
                  'font-size': 11
                })
              : '';
          return box + label;
        })
        .join('');
    })
    .join('');
  const labels = rows
    .map((r, i) => {
      const mid = (y(i) ?? 0) + y.bandwidth() / 2 + 4;
      return (
        text(labelWidth - 8, mid, r.label, { 'text-anchor': 'end' }) +
        text(labelWidth + plotWidth + 8, mid, `n = ${totals[i]}`, { fill: MUTED, 'font-size': 11 })
      );
    })
    .join('');
  const legendWidth = width / legendPerLine;
  const legend = series
    .map((s, i) => {
      const lx = 8 + (i % legendPerLine) * legendWidth;
      const ly = plotBottom + 12 + Math.floor(i / legendPerLine) * LEGEND_ROW;
      return (
        rect(lx, ly, 12, 12, { fill: fillOf(s), stroke: INK, 'stroke-width': 0.5 }) +
        text(lx + 18, ly + 10, s.label, { 'font-size': 11 })
      );
    })
    .join('');
  const empty =
    rows.length === 0 ? text(labelWidth + 8, TOP + ROW / 2 + 4, 'No data', { fill: MUTED }) : '';

  const svg = svgDocument({
    width,
    height,
    title: options.title,
    desc: options.desc,
    defs,
    body: segments + labels + legend + empty
  });
  const lines = rows.map((r, i) => {
    const parts = series.map((s) => `${s.label} ${r.values[s.key] ?? 0}`);
    return `${r.label} (${totals[i]}): ${parts.join(', ')}`;
  });
  return {
    svg,
    text: [`${options.title}.`, ...(lines.length ? lines : ['No data.'])].join('\n'),
    width,
    height: Math.ceil(height)
  };
}
