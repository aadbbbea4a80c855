/**
 * Maturity charts as SVG strings: the radar of current against target per step, and the same
 * as horizontal bars. Pure, built from d3 scales and shapes, so the screen ({@html}) and the
 * PDF (pdfmake's SVG node) draw the same picture. Inline attributes only, since pdfmake reads
 * no stylesheet; black and white: target dashed, current solid.
 */
import { curveLinearClosed, lineRadial, scaleBand, scaleLinear } from 'd3';
import { STEP_TITLES, STEPS } from '../model';
import type { Step } from '../model';
import type { Score, StepScore } from '../questionnaire/score';

export interface MaturityChartOptions {
  /** Width of the drawing in px (the radar is square). */
  width?: number;
  title?: string;
  /** Axis labels per step; the step titles by default. */
  labels?: Partial<Record<Step, string>>;
}

/** Same shape as charts/types Chart, so the report lays every chart out alike. */
export interface MaturityChart {
  svg: string;
  /** The same content as sentences: for screen readers, the PDF and the tests. */
  text: string;
  width: number;
  height: number;
}

const FONT = 'font-family="Roboto, sans-serif"';
const INK = '#000000';
const GRID = '#b0b0b0';
const MAX_STAGE = 4;
const DASH = 'stroke-dasharray="6 4"';

/** Escapes text and attribute values for XML. */
export function escapeXml(value: string): string {
  return value
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

/** A radar of the five steps: current (solid, shaded) against target (dashed). */
export function radarChart(score: Score, options: MaturityChartOptions = {}): MaturityChart {
  const width = options.width ?? 480;
  const title = options.title ?? 'Maturity by step: current and target';
  const steps = orderedSteps(score);
  // Room for the wrapped labels: about 120 px beside the sides, four lines above and below.
  const outer = Math.max(60, width / 2 - 125);
  const labelRadius = outer + 16;
  const cx = width / 2;
  const cy = labelRadius + 4 * 13;
  const legendY = cy + labelRadius * Math.cos(Math.PI / 5) + 5 * 13 + 16;
  const height = Math.ceil(legendY + 18);
  const radius = scaleLinear().domain([0, MAX_STAGE]).range([0, outer]);
  const angle = (i: number): number => (i * 2 * Math.PI) / steps.length;
  const outline = lineRadial<number>()
    .angle((_, i) => angle(i))
    .radius((v) => radius(v))
    .curve(curveLinearClosed)
    .digits(2);
  const polygon = (values: number[]): string => outline(values) ?? '';
  const point = (i: number, r: number): [number, number] => [
    r * Math.sin(angle(i)),
    -r * Math.cos(angle(i))
  ];

  const rings = [1, 2, 3, 4]
    .map(
      (stage) =>
        `<path d="${polygon(steps.map(() => stage))}" fill="none" stroke="${GRID}" stroke-width="0.75"/>` +
        `<text x="4" y="${fmt(-radius(stage) - 2)}" ${FONT} font-size="9" fill="#555555">${stage}</text>`
    )
    .join('');
  const spokes = steps
    .map((_, i) => {
      const [x, y] = point(i, radius(MAX_STAGE));
      return `<line x1="0" y1="0" x2="${fmt(x)}" y2="${fmt(y)}" stroke="${GRID}" stroke-width="0.75"/>`;
    })
    .join('');

  const target = polygon(steps.map((s) => s.target));
  const current = polygon(steps.map((s) => s.score ?? 0));
  const dots = steps
    .map((s, i) => {
      const [x, y] = point(i, radius(s.score ?? 0));
      return `<circle cx="${fmt(x)}" cy="${fmt(y)}" r="3" fill="${INK}"/>`;
    })
    .join('');
  const labels = steps
    .map((s, i) => {
      const [x, y] = point(i, labelRadius);
      const anchor = Math.abs(x) < 1 ? 'middle' : x > 0 ? 'start' : 'end';
      const lines = [
        ...wrap(`${s.step}. ${labelOf(s, options)}`, 18),
        s.score === null ? 'not answered' : `${s.score} / ${s.target}`
      ];
      const top = y < 0 ? y - (lines.length - 1) * 13 : y + 4;
      return textBlock(lines, x, top, anchor, 11);
    })
    .join('');

  const body =
    `<rect width="${width}" height="${height}" fill="#ffffff"/>` +
    `<g transform="translate(${fmt(cx)},${fmt(cy)})">${rings}${spokes}` +
    `<path data-series="target" d="${target}" fill="none" stroke="${INK}" stroke-width="1.5" ${DASH}/>` +
    `<path data-series="current" d="${current}" fill="${INK}" fill-opacity="0.12" stroke="${INK}" stroke-width="2"/>` +
    `${dots}${labels}</g>` +
    legend(width / 2 - 80, legendY);
  const text = describe(title, steps, score, options);
  return { svg: frame(width, height, title, text, body), text, width, height };
}

/** Horizontal bars per step: current as a solid bar, target as a dashed outline. */
export function stepBars(score: Score, options: MaturityChartOptions = {}): MaturityChart {
  const width = options.width ?? 520;
  const title = options.title ?? 'Maturity by step: current and target';
  const steps = orderedSteps(score);
  const labelWidth = 190;
  const rowHeight = 36;
  const top = 8;
  const plotBottom = top + rowHeight * steps.length;
  const height = plotBottom + 24 + 30;
  const x = scaleLinear()
    .domain([0, MAX_STAGE])
    .range([labelWidth, width - 56]);
  const y = scaleBand<number>()
    .domain(steps.map((s) => s.step))
    .range([top, plotBottom])
    .padding(0.3);
  const band = y.bandwidth();

  const grid = [0, 1, 2, 3, 4]
    .map(
      (stage) =>
        `<line x1="${fmt(x(stage))}" y1="${top}" x2="${fmt(x(stage))}" y2="${plotBottom}" stroke="${GRID}" stroke-width="0.75"/>` +
        `<text x="${fmt(x(stage))}" y="${plotBottom + 14}" text-anchor="middle" ${FONT} font-size="9" fill="#555555">${stage}</text>`
    )
    .join('');
  const rows = steps
    .map((s) => {
      const y0 = y(s.step) ?? 0;
      const current = s.score ?? 0;
      const value = s.score === null ? 'not answered' : `${s.score} / ${s.target}`;
      const lines = wrap(`${s.step}. ${labelOf(s, options)}`, 28);
      // Centre the block of lines on the bar.
      const firstLine = y0 + band / 2 + 4 - ((lines.length - 1) * 13) / 2;
      const label = textBlock(lines, labelWidth - 8, firstLine, 'end', 11);
      return (
        label +
        `<rect data-series="target" x="${fmt(x(0))}" y="${fmt(y0)}" width="${fmt(x(s.target) - x(0))}" height="${fmt(band)}" fill="none" stroke="${INK}" stroke-width="1.25" ${DASH}/>` +
        `<rect data-series="current" x="${fmt(x(0))}" y="${fmt(y0 + band * 0.2)}" width="${fmt(x(current) - x(0))}" height="${fmt(band * 0.6)}" fill="#404040"/>` +
        `<text x="${fmt(x(Math.max(current, s.target)) + 6)}" y="${fmt(y0 + band / 2 + 4)}" ${FONT} font-size="10" fill="${INK}">${escapeXml(value)}</text>`
      );
    })
    .join('');

  const body =
    `<rect width="${width}" height="${height}" fill="#ffffff"/>${grid}${rows}` +
    legend(labelWidth, plotBottom + 30);
  const text = describe(title, steps, score, options);
  return { svg: frame(width, height, title, text, body), text, width, height };
}

function orderedSteps(score: Score): StepScore[] {
  return STEPS.map(
    (step) =>
      score.steps.find((s) => s.step === step) ?? {
        step,
        title: STEP_TITLES[step],
        score: null,
        answered: 0,
        total: 0,
        na: 0,
        unknown: 0,
        unanswered: 0,
        completeness: 0,
        target: 3,
        gap: null
      }
  );
}

function labelOf(step: StepScore, options: MaturityChartOptions): string {
  return options.labels?.[step.step] ?? step.title;
}

function frame(width: number, height: number, title: string, desc: string, body: string): string {
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" ` +
    `viewBox="0 0 ${width} ${height}" role="img">` +
    `<title>${escapeXml(title)}</title><desc>${escapeXml(desc)}</desc>${body}</svg>`
  );
}

function legend(x: number, y: number): string {
  return (
    `<line x1="${fmt(x)}" y1="${fmt(y)}" x2="${fmt(x + 28)}" y2="${fmt(y)}" stroke="${INK}" stroke-width="2"/>` +
    `<text x="${fmt(x + 34)}" y="${fmt(y + 4)}" ${FONT} font-size="11" fill="${INK}">Current</text>` +
    `<line x1="${fmt(x + 100)}" y1="${fmt(y)}" x2="${fmt(x + 128)}" y2="${fmt(y)}" stroke="${INK}" stroke-width="1.5" ${DASH}/>` +
    `<text x="${fmt(x + 134)}" y="${fmt(y + 4)}" ${FONT} font-size="11" fill="${INK}">Target</text>`
  );
}

function textBlock(
  lines: string[],
  x: number,
  y: number,
  anchor: 'start' | 'middle' | 'end',
  size: number
): string {
  const spans = lines
    .map(
      (line, i) => `<tspan x="${fmt(x)}" dy="${i === 0 ? 0 : size + 2}">${escapeXml(line)}</tspan>`
    )
    .join('');
  return `<text x="${fmt(x)}" y="${fmt(y)}" text-anchor="${anchor}" ${FONT} font-size="${size}" fill="${INK}">${spans}</text>`;
}

/** Greedy word wrap; a word longer than the width keeps its own line. */
function wrap(text: string, max: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && line.length + 1 + word.length > max) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines;
}

function describe(
  title: string,
  steps: StepScore[],
  score: Score,
  options: MaturityChartOptions
): string {
  const lines = steps.map((s) =>
    s.score === null
      ? `Step ${s.step}, ${labelOf(s, options)}: not answered, target ${s.target}.`
      : `Step ${s.step}, ${labelOf(s, options)}: current ${s.score}, target ${s.target}.`
  );
  const overall =
    score.overall.score === null
      ? 'No step is answered yet.'
      : `Overall maturity ${score.overall.score} of 4.`;
  return [`${title} (stages 0 to 4).`, ...lines, overall].join('\n');
}

/** Coordinates with two decimals: enough for print, short enough to read in a diff. */
function fmt(value: number): string {
  return String(Math.round(value * 100) / 100);
}
