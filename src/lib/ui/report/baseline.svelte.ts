/**
 * Baselines loaded on the Report page, kept in memory per assessment for this session only:
 * an earlier workbook is read for comparison and the PDF, never stored as an assessment.
 */
import type { Baseline } from '$lib/core/compare/baseline';
import { decodeWorkbook } from '$lib/core/workbook/format';
import { loadBaseline } from './lazy';

export interface LoadedBaseline extends Baseline {
  fileName: string;
  /** The workbook names another client than the open assessment. */
  otherClient: boolean;
  /** Milliseconds the analysis of the workbook took on this page. */
  analysedMs: number;
}

export type BaselineRead = { ok: true; baseline: LoadedBaseline } | { ok: false; message: string };

/** Lets the status line paint before the page thread is busy. */
const paint = () => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));

class BaselineStore {
  private byAssessment = $state.raw<Record<string, LoadedBaseline>>({});

  get(assessmentId: string): LoadedBaseline | undefined {
    return this.byAssessment[assessmentId];
  }

  clear(assessmentId: string): void {
    const { [assessmentId]: _gone, ...rest } = this.byAssessment;
    this.byAssessment = rest;
  }

  /**
   * Reads a workbook file and analyses it on this page (the analysis is pure; a moderate
   * assessment takes well under a second, a very large one blocks the page for a while).
   */
  async read(assessmentId: string, client: string, file: File): Promise<BaselineRead> {
    const read = decodeWorkbook(new Uint8Array(await file.arrayBuffer()), file.name);
    if (!read.ok) return read;
    const [{ analyseBaseline, sameClient }] = await Promise.all([loadBaseline(), paint()]);
    const started = performance.now();
    const baseline = analyseBaseline(read.file);
    const loaded: LoadedBaseline = {
      ...baseline,
      fileName: file.name,
      otherClient: !sameClient(baseline.client, client),
      analysedMs: Math.round(performance.now() - started)
    };
    this.byAssessment = { ...this.byAssessment, [assessmentId]: loaded };
    return { ok: true, baseline: loaded };
  }
}

export const baselines = new BaselineStore();
