import fs from 'node:fs';
import path from 'node:path';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import type { Account, Assignment, Credential, Role } from '../../../src/lib/core/model';
import { remediationScripts, REVIEW_HEADER } from '../../../src/lib/core/remediation';
import type { RemediationScript } from '../../../src/lib/core/remediation';
import { finding, NO_MFA_USERS, TWO_KEY_USERS } from '../report/findings';
import { awsRecords, awsUser } from '../report/real-aws';

const REAL = path.resolve(process.cwd(), '../shared/real-exports');
const read = (p: string) => fs.readFileSync(path.join(REAL, p), 'utf8');

/** The script's lines after the BOM, without the header, intro and blank lines. */
function commands(s: RemediationScript): string[] {
  return s.text
    .replace(/^\uFEFF/, '')
    .split(/\r?\n/)
    .filter(
      (l) =>
        l !== '' &&
        !l.startsWith('#') &&
        !/^(set -eu|\$ErrorActionPreference|Import-Module)/.test(l)
    );
}

describe('remediationScripts on the real AWS credential report', () => {
  const records = awsRecords();
  const disable = finding(
    { id: 'T-DISABLE', severity: 'high', step: 2, title: 'No MFA' },
    NO_MFA_USERS
  );
  const keys = finding(
    { id: 'T-KEYS', severity: 'medium', step: 3, title: 'Two keys' },
    TWO_KEY_USERS
  );
  const { scripts, skipped } = remediationScripts([disable, keys], records, {
    kinds: { 'T-DISABLE': 'disable-account', 'T-KEYS': 'deactivate-access-key' }
  });
  const aws = scripts.find((s) => s.target === 'aws-cli') as RemediationScript;

  it('remediationScripts(findings) writes one AWS CLI script that starts with the review header', () => {
    expect(scripts.map((s) => s.fileName)).toEqual(['remediation-aws.sh']);
    expect(aws.text.split('\n')[0]).toBe(REVIEW_HEADER);
    expect(skipped).toEqual([]);
  });

  it('remediationScripts(findings) writes one command per affected user', () => {
    // 8 console users without MFA: one delete-login-profile each.
    expect(aws.commands).toBe(8);
    expect(commands(aws)).toContain("aws iam delete-login-profile --user-name='Jennifer'");
    expect(commands(aws).filter((l) => l.startsWith('aws iam delete-login-profile'))).toHaveLength(
      8
    );
  });

  it('remediationScripts(findings) asks for the key id the credential report does not carry', () => {
    // andrew and kit each have access_key_1 and access_key_2 active: 4 manual steps.
    expect(aws.manual).toBe(4);
    expect(aws.text).toContain(
      "# aws iam update-access-key --user-name='andrew' --access-key-id=<ACCESS_KEY_ID> --status Inactive"
    );
    expect(aws.text).toContain(
      '# MANUAL: key id not in the export (access_key_1, created 2016-10-11T15:27:35Z)'
    );
  });

  it('remediationScripts(findings) skips rules without a remediation kind', () => {
    const r = remediationScripts(
      [finding({ id: 'T-NONE', severity: 'low', step: 5, title: 'x' }, [awsUser('kit')])],
      records
    );
    expect(r.scripts).toEqual([]);
    expect(r.skipped).toEqual([
      { ruleId: 'T-NONE', reason: 'no remediation template for this rule' }
    ]);
  });
});

describe('remediationScripts on real GCP exports', () => {
  it('remediationScripts(sa keys) deletes the user-managed key and leaves the Google-managed one', () => {
    const body = JSON.parse(
      read('09_gcp_iam/c7n_flight_iam-service-account-key-query_keys.body.json')
    ) as {
      keys: { name: string; keyType: string }[];
    };
    const owner = 'gcp:serviceAccount:test-cutodian-scc@cloud-custodian.iam.gserviceaccount.com';
    const credentials: Credential[] = body.keys.map((k) => ({
      id: `gcp:sa-key:${k.name}`,
      system: 'gcp',
      kind: 'sa-key',
      ownerId: owner,
      name: k.name,
      active: true,
      customerManaged: k.keyType === 'USER_MANAGED'
    }));
    const f = finding(
      { id: 'T-SAKEY', severity: 'high', step: 3, title: 'SA keys' },
      credentials.map((c) => c.id)
    );
    const { scripts, skipped } = remediationScripts(
      [f],
      { credentials },
      { kinds: { 'T-SAKEY': 'delete-sa-key' } }
    );
    expect(commands(scripts[0])).toEqual([
      "gcloud iam service-accounts keys delete '2' --iam-account='test-cutodian-scc@cloud-custodian.iam.gserviceaccount.com'"
    ]);
    expect(skipped.map((s) => s.reason)).toEqual(['inactive or provider-managed key']);
  });

  it('remediationScripts(editor bindings) removes each roles/editor binding of the real project policy', () => {
    const policy = JSON.parse(
      read('09_gcp_iam/c7n_flight_project-iam-policy_custodian-test-2_getIamPolicy.body.json')
    ) as {
      bindings: { role: string; members: string[] }[];
    };
    const editor = policy.bindings.find((b) => b.role === 'roles/editor');
    const accounts: Account[] = (editor?.members ?? []).map((m) => ({
      id: `gcp:member:${m}`,
      system: 'gcp',
      nativeId: m.slice(m.indexOf(':') + 1),
      name: m,
      kind: m.startsWith('serviceAccount:') ? 'service' : 'human'
    }));
    const roles: Role[] = [
      {
        id: 'gcp:role:roles/editor',
        system: 'gcp',
        nativeId: 'roles/editor',
        name: 'Editor',
        privileged: true
      }
    ];
    const assignments: Assignment[] = accounts.map((a) => ({
      id: `gcp:binding:${a.id}`,
      system: 'gcp',
      principalId: a.id,
      roleId: 'gcp:role:roles/editor',
      scope: 'projects/custodian-test-2',
      type: 'permanent'
    }));
    const f = finding(
      { id: 'T-EDITOR', severity: 'high', step: 3, title: 'Editors' },
      accounts.map((a) => a.id)
    );
    const { scripts } = remediationScripts(
      [f],
      { accounts, roles, assignments },
      {
        kinds: { 'T-EDITOR': 'remove-role-assignment' }
      }
    );
    expect(commands(scripts[0])).toEqual([
      "gcloud projects remove-iam-policy-binding 'custodian-test-2' --member='serviceAccount:def@testproject.iam.gserviceaccount.com' --role='roles/editor'",
      "gcloud projects remove-iam-policy-binding 'custodian-test-2' --member='user:zzz@gmail.com' --role='roles/editor'"
    ]);
  });
});

describe('remediationScripts on real Entra users', () => {
  it('remediationScripts(entra users) disables each by object id with Graph PowerShell', () => {
    const rows = Papa.parse<Record<string, string>>(
      read('03_entra_users_graph/azure-sentinel_SampleData_AADUSerInfo.csv'),
      {
        header: true,
        skipEmptyLines: true
      }
    ).data;
    const accounts: Account[] = rows.map((r) => ({
      id: `entra:user:${r.ObjectId_g}`,
      system: 'entra',
      nativeId: r.ObjectId_g,
      name: r.DisplayName_s,
      upn: r.UserPrincipalName_s,
      kind: 'human'
    }));
    const f = finding(
      { id: 'T-DORMANT', severity: 'medium', step: 1, title: 'Dormant' },
      accounts.map((a) => a.id)
    );
    const { scripts } = remediationScripts(
      [f],
      { accounts },
      { kinds: { 'T-DORMANT': 'disable-account' } }
    );
    const ps = scripts[0];
    expect(ps.fileName).toBe('remediation-entra.ps1');
    expect(ps.text.startsWith(`\uFEFF${REVIEW_HEADER}\r\n`)).toBe(true);
    // 6 users in the file.
    expect(ps.commands).toBe(6);
    expect(commands(ps)).toContain(
      "Update-MgUser -UserId '907ee970-5ed2-43cf-8e7f-e8e19ec8bbed' -AccountEnabled:$false"
    );
    expect(ps.text).toContain('# Jeff Leatherman (JeffL@domain.onmicrosoft.com)');
  });
});

describe('remediationScripts with hostile identifiers', () => {
  const fixture = JSON.parse(
    fs.readFileSync(
      path.resolve(process.cwd(), 'tests/fixtures/remediation/hostile-accounts.json'),
      'utf8'
    )
  ) as { accounts: Account[] };
  const accounts = fixture.accounts;
  const f = finding(
    { id: 'T-H', severity: 'high', step: 1, title: 'Hostile' },
    accounts.map((a) => a.id)
  );
  const { scripts } = remediationScripts(
    [f],
    { accounts },
    { kinds: { 'T-H': 'disable-account' } }
  );
  const byTarget = new Map(scripts.map((s) => [s.target, s]));

  it('remediationScripts(hostile) quotes PowerShell identifiers and refuses the one with a line break', () => {
    const ps = byTarget.get('graph-powershell') as RemediationScript;
    expect(commands(ps)).toEqual([
      "Update-MgUser -UserId 'o''brien@contoso.example' -AccountEnabled:$false",
      "Update-MgUser -UserId 'x\u2019\u2019; Remove-MgUser -UserId ''admin''; \u2018\u2018' -AccountEnabled:$false"
    ]);
    expect(ps.refused).toBe(1);
    expect(ps.text).toContain(
      '# REFUSED: entra:user:newline: identifier holds a line break or control character; not written'
    );
    // The display name with a line break is escaped in its comment, not split across lines.
    expect(ps.text).toContain('# New\\u{a}Line');
    expect(ps.text).not.toMatch(/^Remove-MgUser/m);
  });

  it('remediationScripts(hostile) quotes POSIX identifiers and refuses escapes and leading dashes', () => {
    const aws = byTarget.get('aws-cli') as RemediationScript;
    expect(commands(aws)).toEqual([
      "aws iam delete-login-profile --user-name='it'\\''s-$(reboot)'"
    ]);
    expect(aws.refused).toBe(1);
    const gcloud = byTarget.get('gcloud') as RemediationScript;
    expect(gcloud.commands).toBe(0);
    expect(gcloud.text).toContain('identifier starts with "-"');
  });
});
