import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { importFiles, newAssessment, realExport } from './app';

const AWS_REPORT = realExport(
  '01_aws_credential_report/c7n_test_account_credential_report.GetCredentialReport_1.content.csv'
);

/** New assessments open on Settings; the dashboard is one navigation link away. */
async function openDashboard(page: Page) {
  await page
    .getByRole('navigation', { name: 'Assessment' })
    .getByRole('link', { name: 'Dashboard' })
    .click();
  await expect(page.getByRole('heading', { name: 'Key figures' })).toBeVisible();
}

/** Axe violations of impact serious or critical, one line each. */
async function seriousViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

const kpi = (page: Page, id: string) => page.getByTestId(`kpi-${id}`);

/** Opens a tile's list by the start of its button text and returns the dialog. */
async function drill(page: Page, id: string, button: RegExp): Promise<Locator> {
  await kpi(page, id).getByRole('button', { name: button }).click();
  const dialog = page.getByRole('dialog');
  await expect(dialog).toBeVisible();
  return dialog;
}

async function closeDialog(dialog: Locator) {
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(dialog).toBeHidden();
}

test('an empty assessment guides to the import panel and every KPI is not assessed', async ({
  page
}, info) => {
  await newAssessment(page, info);
  await openDashboard(page);
  await expect(page.getByTestId('empty-guide')).toContainText('import panel');
  const tiles = page.locator('[data-testid^="kpi-"]');
  await expect(tiles).toHaveCount(12);
  for (const tile of await tiles.all()) {
    await expect(tile).toHaveAttribute('data-value', '');
    await expect(tile).toContainText('not assessed');
    await expect(tile).toContainText(/Needs .*(export|report|answers|data)/);
  }
  await expect(kpi(page, 'mfa-coverage')).toContainText('registration details');
  await expect(kpi(page, 'maturity').getByRole('link', { name: /questionnaire/ })).toHaveAttribute(
    'href',
    /#\/a\/[^/]+\/questionnaire$/
  );
  expect(await seriousViolations(page)).toEqual([]);
});

test('the AWS credential report gives KPIs worked out by hand, each opening its records', async ({
  page
}, info) => {
  await newAssessment(page, info);
  await importFiles(page, [AWS_REPORT]);
  await openDashboard(page);

  // 21 rows, christopher twice (same ARN): 20 accounts. Root is kind root; c7n-iam-test has
  // no password and an active key (service); the other 18 users are human (c7n-test has
  // neither a password nor a key and stays human), and no e-mail links two of them.
  await expect(kpi(page, 'accounts')).toHaveAttribute('data-value', '20');
  await expect(kpi(page, 'people')).toHaveAttribute('data-value', '18');
  await expect(kpi(page, 'service-accounts')).toHaveAttribute('data-value', '1');
  // Active access keys: andrew 2, kit 2, and one each for c7n-iam-test, calvin, christopher
  // (his second row), david, Jennifer, joshua, kapil, mandeep, rob, ryanwolfe, scot, steven.
  await expect(kpi(page, 'credentials')).toHaveAttribute('data-value', '16');
  // mfa_active true for anthony, calvin, chrissy, david, joshua, mandeep, matt, rob,
  // ryanwolfe: 9 of the 18 humans, 50.0%.
  await expect(kpi(page, 'mfa-coverage')).toHaveAttribute('data-value', '50.0');
  await expect(kpi(page, 'mfa-coverage')).toContainText('9 of 18');
  // As of the newest date in the file, 2016-11-25 (kapil's key last used): jeff never signed
  // in and was created 2016-07-27, 121 days before; every other sign-in is within 90 days.
  await expect(kpi(page, 'dormant')).toHaveAttribute('data-value', '1');
  // Only kapil's key (rotated 2016-06-24) is older than 90 days; andrew's second key, from
  // 2016-08-30, is the next oldest at 87 days.
  await expect(kpi(page, 'stale-credentials')).toHaveAttribute('data-value', '1');
  // The report names no method types and no questionnaire is answered.
  await expect(kpi(page, 'phishing-resistant')).toHaveAttribute('data-value', '');
  await expect(kpi(page, 'phishing-resistant')).toContainText('method types');
  await expect(kpi(page, 'maturity')).toHaveAttribute('data-value', '');

  // The definition shows on keyboard focus and describes the buttons.
  const info1 = kpi(page, 'mfa-coverage').getByRole('button', { name: /What MFA coverage/ });
  await info1.focus();
  await expect(kpi(page, 'mfa-coverage').getByRole('tooltip')).toBeVisible();
  await expect(info1).toHaveAccessibleDescription(/at least one MFA method/);
  await kpi(page, 'accounts').hover();
  await expect(kpi(page, 'accounts').getByRole('tooltip')).toBeVisible();

  let dialog = await drill(page, 'accounts', /^Accounts: 20 accounts/);
  await expect(dialog.getByTestId('record-row')).toHaveCount(20);
  await expect(dialog).toContainText('<root_account>');
  await closeDialog(dialog);

  dialog = await drill(page, 'mfa-coverage', /without MFA/);
  await expect(dialog.getByTestId('record-row')).toHaveCount(9);
  for (const name of ['andrew', 'christopher', 'jeff', 'Jennifer', 'kapil', 'kit', 'scot']) {
    await expect(dialog).toContainText(name);
  }
  await expect(dialog).not.toContainText('anthony');
  await closeDialog(dialog);

  dialog = await drill(page, 'mfa-coverage', /all 18/);
  await expect(dialog.getByTestId('record-row')).toHaveCount(18);
  expect(await seriousViolations(page)).toEqual([]);
  await closeDialog(dialog);

  dialog = await drill(page, 'dormant', /dormant/);
  await expect(dialog.getByTestId('record-row')).toHaveCount(1);
  await expect(dialog).toContainText('jeff');
  await closeDialog(dialog);

  const charts = page.getByTestId('chart');
  await expect(charts).toHaveCount(6);
  await expect(charts.first().locator('svg')).toBeVisible();
  await charts.first().getByText('Data as text').click();
  await expect(charts.first().locator('pre')).toContainText('AWS');

  // AWS reports MFA without its type: nothing says whether a password is still needed.
  await expect(page.getByTestId('passwordless')).toHaveAttribute('data-value', '');
  await expect(page.getByTestId('passwordless')).toContainText('not assessed');

  expect(await seriousViolations(page)).toEqual([]);

  await page.screenshot({ path: '.tmp/dashboard.png', fullPage: true });
});

test('passwordless adoption from the Graph registration details opens its three users', async ({
  page
}, info) => {
  await newAssessment(page, info);
  await importFiles(page, [
    realExport('04_entra_auth_methods/msgraph_docs_v1_list_userRegistrationDetails_example.json')
  ]);
  await openDashboard(page);
  const figure = page.getByTestId('passwordless');
  // All three report isPasswordlessCapable false and hold no FIDO2, passkey, Hello or certificate.
  await expect(figure).toHaveAttribute('data-value', '0');
  await expect(figure).toContainText('0 of 3 accounts');
  await figure.getByRole('button', { name: 'Show the 3 that cannot' }).click();
  const dialog = page.getByRole('dialog');
  await expect(dialog.getByTestId('record-row')).toHaveCount(3);
  await expect(dialog).toContainText('AllanD');
  await closeDialog(dialog);
});

test('a finding names its accounts, and its acceptance survives a reload', async ({
  page
}, info) => {
  await newAssessment(page, info);
  await importFiles(page, [AWS_REPORT]);
  await openDashboard(page);

  // The same nine humans without MFA as the KPI above.
  const finding = page.locator('[data-testid="finding"][data-rule="ZTW-MFA-002"]');
  await expect(finding).toHaveAttribute('data-severity', 'high');
  await expect(finding).toContainText('9 accounts');
  await expect(finding).toContainText('andrew');

  // Open findings come in severity order.
  const order = ['critical', 'high', 'medium', 'low', 'info'];
  const severities = await page
    .locator('[data-testid="finding"]:not([data-accepted])')
    .evaluateAll((els) => els.map((e) => e.getAttribute('data-severity') ?? ''));
  expect(severities.length).toBeGreaterThan(0);
  expect([...severities].sort((a, b) => order.indexOf(a) - order.indexOf(b))).toEqual(severities);

  await finding.getByText('Details').click();
  await expect(finding).toContainText('Why it matters');
  await expect(finding.getByTestId('record-row')).toHaveCount(9);

  await finding.getByRole('button', { name: 'Accept the risk of ZTW-MFA-002' }).click();
  const form = page.getByRole('form', { name: /Accept ZTW-MFA-002/ });
  expect(await seriousViolations(page)).toEqual([]);
  await form.getByLabel('Accepted until').fill('2016-11-01');
  await form.getByRole('button', { name: 'Save acceptance' }).click();
  await expect(form.getByRole('alert')).toContainText('reason');
  await form.getByLabel('Reason the risk is accepted').fill('Break-glass users; MFA rollout in Q1');
  await form.getByRole('button', { name: 'Save acceptance' }).click();
  await expect(form.getByRole('alert')).toContainText('after the as-of date');
  await form.getByLabel('Accepted until').fill('2017-03-31');
  await form.getByRole('button', { name: 'Save acceptance' }).click();

  const accepted = page.locator('[data-testid="finding"][data-rule="ZTW-MFA-002"]');
  await expect(accepted).toHaveAttribute('data-accepted', 'true');
  await expect(accepted).toContainText('Accepted until 2017-03-31');
  await page.reload();
  await expect(accepted).toHaveAttribute('data-accepted', 'true');
  await expect(accepted).toContainText('Break-glass users; MFA rollout in Q1');
  await expect(accepted).toContainText('andrew');

  await accepted.getByRole('button', { name: 'Withdraw the acceptance of ZTW-MFA-002' }).click();
  await expect(accepted).not.toHaveAttribute('data-accepted', 'true');
  await expect(accepted).toBeVisible();
});

test('the findings list filters by severity and by step, and lists rules not assessed', async ({
  page
}, info) => {
  await newAssessment(page, info);
  await importFiles(page, [AWS_REPORT]);
  await openDashboard(page);
  const findings = page.getByTestId('finding');
  await expect(findings.first()).toBeVisible();

  await page.getByRole('combobox', { name: 'Severity' }).selectOption('high');
  for (const s of await findings.evaluateAll((els) => els.map((e) => e.dataset.severity))) {
    expect(s).toBe('high');
  }
  await page.getByRole('combobox', { name: 'Severity' }).selectOption('');
  const neverUsed = page.locator('[data-testid="finding"][data-rule="ZTW-ACCT-002"]');
  await expect(neverUsed).toContainText('jeff');
  await page.getByRole('combobox', { name: 'Roadmap step' }).selectOption('2');
  await expect(page.locator('[data-testid="finding"][data-rule="ZTW-MFA-002"]')).toBeVisible();
  await expect(neverUsed).toHaveCount(0);
  await page.getByRole('combobox', { name: 'Roadmap step' }).selectOption('0');
  await expect(neverUsed).toBeVisible();

  // Method types are not in a credential report: the weak-MFA rule says what it needs.
  await expect(
    page.locator('[data-testid="rule-not-assessed"][data-rule="ZTW-MFA-003"]')
  ).toContainText('not assessed: needs MFA method types');
});
