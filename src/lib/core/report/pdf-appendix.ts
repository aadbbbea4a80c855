/** PDF layout of the closing sections: methodology and data sources, comparison. */
import type { Content } from 'pdfmake/interfaces';
import { h1, h2, list, para, table, td } from './pdf-layout';
import type { ReportModel } from './types';

/** How the work was done, the files, and what was not assessed. */
export function methodology(m: ReportModel): Content[] {
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

/** The comparison with a baseline assessment, when there is one. */
export function comparison(m: ReportModel): Content[] {
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
