/** Helpers shared by the e2e specs: open the app the way each delivery is opened. */
import { expect, type Page, type TestInfo } from '@playwright/test';
import { resolve } from 'node:path';

/** The app's URL for this project (file:// single file, or http under a sub-path). */
export function appUrl(info: TestInfo): string {
  return info.project.use.baseURL!;
}

/** Opens the start page and waits until it has listed the saved assessments. */
export async function openApp(page: Page, info: TestInfo, hash = '#/'): Promise<void> {
  await page.goto(appUrl(info) + hash);
  await expect(page.getByRole('button', { name: 'New assessment' })).toBeVisible();
}

/** Creates an assessment through the UI and returns its id. */
export async function newAssessment(page: Page, info: TestInfo): Promise<string> {
  await openApp(page, info);
  await page.getByRole('button', { name: 'New assessment' }).click();
  await expect(page.getByTestId('import-files')).toBeAttached();
  const id = /#\/a\/([^/]+)/.exec(page.url())?.[1];
  if (!id) throw new Error(`no assessment id in ${page.url()}`);
  return id;
}

/** Uploads files through the import input and waits for the import to end in `state`. */
export async function importFiles(page: Page, files: string[], state: 'done' | 'error' = 'done') {
  await page.getByTestId('import-files').setInputFiles(files);
  await expect(page.getByTestId('import-status')).toHaveAttribute('data-state', state, {
    timeout: 60_000
  });
}

/** A path in the real exports shared beside the repository. */
export const realExport = (p: string) => resolve('..', 'shared', 'real-exports', p);
export const fixture = (p: string) => resolve('tests', 'fixtures', p);
