/** Vertical columns over fixed bins, each column labelled with its count. */
import { max, scaleBand, scaleLinear } from 'd3';
import { INK, line, MUTED, rect, svgDocument, text } from './svg';
import type { Bar, Chart, ChartText } from './types';

export interface HistogramOptions extends ChartText {
  bins: Bar[];
  /** What the bins measure, written under the axis ("days since last sign-in"). */
  axisLabel: string;
  height?: number;
  fill?: string;
}

const TOP = 20;
const BOTTOM = 44;
const SIDE = 16;

/** Draws a histogram whose every column carries its count above it. */
export function histogram(options: HistogramOptions): Chart {
  const width = options.width ?? 520;
  const height = options.height ?? 240;
  const bins = options.bins;
  const plotBottom = height - BOTTOM;
  const x = scaleBand<number>()
    .domain(bins.map((_, i) => i))
    .range([SIDE, width - SIDE])
    .padding(0.15);
  const y = scaleLinear()
    .domain([0, Math.max(1, max(bins, (b) => b.value) ?? 0)])
    .range([plotBottom, TOP]);

  const columns = bins
    .map((bin, i) => {
      const left = x(i) ?? 0;
      const mid = left + x.bandwidth() / 2;
      const top = y(bin.value);
      return (
        rect(left, top, x.bandwidth(), plotBottom - top, {
          fill: options.fill ?? '#546e7a',
          stroke: INK,
          'stroke-width': 0.5
        }) +
        text(mid, top - 5, bin.display ?? String(bin.value), { 'text-anchor': 'middle' }) +
        text(mid, plotBottom + 16, bin.label, { 'text-anchor': 'middle', 'font-size': 11 })
      );
    })
    .join('');
  const axis = line(SIDE, plotBottom, width - SIDE, plotBottom, { stroke: INK });
  const caption = text(width / 2, height - 8, options.axisLabel, {
    'text-anchor': 'middle',
    'font-size': 11,
    fill: MUTED
  });

  const svg = svgDocument({
    width,
    height,
    title: options.title,
    desc: options.desc,
    body: columns + axis + caption
  });
  const lines = bins.map((b) => `${b.label}: ${b.display ?? b.value}`);
  return {
    svg,
    text: [`${options.title} (${options.axisLabel}).`, ...lines].join('\n'),
    width,
    height
  };
}
