/**
 * Every Entra detector against every real export: it must claim its own file and return null
 * for all the others (CSV files by their header, JSON and NDJSON by their parsed value).
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { entraImporters } from '$lib/core/importers/entra';
import { csvHeader } from '../helpers';

const ROOT = path.resolve(process.cwd(), '../shared/real-exports');

/** Which Entra importer owns which real file; every other pair must not detect. */
const OWNED: Record<string, string> = {
  '03_entra_users_graph/azure-sentinel_SampleData_AADUSerInfo.csv': 'entra-users-csv',
  '03_entra_users_graph/scubagear_Sample-Reports_ProviderSettingsExport.json':
    'scubagear-provider-export',
  '04_entra_auth_methods/msgraph_docs_v1_list_userRegistrationDetails_example.json':
    'entra-registration-details',
  '05_signin_logs/msticpy_aad_logons_SigninLogs.derived.csv': 'entra-signin-logs-csv',
  '05_signin_logs/msticpy_aad_logons_SigninLogs.derived.json': 'entra-signin-logs'
};

function realFiles(): string[] {
  return fs
    .readdirSync(ROOT, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .flatMap((d) => fs.readdirSync(path.join(ROOT, d.name)).map((f) => `${d.name}/${f}`))
    .filter((f) => /\.(csv|json|jsonl)$/.test(f))
    .sort();
}

function load(file: string): { table?: string[]; json?: unknown } {
  const text = fs.readFileSync(path.join(ROOT, file), 'utf8').replace(/^\uFEFF/, '');
  if (file.endsWith('.csv')) return { table: csvHeader(text) };
  if (file.endsWith('.jsonl')) {
    return {
      json: text
        .split(/\r?\n/)
        .filter((l) => l.trim())
        .map((l) => JSON.parse(l))
    };
  }
  return { json: JSON.parse(text) };
}

describe('entra detectors on every real export', () => {
  const files = realFiles();

  it('realFiles() finds the real exports', () => {
    expect(files.length).toBeGreaterThanOrEqual(20);
  });

  for (const file of files) {
    for (const importer of entraImporters) {
      const owner = OWNED[file] === importer.id;
      it(`${importer.id}.detect(${file}) ${owner ? 'claims it' : 'is null'}`, () => {
        const { table, json } = load(file);
        const detection =
          importer.input === 'table'
            ? table
              ? importer.detect(table)
              : null
            : json !== undefined
              ? importer.detect(json)
              : null;
        if (owner) expect(detection?.confidence).toBeGreaterThanOrEqual(0.9);
        else expect(detection).toBeNull();
      });
    }
  }
});
