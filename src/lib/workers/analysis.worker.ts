/// <reference lib="webworker" />
/** The analysis worker: loads an assessment from storage and runs the core analysis on it. */
import { analyse } from '../core/analysis/analyse';
import { loadStoredData } from '../db/load';

const scope = self as unknown as DedicatedWorkerGlobalScope;

scope.onmessage = async (event: MessageEvent<{ assessmentId: string; requestId: number }>) => {
  const { assessmentId, requestId } = event.data;
  try {
    const data = await loadStoredData(assessmentId);
    if (!data) {
      scope.postMessage({ requestId, error: 'This assessment no longer exists.' });
      return;
    }
    scope.postMessage({ requestId, result: analyse(data) });
  } catch (e) {
    scope.postMessage({
      requestId,
      error: `The analysis failed (${e instanceof Error ? e.message : String(e)}).`
    });
  }
};
