/** What privilege analysis (SPEC §6) hands to the KPIs, findings and the questionnaire. */

export interface PrivilegeSummary {
  /** Enabled accounts holding a privileged role or admin-equivalent rights, permanent or eligible. */
  privileged: string[];
  /** Account ids whose only privileged access is eligible (just-in-time), never permanent. */
  eligibleOnly: string[];
  /** Principals that are admin-equivalent (accounts, AWS roles, groups). */
  adminEquivalent: string[];
  /**
   * Principals that are not admin-equivalent but can reach it by an escalation path.
   * null: not assessed, because nothing imported could show a path.
   */
  escalation: string[] | null;
  /** Systems whose privilege data was imported (role assignments, policies, admin roles…). */
  assessedSystems: string[];
}

/** The node id of a system's admin tier in the privilege graph (SPEC §6). */
export function adminTierId(system: string): string {
  return `admin-tier:${system}`;
}

/** Whether an edge certainly works or needs something the exports cannot show. */
export type Certainty = 'definite' | 'possible';

/** A way one principal gains the rights of another, or of an admin tier. */
export interface PrivilegeEdge {
  from: string;
  /** A principal id or an admin tier (`admin-tier:<system>`). */
  to: string;
  kind: 'can-assume' | 'can-escalate';
  /** The escalation method (see the method lists), for can-escalate. */
  methodId?: string;
  /** The actions or roles the edge rests on (`iam:PassRole`, `roles/iam.serviceAccountUser`). */
  actions: string[];
  /** Policy or assignment ids that grant those actions. */
  policyIds: string[];
  certainty: Certainty;
  /** A record the edge passes through: the policy rewritten, the role modified, the group. */
  via?: string;
  note?: string;
}

/** A principal with admin-equivalent rights, and why (SPEC §6). */
export interface AdminEquivalent {
  principalId: string;
  system: string;
  reason: string;
  /** The rights hold only under a policy condition. */
  conditional?: boolean;
  /** Policies, roles or groups the rights come from. */
  sourceIds: string[];
}

/** A chain of edges from a principal that is not admin-equivalent to admin-equivalent rights. */
export interface EscalationPath {
  principalId: string;
  system: string;
  steps: PrivilegeEdge[];
  /** definite when every step is. */
  certainty: Certainty;
  /** The admin-equivalent principal or admin tier reached. */
  target: string;
}

/** An account holding a privileged role, directly or through groups. */
export interface PrivilegedHolding {
  accountId: string;
  system: string;
  /** The role, or for Active Directory the privileged group. */
  roleId: string;
  roleName: string;
  type: 'permanent' | 'eligible';
  /** Group chain from the account to the group holding the role, when through groups. */
  via?: string[];
  scope?: string;
  /** The role makes its holder admin-equivalent (not merely privileged). */
  adminEquivalent: boolean;
}
