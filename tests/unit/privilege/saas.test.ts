/**
 * Okta and Google Workspace admins. The real Okta admin-roles response (terraform-provider-okta)
 * gives one user, 00ukwuvafxXvLcBR11d7, three roles: APP_ADMIN, USER_ADMIN, HELP_DESK_ADMIN;
 * none is SUPER_ADMIN.
 */
import { describe, expect, it } from 'vitest';
import { oktaAdminRoles } from '$lib/core/importers/okta/admin-roles';
import { emptyRecordSet } from '$lib/core/model';
import {
  superAdminAssignment,
  superAdminRole,
  googleUserId
} from '$lib/core/importers/google/super-admin';
import { analyse, importReal } from './helpers';

describe('analysePrivilege for Okta and Google Workspace', () => {
  it('analysePrivilege(okta admin roles) makes the one assignee an admin (any Okta admin role counts) but not a super admin', () => {
    const records = importReal(
      oktaAdminRoles,
      '06_okta_users',
      'tfokta_TestAccResourceOktaUserAdminRoles_crud_classic-00_id11_api_v1_users_roles.json'
    );
    const a = analyse(records);
    expect(a.okta.assessed).toBe(true);
    expect(a.okta.admins).toHaveLength(1);
    expect(a.okta.admins[0]).toContain('00ukwuvafxXvLcBR11d7');
    expect(a.okta.superAdmins).toEqual([]);
    expect(a.adminEquivalent).toEqual(a.okta.admins);
  });

  it('analysePrivilege(google super admin) counts the super admin as admin-equivalent and privileged', () => {
    const r = emptyRecordSet();
    const id = googleUserId('root@example.com');
    r.accounts = [
      {
        id,
        system: 'google',
        nativeId: 'root@example.com',
        name: 'root@example.com',
        kind: 'human'
      }
    ];
    r.roles = [superAdminRole()];
    r.assignments = [superAdminAssignment(id, 'root@example.com')];
    const a = analyse(r);
    expect(a.google.superAdmins).toEqual([id]);
    expect(a.privileged).toEqual([id]);
    expect(a.assessedSystems).toEqual(['google']);
  });
});

describe('analysePrivilege for the AWS root user', () => {
  it('analysePrivilege(credential report) counts <root_account> admin-equivalent and privileged; no IAM user is, as no policies were imported', async () => {
    const { awsCredentialReportJson } =
      await import('$lib/core/importers/aws/credential-report-json');
    const records = importReal(
      awsCredentialReportJson,
      '01_aws_credential_report',
      'c7n_test_account_credential_report.GetCredentialReport_1.json'
    );
    const a = analyse(records);
    const root = records.accounts.filter((x) => x.kind === 'root').map((x) => x.id);
    expect(root).toHaveLength(1);
    expect(a.adminEquivalent).toEqual(root);
    expect(a.adminEquivalentDetails[0].reason).toBe('the root user of the account has every right');
    expect(a.aws.assessed).toBe(false);
  });
});
