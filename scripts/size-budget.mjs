// Fails when the single-file build outgrows its budget, and prints the current figure.
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

const BUDGET_GZIP_KB = 2600;
const bytes = readFileSync('build/ztw.html');
const gzipKb = gzipSync(bytes).length / 1024;
const rawKb = bytes.length / 1024;
const line = `size budget: build/ztw.html is ${rawKb.toFixed(0)} KB raw, ${gzipKb.toFixed(0)} KB gzip (budget ${BUDGET_GZIP_KB} KB gzip)`;
if (gzipKb > BUDGET_GZIP_KB) {
  console.error(`${line}: OVER BUDGET`);
  process.exit(1);
}
console.warn(line);
