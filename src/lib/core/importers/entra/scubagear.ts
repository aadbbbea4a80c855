/**
 * CISA ScubaGear's `ProviderSettingsExport.json`: the settings of a Microsoft 365 tenant as
 * PowerShell-serialised Graph objects. The privilege sections give roles, assignments and
 * their holders; the risky-application sections give apps and their credentials. Conditional
 * Access, authentication-method policy and the other product settings are not read yet.
 */
import { isoOrUndefined } from '../../decode/dates';
import { obj, prop, text } from '../../decode/values';
import { emptyRecordSet } from '../../model';
import type { Detection, ImportOutput, JsonImporter } from '../types';
import { scubaApps } from './scubagear-apps';
import { scubaPrivilege } from './scubagear-privilege';

const PRIVILEGE_KEYS = ['privileged_users', 'privileged_roles', 'privileged_service_principals'];
const REPORT_KEYS = [
  'module_version',
  'baseline_version',
  'report_uuid',
  'tenant_details',
  'timestamp_zulu'
];

function detect(value: unknown): Detection | null {
  const report = obj(value);
  if (!report) return null;
  const privilege = PRIVILEGE_KEYS.filter((k) => k in report);
  const scuba = REPORT_KEYS.filter((k) => k in report);
  if (privilege.length === 0 || scuba.length === 0) return null;
  return {
    confidence: privilege.length >= 2 && scuba.length >= 2 ? 0.95 : 0.9,
    evidence: `ScubaGear provider settings export: keys ${[...privilege, ...scuba].join(', ')}`
  };
}

function parse(value: unknown): ImportOutput {
  // The report's own time is the as-of for "expired" credentials.
  const exportedAt = isoOrUndefined(prop(value, 'timestamp_zulu'));
  const apps = scubaApps(value, exportedAt);
  const privilege = scubaPrivilege(value, apps.servicePrincipalIds);

  const records = emptyRecordSet();
  const accounts = new Map(privilege.accounts.map((a) => [a.id, a]));
  for (const account of apps.accounts) {
    // The app sections know more about a service principal than the privilege sections.
    accounts.set(account.id, { ...accounts.get(account.id), ...account });
  }
  records.accounts = [...accounts.values()];
  records.groups = privilege.groups;
  records.roles = privilege.roles;
  records.assignments = privilege.assignments;
  records.credentials = apps.credentials;

  const tenant = text(prop(value, 'tenant_id'));
  return {
    records,
    rejected: [],
    warnings: privilege.warnings,
    exportedAt,
    scopeKey: tenant ? `entra-tenant:${tenant.toLowerCase()}` : undefined
  };
}

export const scubagearProviderExport: JsonImporter = {
  id: 'scubagear-provider-export',
  label: 'ScubaGear provider settings export (Entra privilege and applications)',
  system: 'entra',
  input: 'json',
  detect,
  parse
};
