/** Privilege analysis (SPEC §6). */
export { analysePrivilege, type PrivilegeAnalysis } from './analyse';
export { ESCALATION_METHODS, type EscalationMethod } from './aws/escalation-methods';
export { DATA_EXFILTRATION_ACTIONS, PERMISSIONS_MANAGEMENT_ACTIONS } from './aws/capabilities';
export type { TrustRelationship } from './aws/trust';
export * from './types';
