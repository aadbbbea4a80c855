// `npm run bench`: generates the workloads (deterministic, seed 1) when missing, builds the
// app, runs the core and browser benchmarks and writes bench-results.json.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

const dir = 'bench-data';
const run = (cmd, args) =>
  execFileSync(cmd, args, {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
    maxBuffer: 1 << 26
  });

if (!existsSync(`${dir}/w1-entra-users.csv`) || !existsSync(`${dir}/w4`)) {
  console.warn('Generating workloads W1, W2 and W4 (seed 1)…');
  execFileSync(
    'node',
    ['scripts/workloads/generate.mjs', '--seed', '1', '--only', 'w1,w2,w4', '--out', dir],
    { stdio: 'inherit' }
  );
}
// W3 is a 991 MB file written in about 35 s; BENCH_W3=0 leaves it out.
if (process.env.BENCH_W3 !== '0' && !existsSync(`${dir}/w3-entra-signins.csv`)) {
  console.warn('Generating workload W3 (seed 1, 1,000,000 sign-ins)…');
  execFileSync(
    'node',
    ['scripts/workloads/generate.mjs', '--seed', '1', '--only', 'w3', '--out', dir],
    { stdio: 'inherit' }
  );
}
if (!existsSync('build/ztw.html') || process.env.BENCH_BUILD !== '0') {
  execFileSync('npm', ['run', 'build'], { stdio: 'inherit' });
}

const results = {};
results.singlefile_gzip_kb = Math.round(gzipSync(readFileSync('build/ztw.html')).length / 1024);
results.singlefile_raw_kb = Math.round(readFileSync('build/ztw.html').length / 1024);
console.warn('Core benchmarks (Node)…');
Object.assign(results, JSON.parse(run('npx', ['tsx', 'scripts/bench/core.ts', dir])));
console.warn('Browser benchmarks (Chromium, file://)…');
Object.assign(results, JSON.parse(run('node', ['scripts/bench/browser.mjs', dir])));
console.warn('Privilege graph view (5,000 nodes, 20,000 edges)…');
Object.assign(results, JSON.parse(run('node', ['scripts/bench/graph.mjs'])));

const previous = existsSync('bench-results.json')
  ? JSON.parse(readFileSync('bench-results.json', 'utf8'))
  : {};
writeFileSync('bench-results.json', `${JSON.stringify({ ...previous, ...results }, null, 2)}\n`);
for (const [k, v] of Object.entries(results)) console.warn(`${k.padEnd(32)} ${v}`);
