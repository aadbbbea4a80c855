/**
 * The open assessment as the pages see it: its record, its analysis (computed in a worker),
 * and the import session. Pages read it from context; nothing else talks to the workers.
 */
import { getContext, setContext } from 'svelte';
import type { AnalysisResult } from '../../core/analysis/result';
import type { Assessment } from '../../core/assessment';
import { getAssessment, updateAssessment } from '../../db/assessments';
import { describeStorageError } from '../../db/errors';
import AnalysisWorker from '../../workers/analysis.worker.ts?worker&inline';
import { ImportSession } from './import.svelte';

const KEY = Symbol('assessment');

export class AssessmentState {
  assessment = $state<Assessment | null>(null);
  analysis = $state.raw<AnalysisResult | null>(null);
  analysing = $state(false);
  missing = $state(false);
  error = $state<string | null>(null);
  readonly importer: ImportSession;

  private worker: Worker | null = null;
  private requestId = 0;

  constructor(readonly id: string) {
    this.importer = new ImportSession(id, () => void this.refresh());
  }

  /** Reloads the assessment and recomputes its analysis. */
  async refresh(): Promise<void> {
    // Marked at once: between an import's end and the new analysis, the old figures must not
    // look current (the PDF waits on this).
    this.analysing = true;
    try {
      const found = await getAssessment(this.id);
      this.assessment = found ?? null;
      this.missing = !found;
      if (found) this.analyse();
      else this.analysing = false;
    } catch (e) {
      this.analysing = false;
      this.error = describeStorageError(e, 'opening the assessment');
    }
  }

  /** Saves changes to the assessment's own fields, then recomputes. */
  async update(changes: Partial<Omit<Assessment, 'id' | 'created'>>): Promise<void> {
    try {
      this.assessment = await updateAssessment(this.id, changes);
      this.error = null;
      this.analyse();
    } catch (e) {
      this.error = describeStorageError(e, 'saving the change');
    }
  }

  /** Starts a fresh analysis; an older one still running is ignored when it answers. */
  analyse(): void {
    if (!this.worker) {
      this.worker = new AnalysisWorker();
      this.worker.onmessage = (
        e: MessageEvent<{ requestId: number; result?: AnalysisResult; error?: string }>
      ) => {
        if (e.data.requestId !== this.requestId) return;
        this.analysing = false;
        if (e.data.result) {
          this.analysis = e.data.result;
          this.error = null;
        } else this.error = e.data.error ?? 'The analysis failed.';
      };
    }
    this.analysing = true;
    this.worker.postMessage({ assessmentId: this.id, requestId: ++this.requestId });
  }

  dispose(): void {
    this.worker?.terminate();
    this.worker = null;
    this.importer.cancel();
  }
}

export function provideAssessment(state: AssessmentState): void {
  setContext(KEY, state);
}

/** The open assessment, for any page inside it. */
export function useAssessment(): AssessmentState {
  return getContext<AssessmentState>(KEY);
}
