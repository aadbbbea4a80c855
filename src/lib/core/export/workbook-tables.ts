/** All export tables of an assessment, in the order of the XLSX sheets. */
import type { Finding } from '../findings/types';
import type { RecordSet } from '../model';
import type { RoadmapAction } from '../roadmap/types';
import { identityDirectory } from './directory';
import { affectedTable, findingsTable } from './findings-table';
import { inventoryTable } from './inventory-table';
import type { InventoryInput } from './inventory-table';
import { roadmapTable } from './roadmap-table';
import type { Table } from './table';

export interface ExportInput extends Omit<InventoryInput, 'accounts' | 'credentials'> {
  records: Partial<RecordSet>;
  findings: readonly Finding[];
  actions: readonly RoadmapAction[];
}

/** Findings, affected identities, roadmap and inventory: one table each, ready for CSV or XLSX. */
export function exportTables(input: ExportInput): Table[] {
  const dir = identityDirectory(input.records);
  return [
    findingsTable(input.findings),
    affectedTable(input.findings, dir),
    roadmapTable(input.actions, dir),
    inventoryTable({
      accounts: input.records.accounts ?? [],
      credentials: input.records.credentials ?? [],
      persons: input.persons,
      privileged: input.privileged
    })
  ];
}
