import { defineConfig } from '@playwright/test';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

/** Same search order as scripts/ensure-browser.mjs: env, Debian's chromium, Playwright's. */
function chromiumPath(): string | undefined {
  for (const c of [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser']) {
    if (c && existsSync(c)) return c;
  }
  return undefined;
}

const launchOptions = {
  executablePath: chromiumPath(),
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-dev-shm-usage',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run'
  ]
};

export const FILE_URL = pathToFileURL(resolve('build/ztw.html')).href;
// Overridable so two checkouts on one machine can run their suites side by side.
const HTTP_PORT = Number(process.env.E2E_PORT ?? 4183);
export const HTTP_URL = `http://127.0.0.1:${HTTP_PORT}/ztw/`;

export default defineConfig({
  testDir: 'tests/e2e',
  timeout: 120_000,
  expect: { timeout: 20_000 },
  fullyParallel: false,
  workers: 1,
  retries: process.env.CI ? 1 : 0,
  reporter: process.env.CI ? [['list']] : [['list']],
  use: { launchOptions, acceptDownloads: true, trace: 'off', screenshot: 'only-on-failure' },
  projects: [
    { name: 'file', use: { baseURL: FILE_URL } },
    { name: 'http', use: { baseURL: HTTP_URL } }
  ],
  webServer: {
    command: `node scripts/serve.mjs ${HTTP_PORT} --base /ztw`,
    url: HTTP_URL,
    reuseExistingServer: !process.env.CI,
    timeout: 30_000
  }
});
