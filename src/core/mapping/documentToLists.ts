import type { ModelDocument } from '../model/ModelDocument';
import type { ListKey } from '../schema/ListSchema';
import { listSchema } from '../schema/lists';
import { actionPlanMapping } from './actionPlanMapping';
import { annualWheelMapping } from './annualWheelMapping';
import { arenaMapping } from './arenaMapping';
import { contactMapping } from './contactMapping';
import { dimensionMapping, rowsFromDimensions } from './dimensionMapping';
import type { EntityMapping } from './EntityMapping';
import type { ItemIssue } from './ItemIssue';
import { LookupIndex } from './LookupIndex';
import type { RawListItem } from './RawListItem';
import type { RawLists } from './assembleModel';
import { routineMapping } from './routineMapping';
import { serviceMapping } from './serviceMapping';
import { rowsFromSettings, settingMapping } from './settingsMapping';
import { toolMapping } from './toolMapping';

/** The order lists are written in: a list comes after every list it looks up. */
export const WRITE_ORDER: readonly ListKey[] = [
  'settings',
  'dimensions',
  'services',
  'tools',
  'arenas',
  'routines',
  'contacts',
  'actionPlan',
  'annualWheel',
  'feedback'
];

/**
 * Turns a model document into list items with ids 1…n per list, as a fresh site would hold them (dates as the
 * list form stores them on a site in `timeZone`, Norway's by default).
 * References to keys the document does not define are reported, not thrown.
 */
export function documentToLists(doc: ModelDocument, timeZone?: string): { lists: RawLists; issues: ItemIssue[] } {
  const lookups = new LookupIndex(timeZone);
  doc.services.forEach((s, i) => lookups.add('services', i + 1, s.key));
  doc.arenas.forEach((a, i) => lookups.add('arenas', i + 1, a.key));
  doc.routines.forEach((r, i) => lookups.add('routines', i + 1, r.key));
  const issues: ItemIssue[] = [];
  const write = <T>(mapping: EntityMapping<T>, entities: readonly T[], refOf: (e: T, i: number) => string): RawListItem[] =>
    entities.flatMap((entity, i) => {
      try {
        return [{ Id: i + 1, ...mapping.write(entity, lookups) }];
      } catch (e) {
        issues.push({ severity: 'error', list: listSchema(mapping.list).title, item: refOf(entity, i), field: '(reference)', message: (e as Error).message });
        return [];
      }
    });
  const byKey = (e: { key: string }): string => e.key;
  const lists: RawLists = {
    settings: write(settingMapping, rowsFromSettings(doc.settings), (s) => s.name),
    dimensions: write(dimensionMapping, rowsFromDimensions(doc.dimensions), (d) => `${d.dimension}:${d.value}`),
    services: write(serviceMapping, doc.services, byKey),
    tools: write(toolMapping, doc.tools, byKey),
    arenas: write(arenaMapping, doc.arenas, byKey),
    routines: write(routineMapping, doc.routines, byKey),
    contacts: write(contactMapping, doc.contacts, byKey),
    actionPlan: write(actionPlanMapping, doc.actionPlan, byKey),
    annualWheel: write(annualWheelMapping, doc.annualWheel, byKey)
  };
  return { lists, issues };
}
