/** The aws importers, in the order the pipeline tries them. */
import type { Importer } from '../types';

export const awsImporters: Importer[] = [];
