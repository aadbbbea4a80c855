/**
 * Google Workspace admin console "Download users" CSV. Headers carry bracketed notes
 * (`Email Address [Required]`, `Status [READ ONLY]`) that `normaliseHeader` strips, and
 * Google adds columns over time (storage, Advanced Protection, Gemini), so columns are found
 * by name. `Last Sign In` is `Never logged in` or `2016/04/04 00:24:13` with no zone;
 * booleans are `True`/`False`. The download has no admin column, so no roles come from it.
 */
import type { RejectedRow } from '../../assessment';
import { isoOrUndefined } from '../../decode/dates';
import { Columns } from '../../decode/header';
import { bool } from '../../decode/values';
import type { Account } from '../../model';
import { emptyRecordSet } from '../../model';
import type { Detection, TableImporter, TableSink } from '../types';
import { googleUserId } from './super-admin';

const REQUIRED = ['Email Address', 'Status', 'Last Sign In'];
const TYPICAL = ['First Name', 'Last Name', 'Org Unit Path', '2sv Enrolled', '2sv Enforced'];

/** Detects the download by its email, status and last-sign-in columns plus Google's own. */
export function detectGoogleUsersCsv(header: string[]): Detection | null {
  const cols = new Columns(header);
  if (cols.count(REQUIRED) < REQUIRED.length) return null;
  const typical = cols.count(TYPICAL);
  if (typical < 2) return null;
  const decorated = header.some((h) => /\[(Required|READ ONLY)\]\s*$/i.test(h));
  return {
    confidence: decorated && typical >= 3 ? 0.95 : 0.9,
    evidence:
      'Google Workspace user download: header has Email Address, Status, Last Sign In, ' +
      TYPICAL.filter((t) => cols.has(t)).join(', ')
  };
}

function startGoogleUsersCsv(header: string[]): TableSink {
  const cols = new Columns(header);
  const accounts: Account[] = [];
  const rejected: RejectedRow[] = [];
  const statuses = new Set<string>();

  return {
    row(cells, line) {
      const email = cols.get(cells, 'Email Address');
      if (!email) {
        rejected.push({ line, column: 'Email Address', reason: 'row has no email address' });
        return;
      }
      const status = cols.get(cells, 'Status');
      const state = status?.toLowerCase();
      if (status && state !== 'active' && state !== 'suspended' && state !== 'archived') {
        statuses.add(status);
      }
      const fullName = [cols.get(cells, 'First Name'), cols.get(cells, 'Last Name')]
        .filter(Boolean)
        .join(' ');
      const attrs: Record<string, string | boolean> = {};
      const enforced = bool(cols.get(cells, '2sv Enforced'));
      if (enforced !== undefined) attrs.enforced2sv = enforced;
      const orgUnit = cols.get(cells, 'Org Unit Path');
      if (orgUnit) attrs.orgUnitPath = orgUnit;
      const app = bool(cols.get(cells, 'Advanced Protection Program enrollment'));
      if (app !== undefined) attrs.advancedProtection = app;

      accounts.push({
        id: googleUserId(email),
        system: 'google',
        nativeId: email.toLowerCase(),
        name: fullName || email,
        email,
        login: email,
        kind: 'human',
        // Suspended and archived users cannot sign in.
        enabled: status === undefined ? undefined : state === 'active',
        lastSignIn: isoOrUndefined(cols.get(cells, 'Last Sign In')),
        mfaRegistered: bool(cols.get(cells, '2sv Enrolled')),
        attrs
      });
    },
    finish() {
      const records = emptyRecordSet();
      records.accounts = accounts;
      const warnings =
        statuses.size > 0
          ? [`Unknown status ${[...statuses].join(', ')}: those users are read as not active.`]
          : [];
      return { records, rejected, warnings };
    }
  };
}

export const googleUsersCsv: TableImporter = {
  id: 'google-users-csv',
  label: 'Google Workspace users (admin console download)',
  system: 'google',
  input: 'table',
  detect: detectGoogleUsersCsv,
  start: (header) => startGoogleUsersCsv(header)
};
