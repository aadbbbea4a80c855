/**
 * CSV and table builders (light). The XLSX writer lives in `./xlsx` and is loaded on demand,
 * because SheetJS is heavy.
 */
export { tableToCsv, toCsv } from './csv';
export type { CsvOptions } from './csv';
export { identityDirectory, labelOf } from './directory';
export type { IdentityDirectory, IdentityRef } from './directory';
export { affectedTable, findingsTable } from './findings-table';
export { inventoryTable } from './inventory-table';
export type { InventoryInput } from './inventory-table';
export { roadmapTable } from './roadmap-table';
export { exportTables } from './workbook-tables';
export type { ExportInput } from './workbook-tables';
export { neutralise, safeCell, tabulate } from './table';
export type { Cell, Column, Table } from './table';
