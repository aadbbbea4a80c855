/** Horizontal bars with a label on the left and the value written after each bar. */
import { max, scaleBand, scaleLinear } from 'd3';
import { INK, line, MUTED, rect, svgDocument, text, textWidth } from './svg';
import type { Bar, Chart, ChartText } from './types';

export interface HorizontalBarsOptions extends ChartText {
  bars: Bar[];
  /** The end of the value axis: 100 for percentages; the largest value by default. */
  domainMax?: number;
  /** Written after tick values on the axis ("%"). */
  tickSuffix?: string;
  fill?: string;
}

const ROW = 26;
const TOP = 8;
const AXIS = 24;

/** Draws one bar per item, each labelled with its value so no colour has to be read. */
export function horizontalBars(options: HorizontalBarsOptions): Chart {
  const width = options.width ?? 520;
  const bars = options.bars;
  const shown = bars.map((b) => b.display ?? String(b.value));
  const labelWidth = Math.min(width / 2, Math.max(60, ...bars.map((b) => textWidth(b.label) + 12)));
  const valueWidth = Math.max(40, ...shown.map((s) => textWidth(s) + 10));
  const plotWidth = Math.max(60, width - labelWidth - valueWidth - 8);
  const height = TOP + Math.max(1, bars.length) * ROW + AXIS;

  const top = options.domainMax ?? max(bars, (b) => b.value) ?? 0;
  const x = scaleLinear()
    .domain([0, top > 0 ? top : 1])
    .range([0, plotWidth])
    .nice();
  const y = scaleBand<number>()
    .domain(bars.map((_, i) => i))
    .range([TOP, TOP + bars.length * ROW])
    .padding(0.25);
  const left = labelWidth;
  const bottom = TOP + bars.length * ROW;

  // Counts get whole-number ticks only: half a finding means nothing.
  const whole = options.domainMax === undefined && bars.every((b) => Number.isInteger(b.value));
  const ticks = x
    .ticks(5)
    .filter((t) => !whole || Number.isInteger(t))
    .map(
      (t) =>
        line(left + x(t), TOP, left + x(t), bottom, { stroke: '#e0e0e0' }) +
        text(left + x(t), bottom + 16, `${t}${options.tickSuffix ?? ''}`, {
          'text-anchor': 'middle',
          'font-size': 10,
          fill: MUTED
        })
    )
    .join('');
  const rows = bars
    .map((bar, i) => {
      const yTop = y(i) ?? 0;
      const mid = yTop + y.bandwidth() / 2 + 4;
      const barWidth = x(Math.max(0, bar.value));
      return (
        text(left - 8, mid, bar.label, { 'text-anchor': 'end' }) +
        rect(left, yTop, barWidth, y.bandwidth(), {
          fill: options.fill ?? '#37474f',
          stroke: INK,
          'stroke-width': 0.5
        }) +
        text(left + barWidth + 6, mid, shown[i])
      );
    })
    .join('');
  const axis = line(left, TOP, left, bottom, { stroke: INK });
  const empty =
    bars.length === 0 ? text(left + 8, TOP + ROW / 2 + 4, 'No data', { fill: MUTED }) : '';

  const svg = svgDocument({
    width,
    height,
    title: options.title,
    desc: options.desc,
    body: ticks + rows + axis + empty
  });
  const lines = bars.map((b, i) => `${b.label}: ${shown[i]}`);
  return {
    svg,
    text: [`${options.title}.`, ...(lines.length ? lines : ['No data.'])].join('\n'),
    width,
    height: Math.ceil(height)
  };
}
