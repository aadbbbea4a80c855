/** The google importers, in the order the pipeline tries them. */
import type { Importer } from '../types';

export const googleImporters: Importer[] = [];
