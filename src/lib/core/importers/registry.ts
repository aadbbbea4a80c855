/** Every known format. Each system lists its own importers in its folder's index. */
import { adImporters } from './ad';
import { awsImporters } from './aws';
import { entraImporters } from './entra';
import { gcpImporters } from './gcp';
import { googleImporters } from './google';
import { oktaImporters } from './okta';
import type { Importer } from './types';

export const IMPORTERS: readonly Importer[] = [
  ...awsImporters,
  ...entraImporters,
  ...oktaImporters,
  ...googleImporters,
  ...adImporters,
  ...gcpImporters
];

/** The importer with this format id, if any. */
export function importerById(id: string): Importer | undefined {
  return IMPORTERS.find((i) => i.id === id);
}
