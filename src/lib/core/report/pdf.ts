/**
 * Renders the report model to PDF bytes with pdfmake 0.3 and its bundled Roboto fonts (Latin,
 * Cyrillic, Greek). Heavy: the app imports it only in the report worker. It touches no DOM at
 * import, so the same code renders in a worker, on the page, and in Node for tests.
 */
import pdfMake from 'pdfmake/build/pdfmake';
import vfs from 'pdfmake/build/vfs_fonts';
import { reportDocument } from './pdf-document';
import type { ReportModel } from './types';

let ready = false;

/** pdfmake with the fonts from the bundled virtual file system, and no network or disk access. */
function printer(): typeof pdfMake {
  if (!ready) {
    pdfMake.addVirtualFileSystem(vfs);
    // Fonts and images come only from the bundled vfs: refuse every URL (SPEC §2, no request
    // leaves the page) and every local path.
    pdfMake.setUrlAccessPolicy(() => false);
    (pdfMake as unknown as { localAccessPolicy: (path: string) => boolean }).localAccessPolicy =
      () => false;
    ready = true;
  }
  return pdfMake;
}

/** The report as PDF bytes. The same model gives the same bytes (dates come from the model). */
export async function renderPdf(model: ReportModel): Promise<Uint8Array> {
  const buffer = await printer().createPdf(reportDocument(model)).getBuffer();
  return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
}
