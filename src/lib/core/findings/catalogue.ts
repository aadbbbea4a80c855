/** The rules this workbook ships with; privilege and monitoring rules join them in `allRules`. */
import { accountRules } from './rules/accounts';
import { credentialRules } from './rules/credentials';
import { inventoryRules } from './rules/inventory';
import { mfaRules } from './rules/mfa';
import { passwordRules } from './rules/passwords';
import { rootRules } from './rules/root';
import type { Rule } from './types';

/** Inventory, account, MFA, root, password and credential rules, grouped by area. */
export const baseRules: Rule[] = [
  ...inventoryRules,
  ...accountRules,
  ...mfaRules,
  ...rootRules,
  ...passwordRules,
  ...credentialRules
];
