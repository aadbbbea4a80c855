/** Command templates: for one affected record and one remediation kind, what each CLI runs. */
import type { Account, Assignment, Credential } from '../model';
import { arnName, awsKeyId, awsUserName, gcpEmail, gcpKey, gcpMember, nativeOf } from './records';
import type { RecordIndex } from './records';
import type { Emit, RemediationKind } from './types';

const id = (value: string) => ({ value });
const opt = (flag: string, value: string) => ({ flag, value });

function disableAccount(a: Account): Emit[] {
  switch (a.system) {
    case 'entra':
      return a.kind === 'service'
        ? [
            {
              target: 'graph-powershell',
              command: [
                'Update-MgServicePrincipal',
                '-ServicePrincipalId',
                id(a.nativeId),
                '-AccountEnabled:$false'
              ]
            }
          ]
        : [
            {
              target: 'graph-powershell',
              command: ['Update-MgUser', '-UserId', id(a.nativeId), '-AccountEnabled:$false']
            }
          ];
    case 'ad':
      return [
        {
          target: 'ad-powershell',
          command: ['Disable-ADAccount', '-Identity', id(a.login ?? a.nativeId)]
        }
      ];
    case 'aws':
      if (a.kind === 'root')
        return [{ skip: 'the AWS root user cannot be disabled; secure it instead' }];
      // IAM users have no disabled state: removing the console password stops interactive use;
      // their keys are handled by the key rules.
      return [
        {
          target: 'aws-cli',
          command: ['aws', 'iam', 'delete-login-profile', opt('--user-name', awsUserName(a))],
          note: 'removes console sign-in only; deactivate the access keys too'
        }
      ];
    case 'gcp':
      if (a.kind !== 'service')
        return [{ skip: 'Google identities are suspended in the Admin console' }];
      return [
        {
          target: 'gcloud',
          command: ['gcloud', 'iam', 'service-accounts', 'disable', id(gcpEmail(a))]
        }
      ];
    default:
      return [{ skip: `no command-line template for ${a.system} accounts` }];
  }
}

function awsKey(c: Credential, index: RecordIndex): Emit[] {
  const owner = index.accounts.get(c.ownerId);
  if (!owner || owner.kind === 'root') {
    return [{ skip: 'root access keys are managed only when signed in as root' }];
  }
  const user = opt('--user-name', awsUserName(owner));
  const keyId = awsKeyId(c);
  if (keyId) {
    return [
      {
        target: 'aws-cli',
        command: [
          'aws',
          'iam',
          'update-access-key',
          user,
          opt('--access-key-id', keyId),
          '--status',
          'Inactive'
        ]
      }
    ];
  }
  // The credential report names the slot (access_key_1), never the key id.
  const created = c.created ? `, created ${c.created}` : '';
  return [
    {
      target: 'aws-cli',
      manual: `key id not in the export (${c.name ?? 'slot unknown'}${created}): find it with aws iam list-access-keys`,
      template: [
        'aws',
        'iam',
        'update-access-key',
        user,
        '--access-key-id=<ACCESS_KEY_ID>',
        '--status',
        'Inactive'
      ]
    }
  ];
}

function gcpKeyCommand(c: Credential, index: RecordIndex, verb: 'disable' | 'delete'): Emit[] {
  const key = gcpKey(c, index.accounts.get(c.ownerId));
  if (!key) return [{ skip: 'the key name does not say which service account holds it' }];
  return [
    {
      target: 'gcloud',
      command: [
        'gcloud',
        'iam',
        'service-accounts',
        'keys',
        verb,
        id(key.keyId),
        opt('--iam-account', key.email)
      ]
    }
  ];
}

function keyAction(c: Credential, index: RecordIndex, kind: RemediationKind): Emit[] {
  if (!c.active || !c.customerManaged) return [{ skip: 'inactive or provider-managed key' }];
  if (c.kind === 'access-key' && c.system === 'aws' && kind === 'deactivate-access-key') {
    return awsKey(c, index);
  }
  if (c.kind === 'sa-key' && c.system === 'gcp') {
    return gcpKeyCommand(c, index, kind === 'delete-sa-key' ? 'delete' : 'disable');
  }
  return [{ skip: `no ${kind} template for ${c.system} ${c.kind}` }];
}

function removeAssignment(a: Assignment, index: RecordIndex): Emit[] {
  const role = index.roles.get(a.roleId);
  const roleNative = role?.nativeId ?? nativeOf(a.roleId);
  const principal = index.accounts.get(a.principalId);
  switch (a.system) {
    case 'entra':
      if (a.type === 'eligible') {
        return [
          {
            target: 'graph-powershell',
            manual: 'eligible assignment: remove it in Privileged Identity Management'
          }
        ];
      }
      return [
        {
          target: 'graph-powershell',
          command: [
            'Remove-MgRoleManagementDirectoryRoleAssignment',
            '-UnifiedRoleAssignmentId',
            id(nativeOf(a.id))
          ]
        }
      ];
    case 'gcp': {
      const m = /^(projects|organizations|folders)\/([^/]+)$/.exec(a.scope ?? '');
      if (!m) return [{ skip: 'the binding has no project, folder or organization scope' }];
      const group = m[1] === 'folders' ? ['resource-manager', 'folders'] : [m[1]];
      return [
        {
          target: 'gcloud',
          command: [
            'gcloud',
            ...group,
            'remove-iam-policy-binding',
            id(m[2]),
            opt('--member', gcpMember(a.principalId, index)),
            opt('--role', roleNative)
          ]
        }
      ];
    }
    case 'aws': {
      if (!/^arn:aws[\w-]*:iam::[^:]*:policy\//.test(roleNative)) {
        return [{ skip: 'only managed-policy attachments have a template' }];
      }
      const holder = index.roles.has(a.principalId)
        ? 'role'
        : index.groups.has(a.principalId)
          ? 'group'
          : 'user';
      const name = principal ? awsUserName(principal) : arnName(nativeOf(a.principalId));
      return [
        {
          target: 'aws-cli',
          command: [
            'aws',
            'iam',
            `detach-${holder}-policy`,
            opt(`--${holder}-name`, name),
            opt('--policy-arn', roleNative)
          ]
        }
      ];
    }
    case 'ad':
      return [
        {
          target: 'ad-powershell',
          command: [
            'Remove-ADGroupMember',
            '-Identity',
            id(roleNative),
            '-Members',
            id(principal?.login ?? principal?.nativeId ?? nativeOf(a.principalId))
          ]
        }
      ];
    default:
      return [{ skip: `no command-line template for ${a.system} role assignments` }];
  }
}

function requireMfa(a: Account): Emit[] {
  if (a.system === 'entra' && a.kind !== 'service') {
    return [
      {
        target: 'graph-powershell',
        command: [
          'Update-MgBetaUserAuthenticationRequirement',
          '-UserId',
          id(a.nativeId),
          '-PerUserMfaState',
          "'enforced'"
        ],
        note: 'per-user MFA; a Conditional Access policy is the better lasting fix'
      }
    ];
  }
  if (a.system === 'aws' && a.kind !== 'service') {
    return [
      {
        target: 'aws-cli',
        manual: 'enrol an MFA device with the user: it needs codes from the device'
      }
    ];
  }
  return [{ skip: `MFA for ${a.system} is enforced in its admin console` }];
}

function revokeSessions(a: Account): Emit[] {
  if (a.system === 'entra' && a.kind !== 'service') {
    return [
      {
        target: 'graph-powershell',
        command: ['Revoke-MgUserSignInSession', '-UserId', id(a.nativeId)]
      }
    ];
  }
  return [{ skip: `no session revocation template for ${a.system}` }];
}

function forAccount(a: Account, index: RecordIndex, kind: RemediationKind): Emit[] {
  switch (kind) {
    case 'disable-account':
      return disableAccount(a);
    case 'require-mfa':
      return requireMfa(a);
    case 'revoke-sessions':
      return revokeSessions(a);
    case 'remove-role-assignment': {
      const held = (index.assignmentsOf.get(a.id) ?? []).filter(
        (x) => index.roles.get(x.roleId)?.privileged !== false
      );
      return held.length > 0
        ? held.flatMap((x) => removeAssignment(x, index))
        : [{ skip: 'no role assignment on record' }];
    }
    case 'deactivate-access-key':
    case 'delete-sa-key': {
      const keys = (index.credentialsOf.get(a.id) ?? []).filter(
        (c) => c.active && c.customerManaged
      );
      return keys.length > 0
        ? keys.flatMap((c) => keyAction(c, index, kind))
        : [{ skip: 'no active key on record' }];
    }
  }
}

/** What to emit for one affected record id under one remediation kind. */
export function emitFor(recordId: string, kind: RemediationKind, index: RecordIndex): Emit[] {
  const account = index.accounts.get(recordId);
  if (account) return forAccount(account, index, kind);
  const credential = index.credentials.get(recordId);
  if (credential) {
    if (kind === 'deactivate-access-key' || kind === 'delete-sa-key')
      return keyAction(credential, index, kind);
    const owner = index.accounts.get(credential.ownerId);
    return owner ? forAccount(owner, index, kind) : [{ skip: 'the key holder is not on record' }];
  }
  const assignment = index.assignments.get(recordId);
  if (assignment && kind === 'remove-role-assignment') return removeAssignment(assignment, index);
  return [{ skip: 'record not found in the imported data' }];
}
