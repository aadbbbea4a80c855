/**
 * The heavy modules of the Report and Roadmap pages, each loaded once on first use through
 * `import()`; a failed load is forgotten so the next click tries again.
 */
import type * as BaselineModule from '$lib/core/compare/baseline';
import type * as XlsxModule from '$lib/core/export/xlsx';
import type * as ReportWorkerModule from '../../workers/report.worker.ts?worker&inline';

function memo<T>(load: () => Promise<T>): () => Promise<T> {
  let pending: Promise<T> | null = null;
  return () => {
    pending ??= load().catch((e: unknown) => {
      pending = null;
      throw e;
    });
    return pending;
  };
}

/**
 * The report worker, which alone holds pdfmake and its fonts (several hundred KB). Its code is
 * a string in the page; loading it on the first PDF click turns that string into the worker's
 * Blob then, not when the Report page opens.
 */
export const loadReportWorker = memo<typeof ReportWorkerModule>(
  () => import('../../workers/report.worker.ts?worker&inline')
);
/** SheetJS. */
export const loadXlsx = memo<typeof XlsxModule>(() => import('$lib/core/export/xlsx'));
/** The whole analysis, to read an earlier workbook on this page. */
export const loadBaseline = memo<typeof BaselineModule>(() => import('$lib/core/compare/baseline'));
