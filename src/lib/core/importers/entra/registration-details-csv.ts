/**
 * Entra user registration details as a table: Graph PowerShell `Export-Csv` (property names)
 * or the admin centre download (spelled-out labels). The labels below are the ones other tools
 * print for these fields; no real portal download was at hand to confirm them, so both the
 * property name and the label are accepted for every column.
 */
import { Columns } from '../../decode/header';
import type { Detection, TableImporter, TableSink } from '../types';
import { cellCountProblem, rowReader } from './csv-cells';
import { RegistrationCollector } from './registration-details';

const ID = ['id', 'objectId', 'Object ID', 'User ID'];
const UPN = ['userPrincipalName', 'User principal name'];
const MFA_REGISTERED = [
  'isMfaRegistered',
  'MFA registered',
  'Multifactor authentication registered'
];
const METHODS = ['methodsRegistered', 'Methods registered'];
const MFA_CAPABLE = ['isMfaCapable', 'MFA capable', 'Multifactor authentication capable'];

function detect(header: string[]): Detection | null {
  const cols = new Columns(header);
  if (!cols.has(...UPN)) return null;
  const registered = cols.has(...MFA_REGISTERED);
  const methods = cols.has(...METHODS);
  if (!registered && !methods) return null;
  const evidence = ['userPrincipalName'];
  if (registered) evidence.push('MFA registered');
  if (methods) evidence.push('methods registered');
  if (cols.has(...MFA_CAPABLE)) evidence.push('MFA capable');
  return {
    confidence: registered && methods ? 0.95 : 0.9,
    evidence: `Entra user registration details: header has ${evidence.join(', ')}`
  };
}

function start(header: string[]): TableSink {
  const cols = new Columns(header);
  const collector = new RegistrationCollector();
  const noId = !cols.has(...ID);
  return {
    row(cells, line) {
      const problem = cellCountProblem(cells, header);
      if (problem) {
        collector.rejected.push({ line, reason: problem, raw: cells.join(',').slice(0, 200) });
        return;
      }
      const read = rowReader(cols, cells);
      collector.add(
        {
          id: read(...ID),
          upn: read(...UPN),
          displayName: read('userDisplayName', 'User display name', 'displayName', 'Name'),
          userType: read('userType', 'User type'),
          isAdmin: read('isAdmin', 'Admin'),
          isMfaRegistered: read(...MFA_REGISTERED),
          isMfaCapable: read(...MFA_CAPABLE),
          isPasswordlessCapable: read('isPasswordlessCapable', 'Passwordless capable'),
          isSsprRegistered: read('isSsprRegistered', 'SSPR registered'),
          methodsRegistered: cols.has(...METHODS) ? (read(...METHODS) ?? '') : undefined,
          defaultMfaMethod: read('defaultMfaMethod', 'Default MFA method', 'Default method')
        },
        line,
        `line ${line}`,
        read('lastUpdatedDateTime', 'Last updated')
      );
    },
    finish() {
      const output = collector.output();
      if (noId) {
        output.warnings.unshift(
          'The file has no object id column, so its rows cannot be matched to Entra users: export it with the user id (Graph `id`).'
        );
      }
      return output;
    }
  };
}

export const entraRegistrationDetailsCsv: TableImporter = {
  id: 'entra-registration-details-csv',
  label: 'Entra ID user registration details (CSV)',
  system: 'entra',
  input: 'table',
  detect,
  start
};
