/** ARNs as IAM exports write them, and the record ids built from them. */
import { recordId } from '../../model';

/** The account id part of an ARN (`arn:aws:iam::123456789012:user/x` → `123456789012`). */
export function accountIdOfArn(arn: string): string | undefined {
  const parts = arn.split(':');
  return parts.length >= 6 && parts[0] === 'arn' ? parts[4] : undefined;
}

/** True for text that has the six colon-separated parts of an ARN. */
export function isArn(value: string): boolean {
  return /^arn:[^:]+:[^:]*:[^:]*:[^:]*:.+$/.test(value);
}

/**
 * The id of the one AWS account these ARNs belong to, for `scopeKey`. Only 12-digit ids count:
 * AWS-managed policies carry `aws` in the account field, and so do some doctored demo files.
 * When several accounts appear, the commonest wins and `others` lists the rest.
 */
export function accountScope(arns: Iterable<string>): { account?: string; others: string[] } {
  const counts = new Map<string, number>();
  for (const arn of arns) {
    const id = accountIdOfArn(arn);
    if (id && /^\d{12}$/.test(id)) counts.set(id, (counts.get(id) ?? 0) + 1);
  }
  const ranked = [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  return { account: ranked[0]?.[0], others: ranked.slice(1).map(([id]) => id) };
}

/**
 * The account record id of an IAM user or the root user. The ARN is kept as written: IAM
 * preserves the case of user names, and the credential report, the authorization details and
 * CloudTrail all write the same ARN, so the three meet on one record.
 */
export function awsUserId(arn: string): string {
  return recordId('aws', 'user', arn);
}
