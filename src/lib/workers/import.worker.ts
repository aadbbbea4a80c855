/// <reference lib="webworker" />
/** The import worker: a thin shell that hands messages to the import job. */
import { handleImportMessage } from './import-job';
import type { ToImportWorker } from './import-protocol';

const scope = self as unknown as DedicatedWorkerGlobalScope;
scope.onmessage = (event: MessageEvent<ToImportWorker>) => {
  void handleImportMessage(event.data, (m) => scope.postMessage(m));
};
