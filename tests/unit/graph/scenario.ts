/**
 * A small organisation for the graph tests. Alice owns the AWS user alice, a member of group
 * ops, whose policy deploy allows iam:PassRole, lambda:CreateFunction and lambda:InvokeFunction
 * on *; role lambda-admin trusts lambda.amazonaws.com and has AdministratorAccess. Bob owns
 * bob@corp in Entra, eligible for Global Administrator. Carol owns carol@corp with no role.
 */
import type { Person } from '$lib/core/identity/person';
import { emptyRecordSet, type Account, type RecordSet } from '$lib/core/model';

const ARN = 'arn:aws:iam::111122223333';

function acct(id: string, system: Account['system'], name: string, nativeId: string): Account {
  return { id, system, nativeId, name, kind: 'human' };
}

export function scenario(): { records: RecordSet; persons: Person[] } {
  const r = emptyRecordSet();
  r.accounts = [
    acct('aws:user:alice', 'aws', 'alice', `${ARN}:user/alice`),
    acct('entra:user:bob', 'entra', 'bob@corp', 'bob'),
    acct('entra:user:carol', 'entra', 'carol@corp', 'carol')
  ];
  r.groups = [
    {
      id: 'aws:group:ops',
      system: 'aws',
      nativeId: `${ARN}:group/ops`,
      name: 'ops',
      memberIds: ['aws:user:alice']
    }
  ];
  r.roles = [
    {
      id: 'aws:role:lambda-admin',
      system: 'aws',
      nativeId: `${ARN}:role/lambda-admin`,
      name: 'lambda-admin',
      privileged: false,
      trustPolicy: {
        Statement: [
          {
            Effect: 'Allow',
            Principal: { Service: 'lambda.amazonaws.com' },
            Action: 'sts:AssumeRole'
          }
        ]
      }
    },
    {
      id: 'entra:role:ga',
      system: 'entra',
      nativeId: '62e90394-69f5-4237-9190-012177145e10',
      name: 'Global Administrator',
      privileged: true
    }
  ];
  r.policies = [
    {
      id: 'aws:policy:deploy',
      system: 'aws',
      nativeId: `${ARN}:policy/deploy`,
      name: 'deploy',
      kind: 'customer-managed',
      document: {
        Statement: [
          {
            Effect: 'Allow',
            Action: ['iam:PassRole', 'lambda:CreateFunction', 'lambda:InvokeFunction'],
            Resource: '*'
          }
        ]
      },
      attachedTo: ['aws:group:ops']
    },
    {
      id: 'aws:policy:admin',
      system: 'aws',
      nativeId: 'arn:aws:iam::aws:policy/AdministratorAccess',
      name: 'AdministratorAccess',
      kind: 'aws-managed',
      document: { Statement: [{ Effect: 'Allow', Action: '*', Resource: '*' }] },
      attachedTo: ['aws:role:lambda-admin']
    }
  ];
  r.assignments = [
    {
      id: 'entra:assignment:bob-ga',
      system: 'entra',
      principalId: 'entra:user:bob',
      roleId: 'entra:role:ga',
      type: 'eligible'
    }
  ];
  const person = (id: string, name: string, accountIds: string[]): Person => ({
    id,
    name,
    accountIds,
    systems: [],
    reasons: [],
    orphan: false
  });
  return {
    records: r,
    persons: [
      person('person:alice', 'Alice', ['aws:user:alice']),
      person('person:bob', 'Bob', ['entra:user:bob']),
      person('person:carol', 'Carol', ['entra:user:carol'])
    ]
  };
}
