/**
 * The heavy modules of the Report and Roadmap pages, each loaded once on first use through
 * `import()`; a failed load is forgotten so the next click tries again.
 */
import type * as BaselineModule from '$lib/core/compare/baseline';
import type * as XlsxModule from '$lib/core/export/xlsx';
import type * as PdfModule from '$lib/core/report/pdf';

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

/** pdfmake and its fonts (several hundred KB). */
export const loadPdf = memo<typeof PdfModule>(() => import('$lib/core/report/pdf'));
/** SheetJS. */
export const loadXlsx = memo<typeof XlsxModule>(() => import('$lib/core/export/xlsx'));
/** The whole analysis, to read an earlier workbook on this page. */
export const loadBaseline = memo<typeof BaselineModule>(() => import('$lib/core/compare/baseline'));
