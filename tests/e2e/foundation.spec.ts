import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { appUrl, newAssessment, openApp } from './app';

const PAGES = [
  'Dashboard',
  'Inventory',
  'Privileges',
  'Monitoring',
  'Questionnaire',
  'Roadmap',
  'Report',
  'Files',
  'Settings'
];

/** Records every request that leaves the app's own origin. */
function watchRequests(page: Page, url: string): string[] {
  const app = new URL(url);
  const outside: string[] = [];
  page.on('request', (req) => {
    const u = new URL(req.url());
    if (u.protocol === 'data:' || u.protocol === 'blob:') return;
    if (
      app.protocol === 'file:'
        ? u.protocol === 'file:' && u.pathname === app.pathname
        : u.origin === app.origin
    )
      return;
    outside.push(req.url());
  });
  return outside;
}

test('creating an assessment survives a reload', async ({ page }, info) => {
  await newAssessment(page, info);
  await page.getByLabel('Client').fill('Αθηνά & Co — Тест');
  await page.getByRole('button', { name: 'Save settings' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Saved.' })).toBeVisible();
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Αθηνά & Co — Тест' })).toBeVisible();
  await page.getByRole('link', { name: '← All assessments' }).click();
  await expect(page.getByRole('link', { name: 'Αθηνά & Co — Тест' })).toBeVisible();
});

test('a workbook exported, deleted and imported back restores the assessment', async ({
  page
}, info) => {
  await openApp(page, info);
  await page.getByRole('button', { name: 'Try the demo' }).click();
  await expect(page.getByTestId('import-status')).toHaveAttribute('data-state', 'done', {
    timeout: 90_000
  });
  const name = `Round trip ${Date.now()}`;
  await nav(page, 'Settings');
  await page.getByLabel('Client').fill(name);
  await page.getByRole('button', { name: 'Save settings' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Saved.' })).toBeVisible();
  const before = await figures(page);
  expect(Object.values(before.kpis).filter((v) => v !== '').length).toBeGreaterThan(8);

  await nav(page, 'Settings');
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export workbook' }).click();
  const download = await downloading;
  const bytes = readFileSync(await download.path());
  expect(bytes[0]).toBe(0x1f);
  expect(bytes[1]).toBe(0x8b);

  await page.getByRole('link', { name: '← All assessments' }).click();
  await page.getByRole('button', { name: `Delete ${name}` }).click();
  await expect(page.getByRole('dialog')).toContainText('cannot be undone');
  await page.getByRole('dialog').getByRole('button', { name: 'Delete' }).click();
  await expect(page.getByRole('link', { name })).toHaveCount(0);

  await page
    .getByTestId('import-workbook')
    .setInputFiles({ name: 'x.ztw', mimeType: 'application/gzip', buffer: bytes });
  await page.getByRole('link', { name }).click();
  // Every figure and every imported file comes back, not only the assessment's name.
  expect(await figures(page)).toEqual(before);
});

async function nav(page: Page, name: string) {
  await page
    .getByRole('navigation', { name: 'Assessment' })
    .getByRole('link', { name, exact: true })
    .click();
}

/** The dashboard's KPI values and the Files page's list of sources. */
async function figures(page: Page) {
  await nav(page, 'Dashboard');
  const tiles = page.locator('[data-testid^="kpi-"]');
  await expect(tiles).toHaveCount(12);
  await expect(page.getByText('Updating figures…')).toHaveCount(0);
  const kpis: Record<string, string> = {};
  for (const tile of await tiles.all()) {
    kpis[(await tile.getAttribute('data-testid')) ?? ''] =
      (await tile.getAttribute('data-value')) ?? '';
  }
  await nav(page, 'Files');
  const files = (await page.getByTestId('sources').innerText()).split('\n').sort();
  return { kpis, files };
}

test('a file that is not a workbook is refused with a message and changes nothing', async ({
  page
}, info) => {
  await openApp(page, info);
  const before = await page.getByTestId('assessment-row').count();
  await page
    .getByTestId('import-workbook')
    .setInputFiles({ name: 'notes.ztw', mimeType: 'text/plain', buffer: Buffer.from('hello') });
  await expect(
    page.getByRole('status').filter({ hasText: 'is not a workbook file' })
  ).toBeVisible();
  await expect(page.getByTestId('assessment-row')).toHaveCount(before);
});

test('no request leaves the page origin, and axe finds no serious violation, on every page', async ({
  page
}, info) => {
  const outside = watchRequests(page, appUrl(info));
  await openApp(page, info);
  const startScan = await new AxeBuilder({ page }).analyze();
  const serious = (r: typeof startScan) =>
    r.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(serious(startScan).map((v) => `${v.id}: ${v.help}`)).toEqual([]);

  await page.getByRole('button', { name: 'Try the demo' }).click();
  await expect(page.getByTestId('import-status')).toHaveAttribute('data-state', 'done', {
    timeout: 90_000
  });
  for (const name of PAGES) {
    await page
      .getByRole('navigation', { name: 'Assessment' })
      .getByRole('link', { name, exact: true })
      .click();
    await expect(page.getByRole('link', { name, exact: true })).toHaveAttribute(
      'aria-current',
      'page'
    );
    await page.waitForTimeout(300);
    const scan = await new AxeBuilder({ page }).analyze();
    expect(serious(scan).map((v) => `${name} ${v.id}: ${v.help} (${v.nodes[0]?.target})`)).toEqual(
      []
    );
  }
  expect(outside).toEqual([]);
});

test('the hosted app opens and works offline after the first visit', async ({
  page,
  context
}, info) => {
  test.skip(!appUrl(info).startsWith('http'), 'the single file from disk needs no service worker');
  await openApp(page, info);
  // The first visit installs the service worker, which caches the page.
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  await context.setOffline(true);
  try {
    await page.reload();
    await expect(page.getByRole('button', { name: 'New assessment' })).toBeVisible();
    await page.getByRole('button', { name: 'New assessment' }).click();
    await expect(page.getByTestId('import-files')).toBeAttached();
  } finally {
    await context.setOffline(false);
  }
});
