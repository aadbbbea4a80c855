/**
 * Entra ID privilege exports: directory role assignments (`$expand=principal`), PIM
 * eligibility schedule instances, and service principals with `passwordCredentials` and
 * `keyCredentials`.
 */
import { GRAPH, iso } from './entra-directory.mjs';

/** The expanded `principal` of an assignment, as `$expand=principal` returns it. */
function expandedPrincipal(p) {
  if (p.kind === 'servicePrincipal') {
    return {
      '@odata.type': '#microsoft.graph.servicePrincipal',
      id: p.id,
      displayName: p.displayName,
      appId: p.appId,
      servicePrincipalType: p.servicePrincipalType,
      accountEnabled: p.accountEnabled
    };
  }
  if (p.kind === 'group') {
    return {
      '@odata.type': '#microsoft.graph.group',
      id: p.id,
      displayName: p.displayName,
      securityEnabled: true,
      isAssignableToRole: true
    };
  }
  return {
    '@odata.type': '#microsoft.graph.user',
    id: p.id,
    displayName: p.displayName,
    userPrincipalName: p.upn,
    accountEnabled: p.accountEnabled,
    userType: p.userType
  };
}

/** `roleManagement/directory/roleAssignments?$expand=principal` as one document. */
export function roleAssignmentsDocument(assignments) {
  return {
    '@odata.context': `${GRAPH}#roleManagement/directory/roleAssignments(principal())`,
    value: assignments.map((a) => ({
      id: a.id,
      principalId: a.principal.id,
      directoryScopeId: '/',
      resourceScope: '/',
      roleDefinitionId: a.roleDefinitionId,
      principal: expandedPrincipal(a.principal)
    }))
  };
}

/** `roleEligibilityScheduleInstances?$expand=principal`: who may activate which role, when. */
export function eligibilityDocument(instances) {
  return {
    '@odata.context': `${GRAPH}#roleManagement/directory/roleEligibilityScheduleInstances(principal())`,
    value: instances.map((e) => ({
      id: e.id,
      principalId: e.principal.id,
      roleDefinitionId: e.roleDefinitionId,
      directoryScopeId: '/',
      appScopeId: null,
      startDateTime: iso(e.start),
      endDateTime: iso(e.end),
      memberType: 'Direct',
      roleEligibilityScheduleId: e.scheduleId,
      principal: expandedPrincipal(e.principal)
    }))
  };
}

/** `/servicePrincipals?$expand=owners` with `passwordCredentials` and `keyCredentials`. */
export function servicePrincipalsDocument(sps) {
  return {
    '@odata.context': `${GRAPH}#servicePrincipals(owners())`,
    value: sps.map((sp) => ({
      id: sp.id,
      appId: sp.appId,
      displayName: sp.displayName,
      servicePrincipalType: sp.servicePrincipalType,
      accountEnabled: sp.accountEnabled,
      appOwnerOrganizationId: sp.appOwnerOrganizationId,
      signInAudience: sp.servicePrincipalType === 'ManagedIdentity' ? null : 'AzureADMyOrg',
      servicePrincipalNames: sp.servicePrincipalNames,
      tags: sp.tags ?? [],
      notes: sp.notes ?? null,
      passwordCredentials: (sp.secrets ?? []).map((s) => ({
        customKeyIdentifier: null,
        displayName: s.displayName,
        endDateTime: iso(s.end),
        hint: s.hint,
        keyId: s.keyId,
        secretText: null,
        startDateTime: iso(s.start)
      })),
      keyCredentials: (sp.certificates ?? []).map((c) => ({
        customKeyIdentifier: c.thumbprint,
        displayName: c.displayName,
        endDateTime: iso(c.end),
        key: null,
        keyId: c.keyId,
        startDateTime: iso(c.start),
        type: 'AsymmetricX509Cert',
        usage: 'Verify'
      })),
      owners: (sp.owners ?? []).map((o) => ({
        '@odata.type': '#microsoft.graph.user',
        id: o.id,
        displayName: o.displayName,
        userPrincipalName: o.upn
      }))
    }))
  };
}
