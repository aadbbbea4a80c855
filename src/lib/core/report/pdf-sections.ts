/** PDF layout of the main sections: summary, maturity, findings, roadmap, metrics. */
import type { Content, TableCell } from 'pdfmake/interfaces';
import { SEVERITY_COLOUR } from './timeline';
import { chart, CONTENT_WIDTH, h1, h2, list, para, severityCell, table, td } from './pdf-layout';
import type { FindingEntry, ReportModel } from './types';

/** The executive summary: overall score, finding counts, KPI tiles, top risks. */
export function summary(m: ReportModel): Content[] {
  const s = m.summary;
  const tiles = s.kpiTiles.map((t): Content => ({
    stack: [
      {
        text: t.value,
        fontSize: t.value === 'not assessed' ? 10 : 16,
        bold: true,
        color: '#1b2a3a'
      },
      { text: t.label, fontSize: 8, bold: true, margin: [0, 2, 0, 0] },
      { text: t.detail, style: 'small' }
    ],
    margin: [4, 4, 4, 4]
  }));
  const rows: Content[][] = [];
  for (let i = 0; i < tiles.length; i += 3) {
    const row: Content[] = tiles.slice(i, i + 3);
    while (row.length < 3) row.push({ text: '' });
    rows.push(row);
  }
  return [
    h1('Executive summary'),
    {
      text: s.answered
        ? [
            { text: 'Overall maturity: ', fontSize: 12 },
            { text: `${s.overall} / 4.0`, fontSize: 20, bold: true },
            { text: `  (${s.overallStage})`, fontSize: 12 }
          ]
        : [
            { text: 'Overall maturity: ', fontSize: 12 },
            { text: 'not scored yet', fontSize: 16, bold: true },
            { text: '  (the questionnaire has no answers)', fontSize: 12 }
          ],
      margin: [0, 0, 0, 10]
    },
    h2('Open findings by severity'),
    table(
      s.findingCounts.map((c) => c.severity),
      [
        s.findingCounts.map((c) =>
          td(c.count, {
            fontSize: 12,
            bold: true,
            color: c.count > 0 ? SEVERITY_COLOUR[c.severity] : '#555555'
          })
        )
      ],
      s.findingCounts.map(() => '*')
    ),
    h2('Key figures'),
    rows.length > 0
      ? {
          table: { widths: ['*', '*', '*'], body: rows, dontBreakRows: true },
          layout: {
            hLineColor: () => '#c8d0d8',
            vLineColor: () => '#c8d0d8',
            hLineWidth: () => 0.5,
            vLineWidth: () => 0.5
          }
        }
      : para('No metrics were computed.'),
    h2('Top risks'),
    s.topRisks.length > 0
      ? table(
          ['Severity', 'Finding', 'Affected', 'Examples'],
          s.topRisks.map((f) => [
            severityCell(f.severity),
            td(f.title),
            td(f.affectedCount),
            td(list(f.examples))
          ]),
          [50, '*', 40, 170]
        )
      : para('No open findings.')
  ];
}

/** Radar, step bars and the step table. */
export function maturity(m: ReportModel): Content[] {
  const out: Content[] = [h1('Maturity by step')];
  // No captions: the charts' text alternatives say what the table below already prints.
  if (m.maturity.radar) out.push(chart(m.maturity.radar.svg, 250));
  if (m.maturity.bars) out.push(chart(m.maturity.bars.svg, 400));
  out.push(
    table(
      ['Step', 'Current', 'Target', 'Gap'],
      m.maturity.steps.map((s) => [
        td(`${s.step}. ${s.title}`),
        td(s.current),
        td(s.target),
        td(s.gap)
      ]),
      ['*', 70, 70, 70]
    )
  );
  if (m.maturity.overrides.length > 0) {
    out.push(
      h2('Answers that differ from the data'),
      table(
        ['Question', 'Stage chosen', 'Reason given'],
        m.maturity.overrides.map((o) => [
          td(`${o.questionId}: ${o.question}`),
          td(o.stage),
          td(o.reason)
        ]),
        ['*', 70, '*']
      )
    );
  }
  return out;
}

function findingRow(f: FindingEntry): TableCell[] {
  return [
    td(f.ruleId),
    {
      stack: [
        { text: f.title, bold: true, fontSize: 8 },
        { text: f.why, style: 'small', margin: [0, 2, 0, 0] },
        { text: `Fix: ${f.remediation}`, style: 'small', margin: [0, 2, 0, 0] }
      ]
    },
    td(f.affectedCount, { alignment: 'right' }),
    td(list(f.examples))
  ];
}

/** Open findings by severity, then the accepted ones. */
export function findings(m: ReportModel): Content[] {
  const out: Content[] = [h1('Findings')];
  if (m.findings.bySeverity.length === 0) out.push(para('No open findings.'));
  for (const group of m.findings.bySeverity) {
    out.push(
      h2(`${group.severity[0].toUpperCase()}${group.severity.slice(1)} (${group.findings.length})`)
    );
    out.push(
      table(['Rule', 'Finding', 'Affected', 'Example identities'], group.findings.map(findingRow), [
        62,
        '*',
        38,
        140
      ])
    );
  }
  if (m.findings.accepted.length > 0) {
    out.push(h2(`Accepted findings (${m.findings.accepted.length})`));
    out.push(
      table(
        ['Rule', 'Finding', 'Severity', 'Affected', 'Reason', 'Until'],
        m.findings.accepted.map((f) => [
          td(f.ruleId),
          td(f.title),
          severityCell(f.severity),
          td(f.affectedCount),
          td(f.accepted?.reason ?? ''),
          td(f.accepted?.expires ?? '')
        ]),
        [62, '*', 45, 38, 120, 50]
      )
    );
  }
  return out;
}

/**
 * The roadmap table's action column, fixed rather than '*': a '*' column never narrows below
 * its longest word, so one long guest UPN among the examples pushed the last columns off the
 * page. 8 is each cell's left and right padding.
 */
const ROADMAP_ACTION_WIDTH = CONTENT_WIDTH - (14 + 24 + 40 + 34 + 48 + 56 + 44 + 30) - 9 * 8;

/** The timeline and the action table. */
export function roadmap(m: ReportModel): Content[] {
  const rows = m.roadmap.rows.map((r) => [
    td(r.order),
    {
      stack: [
        { text: r.title, fontSize: 8 },
        r.examples.length > 0 ? { text: list(r.examples), style: 'small' } : { text: '' }
      ]
    },
    td(r.step, { alignment: 'center' }),
    severityCell(r.severity),
    td(r.horizon),
    td(r.targetDate),
    td(r.owner || '—'),
    td(`${r.effort} / ${r.impact}`),
    td(r.quickWin ? 'yes' : '')
  ]);
  return [
    h1('Roadmap'),
    chart(m.roadmap.timeline.svg, CONTENT_WIDTH, m.roadmap.timeline.text),
    m.roadmap.rows.length > 0
      ? table(
          [
            '#',
            'Action',
            'Step',
            'Severity',
            'Days',
            'Target date',
            'Owner',
            'Effort / impact',
            'Quick win'
          ],
          rows,
          [14, ROADMAP_ACTION_WIDTH, 24, 40, 34, 48, 56, 44, 30]
        )
      : para('No actions: no open findings and no gaps to targets.')
  ];
}

/** Every KPI with its value and definition. */
export function metrics(m: ReportModel): Content[] {
  return [
    h1('Metric definitions'),
    table(
      ['Metric', 'Value', 'Definition'],
      m.metrics.map((k) => [td(k.label, { bold: true }), td(k.value), td(k.definition)]),
      [110, 60, '*']
    )
  ];
}
