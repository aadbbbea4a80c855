// Graph view benchmark: opens the built single-file app from file://, loads the synthetic
// benchmark graph (5,000 nodes, 20,000 edges, seed 1) on the Privileges page, then pans and
// zooms it with the mouse for about three seconds while requestAnimationFrame records frame
// times. Prints one JSON object on stdout:
//   {"graph5k_frame_p95_ms": …, "graph5k_layout_ms": …, "graph5k_ready_ms": …}
// Usage: `npm run build` once, then `node scripts/bench/graph.mjs [nodes] [edges] [--fa2]`;
// --fa2 also times the ForceAtlas2 layout of the same graph (graph5k_fa2_layout_ms, slow).
import { chromium } from '@playwright/test';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { findChromium } from '../ensure-browser.mjs';

const args = process.argv.slice(2).filter((a) => !a.startsWith('--'));
const nodes = Number(args[0] ?? 5000);
const edges = Number(args[1] ?? 20000);
const fa2 = process.argv.includes('--fa2');
const seconds = 3;
const html = resolve('build/ztw.html');
if (!existsSync(html)) {
  console.error('build/ztw.html is missing: run `npm run build` first.');
  process.exit(1);
}
const url = pathToFileURL(html).href;

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
const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });

// A fresh assessment to hang the page on; the benchmark graph replaces its data on screen only.
await page.goto(`${url}#/`);
await page.getByRole('button', { name: 'New assessment' }).click();
await page.getByTestId('import-files').waitFor({ state: 'attached' });
const id = /#\/a\/([^/?]+)/.exec(page.url())?.[1];
if (!id) throw new Error(`no assessment id in ${page.url()}`);

const started = Date.now();
await page.goto(`${url}#/a/${id}/privileges?bench=${nodes}x${edges}&seed=1`);
const panel = page.locator('[data-testid="graph-panel"][data-state="ready"]');
await panel.waitFor({ timeout: 300_000 });
const readyMs = Date.now() - started;
const layoutMs = Number(await panel.getAttribute('data-layout-ms'));
const canvas = page.getByTestId('privilege-graph');
await canvas.scrollIntoViewIfNeeded();
const box = await canvas.boundingBox();
if (!box) throw new Error('the graph canvas is not on screen');
const [cx, cy] = [box.x + box.width / 2, box.y + box.height / 2];

await page.evaluate(() => {
  const w = /** @type {any} */ (window);
  w.__frames = [];
  w.__recording = true;
  let last = performance.now();
  const tick = (t) => {
    w.__frames.push(t - last);
    last = t;
    if (w.__recording) requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
});

// Drag in a circle, zoom in and out around the cursor, and again, until the time is up.
const until = Date.now() + seconds * 1000;
let step = 0;
while (Date.now() < until) {
  await page.mouse.move(cx, cy);
  await page.mouse.down();
  for (let i = 1; i <= 20; i++) {
    const a = (i / 20) * Math.PI * 2;
    await page.mouse.move(cx + Math.cos(a) * 120, cy + Math.sin(a) * 80);
  }
  await page.mouse.up();
  const zoomIn = step++ % 2 === 0;
  for (let i = 0; i < 6; i++) await page.mouse.wheel(0, zoomIn ? -120 : 120);
}

const frames = await page.evaluate(() => {
  const w = /** @type {any} */ (window);
  w.__recording = false;
  return w.__frames.slice(1);
});

let fa2Ms;
if (fa2) {
  // Through a blank page, so the app loads afresh instead of following a hash change.
  await page.goto('about:blank');
  await page.goto(`${url}#/a/${id}/privileges?bench=${nodes}x${edges}&seed=1&layout=forceatlas2`);
  await panel.waitFor({ timeout: 600_000 });
  fa2Ms = Math.round(Number(await panel.getAttribute('data-layout-ms')));
}
await browser.close();

const sorted = [...frames].sort((a, b) => a - b);
const p95 = sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * 0.95))] ?? 0;
const round = (v) => Math.round(v * 10) / 10;
process.stdout.write(
  JSON.stringify({
    graph5k_frame_p95_ms: round(p95),
    graph5k_layout_ms: Math.round(layoutMs),
    graph5k_ready_ms: readyMs,
    ...(fa2Ms === undefined ? {} : { graph5k_fa2_layout_ms: fa2Ms })
  })
);
