/** The privilege rules: metadata, "not assessed" without inputs, and verdicts on real exports. */
import { describe, expect, it } from 'vitest';
import { privilegeRules } from '$lib/core/findings/rules/privilege';
import { awsAuthorizationDetails } from '$lib/core/importers/aws/authz-details';
import { scubagearProviderExport } from '$lib/core/importers/entra/scubagear';
import { emptyRecordSet, ZTMM_FUNCTIONS } from '$lib/core/model';
import type { RuleResult } from '$lib/core/findings/types';
import { importReal, inputOf, short } from './helpers';

const rule = (id: string) => privilegeRules.find((r) => r.id === id)!;
const affected = (r: RuleResult) => (r.status === 'finding' ? r.affected : []);

describe('privilegeRules metadata', () => {
  it('privilegeRules carry ids ZTW-PRIV-001 to 025 in order, each with a title, why, remediation, step, ZTMM function and needs', () => {
    expect(privilegeRules.map((r) => r.id)).toEqual(
      Array.from({ length: 25 }, (_, i) => `ZTW-PRIV-${String(i + 1).padStart(3, '0')}`)
    );
    for (const r of privilegeRules) {
      expect(r.title && r.why && r.remediation && r.needs).toBeTruthy();
      expect(ZTMM_FUNCTIONS).toContain(r.ztmm);
      expect([1, 2, 3, 4, 5]).toContain(r.step);
      if (r.attack) expect(r.attack).toMatch(/^T\d{4}(\.\d{3})?$/);
    }
  });

  it('privilegeRules on an empty record set are all not assessed, never a silent pass', () => {
    const input = inputOf(emptyRecordSet());
    for (const r of privilegeRules)
      expect([r.id, r.evaluate(input).status]).toEqual([r.id, 'not-assessed']);
  });
});

describe('privilegeRules on real exports', () => {
  const demo = inputOf(
    importReal(
      awsAuthorizationDetails,
      '02_aws_authorization_details',
      'cloudmapper_demo_iam-get-account-authorization-details.json'
    )
  );
  const lab = inputOf(
    importReal(
      awsAuthorizationDetails,
      '02_aws_authorization_details',
      'cloudsplaining_examples_files_example.json'
    ),
    '2021-01-01T00:00:00Z'
  );
  const scuba = inputOf(
    importReal(
      scubagearProviderExport,
      '03_entra_users_graph',
      'scubagear_Sample-Reports_ProviderSettingsExport.json'
    )
  );

  it('ZTW-PRIV-012 flags bad_role in the CloudMapper demo, trusted by "AWS": "*" with no condition', () => {
    const r = rule('ZTW-PRIV-012').evaluate(demo);
    expect(affected(r).map(short)).toEqual(['bad_role']);
    expect(r.status === 'finding' && r.evidence[0]).toContain('with no condition');
  });

  it('ZTW-PRIV-015 is not assessed on the CloudMapper demo: no RoleLastUsed in the file', () => {
    expect(rule('ZTW-PRIV-015').evaluate(demo).status).toBe('not-assessed');
  });

  it('ZTW-PRIV-014 flags privesc-high-priv-service-role in the lab: admin-equivalent and assumable by ten services, compute among them', () => {
    expect(affected(rule('ZTW-PRIV-014').evaluate(lab)).map(short)).toEqual([
      'privesc-high-priv-service-role'
    ]);
  });

  it('ZTW-PRIV-013 flags OrganizationAccountAccessRole in the lab: trusted by account 072528804237', () => {
    expect(affected(rule('ZTW-PRIV-013').evaluate(lab)).map(short)).toContain(
      'OrganizationAccountAccessRole'
    );
  });

  it('ZTW-PRIV-002 evidence reads as a chain for privesc-AssumeRole-starting-role', () => {
    const r = rule('ZTW-PRIV-002').evaluate(lab);
    const line =
      r.status === 'finding'
        ? r.evidence.find((e) => e.startsWith('privesc-AssumeRole-starting-role'))
        : undefined;
    expect(line).toBe(
      'privesc-AssumeRole-starting-role (AWS) → [assume: sts:AssumeRole] → privesc-AssumeRole-intermediate-role (AWS) → [assume: sts:AssumeRole] → privesc-AssumeRole-ending-role (AWS)'
    );
  });

  it('ZTW-PRIV-006 and 007 pass on ScubaGear: exactly 2 Global Administrator accounts', () => {
    expect(rule('ZTW-PRIV-006').evaluate(scuba).status).toBe('pass');
    expect(rule('ZTW-PRIV-007').evaluate(scuba).status).toBe('pass');
  });

  it('ZTW-PRIV-010 flags the 3 service principals and ZTW-PRIV-009 passes on ScubaGear (no synced holders)', () => {
    expect(affected(rule('ZTW-PRIV-010').evaluate(scuba))).toHaveLength(3);
    expect(rule('ZTW-PRIV-009').evaluate(scuba).status).toBe('pass');
  });

  it('ZTW-PRIV-023..025 are not assessed on AWS-only input: no AD Kerberos settings imported', () => {
    for (const id of ['ZTW-PRIV-023', 'ZTW-PRIV-024', 'ZTW-PRIV-025'])
      expect(rule(id).evaluate(lab).status).toBe('not-assessed');
  });
});
