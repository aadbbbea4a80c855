import { expect, test, type Page } from '@playwright/test';
import { newAssessment, openApp } from './app';

const nav = (page: Page, name: string) =>
  page.getByRole('navigation', { name: 'Assessment' }).getByRole('link', { name, exact: true });

const detection = (page: Page, rule: string) =>
  page.locator(`[data-testid="finding"][data-rule="${rule}"]`);

test('the hunt finds the attacks planted in the demo logs, and a threshold changes what it finds', async ({
  page
}, info) => {
  await openApp(page, info);
  await page.getByRole('button', { name: 'Try the demo' }).click();
  await expect(page.locator('[data-testid="import-status"][data-state="done"]')).toBeAttached({
    timeout: 90_000
  });
  await nav(page, 'Monitoring').click();
  await expect(page.getByTestId('log-coverage')).toContainText('Entra ID');

  // sample-data/README.md lists each of these; the text names who was hit.
  await expect(detection(page, 'ZTW-MON-001')).toContainText('hannah.schmidt');
  await expect(detection(page, 'ZTW-MON-003')).toContainText('emily.clarke');
  await expect(detection(page, 'ZTW-MON-004')).toContainText('33 accounts');
  await expect(detection(page, 'ZTW-MON-005')).toContainText('tomasz.wojcik');
  await expect(detection(page, 'ZTW-MON-007')).toContainText('svc-scanner');
  await expect(detection(page, 'ZTW-MON-008')).toContainText('kevin.marsh');
  await expect(detection(page, 'ZTW-MON-010')).toContainText('grace.liu');
  await expect(detection(page, 'ZTW-MON-001')).toHaveAttribute('data-severity', 'high');

  // The evidence gives the places, the time between them and the speed.
  await detection(page, 'ZTW-MON-001').getByText('Details').click();
  await expect(detection(page, 'ZTW-MON-001')).toContainText('Hamburg, DE');
  await expect(detection(page, 'ZTW-MON-001')).toContainText('Singapore, SG');

  // Hamburg to Singapore in 54 minutes is about 11,300 km/h: above 20,000 nothing is impossible.
  await page.getByLabel('Impossible travel above (km/h)').fill('20000');
  await page.getByRole('button', { name: 'Save thresholds' }).click();
  await expect(detection(page, 'ZTW-MON-001')).toHaveCount(0, { timeout: 30_000 });
  await page.reload();
  await expect(page.getByLabel('Impossible travel above (km/h)')).toHaveValue('20000');
  await expect(detection(page, 'ZTW-MON-003')).toBeVisible({ timeout: 30_000 });
  await expect(detection(page, 'ZTW-MON-001')).toHaveCount(0);
});

test('without logs the hunt says what to import, and every detection is not assessed', async ({
  page
}, info) => {
  await newAssessment(page, info);
  await nav(page, 'Monitoring').click();
  await expect(page.getByTestId('no-logs')).toContainText('Okta System Log');
  await expect(page.getByTestId('hunt-summary')).toContainText('0 of 10 detections raised; 10');
  await expect(page.getByTestId('finding')).toHaveCount(0);
});
