// Browser benchmarks on the built single-file app, driven like a user: imports through the
// file input, timed until the import status says done. Prints one JSON object.
import { chromium } from '@playwright/test';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { findChromium } from '../ensure-browser.mjs';

const dir = process.argv[2] ?? 'bench-data';
const url = pathToFileURL(resolve('build/ztw.html')).href;
const out = {};

const browser = await chromium.launch({
  executablePath: findChromium() ?? undefined,
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-dev-shm-usage',
    '--disable-background-networking',
    '--no-first-run'
  ]
});
// bypassCSP lets the benchmark inject papaparse for the bare-parse baseline.
const context = await browser.newContext({ bypassCSP: true });
const page = await context.newPage();

async function freshAssessment() {
  const started = Date.now();
  await page.goto(`${url}#/`);
  await page.getByRole('button', { name: 'New assessment' }).click();
  await page.getByTestId('import-files').waitFor({ state: 'attached' });
  const ms = Date.now() - started;
  // The import worker starts loading with the page (about 100-250 ms here). A person takes
  // longer than that to pick a file; without this pause the import time would include it.
  await page.waitForTimeout(1000);
  return ms;
}

/**
 * Imports files and returns the elapsed ms and the longest main-thread task seen. The time is
 * taken in the page, from the file input's change event to the moment the import status says
 * done, so neither Playwright's copy of the files into the page nor its polling interval (up
 * to 500 ms) is counted; `wallMs` is the same span seen from outside, for comparison.
 */
async function timedImport(files) {
  await page.evaluate(() => {
    window.__longest = 0;
    window.__observer?.disconnect();
    window.__observer = new PerformanceObserver((list) => {
      for (const e of list.getEntries()) window.__longest = Math.max(window.__longest, e.duration);
    });
    window.__observer.observe({ type: 'longtask', buffered: false });
    window.__importStart = undefined;
    window.__importDone = undefined;
    window.__importRan = false;
    const input = document.querySelector('[data-testid="import-files"]');
    input.addEventListener('change', () => (window.__importStart = performance.now()), {
      capture: true,
      once: true
    });
    window.__statusObserver?.disconnect();
    window.__statusObserver = new MutationObserver(() => {
      const state = document.querySelector('[data-testid="import-status"]')?.dataset.state;
      if (window.__importStart === undefined || window.__importDone !== undefined) return;
      // A previous import may have left "done" showing: count only the done after a run.
      if (state === 'running') window.__importRan = true;
      else if (state === 'done' && window.__importRan) window.__importDone = performance.now();
    });
    // The whole page: the status element may be drawn anew during an import.
    window.__statusObserver.observe(document.body, {
      attributes: true,
      attributeFilter: ['data-state'],
      childList: true,
      subtree: true
    });
  });
  const started = Date.now();
  await page.getByTestId('import-files').setInputFiles(files);
  await page
    .locator('[data-testid="import-status"][data-state="done"]')
    .waitFor({ timeout: 600_000 });
  const wallMs = Date.now() - started;
  const { longest, ms } = await page.evaluate(() => ({
    longest: window.__longest,
    ms: window.__importDone - window.__importStart
  }));
  return { ms: Math.round(ms), wallMs, longest };
}

/** The largest resident set of a Chromium renderer process, in MB (Linux; 0 elsewhere). */
function rendererRssMb() {
  let largest = 0;
  for (const pid of existsSync('/proc') ? readdirSync('/proc') : []) {
    if (!/^\d+$/.test(pid)) continue;
    try {
      if (!readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes('--type=renderer')) continue;
      const rss = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
      if (rss) largest = Math.max(largest, Math.round(Number(rss[1]) / 1024));
    } catch {
      // The process ended between the listing and the read.
    }
  }
  return largest;
}

// Start-up: opening the file to a usable start page.
{
  const started = Date.now();
  await page.goto(`${url}#/`);
  await page.getByRole('button', { name: 'New assessment' }).waitFor();
  out.startup_ms = Date.now() - started;
}

// W1: 100,000 Entra users from the portal CSV.
const w1Csv = join(dir, 'w1-entra-users.csv');
const w1Rows =
  readFileSync(w1Csv, 'utf8')
    .split('\n')
    .filter((l) => l.trim()).length - 1;
await freshAssessment();
const w1 = await timedImport([w1Csv]);
out.w1_import_rows_per_s = Math.round(w1Rows / (w1.ms / 1000));
out.w1_import_ms = w1.ms;
out.w1_import_wall_ms = w1.wallMs;
out.w1_max_task_ms = Math.round(w1.longest);
{
  // The baselines: papaparse alone on the same file, each the median of three runs, since one
  // run varies by half from the next on a shared machine.
  await page.addScriptTag({
    content: readFileSync('node_modules/papaparse/papaparse.min.js', 'utf8')
  });
  await page.evaluate(() => {
    const input = document.createElement('input');
    input.type = 'file';
    input.id = 'bench-baseline';
    document.body.append(input);
  });
  await page.setInputFiles('#bench-baseline', w1Csv);
  const baselines = await page.evaluate(async () => {
    /* eslint-disable no-undef */
    const file = document.getElementById('bench-baseline').files[0];
    const median = async (run) => {
      const times = [];
      for (let i = 0; i < 3; i++) {
        const started = performance.now();
        await run();
        times.push(performance.now() - started);
      }
      return times.sort((a, b) => a - b)[1];
    };
    const text = await file.text();
    return {
      // Strictest: the text already in memory, rows as arrays.
      inMemory: await median(async () => Papa.parse(text, { skipEmptyLines: true })),
      // Reading the bytes and decoding them first, as any importer must.
      readAndParse: await median(async () =>
        Papa.parse(await file.text(), { skipEmptyLines: true })
      ),
      // papaparse handed the File itself, its own way of parsing a file.
      file: await median(
        () => new Promise((done) => Papa.parse(file, { skipEmptyLines: true, complete: done }))
      )
    };
    /* eslint-enable no-undef */
  });
  out.w1_bare_parse_ms = Math.round(baselines.inMemory);
  out.w1_import_vs_parse = Number((w1.ms / baselines.inMemory).toFixed(2));
  out.w1_read_and_parse_ms = Math.round(baselines.readAndParse);
  out.w1_import_vs_read_and_parse = Number((w1.ms / baselines.readAndParse).toFixed(2));
  out.w1_papaparse_file_ms = Math.round(baselines.file);
  out.w1_import_vs_papaparse_file = Number((w1.ms / baselines.file).toFixed(2));
}
const w1Reg = await timedImport([join(dir, 'w1-entra-registration-details.json')]);
out.w1_registration_import_ms = w1Reg.ms;
out.w1_registration_max_task_ms = Math.round(w1Reg.longest);

// W2: AWS authorization details.
await freshAssessment();
const w2 = await timedImport([join(dir, 'w2-aws-authorization-details.json')]);
out.w2_import_ms = w2.ms;
out.w2_max_task_ms = Math.round(w2.longest);

// W4: the mixed tenant, every file at once.
await freshAssessment();
const w4Dir = join(dir, 'w4');
const w4 = await timedImport(readdirSync(w4Dir).map((f) => join(w4Dir, f)));
out.w4_import_ms = w4.ms;
out.w4_max_task_ms = Math.round(w4.longest);
// After the import the analysis worker recomputes everything and the page reads the result:
// the longest main-thread task until the figures are up covers that reading too.
{
  const started = Date.now();
  await page.getByText('Updating figures…').waitFor({ state: 'detached', timeout: 600_000 });
  out.w4_figures_after_import_ms = Date.now() - started;
  out.w4_until_figures_max_task_ms = Math.round(await page.evaluate(() => window.__longest));
}

// W3: a million Entra sign-ins in one 991 MB CSV, read in pieces; then the hunt over them.
const w3Csv = join(dir, 'w3-entra-signins.csv');
if (process.env.BENCH_W3 !== '0' && existsSync(w3Csv)) {
  await freshAssessment();
  // Resident memory of the renderer (the page and its workers share the process), sampled by
  // /proc while the import and the analysis run: the JS heap of a worker is out of reach here.
  let rssPeak = 0;
  const sampler = setInterval(() => (rssPeak = Math.max(rssPeak, rendererRssMb())), 250);
  const w3 = await timedImport([w3Csv]);
  out.w3_import_rows_per_s = Math.round(1_000_000 / (w3.ms / 1000));
  out.w3_import_ms = w3.ms;
  out.w3_max_task_ms = Math.round(w3.longest);
  // The analysis with the ten detections, from the end of the import to the hunt's log table.
  const started = Date.now();
  await page
    .getByRole('navigation', { name: 'Assessment' })
    .getByRole('link', { name: 'Monitoring', exact: true })
    .click();
  await page.getByTestId('log-coverage').waitFor({ timeout: 600_000 });
  out.w3_detections_ms = Date.now() - started;
  out.w3_until_detections_max_task_ms = Math.round(await page.evaluate(() => window.__longest));
  clearInterval(sampler);
  if (rssPeak > 0) out.w3_renderer_rss_peak_mb = rssPeak;
}

await browser.close();
process.stdout.write(JSON.stringify(out));
