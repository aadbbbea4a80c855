/** The entra importers, in the order the pipeline tries them. */
import type { Importer } from '../types';
import { entraApps } from './apps';
import { entraAuditLogs } from './audit-logs';
import { entraRegistrationDetails } from './registration-details';
import { entraRegistrationDetailsCsv } from './registration-details-csv';
import { entraRoleAssignments } from './role-assignments';
import { scubagearProviderExport } from './scubagear';
import { entraSignInLogs } from './signin-logs';
import { entraSignInLogsCsv } from './signin-logs-csv';
import { entraUsersCsv } from './users-csv';
import { entraUsersGraph } from './users-graph';

export const entraImporters: Importer[] = [
  entraUsersCsv,
  entraUsersGraph,
  entraRegistrationDetails,
  entraRegistrationDetailsCsv,
  entraRoleAssignments,
  entraApps,
  scubagearProviderExport,
  entraSignInLogs,
  entraSignInLogsCsv,
  entraAuditLogs
];
