/** The report model from an assessment's results (SPEC §9). */
import { compareAssessments } from '../compare/compare';
import { scoreText, stageName, day } from './format';
import { comparisonSection, methodologyParagraphs, notAssessed, sourceRows } from './methodology';
import { namer } from './names';
import { pseudonymise } from './pseudonymise';
import {
  findingCounts,
  findingsSection,
  kpiTiles,
  maturitySteps,
  roadmapRows,
  topRisks
} from './sections';
import { roadmapTimeline } from './timeline';
import type { ReportInput, ReportModel } from './types';

/**
 * Builds the whole report as plain data. Pure: the same input gives the same model (the
 * generation date is an input, never the clock). With `pseudonymise`, every identity is
 * replaced by its alias before the model is returned.
 */
export function buildReportModel(input: ReportInput): ReportModel {
  const names = namer(input.records);
  const client = input.assessment.client || 'the client';
  const rows = roadmapRows(input.roadmap, names);

  const model: ReportModel = {
    meta: {
      title: 'Zero Trust identity assessment',
      client: input.assessment.client,
      assessor: input.assessment.assessor,
      scope: input.assessment.scope,
      asOf: day(input.asOf),
      generatedAt: input.generatedAt,
      confidentiality:
        input.confidentiality ?? `CONFIDENTIAL — prepared for ${client}; do not distribute`,
      pseudonymised: false
    },
    summary: {
      answered: input.score.overall !== null,
      overall: scoreText(input.score.overall),
      overallStage: stageName(input.score.overall),
      findingCounts: findingCounts(input.findings),
      topRisks: topRisks(input.findings, names),
      kpiTiles: kpiTiles(input.kpis)
    },
    maturity: {
      steps: maturitySteps(input.score),
      overrides: input.overrides ?? [],
      radar: input.charts?.radar,
      bars: input.charts?.stepBars
    },
    findings: findingsSection(input.findings, names),
    roadmap: { timeline: roadmapTimeline(rows), rows },
    metrics: input.kpis.map((k) => ({
      id: k.id,
      label: k.label,
      value: kpiTiles([k])[0].value,
      definition: k.definition
    })),
    methodology: {
      paragraphs: methodologyParagraphs(input.asOf),
      sources: sourceRows(input.sources),
      ...notAssessed(input.kpis, input.findings)
    },
    identities: []
  };
  if (input.baseline) {
    const current = { kpis: input.kpis, findings: input.findings, score: input.score };
    const c = compareAssessments(current, input.baseline.snapshot);
    model.comparison = comparisonSection(input.baseline.label, c, input.kpis, names);
  }
  model.identities = names.mentioned();
  return input.pseudonymise ? pseudonymise(model, input.pseudonymise.salt) : model;
}
