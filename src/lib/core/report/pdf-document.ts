/**
 * The report model laid out as a pdfmake document definition. Pure data: nothing here loads
 * pdfmake, so the layout can be tested and inspected without rendering.
 */
import type { Content, TableCell, TDocumentDefinitions } from 'pdfmake/interfaces';
import { day } from './format';
import { SEVERITY_COLOUR } from './timeline';
import {
  chart,
  CONTENT_WIDTH,
  h1,
  h2,
  list,
  para,
  severityCell,
  STYLES,
  table,
  td
} from './pdf-layout';
import type { FindingEntry, ReportModel } from './types';

function cover(m: ReportModel): Content {
  const fields: [string, string][] = [
    ['Client', m.meta.client],
    ['Assessor', m.meta.assessor],
    ['Report date', day(m.meta.generatedAt)],
    ['As-of date', m.meta.asOf],
    ['Scope', m.meta.scope]
  ];
  return {
    stack: [
      { text: m.meta.title, fontSize: 26, bold: true, color: '#1b2a3a', margin: [0, 150, 0, 8] },
      { text: m.meta.client, fontSize: 18, color: '#3b5066', margin: [0, 0, 0, 40] },
      {
        table: {
          widths: [90, '*'],
          body: fields.map(([k, v]) => [
            { text: k, bold: true, fontSize: 10, color: '#3b5066' },
            { text: v || '—', fontSize: 10 }
          ])
        },
        layout: 'noBorders'
      },
      {
        text: m.meta.confidentiality,
        bold: true,
        fontSize: 10,
        color: '#9b1c1c',
        margin: [0, 60, 0, 0]
      },
      m.meta.pseudonymised
        ? {
            text: 'Identities in this report are pseudonymised.',
            fontSize: 9,
            margin: [0, 6, 0, 0]
          }
        : { text: '' }
    ]
  };
}

function summary(m: ReportModel): Content[] {
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
      text: [
        { text: 'Overall maturity: ', fontSize: 12 },
        { text: `${s.overall} / 4.0`, fontSize: 20, bold: true },
        { text: `  (${s.overallStage})`, fontSize: 12 }
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

function maturity(m: ReportModel): Content[] {
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

function findings(m: ReportModel): Content[] {
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

function roadmap(m: ReportModel): Content[] {
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
          [14, '*', 24, 40, 34, 48, 56, 44, 30]
        )
      : para('No actions: no open findings and no gaps to targets.')
  ];
}

function metrics(m: ReportModel): Content[] {
  return [
    h1('Metric definitions'),
    table(
      ['Metric', 'Value', 'Definition'],
      m.metrics.map((k) => [td(k.label, { bold: true }), td(k.value), td(k.definition)]),
      [110, 60, '*']
    )
  ];
}

function methodology(m: ReportModel): Content[] {
  const x = m.methodology;
  const out: Content[] = [
    h1('Methodology and data sources'),
    ...x.paragraphs.map(para),
    h2('Data sources')
  ];
  out.push(
    x.sources.length > 0
      ? table(
          ['File', 'Format', 'System', 'Exported', 'Accepted', 'Rejected', 'Warnings'],
          x.sources.map((s) => [
            td(s.fileName),
            td(s.format),
            td(s.system),
            td(s.exportedAt),
            td(s.accepted, { alignment: 'right' }),
            td(s.rejected, { alignment: 'right' }),
            td(s.warnings, { alignment: 'right' })
          ]),
          // Fixed widths: a long file name wraps inside its column instead of widening it.
          [150, 80, 38, 62, 38, 38, 38]
        )
      : para('No files were imported.')
  );
  out.push(h2('Not assessed'));
  if (x.notAssessedKpis.length === 0 && x.notAssessedRules.length === 0) {
    out.push(para('Every metric and rule had its inputs.'));
  }
  if (x.notAssessedKpis.length > 0) {
    out.push(
      table(
        ['Metric', 'Needs'],
        x.notAssessedKpis.map((k) => [td(k.label), td(k.needs)]),
        [150, '*']
      )
    );
  }
  if (x.notAssessedRules.length > 0) {
    out.push(
      table(
        ['Rule', 'Title', 'Needs'],
        x.notAssessedRules.map((r) => [td(r.ruleId), td(r.title), td(r.needs)]),
        [62, '*', 170]
      )
    );
  }
  return out;
}

function comparison(m: ReportModel): Content[] {
  const c = m.comparison;
  if (!c) return [];
  const changeList = (items: { ruleId: string; title: string; count: number }[], empty: string) =>
    items.length > 0
      ? {
          ul: items.map((f) => `${f.ruleId} ${f.title} (${f.count})`),
          style: 'td',
          margin: [0, 0, 0, 6]
        }
      : para(empty);
  return [
    h1(`Comparison with ${c.baselineLabel}`),
    h2('Metrics'),
    table(
      ['Metric', 'Before', 'Now', 'Change', 'Verdict'],
      c.kpis.map((k) => [td(k.label), td(k.baseline), td(k.current), td(k.delta), td(k.verdict)]),
      ['*', 70, 70, 50, 70]
    ),
    h2('Scores'),
    table(
      ['', 'Before', 'Now', 'Change'],
      c.score.map((s) => [td(s.label), td(s.baseline), td(s.current), td(s.delta)]),
      ['*', 70, 70, 50]
    ),
    h2(`New findings (${c.newFindings.length})`),
    changeList(c.newFindings, 'None.') as Content,
    h2(`Resolved findings (${c.resolved.length})`),
    changeList(c.resolved, 'None.') as Content,
    h2(`Persisting findings (${c.persisting.length})`),
    c.persisting.length > 0
      ? table(
          ['Rule', 'Finding', 'Now', 'Newly affected', 'No longer affected'],
          c.persisting.map((f) => [
            td(f.ruleId),
            td(f.title),
            td(f.count),
            td(list(f.added)),
            td(list(f.removed))
          ]),
          [62, '*', 30, 110, 110]
        )
      : para('None.')
  ];
}

/** The pdfmake document: cover, contents, sections, page numbers, metadata from the model. */
export function reportDocument(m: ReportModel): TDocumentDefinitions {
  const created = new Date(m.meta.generatedAt);
  return {
    pageSize: 'A4',
    pageMargins: [40, 56, 40, 50],
    info: {
      title: `${m.meta.title} — ${m.meta.client}`,
      author: m.meta.assessor,
      subject: m.meta.confidentiality,
      creator: 'Zero Trust Identity Workbook',
      producer: 'Zero Trust Identity Workbook',
      creationDate: created,
      modDate: created
    },
    defaultStyle: { font: 'Roboto', fontSize: 9 },
    styles: STYLES,
    header: (page: number) =>
      page === 1
        ? null
        : {
            columns: [
              { text: `${m.meta.title} — ${m.meta.client}`, style: 'small' },
              { text: m.meta.confidentiality, style: 'small', alignment: 'right', color: '#9b1c1c' }
            ],
            margin: [40, 24, 40, 0]
          },
    footer: (page: number, pages: number) => ({
      text: `Page ${page} of ${pages}`,
      style: 'small',
      alignment: 'center',
      margin: [40, 18, 40, 0]
    }),
    // A sub-heading alone at the foot of a page moves to the next page with its table.
    pageBreakBefore: (node, queries) =>
      node.headlineLevel === 2 && queries.getFollowingNodesOnPage().length === 0,
    content: [
      cover(m),
      { toc: { title: { text: 'Contents', style: 'h1' } }, pageBreak: 'before' },
      ...summary(m),
      ...maturity(m),
      ...findings(m),
      ...roadmap(m),
      ...metrics(m),
      ...methodology(m),
      ...comparison(m)
    ]
  };
}
