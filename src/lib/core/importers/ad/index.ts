/** The ad importers, in the order the pipeline tries them. */
import type { Importer } from '../types';
import { adGroupMembersCsv } from './group-members-csv';
import { sharpHoundComputers } from './sharphound-computers';
import { sharpHoundGroups } from './sharphound-groups';
import { sharpHoundUsers } from './sharphound-users';
import { adUsersCsv } from './users-csv';

export const adImporters: Importer[] = [
  adUsersCsv,
  adGroupMembersCsv,
  sharpHoundUsers,
  sharpHoundGroups,
  sharpHoundComputers
];
