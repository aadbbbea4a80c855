import { describe, expect, it } from 'vitest';
import { histogram, horizontalBars, stackedBars } from '../../../src/lib/core/charts';

/** Every chart string must be one well-formed, self-contained SVG the PDF can read. */
function checkSvg(svg: string, width: number, height: number): void {
  expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
  expect(svg.endsWith('</svg>')).toBe(true);
  expect(svg).toContain(`width="${width}" height="${height}" viewBox="0 0 ${width} ${height}"`);
  expect(svg).toContain('role="img"');
  expect(svg).toMatch(/<title id="[^"]+">[^<]+<\/title><desc id="[^"]+">[^<]+<\/desc>/);
  expect(svg).not.toContain('class=');
  expect(svg).not.toContain('style=');
  // every ampersand starts an entity
  expect(svg).not.toMatch(/&(?!(amp|lt|gt|quot|apos);)/);
  // every text carries its font inline
  const texts = svg.match(/<text [^>]*>/g) ?? [];
  expect(texts.length).toBeGreaterThan(0);
  for (const t of texts) expect(t).toContain('font-family="Roboto, sans-serif"');
}

describe('horizontalBars', () => {
  it('horizontalBars(options) writes each label and value, escaped, in a valid SVG', () => {
    const chart = horizontalBars({
      title: 'Teams & <groups>',
      desc: 'A "quoted" description',
      bars: [
        { label: 'R&D <lab>', value: 3 },
        { label: 'Sales', value: 7, display: '7 accounts' }
      ]
    });
    checkSvg(chart.svg, chart.width, chart.height);
    expect(chart.svg).toContain('>R&amp;D &lt;lab&gt;</text>');
    expect(chart.svg).toContain('>7 accounts</text>');
    expect(chart.svg).toContain(
      '<title id="ztw-teams-groups-title">Teams &amp; &lt;groups&gt;</title>'
    );
    expect(chart.svg).not.toContain('<lab>');
    expect(chart.text).toBe('Teams & <groups>.\nR&D <lab>: 3\nSales: 7 accounts');
  });

  it('horizontalBars(options) makes the longest bar proportional to its value', () => {
    const chart = horizontalBars({
      title: 't',
      desc: 'd',
      bars: [
        { label: 'a', value: 5 },
        { label: 'b', value: 10 }
      ]
    });
    const widths = [
      ...chart.svg.matchAll(
        /<rect x="[\d.]+" y="[\d.]+" width="([\d.]+)" height="[\d.]+" fill="#37474f"/g
      )
    ].map((m) => Number(m[1]));
    expect(widths).toHaveLength(2);
    expect(widths[1] / widths[0]).toBeCloseTo(2, 1);
  });

  it('horizontalBars(options) says "No data" when there are no bars', () => {
    const chart = horizontalBars({ title: 'Empty', desc: 'nothing', bars: [] });
    checkSvg(chart.svg, chart.width, chart.height);
    expect(chart.svg).toContain('>No data</text>');
    expect(chart.text).toBe('Empty.\nNo data.');
  });
});

describe('stackedBars', () => {
  const series = [
    { key: 'a', label: 'Alpha', fill: '#000000', ink: '#ffffff' },
    { key: 'b', label: 'Beta', fill: '#ffffff', ink: '#000000', hatch: '#777777' }
  ];

  it('stackedBars(options) labels segments with counts, hatches via a pattern and draws a legend', () => {
    const chart = stackedBars({
      title: 'Split',
      desc: 'two series',
      series,
      rows: [
        { label: 'One', values: { a: 3, b: 1 } },
        { label: 'Two', values: { a: 0, b: 2 } }
      ]
    });
    checkSvg(chart.svg, chart.width, chart.height);
    expect(chart.svg).toContain('<pattern id="ztw-split-b"');
    expect(chart.svg).toContain('fill="url(#ztw-split-b)"');
    for (const label of [
      '>3</text>',
      '>1</text>',
      '>2</text>',
      '>Alpha</text>',
      '>Beta</text>',
      '>n = 4</text>'
    ]) {
      expect(chart.svg).toContain(label);
    }
    expect(chart.text).toBe('Split.\nOne (4): Alpha 3, Beta 1\nTwo (2): Alpha 0, Beta 2');
  });
});

describe('histogram', () => {
  it('histogram(options) writes each bin label and its count above the column', () => {
    const chart = histogram({
      title: 'Ages',
      desc: 'bins',
      axisLabel: 'days',
      bins: [
        { label: '0–30', value: 4 },
        { label: '>365', value: 0 }
      ]
    });
    checkSvg(chart.svg, chart.width, chart.height);
    expect(chart.svg).toContain('>0–30</text>');
    expect(chart.svg).toContain('>&gt;365</text>');
    expect(chart.svg).toContain('>4</text>');
    expect(chart.text).toBe('Ages (days).\n0–30: 4\n>365: 0');
  });
});
