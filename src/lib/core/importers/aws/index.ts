/** The aws importers, in the order the pipeline tries them. */
import type { Importer } from '../types';
import { awsAuthorizationDetails } from './authz-details';
import { awsCloudTrail } from './cloudtrail';
import { awsCredentialReport } from './credential-report';
import { awsCredentialReportJson } from './credential-report-json';

export const awsImporters: Importer[] = [
  awsCredentialReport,
  awsCredentialReportJson,
  awsAuthorizationDetails,
  awsCloudTrail
];
