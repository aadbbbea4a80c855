import { describe, expect, it } from 'vitest';
import { escapeXml, radarChart, stepBars } from '../../../src/lib/core/charts/radar';
import { scoreQuestionnaire } from '../../../src/lib/core/questionnaire';
import { answer, tinyBank } from '../questionnaire/fixtures';

// Step 1: 2; step 2: 2 and 3 → 2.5; step 3: 4; step 4: unanswered; step 5: 1. Targets 3 but step 1 at 4.
const BANK = tinyBank([1, 2, 1, 1, 1]);
const SCORE = scoreQuestionnaire(
  BANK,
  [
    answer('t1-q1', 2),
    answer('t2-q1', 2),
    answer('t2-q2', 3),
    answer('t3-q1', 4),
    answer('t5-q1', 1)
  ],
  { '1': 4 }
);

/** The visible text of each <text> element, its tspans joined by spaces. */
function texts(svg: string): string[] {
  return [...svg.matchAll(/<text[^>]*>(.*?)<\/text>/g)].map((m) =>
    m[1]
      .replace(/<[^>]+>/g, ' ')
      .replace(/\s+/g, ' ')
      .trim()
  );
}

function series(svg: string, tag: 'path' | 'rect', name: string): string[] {
  return [...svg.matchAll(new RegExp(`<${tag} data-series="${name}"[^>]*/>`, 'g'))].map(
    (m) => m[0]
  );
}

describe('radarChart', () => {
  const { svg, text } = radarChart(SCORE);

  it('radarChart(score) labels the five steps with their scores', () => {
    const labels = texts(svg);
    expect(labels).toContain('1. Inventory and visibility 2 / 4');
    expect(labels).toContain('2. Strong authentication 2.5 / 3');
    expect(labels).toContain('3. Adaptive access and least privilege 4 / 3');
    expect(labels).toContain('4. Continuous monitoring not answered');
    expect(labels).toContain('5. Automation and metrics 1 / 3');
  });

  it('radarChart(score) draws two closed polygons: target dashed, current solid', () => {
    const target = series(svg, 'path', 'target');
    const current = series(svg, 'path', 'current');
    expect(target).toHaveLength(1);
    expect(current).toHaveLength(1);
    expect(target[0]).toMatch(/d="M[^"]*Z"/);
    expect(current[0]).toMatch(/d="M[^"]*Z"/);
    expect(target[0]).toContain('stroke-dasharray');
    expect(current[0]).not.toContain('stroke-dasharray');
  });

  it('radarChart(score) puts step 1 straight up at its score on a 0–4 scale', () => {
    // Width 480: the stage-4 ring has radius 480 / 2 − 125 = 115, so stage 2 is 57.5 up and
    // the target 4 is 115 up; step 4 (unanswered) sits at the centre.
    const current = series(svg, 'path', 'current')[0];
    const target = series(svg, 'path', 'target')[0];
    expect(current).toContain('d="M0,-57.5L');
    expect(target).toContain('d="M0,-115L');
    const vertices = current.match(/d="([^"]+)"/)?.[1].split('L') ?? [];
    expect(vertices[3]).toBe('0,0');
  });

  it('radarChart(score) reports the size written on the svg element', () => {
    const out = radarChart(SCORE);
    expect(out.svg).toContain(`width="${out.width}" height="${out.height}"`);
    expect(out.svg).toContain(`viewBox="0 0 ${out.width} ${out.height}"`);
    expect(out.width).toBe(480);
  });

  it('radarChart(score) is an accessible image with title and description', () => {
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg"[^>]* role="img"/);
    expect(svg).toContain('<title>Maturity by step: current and target</title>');
    expect(svg).toContain('<desc>Maturity by step: current and target (stages 0 to 4).');
    expect(text.split('\n')).toEqual([
      'Maturity by step: current and target (stages 0 to 4).',
      'Step 1, Inventory and visibility: current 2, target 4.',
      'Step 2, Strong authentication: current 2.5, target 3.',
      'Step 3, Adaptive access and least privilege: current 4, target 3.',
      'Step 4, Continuous monitoring: not answered, target 3.',
      'Step 5, Automation and metrics: current 1, target 3.',
      'Overall maturity 2.4 of 4.'
    ]);
  });

  it('radarChart(score) uses inline attributes only, with the report font on every text', () => {
    expect(svg).not.toMatch(/class=|<style|style=/);
    const opened = svg.match(/<text /g)?.length ?? 0;
    expect(opened).toBeGreaterThan(5);
    expect(svg.match(/<text [^>]*font-family="Roboto, sans-serif"/g)).toHaveLength(opened);
    expect(svg.match(/<\/text>/g)).toHaveLength(opened);
  });

  it('radarChart(score, options) escapes labels and title', () => {
    const out = radarChart(SCORE, { title: 'A "B" & C', labels: { 1: 'R&D <core>' } });
    expect(out.svg).toContain('<title>A &quot;B&quot; &amp; C</title>');
    expect(out.svg).toContain('R&amp;D');
    expect(out.svg).toContain('&lt;core&gt;');
    expect(out.svg).not.toContain('<core>');
    expect(out.text).toContain('Step 1, R&D <core>: current 2, target 4.');
  });
});

describe('stepBars', () => {
  const { svg, text } = stepBars(SCORE);

  it('stepBars(score) draws a solid current bar and a dashed target outline per step', () => {
    const current = series(svg, 'rect', 'current');
    const target = series(svg, 'rect', 'target');
    expect(current).toHaveLength(5);
    expect(target).toHaveLength(5);
    for (const rect of target) expect(rect).toContain('stroke-dasharray');
    for (const rect of current) expect(rect).not.toContain('stroke-dasharray');
  });

  it('stepBars(score) sizes bars on a 0–4 scale', () => {
    // Width 520: the scale runs from x 190 to 464, so one stage is 68.5 px wide.
    const widths = series(svg, 'rect', 'current').map((r) => r.match(/width="([^"]+)"/)?.[1]);
    expect(widths).toEqual(['137', '171.25', '274', '0', '68.5']);
    const targets = series(svg, 'rect', 'target').map((r) => r.match(/width="([^"]+)"/)?.[1]);
    expect(targets).toEqual(['274', '205.5', '205.5', '205.5', '205.5']);
  });

  it('stepBars(score) labels each step and shares the text description', () => {
    const labels = texts(svg);
    expect(labels).toContain('1. Inventory and visibility');
    expect(labels).toContain('3. Adaptive access and least privilege');
    expect(labels).toContain('not answered');
    expect(svg).toMatch(/ role="img"/);
    expect(text).toBe(radarChart(SCORE).text);
  });
});

describe('escapeXml', () => {
  it('escapeXml(text) escapes the five XML specials', () => {
    expect(escapeXml(`<a href="x">'&'</a>`)).toBe(
      '&lt;a href=&quot;x&quot;&gt;&apos;&amp;&apos;&lt;/a&gt;'
    );
  });
});
