/** Saved column mappings: stored once for all assessments, checked when read back. */
import { type ColumnMapping, columnMappingSchema, mappedImporter } from '../core/importers/mapped';
import type { TableImporter } from '../core/importers/types';
import { newId } from './assessments';
import { type ColumnMappingRow, db, type WorkbookDb } from './schema';

/** The mapping a row holds, or undefined when the row is incomplete or from an older build. */
export function mappingOfRow(row: ColumnMappingRow): ColumnMapping | undefined {
  const parsed = columnMappingSchema.safeParse({
    id: row.id,
    name: row.name,
    system: row.system,
    headerSignature: row.headerSignature,
    columns: row.mapping,
    defaultKind: row.defaultKind ?? 'human',
    nativeIds: row.nativeIds ?? false,
    dayFirst: row.dayFirst ?? false
  });
  return parsed.success ? parsed.data : undefined;
}

/** Every usable saved mapping, oldest first. */
export async function listMappings(d: WorkbookDb = db()): Promise<ColumnMapping[]> {
  const rows = await d.mappings.toArray();
  rows.sort((a, b) => a.created.localeCompare(b.created));
  return rows.flatMap((r) => mappingOfRow(r) ?? []);
}

/** The saved mapping with this id, if it exists and is usable. */
export async function getMapping(
  id: string,
  d: WorkbookDb = db()
): Promise<ColumnMapping | undefined> {
  const row = await d.mappings.get(id);
  return row ? mappingOfRow(row) : undefined;
}

/** The importer of a saved mapping, built from the stored row; undefined once it is deleted. */
export async function mappedImporterOf(
  id: string,
  d: WorkbookDb = db()
): Promise<TableImporter | undefined> {
  const mapping = await getMapping(id, d);
  return mapping ? mappedImporter(mapping) : undefined;
}

/** Stores a new mapping under a fresh id (side effect: one row written) and returns it. */
export async function createMapping(
  draft: Omit<ColumnMapping, 'id'>,
  d: WorkbookDb = db()
): Promise<ColumnMapping> {
  const mapping = columnMappingSchema.parse({ ...draft, id: newId('m') });
  await d.mappings.add({
    id: mapping.id,
    name: mapping.name,
    mapping: { ...mapping.columns },
    created: new Date().toISOString(),
    headerSignature: mapping.headerSignature,
    system: mapping.system,
    defaultKind: mapping.defaultKind,
    nativeIds: mapping.nativeIds,
    dayFirst: mapping.dayFirst
  });
  return mapping;
}

/** Deletes a saved mapping; files imported with it keep their records. */
export async function deleteMapping(id: string, d: WorkbookDb = db()): Promise<void> {
  await d.mappings.delete(id);
}
