/// <reference lib="webworker" />
/** The analysis worker: loads an assessment from storage and runs the core analysis on it. */
import { analyse } from '../core/analysis/analyse';
import { cachedInputBuilder } from '../core/analysis/input';
import type { RecordSet } from '../core/model';
import { loadStoredData } from '../db/load';
import { resultMessages } from './analysis-protocol';

const scope = self as unknown as DedicatedWorkerGlobalScope;
// The worker lives as long as the assessment is open: what the last analysis read and merged
// is kept for the next one, which usually follows an answer or a setting, not an import.
let known = new Map<string, RecordSet>();
const build = cachedInputBuilder();

scope.onmessage = async (event: MessageEvent<{ assessmentId: string; requestId: number }>) => {
  const { assessmentId, requestId } = event.data;
  try {
    const data = await loadStoredData(assessmentId, undefined, known);
    if (!data) {
      scope.postMessage({ requestId, error: 'This assessment no longer exists.' });
      return;
    }
    known = data.records;
    for (const message of resultMessages(requestId, analyse(data, undefined, build))) {
      scope.postMessage(message);
    }
  } catch (e) {
    scope.postMessage({
      requestId,
      error: `The analysis failed (${e instanceof Error ? e.message : String(e)}).`
    });
  }
};
