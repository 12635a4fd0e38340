import { MODEL_DOCUMENT_FORMAT, type ModelDocument } from '../model/ModelDocument';
import type { TryggeBarnModel } from '../model/TryggeBarnModel';
import { SCHEMA_VERSION } from '../schema/lists';

function withoutId<T extends { id?: number }>(items: readonly T[]): T[] {
  return items.map((item) => {
    const copy = { ...item };
    delete copy.id;
    return copy;
  });
}

/**
 * A model as the documented JSON format for export. SharePoint ids are left out: a document refers by key
 * only, so it can be imported into another site (or another municipality's) where the ids differ.
 */
export function modelToDocument(model: TryggeBarnModel): ModelDocument {
  return {
    format: MODEL_DOCUMENT_FORMAT,
    schemaVersion: SCHEMA_VERSION,
    settings: { ...model.settings },
    dimensions: model.dimensions,
    services: withoutId(model.services),
    tools: withoutId(model.tools),
    arenas: withoutId(model.arenas),
    routines: withoutId(model.routines),
    contacts: withoutId(model.contacts),
    actionPlan: withoutId(model.actionPlan),
    annualWheel: withoutId(model.annualWheel)
  };
}
