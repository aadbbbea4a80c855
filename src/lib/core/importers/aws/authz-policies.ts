/**
 * Policies of `get-account-authorization-details`: managed policies with their default
 * version's document only (SPEC §5: other versions have no effect), inline policies per owner,
 * and attachments collected from every principal.
 */
import { bool, list, obj, prop, text } from '../../decode/values';
import type { Policy } from '../../model';
import { recordId } from '../../model';
import { decodePolicyDocument } from './policy-document';

/** AWS-managed policies live in the `aws` account of any partition (aws, aws-cn, aws-us-gov). */
export function isAwsManagedPolicyArn(arn: string): boolean {
  return /^arn:[^:]+:iam::aws:policy\//.test(arn);
}

/** The id of an inline policy: its name is unique only within its owner. */
export function inlinePolicyId(ownerArn: string, policyName: string): string {
  return recordId('aws', 'inline-policy', `${ownerArn}#${policyName}`);
}

/** The document of the version marked default, falling back to `DefaultVersionId`. */
function defaultVersion(raw: Record<string, unknown>): Record<string, unknown> | undefined {
  const versions = list(prop(raw, 'PolicyVersionList'))
    .map((v) => obj(v))
    .filter((v): v is Record<string, unknown> => v !== undefined);
  const flagged = versions.filter((v) => bool(prop(v, 'IsDefaultVersion')) === true);
  if (flagged.length === 1) return flagged[0];
  const defaultId = text(prop(raw, 'DefaultVersionId'));
  return versions.find((v) => text(prop(v, 'VersionId')) === defaultId) ?? flagged[0];
}

/** Collects the policies of one file and who they are attached to. */
export class PolicyBook {
  private readonly managed = new Map<string, Policy>();
  private readonly inline: Policy[] = [];
  /** Attached policies the file does not describe: ARN → principal names. */
  private readonly undescribed = new Map<string, string[]>();
  readonly warnings: string[] = [];

  /** Adds one entry of `Policies`; returns false when it has no ARN. */
  addManaged(raw: Record<string, unknown>): boolean {
    const arn = text(prop(raw, 'Arn'));
    if (!arn) return false;
    const name = text(prop(raw, 'PolicyName')) ?? arn.split('/').pop() ?? arn;
    const version = defaultVersion(raw);
    const document = decodePolicyDocument(prop(version, 'Document'));
    if (document === undefined) {
      this.warnings.push(`policy ${name}: no readable default-version document`);
    }
    this.managed.set(arn, {
      id: recordId('aws', 'policy', arn),
      system: 'aws',
      nativeId: arn,
      name,
      kind: isAwsManagedPolicyArn(arn) ? 'aws-managed' : 'customer-managed',
      document,
      attachedTo: []
    });
    return true;
  }

  /** Records a principal's `AttachedManagedPolicies`. */
  attach(attached: unknown, principalId: string, principalName: string): void {
    for (const item of list(attached)) {
      const arn = text(prop(item, 'PolicyArn'));
      if (!arn) continue;
      const policy = this.managed.get(arn);
      if (policy) {
        policy.attachedTo.push(principalId);
      } else {
        const names = this.undescribed.get(arn) ?? [];
        this.undescribed.set(arn, [...names, principalName]);
      }
    }
  }

  /** Records a principal's inline policies (`UserPolicyList`, `GroupPolicyList`…). */
  addInline(entries: unknown, ownerArn: string, ownerId: string, ownerName: string): void {
    for (const item of list(entries)) {
      const name = text(prop(item, 'PolicyName'));
      if (!name) {
        this.warnings.push(`${ownerName}: inline policy without a name skipped`);
        continue;
      }
      const document = decodePolicyDocument(prop(item, 'PolicyDocument'));
      if (document === undefined) {
        this.warnings.push(`${ownerName}: inline policy ${name} has no readable document`);
      }
      this.inline.push({
        id: inlinePolicyId(ownerArn, name),
        system: 'aws',
        nativeId: `${ownerArn}#${name}`,
        name,
        kind: 'inline',
        document,
        attachedTo: [ownerId]
      });
    }
  }

  /** Every policy record, managed first; a principal listed twice is attached once. */
  policies(): Policy[] {
    for (const policy of this.managed.values()) {
      policy.attachedTo = [...new Set(policy.attachedTo)];
    }
    return [...this.managed.values(), ...this.inline];
  }

  /** One warning per attached policy the file does not describe (no record is made). */
  undescribedWarnings(): string[] {
    return [...this.undescribed].map(
      ([arn, names]) =>
        `${arn} is attached to ${names.join(', ')} but not described in Policies; ` +
        `its permissions are unknown`
    );
  }
}
