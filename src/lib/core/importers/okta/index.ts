/** The okta importers, in the order the pipeline tries them. */
import type { Importer } from '../types';
import { oktaAdminRoles } from './admin-roles';
import { oktaFactors } from './factors';
import { oktaSystemLog } from './system-log';
import { oktaUsersCsv } from './users-csv';
import { oktaUsersJson } from './users-json';

export const oktaImporters: Importer[] = [
  oktaUsersJson,
  oktaUsersCsv,
  oktaFactors,
  oktaAdminRoles,
  oktaSystemLog
];
