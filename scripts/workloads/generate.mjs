#!/usr/bin/env node
/**
 * Benchmark workloads of SPEC §11, deterministic from a seed, in real export formats.
 *
 *   node scripts/workloads/generate.mjs [--seed 1] [--only w1,w3] [--out bench-data]
 *                                       [--scale 1]
 *
 * `--scale 0.001` writes a thousandth of every workload (tests use it). Same seed and scale,
 * same bytes. Node 20, no packages.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Rng } from './lib/prng.mjs';
import { writeW1 } from './w1.mjs';
import { writeW2 } from './w2.mjs';
import { writeW3 } from './w3.mjs';
import { writeW4 } from './w4.mjs';

const WORKLOADS = { w1: writeW1, w2: writeW2, w3: writeW3, w4: writeW4 };
const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

function parseArgs(argv) {
  const opts = {
    seed: 1,
    only: Object.keys(WORKLOADS),
    out: path.join(ROOT, 'bench-data'),
    scale: 1
  };
  for (let i = 0; i < argv.length; i++) {
    const [flag, inline] = argv[i].split('=');
    const value = () => inline ?? argv[++i];
    if (flag === '--seed') opts.seed = Number(value());
    else if (flag === '--only')
      opts.only = value()
        .split(',')
        .map((s) => s.trim().toLowerCase());
    else if (flag === '--out') opts.out = path.resolve(value());
    else if (flag === '--scale') opts.scale = Number(value());
    else throw new Error(`unknown option ${argv[i]}`);
  }
  if (!Number.isInteger(opts.seed) || opts.seed < 0) throw new Error('--seed takes a whole number');
  if (!(opts.scale > 0 && opts.scale <= 1)) throw new Error('--scale takes a number in (0, 1]');
  for (const w of opts.only) if (!WORKLOADS[w]) throw new Error(`unknown workload ${w}`);
  return opts;
}

const mb = (bytes) => (bytes / 1e6).toFixed(1).padStart(8);

function main() {
  let opts;
  try {
    opts = parseArgs(process.argv.slice(2));
  } catch (err) {
    process.stderr.write(`${err.message}\n`);
    process.exit(2);
  }
  for (const name of opts.only) {
    const started = performance.now();
    // Each workload gets its own stream, so generating one alone gives the same bytes.
    const files = WORKLOADS[name](new Rng(opts.seed).fork(name), opts.out, opts.scale);
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    for (const [file, bytes] of files) {
      process.stdout.write(
        `${name}  ${path.relative(process.cwd(), file).padEnd(48)} ${mb(bytes)} MB\n`
      );
    }
    process.stdout.write(`${name}  done in ${seconds} s\n`);
  }
}

main();
