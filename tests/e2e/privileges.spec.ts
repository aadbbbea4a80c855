import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import { appUrl, fixture, importFiles, newAssessment, realExport } from './app';

const FILES = [
  realExport('02_aws_authorization_details/cloudsplaining_examples_files_example.json'),
  realExport('08_active_directory/bloodhound_v6_all_users.json'),
  realExport('09_gcp_iam/c7n_flight_project-iam-policy_custodian-test-2_getIamPolicy.body.json'),
  realExport('03_entra_users_graph/scubagear_Sample-Reports_ProviderSettingsExport.json')
];

async function openPrivileges(page: Page) {
  await page
    .getByRole('navigation', { name: 'Assessment' })
    .getByRole('link', { name: 'Privileges' })
    .click();
  await expect(page.getByRole('heading', { name: 'Privileged access' })).toBeVisible();
  await expect(page.getByTestId('graph-panel')).toHaveAttribute('data-state', 'ready', {
    timeout: 60_000
  });
}

/** Pixels of the canvas that are not the white background, out of a grid of samples. */
async function inkedSamples(page: Page): Promise<number> {
  return page.getByTestId('privilege-graph').evaluate((el) => {
    const canvas = el as HTMLCanvasElement;
    const data = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height).data;
    let inked = 0;
    for (let y = 0; y < canvas.height; y += 4) {
      for (let x = 0; x < canvas.width; x += 4) {
        const i = (y * canvas.width + x) * 4;
        if (data[i] < 235 || data[i + 1] < 235 || data[i + 2] < 235) inked++;
      }
    }
    return inked;
  });
}

test('the Privileges page names admin-equivalent principals and explains escalation paths from real exports', async ({
  page
}, info) => {
  await newAssessment(page, info);
  await importFiles(page, FILES);
  await openPrivileges(page);

  // AWS (cloudsplaining example): obama has AdministratorAccess attached, read with jq.
  const aws = page.getByTestId('privileges-aws');
  await expect(aws).toHaveAttribute('data-assessed', 'true');
  const obama = aws.getByTestId('admin-equivalent').filter({ hasText: 'obama' });
  await expect(obama).toContainText('policy AdministratorAccess allows * on *');
  await expect(aws.getByTestId('admin-equivalent').filter({ hasText: /^admin/ })).toHaveCount(1);

  // privesc4 holds iam:CreateAccessKey on *: it can mint a key for an admin user.
  await aws.getByRole('button', { name: /^Show all \d+ escalation paths$/ }).click();
  const privesc4 = aws
    .getByTestId('escalation-path')
    .filter({ hasText: 'privesc4-CreateAccessKey-user' });
  await expect(privesc4).toHaveAttribute('data-certainty', 'definite');
  await expect(privesc4.getByTestId('path-explanation')).toContainText(
    /privesc4-CreateAccessKey-user has policy .*which allows iam:CreateAccessKey, so privesc4-CreateAccessKey-user can /
  );
  await expect(privesc4.getByTestId('path-explanation').locator('li').last()).toContainText(
    /admin/
  );
  await expect(aws.getByTestId('trusts-flagged')).toContainText('OrganizationAccountAccessRole');

  // GCP: roles/editor for def@ (service account) and zzz@gmail.com; no public binding.
  const gcp = page.getByTestId('privileges-gcp');
  await expect(gcp.getByTestId('gcp-primitive')).toContainText('zzz@gmail.com holds roles/editor');
  await expect(gcp.getByTestId('gcp-primitive')).toHaveAttribute('data-count', '2');
  await expect(gcp).toContainText('no role is granted to allUsers');

  // Entra (ScubaGear): John Public and Jane Doe hold Global Administrator.
  const entra = page.getByTestId('privileges-entra');
  await expect(entra.getByTestId('global-admins')).toHaveAttribute('data-value', '2');
  await expect(entra).toContainText('Jane Doe');
  // AD (SharpHound): RESEARCHER carries adminCount=1 and is enabled.
  await expect(page.getByTestId('ad-admincount')).toContainText(/researcher/i);
  // No Okta or Google export: those sections say so.
  await expect(page.getByTestId('privileges-okta')).toContainText('Not imported');
  await expect(page.getByTestId('privileges-google')).toContainText('Not imported');

  // The graph draws something, and search focuses a node with its blast radius.
  const canvas = page.getByTestId('privilege-graph');
  await expect(canvas).toHaveAttribute('role', 'img');
  await expect(canvas).toHaveAttribute('aria-label', /identities .*can reach an admin tier/);
  await expect.poll(() => inkedSamples(page)).toBeGreaterThan(200);
  // Panning by keyboard: the arrow buttons move the picture.
  const picture = () => canvas.evaluate((el) => (el as HTMLCanvasElement).toDataURL());
  const before = await picture();
  await page.getByRole('button', { name: 'Pan left' }).focus();
  await page.keyboard.press('Enter');
  await expect.poll(picture).not.toBe(before);
  await page.getByRole('button', { name: 'Fit' }).click();
  await page.getByLabel('Find an identity, group or role').fill('privesc4-CreateAccessKey-user');
  await page.getByLabel('Find an identity, group or role').press('Enter');
  await expect(canvas).toHaveAttribute('data-focused', /privesc4-CreateAccessKey-user/);
  const focus = page.getByTestId('graph-focus');
  await expect(focus).toContainText('privesc4-CreateAccessKey-user');
  await expect(focus).toContainText('Reaches AWS admin');
  await expect(focus.getByTestId('path-explanation').first()).toContainText('iam:CreateAccessKey');

  // The paths table, the graph's accessible equivalent.
  const table = page.getByTestId('paths-table');
  await expect(table).toBeVisible();
  await expect(table.getByTestId('path-row').first()).toBeVisible();
  await expect(page.getByTestId('reach-share')).toHaveAttribute('data-value', /^\d+(\.\d)?$/);
  await expect(page.getByTestId('kpi-escalation')).toHaveAttribute('data-value', /^[1-9]\d*$/);
  const escalating = page.getByTestId('escalation-list');
  await expect(escalating.getByText('privesc4-CreateAccessKey-user')).toBeHidden();
  await escalating.locator('xpath=following-sibling::button[1]').click();
  await expect(escalating.getByText('privesc4-CreateAccessKey-user')).toBeVisible();

  const axe = await new AxeBuilder({ page }).analyze();
  const serious = axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(
    serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)
  ).toEqual([]);

  if (info.project.name === 'file') {
    mkdirSync('.tmp', { recursive: true });
    await page.screenshot({ path: '.tmp/privileges.png', fullPage: true });
  }
});

test('permissions boundaries cap AWS rights and the page says how', async ({ page }, info) => {
  await newAssessment(page, info);
  await importFiles(page, [fixture('aws/authz-permissions-boundaries.json')]);
  await openPrivileges(page);
  const aws = page.getByTestId('privileges-aws');

  // bob holds AdministratorAccess inside S3OnlyBoundary: not an admin.
  const bob = aws.getByTestId('aws-boundary').filter({ hasText: /^bob/ });
  await expect(bob).toContainText(
    'permissions boundary S3OnlyBoundary caps policy AdministratorAccess (* on *): not admin-equivalent'
  );
  await expect(aws.getByTestId('admin-equivalent').filter({ hasText: /^bob/ })).toHaveCount(0);
  // frank's boundary is not in the export: he stays listed, but only as possibly admin.
  const frank = aws.getByTestId('aws-boundary').filter({ hasText: /^frank/ });
  await expect(frank).toHaveAttribute('data-missing', 'true');
  await expect(frank).toContainText('GoneBoundary is not in the export');
  await expect(aws.getByTestId('admin-equivalent').filter({ hasText: /^frank/ })).toContainText(
    'may cap that'
  );
  // gina has no boundary and is not listed.
  await expect(aws.getByTestId('aws-boundary')).toHaveCount(9);
});

test('the benchmark flag draws the labelled synthetic graph and leaves the assessment alone', async ({
  page
}, info) => {
  const id = await newAssessment(page, info);
  await page.goto(`${appUrl(info)}#/a/${id}/privileges?bench=600x2000`);
  await expect(page.getByTestId('bench-label')).toContainText('Benchmark graph');
  await expect(page.getByTestId('graph-panel')).toHaveAttribute('data-state', 'ready');
  await expect(page.getByTestId('privilege-graph')).toHaveAttribute('data-nodes', '600');
  await expect(page.getByTestId('privilege-graph')).toHaveAttribute('data-edges', '2000');
  await expect.poll(() => inkedSamples(page)).toBeGreaterThan(200);
  await expect(page.getByTestId('privileges-aws')).toHaveCount(0);
});
