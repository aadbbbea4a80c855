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
