/** The privilege rules (ZTW-PRIV-001…025), in id order. */
import type { Rule } from '../../types';
import { adPrivilegeRules } from './ad';
import { awsPrivilegeRules } from './aws';
import { entraPrivilegeRules } from './entra';
import { gcpPrivilegeRules } from './gcp';
import { generalPrivilegeRules } from './general';

export const privilegeRules: Rule[] = [
  ...generalPrivilegeRules,
  ...entraPrivilegeRules,
  ...awsPrivilegeRules,
  ...gcpPrivilegeRules,
  ...adPrivilegeRules
];
