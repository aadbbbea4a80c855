/**
 * Opening what a user drops: ZIP and gzip archives are unpacked, spreadsheets (XLSX is a ZIP
 * too) are told apart from archives by what they hold, everything else is a plain file.
 */
import { gunzipSync, unzipSync } from 'fflate';

export interface InnerFile {
  /** `archive.zip/inner/users.csv` for files inside an archive. */
  name: string;
  bytes: Uint8Array;
  kind: 'text' | 'spreadsheet';
}

/** Limits that keep a malicious archive (a zip bomb) from exhausting memory. */
const MAX_UNPACKED_BYTES = 2 * 1024 ** 3;
const MAX_DEPTH = 3;

function isZip(b: Uint8Array): boolean {
  return b[0] === 0x50 && b[1] === 0x4b && b[2] === 0x03 && b[3] === 0x04;
}
function isGzip(b: Uint8Array): boolean {
  return b[0] === 0x1f && b[1] === 0x8b;
}
/** Legacy .xls is an OLE compound file. */
function isOle(b: Uint8Array): boolean {
  return b[0] === 0xd0 && b[1] === 0xcf && b[2] === 0x11 && b[3] === 0xe0;
}

/** Archives and spreadsheets: files that are unpacked whole, never read as text. */
export function isContainer(b: Uint8Array): boolean {
  return isZip(b) || isGzip(b) || isOle(b);
}

/** Thrown for archives this tool will not open; the message is for the user. */
export class ContainerError extends Error {}

/** Unpacks archives (recursively, bounded) into the files an importer can read. */
export function unpack(name: string, bytes: Uint8Array, depth = 0): InnerFile[] {
  if (depth > MAX_DEPTH) throw new ContainerError(`archives nested more than ${MAX_DEPTH} deep`);
  if (isOle(bytes)) return [{ name, bytes, kind: 'spreadsheet' }];
  if (isGzip(bytes)) {
    let inner: Uint8Array;
    try {
      inner = gunzipSync(bytes);
    } catch {
      throw new ContainerError('the gzip data is damaged or truncated');
    }
    return unpack(name.replace(/\.gz$/i, ''), inner, depth + 1);
  }
  if (!isZip(bytes)) return [{ name, bytes, kind: 'text' }];

  let entries: Record<string, Uint8Array>;
  let total = 0;
  try {
    entries = unzipSync(bytes, {
      filter: (f) => {
        total += f.originalSize;
        if (total > MAX_UNPACKED_BYTES)
          throw new ContainerError('the archive unpacks to over 2 GB');
        return !f.name.endsWith('/') && !/(^|\/)(__MACOSX|\.DS_Store)/.test(f.name);
      }
    });
  } catch (e) {
    if (e instanceof ContainerError) throw e;
    throw new ContainerError('the ZIP archive is damaged or truncated');
  }
  if ('[Content_Types].xml' in entries && Object.keys(entries).some((k) => k.startsWith('xl/'))) {
    return [{ name, bytes, kind: 'spreadsheet' }];
  }
  return Object.entries(entries)
    .sort(([a], [b]) => a.localeCompare(b))
    .flatMap(([inner, data]) => unpack(`${name}/${inner}`, data, depth + 1));
}
