/** Findings over the real AWS credential report, with affected accounts counted by hand. */
import type { Finding } from '../../../src/lib/core/findings/types';
import { AWS_ROOT, awsUser } from './real-aws';

type Meta = Pick<Finding, 'id' | 'severity' | 'step' | 'title'> & Partial<Finding>;

/** A finding with the remaining rule fields filled with plain sentences. */
export function finding(meta: Meta, affected: string[]): Finding {
  return {
    why: 'Why it matters.',
    remediation: `Fix ${meta.title.toLowerCase()}. Then check again.`,
    ztmm: 'Authentication',
    needs: 'an AWS credential report',
    status: 'finding',
    evidence: affected.map((id) => `${id} is affected`),
    ...meta,
    affected
  };
}

/** Human users (`password_enabled` true) with `mfa_active` false: 8 distinct ARNs. */
export const NO_MFA_USERS = [
  'andrew',
  'christopher',
  'jeff',
  'Jennifer',
  'kapil',
  'kit',
  'scot',
  'steven'
].map(awsUser);

/** Users with both access key slots active: andrew and kit. */
export const TWO_KEY_USERS = ['andrew', 'kit'].map(awsUser);

export const noMfa = (): Finding =>
  finding(
    { id: 'ZTW-MFA-001', severity: 'high', step: 2, title: 'Console users without MFA' },
    NO_MFA_USERS
  );
export const rootFinding = (): Finding =>
  finding({ id: 'ZTW-AWS-001', severity: 'critical', step: 2, title: 'Root account in use' }, [
    AWS_ROOT
  ]);
export const twoKeys = (): Finding =>
  finding(
    { id: 'ZTW-CRED-002', severity: 'medium', step: 3, title: 'Users with two active keys' },
    TWO_KEY_USERS
  );
export const passing = (): Finding => ({
  ...finding({ id: 'ZTW-AWS-009', severity: 'high', step: 1, title: 'Passing rule' }, []),
  status: 'pass'
});
