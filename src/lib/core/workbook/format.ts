/**
 * The workbook file: one whole assessment, gzip-compressed JSON, versioned. It is how an
 * assessment travels between machines (file:// pages share one IndexedDB per profile).
 */
import { gunzipSync, gzipSync, strFromU8, strToU8 } from 'fflate';
import { z } from 'zod';
import { assessmentSchema, sourceSchema } from '../assessment';
import { RECORD_KINDS } from '../model';

export const WORKBOOK_KIND = 'zero-trust-identity-workbook';
/** Bump when the file's shape changes; add a migration for older files in `parseWorkbook`. */
export const WORKBOOK_VERSION = 1;
export const WORKBOOK_EXTENSION = '.ztw';

const chunkSchema = z.object({
  sourceId: z.string(),
  seq: z.number().int(),
  kind: z.enum(RECORD_KINDS as unknown as [string, ...string[]]),
  records: z.array(z.unknown())
});

export const workbookSchema = z.object({
  kind: z.literal(WORKBOOK_KIND),
  version: z.number().int(),
  appVersion: z.string(),
  exportedAt: z.string(),
  assessment: assessmentSchema,
  sources: z.array(sourceSchema),
  chunks: z.array(chunkSchema),
  docs: z.array(z.object({ key: z.string(), value: z.unknown() })),
  links: z.array(
    z.object({
      action: z.enum(['link', 'unlink']),
      a: z.string(),
      b: z.string(),
      created: z.string()
    })
  )
});
export type WorkbookFile = z.infer<typeof workbookSchema>;

/** Serialises and compresses a workbook. */
export function encodeWorkbook(file: WorkbookFile): Uint8Array {
  return gzipSync(strToU8(JSON.stringify(file)), { level: 6, mtime: 0 });
}

export type WorkbookRead = { ok: true; file: WorkbookFile } | { ok: false; message: string };

/** Reads a workbook file; anything else gets a sentence saying what it is not. */
export function decodeWorkbook(bytes: Uint8Array, fileName: string): WorkbookRead {
  if (bytes[0] !== 0x1f || bytes[1] !== 0x8b) {
    return {
      ok: false,
      message: `${fileName} is not a workbook file (it is not a compressed .ztw file). To add exports, use Import instead.`
    };
  }
  let json: unknown;
  try {
    json = JSON.parse(strFromU8(gunzipSync(bytes)));
  } catch {
    return {
      ok: false,
      message: `${fileName} is damaged or truncated: it could not be decompressed and read.`
    };
  }
  const head = z.object({ kind: z.string(), version: z.number() }).safeParse(json);
  if (!head.success || head.data.kind !== WORKBOOK_KIND) {
    return {
      ok: false,
      message: `${fileName} is compressed JSON, but not a Zero Trust Identity Workbook file.`
    };
  }
  if (head.data.version > WORKBOOK_VERSION) {
    return {
      ok: false,
      message: `${fileName} was written by a newer version of this app (file format ${head.data.version}; this app reads up to ${WORKBOOK_VERSION}). Open it with the newer version.`
    };
  }
  const parsed = workbookSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return {
      ok: false,
      message: `${fileName} is damaged: ${issue.path.join('.') || 'the file'}: ${issue.message}.`
    };
  }
  return { ok: true, file: parsed.data };
}
