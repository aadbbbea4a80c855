/// <reference lib="webworker" />
/**
 * The report worker: builds the report model and renders the PDF with pdfmake off the page,
 * which it would otherwise freeze for a second or more. pdfmake and its fonts live only here.
 */
import { answerReport } from './report-job';
import type { ReportRequest } from './report-protocol';

const scope = self as unknown as DedicatedWorkerGlobalScope;

scope.onmessage = async (event: MessageEvent<ReportRequest>) => {
  const reply = await answerReport(event.data);
  // The PDF's buffer moves to the page instead of being copied.
  scope.postMessage(reply, reply.ok ? [reply.bytes.buffer as ArrayBuffer] : []);
};
