// Makes sure a Chromium exists for the browser tests: an environment variable, Debian's
// chromium, or Playwright's own download; as root on Debian it installs chromium with apt.
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

export function findChromium() {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'];
  for (const c of candidates) if (c && existsSync(c)) return c;
  try {
    const own = chromium.executablePath();
    if (own && existsSync(own)) return own;
  } catch {
    // Playwright has no browser of its own here.
  }
  return null;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  let found = findChromium();
  if (!found && process.getuid?.() === 0 && existsSync('/usr/bin/apt-get')) {
    console.warn('No Chromium found: installing Debian’s chromium package (apt-get)…');
    execSync(
      'apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium',
      {
        stdio: 'inherit'
      }
    );
    found = findChromium();
  }
  if (!found) {
    console.error(
      'The browser tests need Chromium. Install it (Debian/Ubuntu: `sudo apt-get install chromium`) ' +
        'or set CHROMIUM_PATH to a Chromium or Chrome executable, then run `npm test` again.'
    );
    process.exit(1);
  }
  console.warn(`Browser for the tests: ${found}`);
}
