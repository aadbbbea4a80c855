/**
 * The open assessment as the pages see it: its record, its analysis (computed in a worker),
 * and the import session. Pages read it from context; nothing else talks to the workers.
 */
import { getContext, setContext } from 'svelte';
import type { AnalysisResult } from '../../core/analysis/result';
import type { Assessment } from '../../core/assessment';
import { getAssessment, updateAssessment } from '../../db/assessments';
import { describeStorageError } from '../../db/errors';
import { type AnalysisMessage, ResultAssembler } from '../../workers/analysis-protocol';
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
  private readonly parts = new ResultAssembler();
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
      this.worker.onmessage = (e: MessageEvent<AnalysisMessage>) => {
        const m = e.data;
        if (m.requestId !== this.requestId) return;
        if ('part' in m) {
          this.parts.add(m.part, m.items);
          return;
        }
        this.analysing = false;
        if ('result' in m) {
          this.analysis = this.parts.complete(m.result);
          this.error = null;
        } else this.error = m.error || 'The analysis failed.';
      };
    }
    this.parts.reset();
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
