/** The gcp importers, in the order the pipeline tries them. */
import type { Importer } from '../types';
import { gcpAuditLog } from './audit-log';
import { gcpIamPolicy } from './iam-policy';
import { gcpServiceAccountKeys } from './sa-keys';

export const gcpImporters: Importer[] = [gcpIamPolicy, gcpServiceAccountKeys, gcpAuditLog];
