import { expect, test, type Page } from '@playwright/test';
import { importFiles, newAssessment, realExport } from './app';

/** The Files page rows: format id → records accepted. */
async function sourceRows(page: Page) {
  await page
    .getByRole('navigation', { name: 'Assessment' })
    .getByRole('link', { name: 'Files' })
    .click();
  return page.getByTestId('source-row');
}

const REAL = [
  [
    '01_aws_credential_report/c7n_test_account_credential_report.GetCredentialReport_1.content.csv',
    'aws-credential-report'
  ],
  [
    '01_aws_credential_report/cloudmapper_demo_iam-get-credential-report.json',
    'aws-credential-report-json'
  ],
  [
    '02_aws_authorization_details/cloudsplaining_examples_files_example.json',
    'aws-authorization-details'
  ],
  ['03_entra_users_graph/azure-sentinel_SampleData_AADUSerInfo.csv', 'entra-users-csv'],
  [
    '03_entra_users_graph/scubagear_Sample-Reports_ProviderSettingsExport.json',
    'scubagear-provider-export'
  ],
  [
    '04_entra_auth_methods/msgraph_docs_v1_list_userRegistrationDetails_example.json',
    'entra-registration-details'
  ],
  [
    '06_okta_users/tfokta_TestAccDataSourceOktaUsers_read_classic-00_id12_api_v1_users.json',
    'okta-users-json'
  ],
  [
    '06_okta_users/tfokta_TestAccResourceOktaUserAdminRoles_crud_classic-00_id11_api_v1_users_roles.json',
    'okta-admin-roles'
  ],
  ['08_active_directory/bloodhound_v6_all_users.json', 'sharphound-users'],
  ['09_gcp_iam/c7n_flight_organization-iam-policy_getIamPolicy.body.json', 'gcp-iam-policy'],
  ['09_gcp_iam/c7n_flight_iam-service-account-key-query_keys.body.json', 'gcp-service-account-keys']
] as const;

test('every directory and IAM real export imports, detected by content', async ({ page }, info) => {
  await newAssessment(page, info);
  await importFiles(
    page,
    REAL.map(([p]) => realExport(p))
  );
  await expect(
    page.getByTestId('import-result').and(page.locator('[data-status="imported"]'))
  ).toHaveCount(REAL.length);
  const rows = await sourceRows(page);
  await expect(rows).toHaveCount(REAL.length);
  for (const [, format] of REAL)
    await expect(page.locator(`[data-testid="source-row"][data-format="${format}"]`)).toHaveCount(
      1
    );
});

test('importing the same file twice changes nothing', async ({ page }, info) => {
  await newAssessment(page, info);
  const file = realExport(
    '01_aws_credential_report/c7n_test_iam_user_unused_keys.GetCredentialReport_2.content.csv'
  );
  await importFiles(page, [file]);
  await page.getByRole('button', { name: 'Done' }).click();
  await importFiles(page, [file]);
  await expect(page.getByTestId('import-result').first()).toHaveAttribute(
    'data-status',
    'duplicate'
  );
  await expect(page.getByTestId('import-result').first()).toContainText('already imported');
  await expect(await sourceRows(page)).toHaveCount(1);
});

test('a file that is not an export gets one clear message and stores nothing', async ({
  page
}, info) => {
  await newAssessment(page, info);
  await page.getByTestId('import-files').setInputFiles([
    {
      name: 'holiday.png',
      mimeType: 'image/png',
      buffer: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0, 1, 2, 3])
    }
  ]);
  await expect(page.getByTestId('import-status')).toHaveAttribute('data-state', 'error');
  await expect(page.getByTestId('import-error')).toContainText('holiday.png is not a text export');
  await expect(await sourceRows(page)).toHaveCount(0);
});

test('a truncated JSON export names the file and line, and stores nothing', async ({
  page
}, info) => {
  await newAssessment(page, info);
  const text = '{\n  "value": [\n    {"id": "1", "userPrincipalName": "a@b.c"';
  await page
    .getByTestId('import-files')
    .setInputFiles([
      { name: 'users.json', mimeType: 'application/json', buffer: Buffer.from(text) }
    ]);
  await expect(page.getByTestId('import-status')).toHaveAttribute('data-state', 'error');
  await expect(page.getByTestId('import-error')).toContainText('users.json, line 3');
  await expect(await sourceRows(page)).toHaveCount(0);
});
