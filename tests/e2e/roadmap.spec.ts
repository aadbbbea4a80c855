import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { openApp } from './app';

test.use({ actionTimeout: 30_000 });

const nav = (page: Page, name: string) =>
  page.getByRole('navigation', { name: 'Assessment' }).getByRole('link', { name, exact: true });

const rows = (page: Page) => page.getByTestId('roadmap-action');
const row = (page: Page, id: string) =>
  page.locator(`[data-testid="roadmap-action"][data-id="${id}"]`);

async function ids(page: Page): Promise<string[]> {
  return rows(page).evaluateAll((els) => els.map((e) => e.getAttribute('data-id') ?? ''));
}

async function openRoadmap(page: Page) {
  await nav(page, 'Roadmap').click();
  await expect(rows(page).nth(5)).toBeVisible();
}

test('roadmap edits (owner, date, order, drop, merge) survive a reload and a recomputation', async ({
  page
}, info) => {
  test.setTimeout(180_000);
  await openApp(page, info);
  await page.getByRole('button', { name: 'Try the demo' }).click();
  await expect(page.locator('[data-testid="import-status"][data-state="done"]')).toBeAttached({
    timeout: 90_000
  });
  await openRoadmap(page);
  const before = await ids(page);
  const [first, second, third, fourth, fifth] = before;

  // Owner and date of the first action, inline.
  const owner = row(page, first).getByRole('textbox', { name: 'Owner of action 1', exact: true });
  await owner.fill('Νίκος Παπαδόπουλος');
  await owner.press('Tab');
  await expect(row(page, first).locator('td.edited')).toHaveCount(1);
  const date = row(page, first).getByLabel('Target date of action 1', { exact: true });
  await date.fill('2027-01-15');
  await date.press('Tab');
  await expect(row(page, first).locator('td.edited')).toHaveCount(2);

  // Move the second action down by keyboard; the focus stays on its arrow.
  const down = row(page, second).getByRole('button', { name: 'Move action 2 down' });
  await down.focus();
  await page.keyboard.press('Enter');
  await expect.poll(() => ids(page).then((x) => x.slice(0, 3))).toEqual([first, third, second]);
  await expect(row(page, second).getByRole('button', { name: 'Move action 3 down' })).toBeFocused();

  // Drop the fourth with a reason; it leaves the table for the dropped list.
  await row(page, fourth).getByText('Edit, merge or drop').click();
  await row(page, fourth).getByLabel('Reason for dropping (optional)').fill('Done last quarter');
  await row(page, fourth).getByRole('button', { name: 'Drop this action' }).click();
  await expect(row(page, fourth)).toHaveCount(0);
  await expect(page.locator(`[data-testid="dropped-action"][data-id="${fourth}"]`)).toContainText(
    'Done last quarter'
  );

  // Merge the fifth into the first: it disappears and the first lists it.
  await row(page, fifth).getByText('Edit, merge or drop').click();
  await row(page, fifth).getByLabel('Merge this action into').selectOption(first);
  await row(page, fifth).getByRole('button', { name: 'Merge', exact: true }).click();
  await expect(row(page, fifth)).toHaveCount(0);
  await expect(row(page, first)).toContainText(`Merged in: ${fifth}`);
  // An action added by hand.
  await page.getByRole('button', { name: 'Add an action…' }).click();
  await page.getByLabel('What to do').fill('Buy FIDO2 keys for every administrator');
  await page.getByLabel('Step', { exact: true }).selectOption('2');
  await page.getByRole('button', { name: 'Add the action' }).click();
  const custom = rows(page).filter({ hasText: 'Buy FIDO2 keys for every administrator' });
  await expect(custom).toContainText('added by you');
  const edited = await ids(page);

  // A reload reads the stored edits back and applies them to freshly computed actions.
  await page.reload();
  await openRoadmap(page);
  expect(await ids(page)).toEqual(edited);
  await expect(
    row(page, first).getByRole('textbox', { name: 'Owner of action 1', exact: true })
  ).toHaveValue('Νίκος Παπαδόπουλος');
  await expect(row(page, first).getByLabel('Target date of action 1', { exact: true })).toHaveValue(
    '2027-01-15'
  );
  await expect(row(page, first)).toContainText(`Merged in: ${fifth}`);
  await expect(row(page, fourth)).toHaveCount(0);
  await expect(custom).toHaveCount(1);
  await page.screenshot({ path: `.tmp/rr/roadmap-${info.project.name}.png` });
  await row(page, first).scrollIntoViewIfNeeded();
  await page.screenshot({ path: `.tmp/rr/roadmap-table-${info.project.name}.png` });

  // Restoring the dropped action puts it back; the other edits stay.
  await page
    .locator(`[data-testid="dropped-action"][data-id="${fourth}"]`)
    .getByRole('button', { name: /^Restore/ })
    .click();
  await expect(row(page, fourth)).toHaveCount(1);
  await expect(page.locator('[data-testid="dropped-action"]')).toHaveCount(0);
  expect((await ids(page)).slice(0, 3)).toEqual([first, third, second]);

  // The roadmap exports carry the edits.
  const [csv] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Export roadmap as CSV' }).click()
  ]);
  expect(csv.suggestedFilename()).toMatch(/-roadmap-\d{4}-\d{2}-\d{2}\.csv$/);
  const [xlsx] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Export roadmap as XLSX' }).click()
  ]);
  expect(xlsx.suggestedFilename()).toMatch(/\.xlsx$/);
  const text = readFileSync(await csv.path(), 'utf8');
  expect(text).toContain('Νίκος Παπαδόπουλος');
  expect(text).toContain('2027-01-15');
  expect(readFileSync(await xlsx.path()).subarray(0, 4)).toEqual(
    Buffer.from([0x50, 0x4b, 0x03, 0x04])
  );
});
