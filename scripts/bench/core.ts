/**
 * Core benchmarks in Node: the privilege analysis of W2 and the whole dashboard analysis of
 * W4, on records produced by the real import pipeline. Prints one JSON object.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { analyse } from '../../src/lib/core/analysis/analyse';
import { buildAnalysisInput, cachedInputBuilder } from '../../src/lib/core/analysis/input';
import type { Assessment, Source } from '../../src/lib/core/assessment';
import { DEFAULT_SETTINGS } from '../../src/lib/core/assessment';
import { prepareFile } from '../../src/lib/core/import/prepare';
import { runImporter } from '../../src/lib/core/import/run';
import type { RecordSet } from '../../src/lib/core/model';
import { analysePrivilege } from '../../src/lib/core/privilege';

const dir = process.argv[2] ?? 'bench-data';
const assessment: Assessment = {
  id: 'bench',
  client: 'bench',
  assessor: '',
  scope: '',
  created: '2026-01-01T00:00:00.000Z',
  updated: '2026-01-01T00:00:00.000Z',
  targets: { 1: 3, 2: 3, 3: 3, 4: 3, 5: 3 },
  settings: DEFAULT_SETTINGS
};

function load(files: string[]) {
  const sources: Source[] = [];
  const records = new Map<string, RecordSet>();
  files.forEach((file, i) => {
    for (const p of prepareFile(file, new Uint8Array(readFileSync(file)))) {
      // Files whose format no importer recognises are left out, as in the app.
      if (!p.ok || !p.file.candidates[0]) continue;
      const parsed = runImporter(p.file, p.file.candidates[0].importer);
      const id = `s${i}`;
      sources.push({
        id,
        assessmentId: 'bench',
        format: p.file.candidates[0].importer.id,
        formatLabel: '',
        system: p.file.candidates[0].importer.system,
        fileName: file,
        size: 0,
        hash: id,
        importedAt: new Date(Date.UTC(2026, 0, 1, 0, 0, i)).toISOString(),
        accepted: 1,
        rejected: 0,
        counts: parsed.counts,
        warnings: [],
        rejectedRows: [],
        evidence: '',
        exportedAt: parsed.output.exportedAt
      });
      records.set(id, parsed.output.records);
    }
  });
  return { assessment, sources, records, links: [], docs: new Map<string, unknown>() };
}

const out: Record<string, number> = {};

const w2 = load([join(dir, 'w2-aws-authorization-details.json')]);
const { input: w2Input } = buildAnalysisInput(w2);
let started = performance.now();
analysePrivilege(w2Input);
out.w2_privilege_ms = Math.round(performance.now() - started);

const w4Dir = join(dir, 'w4');
const w4 = load(readdirSync(w4Dir).map((f) => join(w4Dir, f)));
analyse(w4); // warm-up: the first run pays for JIT compilation
started = performance.now();
const result = analyse(w4);
out.w4_dashboard_ms = Math.round(performance.now() - started);
// The same recomputation as the open app runs it after an answer: the analysis worker keeps
// the merged records and persons while the sources and manual links are unchanged.
const build = cachedInputBuilder();
analyse(w4, undefined, build);
const answer = { questionId: 's1-q01', stage: 2, updated: '2026-01-01T00:00:00.000Z' };
const answered = { ...w4, docs: new Map([['answer:s1-q01', answer]]) };
started = performance.now();
analyse(answered, undefined, build);
out.w4_dashboard_after_answer_ms = Math.round(performance.now() - started);
out.w4_accounts_count = result.accounts.length;
out.w4_people_count = result.persons.length;

// A fixed workload that only the machine's speed changes: the same papaparse parse of W1 as the
// browser baseline. Shared machines here vary two- to threefold from day to day; dividing a
// figure by this one tells a slower machine from slower code.
const w1Text = readFileSync(join(dir, 'w1-entra-users.csv'), 'utf8');
Papa.parse(w1Text, { skipEmptyLines: true });
started = performance.now();
Papa.parse(w1Text, { skipEmptyLines: true });
out.node_bare_parse_w1_ms = Math.round(performance.now() - started);

process.stdout.write(JSON.stringify(out));
