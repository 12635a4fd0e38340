import { actionPlanMapping } from '../mapping/actionPlanMapping';
import { annualWheelMapping } from '../mapping/annualWheelMapping';
import { arenaMapping } from '../mapping/arenaMapping';
import { contactMapping } from '../mapping/contactMapping';
import { dimensionMapping, rowsFromDimensions } from '../mapping/dimensionMapping';
import type { EntityMapping, ItemFields } from '../mapping/EntityMapping';
import type { LookupIndex } from '../mapping/LookupIndex';
import { routineMapping } from '../mapping/routineMapping';
import { serviceMapping } from '../mapping/serviceMapping';
import { rowsFromSettings, settingMapping } from '../mapping/settingsMapping';
import { toolMapping } from '../mapping/toolMapping';
import type { ModelDocument } from '../model/ModelDocument';
import type { ListKey } from '../schema/ListSchema';

/** One list's rows of the document with the mapping that writes them; typed per list, stored uniformly. */
export interface ListEntities {
  write(index: number, lookups: LookupIndex): ItemFields;
  ref(index: number): string;
  count: number;
}

function entries<T>(mapping: EntityMapping<T>, rows: readonly T[], ref: (row: T) => string): ListEntities {
  // Callers index below `count`.
  return { write: (i, lookups) => mapping.write(rows[i]!, lookups), ref: (i) => ref(rows[i]!), count: rows.length };
}

export function documentEntities(doc: ModelDocument, list: ListKey): ListEntities | undefined {
  const byKey = (row: { key: string }): string => row.key;
  switch (list) {
    case 'settings':
      return entries(settingMapping, rowsFromSettings(doc.settings), (r) => r.name);
    case 'dimensions':
      return entries(dimensionMapping, rowsFromDimensions(doc.dimensions), (r) => `${r.dimension}:${r.value}`);
    case 'services':
      return entries(serviceMapping, doc.services, byKey);
    case 'tools':
      return entries(toolMapping, doc.tools, byKey);
    case 'arenas':
      return entries(arenaMapping, doc.arenas, byKey);
    case 'routines':
      return entries(routineMapping, doc.routines, byKey);
    case 'contacts':
      return entries(contactMapping, doc.contacts, byKey);
    case 'actionPlan':
      return entries(actionPlanMapping, doc.actionPlan, byKey);
    case 'annualWheel':
      return entries(annualWheelMapping, doc.annualWheel, byKey);
    default:
      // Working lists (feedback, evaluations) are not part of a model document.
      return undefined;
  }
}
