/** Importing account lists in no known format through a column mapping the user made. */
export { readEnabled, readKind, readMappedDate } from './cells';
export { MAPPING_MATCH_CONFIDENCE, mappedImporter } from './mapped-importer';
export {
  type ColumnMapping,
  columnMappingSchema,
  DEFAULT_KINDS,
  headerSignature,
  MAPPED_FIELD_LABELS,
  MAPPED_FIELDS,
  type MappedField,
  mappedFormatId,
  mappingIdOfFormat
} from './mapping';
export { NATIVE_ID_FORMS, nativeAccountId } from './native-ids';
export { previewMapping } from './preview';
export { suggestColumns } from './suggest';
