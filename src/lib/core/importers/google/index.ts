/** The google importers, in the order the pipeline tries them. */
import type { Importer } from '../types';
import { googleUsersCsv } from './users-csv';
import { googleUsersJson } from './users-json';

export const googleImporters: Importer[] = [googleUsersCsv, googleUsersJson];
