/** The report worker's work: the report model from its input, then the PDF from the model. */
import { buildReportModel } from '../core/report/build';
import { renderPdf } from '../core/report/pdf';
import type { ReportRequest, ReportResponse } from './report-protocol';

/** Renders one request; a failure becomes a message, so the page never sees a stack trace. */
export async function answerReport(req: ReportRequest): Promise<ReportResponse> {
  try {
    const bytes = await renderPdf(buildReportModel(req.input));
    return { requestId: req.requestId, ok: true, bytes };
  } catch (e) {
    return {
      requestId: req.requestId,
      ok: false,
      message: e instanceof Error ? e.message : String(e)
    };
  }
}
