/**
 * The report model laid out as a pdfmake document definition. Pure data: nothing here loads
 * pdfmake, so the layout can be tested and inspected without rendering.
 */
import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces';
import { day } from './format';
import { comparison, methodology } from './pdf-appendix';
import { STYLES } from './pdf-layout';
import { findings, maturity, metrics, roadmap, summary } from './pdf-sections';
import type { ReportModel } from './types';

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
