/** Privilege analysis over every system (SPEC §6): the summary the KPIs read, and the details. */
import type { AnalysisInput } from '../findings/types';
import { accountsById } from '../findings/lookup';
import type { Account, Group, RecordSet, Role } from '../model';
import { analyseAd, type AdPrivilege } from './ad';
import { analyseAws, type AwsPrivilege } from './aws';
import { analyseEntra, type EntraPrivilege } from './entra';
import { escalationPaths } from './escalation-paths';
import { analyseGcp, type GcpPrivilege } from './gcp';
import { privilegedHoldings, roleVerdict } from './holdings';
import { buildMembership } from './membership';
import { analyseSaas, type SaasPrivilege } from './saas';
import type {
  AdminEquivalent,
  EscalationPath,
  PrivilegeEdge,
  PrivilegedHolding,
  PrivilegeSummary
} from './types';

export interface PrivilegeAnalysis extends PrivilegeSummary {
  adminEquivalentDetails: AdminEquivalent[];
  holdings: PrivilegedHolding[];
  /** Can-assume and can-escalate edges of every system. */
  edges: PrivilegeEdge[];
  /** One path per principal that can reach admin rights (definite and possible). */
  escalationPaths: EscalationPath[];
  aws: AwsPrivilege;
  entra: EntraPrivilege;
  ad: AdPrivilege;
  gcp: GcpPrivilege;
  okta: SaasPrivilege;
  google: SaasPrivilege;
}

/**
 * The system of a path's principal. Only the principals of escalation paths are asked about,
 * so the lookups are the shared indexes rather than a map of every record; as before, a role
 * wins over a group of the same id, and a group over an account.
 */
function systemOf(
  records: RecordSet,
  accounts: ReadonlyMap<string, Account>,
  roles: ReadonlyMap<string, Role>
): (id: string) => string {
  let groups: Map<string, Group> | undefined;
  return (id) => {
    groups ??= new Map(records.groups.map((g) => [g.id, g]));
    const found = roles.get(id) ?? groups.get(id) ?? accounts.get(id);
    return found?.system ?? id.split(':')[0];
  };
}

/** Runs the privilege analysis of SPEC §6 over an assessment's records. */
export function analysePrivilege(input: AnalysisInput): PrivilegeAnalysis {
  const { records } = input;
  const membership = buildMembership(records.groups);
  const accounts = accountsById(input);
  const enabled = (id: string) => accounts.get(id)?.enabled !== false && accounts.has(id);
  const usable = (id: string) => !accounts.has(id) || accounts.get(id)?.enabled !== false;

  const { aws, admins: awsAdmins } = analyseAws(
    records,
    membership,
    input.asOf,
    input.settings.dormantDays
  );
  const awsAdminRoles = new Set(awsAdmins.map((a) => a.principalId));
  const holdings = privilegedHoldings(records, membership, awsAdminRoles);
  const ad = analyseAd(records);

  // Admin-equivalent principals, one entry each, the first reason found kept.
  const admin = new Map<string, AdminEquivalent>();
  const addAdmin = (e: AdminEquivalent) => {
    if (!usable(e.principalId)) return;
    const known = admin.get(e.principalId);
    if (known) known.sourceIds = [...new Set([...known.sourceIds, ...e.sourceIds])];
    else admin.set(e.principalId, e);
  };
  awsAdmins.forEach(addAdmin);
  for (const h of holdings) {
    if (!h.adminEquivalent) continue;
    const how = h.via?.length ? ` through ${h.via.join(' → ')}` : '';
    addAdmin({
      principalId: h.accountId,
      system: h.system,
      reason: `holds ${h.roleName} (${h.type})${how}`,
      sourceIds: [h.roleId]
    });
  }
  const roles = new Map(records.roles.map((r) => [r.id, r]));
  for (const a of records.assignments) {
    const role = roles.get(a.roleId);
    if (!role || !membership.isGroup(a.principalId)) continue;
    if (roleVerdict(role, awsAdminRoles).adminEquivalent) {
      addAdmin({
        principalId: a.principalId,
        system: a.system,
        reason: `group holds ${roles.get(a.roleId)?.name ?? a.roleId}`,
        sourceIds: [a.roleId]
      });
    }
  }
  for (const g of ad.privilegedGroups)
    addAdmin({
      principalId: g,
      system: 'ad',
      reason: 'privileged Active Directory group',
      sourceIds: []
    });
  for (const id of ad.adminCount)
    addAdmin({
      principalId: id,
      system: 'ad',
      reason: 'adminCount=1 (protected by AdminSDHolder)',
      sourceIds: []
    });
  const okta = analyseSaas('okta', records, holdings, enabled);
  const google = analyseSaas('google', records, holdings, enabled);
  for (const id of google.superAdmins)
    addAdmin({ principalId: id, system: 'google', reason: 'super admin', sourceIds: [] });
  const otherAdmin = new Set([...awsAdmins.map((a) => a.principalId), ...ad.adminCount]);

  const adminIds = new Set(admin.keys());
  const { gcp, edges: gcpEdges } = analyseGcp(records, adminIds);
  const { entra, edges: entraEdges } = analyseEntra(records, holdings, enabled);
  const edges = [...aws.edges, ...gcpEdges, ...entraEdges];
  const paths = escalationPaths(edges, adminIds, systemOf(records, accounts, roles), usable);

  const privileged = new Set<string>();
  for (const h of holdings) if (enabled(h.accountId)) privileged.add(h.accountId);
  for (const id of adminIds) if (enabled(id)) privileged.add(id);
  // Eligible-only: every holding is eligible and nothing else (policies, adminCount) grants rights.
  const permanent = new Set(holdings.filter((h) => h.type === 'permanent').map((h) => h.accountId));
  const held = new Set(holdings.map((h) => h.accountId));
  const eligibleOnly = [...privileged].filter(
    (id) => held.has(id) && !permanent.has(id) && !otherAdmin.has(id)
  );

  const escalationAssessed = aws.assessed || gcp.assessed || entra.appPermissions.length > 0;
  const systems = { aws, entra, ad, gcp, okta, google };
  return {
    privileged: [...privileged],
    eligibleOnly,
    adminEquivalent: [...adminIds],
    escalation: escalationAssessed
      ? paths.filter((p) => p.certainty === 'definite').map((p) => p.principalId)
      : null,
    assessedSystems: Object.entries(systems)
      .filter(([, s]) => s.assessed)
      .map(([k]) => k),
    adminEquivalentDetails: [...admin.values()],
    holdings,
    edges,
    escalationPaths: paths,
    ...systems
  };
}
