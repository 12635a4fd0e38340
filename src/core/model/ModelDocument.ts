import type { TryggeBarnModel } from './TryggeBarnModel';

/** The identifier every model document carries, so an import can tell it is given the right kind of file. */
export const MODEL_DOCUMENT_FORMAT = 'trygge-barn-model';

/**
 * A whole model as one JSON document: the starter model, exports and imports. Everything refers by key,
 * never by SharePoint id, so a document moves between sites and municipalities.
 */
export interface ModelDocument extends TryggeBarnModel {
  format: typeof MODEL_DOCUMENT_FORMAT;
  schemaVersion: number;
}
