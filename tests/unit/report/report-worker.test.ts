/**
 * The report worker's boundary: the input posted to it can be cloned and builds the same report,
 * and the worker's job answers with the same bytes as rendering on the page, or with a message.
 */
import { describe, expect, it } from 'vitest';
import type { Assignment, Group, Policy, Role, SignInEvent } from '../../../src/lib/core/model';
import { buildReportModel, type ReportInput } from '../../../src/lib/core/report';
import { renderPdf } from '../../../src/lib/core/report/pdf';
import { answerReport } from '../../../src/lib/workers/report-job';
import { workerInput } from '../../../src/lib/workers/report-protocol';
import { finding } from './findings';
import { ANNA, sampleInput } from './sample';

const GROUP: Group = {
  id: 'entra:group:admins',
  system: 'entra',
  nativeId: 'admins',
  name: 'Тенант-администраторы',
  memberIds: [ANNA]
};
const ROLE: Role = {
  id: 'entra:role:global-admin',
  system: 'entra',
  nativeId: 'global-admin',
  name: 'Global Administrator',
  privileged: true
};
const ASSIGNMENT: Assignment = {
  id: 'entra:assignment:1',
  system: 'entra',
  principalId: GROUP.id,
  roleId: ROLE.id,
  type: 'permanent'
};
const POLICY: Policy = {
  id: 'aws:policy:admin',
  system: 'aws',
  nativeId: 'admin',
  name: 'AdministratorAccess',
  kind: 'aws-managed',
  document: {},
  attachedTo: []
};
const EVENT: SignInEvent = {
  id: 'entra:event:1',
  system: 'entra',
  time: '2017-02-20T10:00:00Z',
  category: 'signin',
  actorId: ANNA,
  result: 'success'
};

/** The sample with every record kind, a finding naming a group and a role, and the assessment
 * wrapped in a proxy as Svelte state wraps it on the page. */
function pageInput(over: Partial<ReportInput> = {}): ReportInput {
  const base = sampleInput(over);
  const groupFinding = finding(
    { id: 'ZTW-PRIV-009', severity: 'high', step: 3, title: 'Standing admin role via a group' },
    [GROUP.id, ROLE.id]
  );
  return {
    ...base,
    assessment: new Proxy({ ...base.assessment, id: 'a-1', created: '2017-01-01' }, {}),
    findings: [...base.findings, groupFinding],
    records: {
      ...base.records,
      groups: [GROUP],
      roles: [ROLE],
      assignments: [ASSIGNMENT],
      policies: [POLICY],
      events: [EVENT]
    }
  };
}

describe('workerInput', () => {
  it('workerInput(input) can be cloned where the page input with its state proxy cannot', () => {
    const input = pageInput();
    expect(() => structuredClone(input)).toThrow();
    const crossed = structuredClone(workerInput(input));
    expect(crossed.assessment).toEqual({
      client: 'Contoso Ltd',
      assessor: 'Jane Auditor',
      scope: 'AWS account 644160558196 and Entra tenant'
    });
    expect(Object.keys(crossed.records).sort()).toEqual([
      'accounts',
      'credentials',
      'groups',
      'roles'
    ]);
  });

  it('workerInput(input), cloned, builds the same report model, pseudonymised or not', () => {
    const plain = buildReportModel(pageInput());
    // The group's name reaches the report, so leaving groups behind would show here.
    expect(plain.identities.map((x) => x.label)).toContain('Тенант-администраторы');
    expect(buildReportModel(structuredClone(workerInput(pageInput())))).toEqual(plain);

    const masked = pageInput({ pseudonymise: { salt: '0123456789abcdef' } });
    expect(buildReportModel(structuredClone(workerInput(masked)))).toEqual(
      buildReportModel(masked)
    );
  });
});

describe('answerReport', () => {
  it('answerReport(request) gives the bytes the page would have rendered', async () => {
    const input = pageInput();
    const reply = await answerReport({ requestId: 7, input: structuredClone(workerInput(input)) });
    const onPage = await renderPdf(buildReportModel(input));
    expect(reply.requestId).toBe(7);
    expect(reply.ok).toBe(true);
    if (reply.ok) expect(Buffer.from(reply.bytes).equals(Buffer.from(onPage))).toBe(true);
  });

  it('answerReport(request) answers a failure with its message and no stack trace', async () => {
    const broken = { ...sampleInput(), kpis: undefined } as unknown as ReportInput;
    const reply = await answerReport({ requestId: 8, input: broken });
    expect(reply).toMatchObject({ requestId: 8, ok: false });
    if (!reply.ok) {
      expect(reply.message.length).toBeGreaterThan(0);
      expect(reply.message).not.toMatch(/\n\s+at /);
    }
  });
});
