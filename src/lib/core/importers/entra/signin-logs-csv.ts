/**
 * Entra sign-in logs as a table: the Sentinel / Log Analytics `SigninLogs` export (nested
 * columns as JSON text, CRLF inside quoted cells) and the admin centre download
 * (`Date (UTC)`, `Request ID`, `Status`, "City, State, CC" locations).
 */
import { Columns } from '../../decode/header';
import { prop } from '../../decode/values';
import type { Detection, TableImporter, TableSink } from '../types';
import { cellCountProblem, rowReader } from './csv-cells';
import { SignInCollector } from './signin-logs';
import { nested, type SignInFields } from './signin-event';

function detect(header: string[]): Detection | null {
  const cols = new Columns(header);
  if (
    cols.has('ResultType') &&
    cols.has('IPAddress') &&
    cols.has('UserPrincipalName', 'UserId') &&
    cols.has('CreatedDateTime', 'TimeGenerated')
  ) {
    return {
      confidence: 0.95,
      evidence:
        'Entra sign-in logs (Log Analytics SigninLogs): header has ResultType, IPAddress, UserPrincipalName, CreatedDateTime'
    };
  }
  if (
    cols.has('Date (UTC)') &&
    cols.has('Request ID') &&
    cols.has('IP address') &&
    cols.has('Status') &&
    cols.has('Username', 'Service principal ID')
  ) {
    return {
      confidence: 0.95,
      evidence:
        'Entra sign-in logs (admin centre download): header has Date (UTC), Request ID, IP address, Status'
    };
  }
  return null;
}

function fieldsOf(read: ReturnType<typeof rowReader>): SignInFields {
  const status = read('Status');
  const statusJson = status?.startsWith('{') ? status : undefined;
  return {
    id: read('Id', 'Request ID'),
    correlationId: read('CorrelationId', 'Correlation ID'),
    time: read('CreatedDateTime', 'Date (UTC)'),
    loggedTime: read('TimeGenerated'),
    userId: read('UserId', 'User ID'),
    upn: read('UserPrincipalName', 'Username'),
    userName: read('UserDisplayName', 'User'),
    servicePrincipalId: read('ServicePrincipalId', 'Service principal ID'),
    servicePrincipalName: read('ServicePrincipalName', 'Service principal name'),
    ip: read('IPAddress', 'IP address'),
    location: read('LocationDetails'),
    locationText: read('Location'),
    latitude: read('Latitude'),
    longitude: read('Longitude'),
    // Sentinel: ResultType, or the errorCode inside Status; portal: the "Sign-in error code".
    errorCode: read('ResultType', 'Sign-in error code') ?? prop(nested(statusJson), 'errorCode'),
    statusText: statusJson ? undefined : status,
    app: read('AppDisplayName', 'Application'),
    clientApp: read('ClientAppUsed', 'Client app'),
    protocol: read('AuthenticationProtocol', 'Authentication Protocol'),
    userAgent: read('UserAgent', 'User agent'),
    authenticationRequirement: read('AuthenticationRequirement', 'Authentication requirement'),
    authenticationDetails: read('AuthenticationDetails'),
    mfaDetail: read('MfaDetail'),
    mfaResultText: read('Multifactor authentication result'),
    operation: read('OperationName')
  };
}

function start(header: string[]): TableSink {
  const cols = new Columns(header);
  const collector = new SignInCollector();
  return {
    row(cells, line) {
      const problem = cellCountProblem(cells, header);
      if (problem) {
        collector.rejected.push({ line, reason: problem, raw: cells.join(',').slice(0, 200) });
        return;
      }
      let fields: SignInFields;
      try {
        fields = fieldsOf(rowReader(cols, cells));
      } catch {
        collector.rejected.push({
          line,
          column: 'Status',
          reason: 'the Status cell is not valid JSON'
        });
        return;
      }
      collector.add(fields, line, `line ${line}`);
    },
    finish: () => collector.output()
  };
}

export const entraSignInLogsCsv: TableImporter = {
  id: 'entra-signin-logs-csv',
  label: 'Entra ID sign-in logs (Log Analytics or admin centre CSV)',
  system: 'entra',
  input: 'table',
  detect,
  start
};
