/** The PDF report of the open assessment: its input, its salt, and the render (SPEC §9). */
import type { AnalysisResult } from '$lib/core/analysis/result';
import type { Assessment } from '$lib/core/assessment';
import { snapshotOf } from '$lib/core/compare/snapshot';
import type { Acceptance } from '$lib/core/findings/types';
import type { Answer, QuestionBank } from '$lib/core/questionnaire';
import type { RoadmapAction } from '$lib/core/roadmap';
import type { ReportInput } from '$lib/core/report';
import { answerOverrides } from '$lib/core/report/overrides';
import { reportDate } from '$lib/core/report/report-date';
import { getDocs, putDoc } from '$lib/db/docs';
import {
  workerInput,
  type ReportRequest,
  type ReportResponse
} from '../../workers/report-protocol';
import type { LoadedBaseline } from './baseline.svelte';
import { loadReportWorker } from './lazy';

export interface PdfOptions {
  /** Empty: the default marking that names the client. */
  confidentiality: string;
  pseudonymise: boolean;
  includeComparison: boolean;
}

export const DEFAULT_PDF_OPTIONS: PdfOptions = {
  confidentiality: '',
  pseudonymise: false,
  includeComparison: true
};

const SALT_KEY = 'report-salt';
const OPTIONS_KEY = 'report-options';

/**
 * The assessment's pseudonym salt, made once and stored with it (and so in its workbook file),
 * so that a person keeps the same alias in every report of this assessment.
 */
export async function reportSalt(assessmentId: string): Promise<string> {
  const stored = (await getDocs<unknown>(assessmentId, SALT_KEY)).get('');
  if (typeof stored === 'string' && stored.length >= 16) return stored;
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  const salt = [...bytes].map((b) => b.toString(16).padStart(2, '0')).join('');
  await putDoc(assessmentId, SALT_KEY, salt);
  return salt;
}

/** The options chosen last time for this assessment. */
export async function loadPdfOptions(assessmentId: string): Promise<PdfOptions> {
  const stored = (await getDocs<Partial<PdfOptions>>(assessmentId, OPTIONS_KEY)).get('');
  return { ...DEFAULT_PDF_OPTIONS, ...stored };
}

export function savePdfOptions(assessmentId: string, options: PdfOptions): Promise<void> {
  return putDoc(assessmentId, OPTIONS_KEY, { ...options });
}

export interface PdfSources {
  assessment: Assessment;
  analysis: AnalysisResult;
  actions: RoadmapAction[];
  /** When the newest roadmap edit was made. */
  lastEditAt?: string;
  baseline?: LoadedBaseline;
}

/**
 * The report input. The report date is the newest change stored in the assessment, never the
 * clock, so the same stored data (or workbook file) gives the same PDF.
 */
export function reportInput(s: PdfSources, options: PdfOptions, salt: string): ReportInput {
  const { analysis } = s;
  const answers = (analysis.extra.answers as Answer[] | undefined) ?? [];
  const bank = analysis.extra.bank as QuestionBank | undefined;
  const acceptances = analysis.findings
    .map((f) => f.acceptance)
    .filter((x): x is Acceptance => !!x);
  return {
    assessment: s.assessment,
    asOf: analysis.asOf.date,
    generatedAt: reportDate({
      assessment: s.assessment,
      answers,
      acceptances,
      others: [s.lastEditAt, ...analysis.sources.map((x) => x.importedAt)]
    }),
    confidentiality: options.confidentiality.trim() || undefined,
    kpis: analysis.kpis,
    findings: analysis.findings,
    score: snapshotOf(analysis).score,
    roadmap: s.actions,
    sources: analysis.sources,
    records: analysis.records,
    charts: { radar: analysis.charts.radar, stepBars: analysis.charts.stepBars },
    baseline:
      options.includeComparison && s.baseline
        ? { label: s.baseline.label, snapshot: s.baseline.snapshot }
        : undefined,
    pseudonymise: options.pseudonymise ? { salt } : undefined,
    overrides: bank ? answerOverrides(bank, answers) : []
  };
}

interface Pending {
  resolve: (bytes: Uint8Array) => void;
  reject: (error: Error) => void;
}

/**
 * Renders reports in the report worker, so pdfmake never holds the page thread. One worker
 * serves every click while the Report page is open (pdfmake and its fonts load once); it is
 * started on the first click, replaced after a failure, and ended by `dispose`.
 */
export class ReportRenderer {
  private worker: Worker | null = null;
  private pending = new Map<number, Pending>();
  private requestId = 0;
  private disposed = false;

  /** The PDF of the input; rejects with a plain-sentence error when the worker fails. */
  async render(input: ReportInput): Promise<Uint8Array> {
    const { default: ReportWorker } = await loadReportWorker();
    if (this.disposed) throw new Error('The Report page was closed.');
    const worker = (this.worker ??= this.start(new ReportWorker()));
    const request: ReportRequest = { requestId: ++this.requestId, input: workerInput(input) };
    return new Promise<Uint8Array>((resolve, reject) => {
      this.pending.set(request.requestId, { resolve, reject });
      try {
        worker.postMessage(request);
      } catch (e) {
        // A DataCloneError: something in the input cannot cross to the worker.
        this.pending.delete(request.requestId);
        reject(e instanceof Error ? e : new Error(String(e)));
      }
    });
  }

  /** Ends the worker; a render still running is dropped, not reported as a failure. */
  dispose(): void {
    this.disposed = true;
    this.pending.clear();
    this.worker?.terminate();
    this.worker = null;
  }

  private start(worker: Worker): Worker {
    worker.onmessage = (e: MessageEvent<ReportResponse>) => {
      const reply = e.data;
      const waiting = this.pending.get(reply.requestId);
      if (!waiting) return;
      if (!reply.ok) {
        this.fail(new Error(`The report could not be rendered (${reply.message}).`));
        return;
      }
      this.pending.delete(reply.requestId);
      waiting.resolve(reply.bytes);
    };
    worker.onerror = (e) => {
      e.preventDefault();
      this.fail(new Error(`The report worker stopped (${e.message || 'it did not start'}).`));
    };
    worker.onmessageerror = () => this.fail(new Error('The report came back unreadable.'));
    return worker;
  }

  /** Rejects every waiting render and ends the worker, so the next click starts a fresh one. */
  private fail(error: Error): void {
    for (const waiting of this.pending.values()) waiting.reject(error);
    this.pending.clear();
    this.worker?.terminate();
    this.worker = null;
  }
}
