import { expect, test, type Page } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import { fixture, importFiles, newAssessment, realExport } from './app';

const HR_USERS = fixture('mapped/hr-users.csv');
const AWS_REPORT = realExport(
  '01_aws_credential_report/c7n_test_account_credential_report.GetCredentialReport_1.content.csv'
);

/** Opens the Files page and returns the row of the mapped file. */
async function mappedSourceRow(page: Page) {
  await page
    .getByRole('navigation', { name: 'Assessment' })
    .getByRole('link', { name: 'Files' })
    .click();
  const row = page.locator('[data-testid="source-row"][data-format^="mapped:"]');
  await expect(row).toHaveCount(1);
  return row;
}

/** Drops files with "Review formats and previews before importing" ticked. */
async function dropForReview(page: Page, files = [HR_USERS]) {
  await page.getByLabel('Review formats and previews before importing').check();
  await page.getByTestId('import-files').setInputFiles(files);
}

test('an HR list of no known format is mapped by hand, then imports by itself', async ({
  page
}, info) => {
  // 1. First assessment: review, map the columns, save and import.
  await newAssessment(page, info);
  await dropForReview(page);
  await expect(page.getByText('Not a known export: map its columns')).toBeVisible();
  const form = page.getByTestId('column-mapping');
  const pick = (label: string, column: string) =>
    form.getByLabel(label, { exact: true }).selectOption({ label: column });
  await pick('Account id', 'Employee ID');
  await pick('Display name', 'Full Name');
  await pick('Email', 'Work Email');
  await pick('Login', 'Network Login');
  await pick('Kind', 'Account Type');
  await pick('Enabled', 'Status');
  await pick('Created', 'Hire Date');
  await pick('Last sign-in', 'Last Login');
  await pick('Password last set', 'Password Changed');
  await pick('MFA registered', 'MFA');
  await pick('Owner', 'Manager');
  await form.getByLabel('System the accounts belong to').selectOption({ label: 'Entra ID' });
  await form.getByLabel('Name of this mapping').fill('HR users');

  // The preview shows the first 5 records: the row without an id is not one of them.
  const preview = form.getByTestId('mapping-preview');
  await expect(preview.getByTestId('mapping-preview-row')).toHaveCount(5);
  await expect(preview.getByTestId('mapping-preview-row').first()).toContainText('Renée Dubois');
  await expect(preview.getByTestId('mapping-preview-row').nth(2)).toContainText('service');
  await expect(preview).toContainText('Preview row 4 would be rejected');
  mkdirSync('.tmp', { recursive: true });
  if (info.project.name === 'file') {
    await page.locator('article', { has: form }).screenshot({ path: '.tmp/mapping.png' });
  }

  await form.getByRole('button', { name: 'Save mapping and import' }).click();
  await expect(page.getByTestId('import-status')).toHaveAttribute('data-state', 'done', {
    timeout: 60_000
  });
  const result = page.getByTestId('import-result');
  await expect(result).toHaveCount(1);
  await expect(result).toHaveAttribute('data-status', 'imported');
  await expect(result).toContainText('Mapped: HR users: 5 accounts; 1 row rejected');

  const row = await mappedSourceRow(page);
  await expect(row).toContainText('hr-users.csv');
  await expect(row).toContainText('Mapped: HR users');
  await expect(row).toContainText('columns mapped by hand');
  await expect(row).toContainText('Entra ID');
  await expect(row.locator('td').nth(6)).toContainText('5 accounts');
  await expect(row.locator('td').nth(7)).toHaveText('1');

  // 2. Second assessment, no review: the saved mapping is recognised and used at once.
  await newAssessment(page, info);
  await importFiles(page, [HR_USERS]);
  await expect(page.getByTestId('import-result')).toContainText('Mapped: HR users: 5 accounts');
  const again = await mappedSourceRow(page);
  await expect(again).toContainText('matches your saved column mapping “HR users”');
  await expect(again.locator('td').nth(7)).toHaveText('1');

  // 3. Third assessment: the mapping is detected for the HR list and offered for any other
  // table; once deleted, the form comes back.
  await newAssessment(page, info);
  await dropForReview(page, [HR_USERS, AWS_REPORT]);
  await expect(page.getByText(/Detected: Mapped: HR users — matches your saved/)).toBeVisible();
  const awsItem = page.locator('article', { hasText: 'GetCredentialReport_1' });
  await expect(
    awsItem.getByLabel('Format').locator('optgroup[label="Your saved column mappings"] option')
  ).toHaveText(['Mapped: HR users']);
  await page.getByText('Saved column mappings (1)').click();
  await page.getByRole('button', { name: 'Delete mapping HR users' }).click();
  await expect(page.getByText('Not a known export: map its columns')).toBeVisible();
  await expect(page.getByTestId('saved-mappings')).toHaveCount(0);
});

test('a lone table of no known format dropped without review opens the mapping form', async ({
  page
}, info) => {
  await newAssessment(page, info);
  await page.getByTestId('import-files').setInputFiles([HR_USERS]);
  await expect(page.getByText('Not a known export: map its columns')).toBeVisible();
  await expect(page.getByTestId('import-status')).toHaveAttribute('data-state', 'idle');
  await expect(page.getByTestId('import-error')).toHaveCount(0);
  // Nothing is saved until the user asks: the button waits for a system.
  const save = page.getByRole('button', { name: 'Save mapping and import' });
  await expect(save).toBeDisabled();
  await expect(page.getByText('Choose the system the accounts belong to.')).toBeVisible();
});
