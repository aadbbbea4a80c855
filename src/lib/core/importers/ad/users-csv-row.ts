/** One row of `Get-ADUser -Properties * | Export-Csv` as an account and its group DNs. */
import { Columns } from '../../decode/header';
import { bool, num } from '../../decode/values';
import type { Account } from '../../model';
import { adAccountAttrs } from './account-attrs';
import { adAccountKind } from './account-kind';
import { adDate, newest } from './ad-dates';
import { splitDnList } from './dn';
import { immutableIdOfGuid } from './guid';
import { adAccountId, normaliseSid } from './ids';
import { decodeUac } from './uac';
import { AD_USER_COLUMNS, UNEXPANDED_COLLECTION, type AdUserColumn } from './users-csv-columns';

export interface AdUserRow {
  account: Account;
  /** Group DNs from `MemberOf` and `PrimaryGroup`; undefined when not exported. */
  groupDns?: string[];
  /** Multi-valued columns that held a type name instead of values. */
  unexpanded: AdUserColumn[];
}

/** Reads AD user rows of one header. */
export class AdUserRowReader {
  private readonly cols: Columns;

  constructor(header: readonly string[]) {
    this.cols = new Columns(header);
  }

  /** True when the file has a column for `key`. */
  has(key: AdUserColumn): boolean {
    return this.cols.has(...AD_USER_COLUMNS[key]);
  }

  private get(cells: string[], key: AdUserColumn): string | undefined {
    return this.cols.get(cells, ...AD_USER_COLUMNS[key]);
  }

  /** The account of a row, or a reason why there is none. */
  read(cells: string[]): AdUserRow | { reason: string } {
    const sam = this.get(cells, 'sam');
    const sid = normaliseSid(this.get(cells, 'sid'));
    const id = adAccountId(sid, sam);
    if (!id) return { reason: 'row has neither a SID nor a SamAccountName' };

    const unexpanded: AdUserColumn[] = [];
    const multi = (key: AdUserColumn): string | undefined => {
      const v = this.get(cells, key);
      if (v && UNEXPANDED_COLLECTION.test(v)) {
        unexpanded.push(key);
        return undefined;
      }
      return v ?? '';
    };

    const uacValue = num(this.get(cells, 'uac'));
    const uac = uacValue === undefined ? undefined : decodeUac(uacValue);
    const flag = (key: AdUserColumn, fromUac: boolean | undefined) =>
      fromUac ?? bool(this.get(cells, key));
    const enabledCell = bool(this.get(cells, 'enabled'));
    const enabled = enabledCell ?? (uac ? !uac.disabled : undefined);
    const dn = this.get(cells, 'dn');
    const objectClass = this.get(cells, 'objectClass')?.toLowerCase();
    const computer = objectClass === 'computer' || uac?.computer === true;

    const spnCell = this.has('spn') ? multi('spn') : undefined;
    const spns = spnCell === undefined ? undefined : spnCell.split(/[;,|\s]+/).filter(Boolean);
    const adminCount = this.has('adminCount')
      ? (num(this.get(cells, 'adminCount')) ?? 0)
      : undefined;

    // FILETIME columns are exact UTC; the DateTime columns are local time in the exporter's
    // culture. Use the latter only when the former are not in the file.
    const lastSignIn =
      this.has('lastLogonTimestamp') || this.has('lastLogon')
        ? newest(
            adDate(this.get(cells, 'lastLogonTimestamp')),
            adDate(this.get(cells, 'lastLogon'))
          )
        : adDate(this.get(cells, 'lastLogonDate'));
    const passwordLastSet = this.has('pwdLastSet')
      ? adDate(this.get(cells, 'pwdLastSet'))
      : adDate(this.get(cells, 'passwordLastSet'));

    const guid = this.get(cells, 'guid');
    const account: Account = {
      id,
      system: 'ad',
      nativeId: id.split(':').slice(2).join(':'),
      name: this.get(cells, 'name') ?? sam ?? sid ?? '',
      upn: this.get(cells, 'upn'),
      email: this.get(cells, 'mail'),
      login: sam,
      kind: adAccountKind({ sam, dn, hasSpn: spns ? spns.length > 0 : undefined, computer }),
      enabled,
      created: adDate(this.get(cells, 'created')),
      lastSignIn,
      passwordLastSet,
      passwordNeverExpires: flag('passwordNeverExpires', uac?.passwordNeverExpires),
      link: { sid, onPremSam: sam, onPremImmutableId: immutableIdOfGuid(guid) },
      attrs: adAccountAttrs({
        enabled,
        sam,
        spns,
        adminCount,
        computer,
        dn,
        trustedForDelegation: flag('trustedForDelegation', uac?.trustedForDelegation),
        dontRequirePreauth: flag('doesNotRequirePreAuth', uac?.dontRequirePreauth),
        passwordNotRequired: flag('passwordNotRequired', uac?.passwordNotRequired),
        smartcardRequired: flag('smartcardRequired', uac?.smartcardRequired),
        notDelegated: flag('notDelegated', uac?.notDelegated)
      })
    };
    if (guid) account.attrs = { ...account.attrs, objectGuid: guid.toLowerCase() };

    const memberOf = this.has('memberOf') ? multi('memberOf') : undefined;
    const primary = this.get(cells, 'primaryGroup');
    const groupDns =
      memberOf === undefined && !primary
        ? undefined
        : [...splitDnList(memberOf ?? ''), ...(primary ? splitDnList(primary) : [])];
    return { account, groupDns, unexpanded };
  }
}
