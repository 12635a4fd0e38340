import type { TryggeBarnModel } from '../model/TryggeBarnModel';
import { placementToToken } from '../model/Dimension';
import type { ListKey, ListSchema } from '../schema/ListSchema';
import { listSchema } from '../schema/lists';
import { actionPlanMapping } from './actionPlanMapping';
import { annualWheelMapping } from './annualWheelMapping';
import { arenaMapping } from './arenaMapping';
import { contactMapping } from './contactMapping';
import { dimensionMapping, dimensionsFromRows } from './dimensionMapping';
import type { EntityMapping } from './EntityMapping';
import type { ItemIssue } from './ItemIssue';
import { ItemReader } from './ItemReader';
import { LookupIndex } from './LookupIndex';
import { isRawListItem, itemIdOf, type RawListItem } from './RawListItem';
import { routineMapping } from './routineMapping';
import { serviceMapping } from './serviceMapping';
import { settingMapping, settingsFromRows } from './settingsMapping';
import { toolMapping } from './toolMapping';

export type RawLists = Partial<Record<ListKey, readonly RawListItem[]>>;

export interface AssembledModel {
  model: TryggeBarnModel;
  /** Every skipped item and dropped reference, for admins, by list, item and field. */
  issues: ItemIssue[];
}

/** Builds the id ↔ key index of every list other lists look up. */
export function buildLookupIndex(raw: RawLists, timeZone?: string): LookupIndex {
  const index = new LookupIndex(timeZone);
  for (const key of ['services', 'arenas', 'routines'] as const) {
    const schema = listSchema(key);
    for (const item of raw[key] ?? []) {
      if (!isRawListItem(item)) continue;
      const id = itemIdOf(item);
      const itemKey = item[schema.keyField as string];
      if (id !== undefined && typeof itemKey === 'string' && itemKey !== '') index.add(key, id, itemKey);
    }
  }
  return index;
}

/**
 * Maps one list's items, skipping (and reporting) every item with an error and every repeated key:
 * one bad item must never cost staff the rest of the model.
 */
export function mapList<T extends object>(
  mapping: EntityMapping<T>,
  items: readonly RawListItem[],
  lookups: LookupIndex,
  issues: ItemIssue[]
): T[] {
  const schema: ListSchema = listSchema(mapping.list);
  const seen = new Set<string>();
  const result: T[] = [];
  items.forEach((item, row) => {
    if (!isRawListItem(item)) {
      issues.push({ severity: 'error', list: schema.title, item: `row ${row + 1}`, field: '(item)', message: 'is not a list item' });
      return;
    }
    const reader = new ItemReader(schema, item, lookups, itemIdOf(item) ?? `row ${row + 1}`);
    let entity: T;
    try {
      entity = mapping.read(reader);
    } catch (e) {
      reader.error('(item)', `could not be read: ${(e as Error).message}`);
      issues.push(...reader.issues);
      return;
    }
    const key = (entity as { key?: unknown }).key;
    if (typeof key === 'string' && key !== '' && schema.keyField) {
      if (seen.has(key)) reader.error(schema.keyField, `repeats the key "${key}" of an earlier item`);
      seen.add(key);
    }
    issues.push(...reader.issues);
    if (!reader.hasErrors) result.push(entity);
  });
  return result;
}

/**
 * Reads every model list into a model; references to things that do not exist are dropped with a warning.
 * `timeZone` is the site's (IANA; see siteTimeZone.ts), which DateOnly values are read in.
 */
export function assembleModel(raw: RawLists, timeZone?: string): AssembledModel {
  const issues: ItemIssue[] = [];
  const lookups = buildLookupIndex(raw, timeZone);
  const settingRows = mapList(settingMapping, raw.settings ?? [], lookups, issues);
  const { settings, issues: settingIssues } = settingsFromRows(settingRows, listSchema('settings').title);
  issues.push(...settingIssues);
  const dimensionRows = mapList(dimensionMapping, raw.dimensions ?? [], lookups, issues);
  const model: TryggeBarnModel = {
    settings,
    dimensions: dimensionsFromRows(dimensionRows),
    services: mapList(serviceMapping, raw.services ?? [], lookups, issues),
    tools: mapList(toolMapping, raw.tools ?? [], lookups, issues),
    arenas: mapList(arenaMapping, raw.arenas ?? [], lookups, issues),
    routines: mapList(routineMapping, raw.routines ?? [], lookups, issues),
    contacts: mapList(contactMapping, raw.contacts ?? [], lookups, issues),
    actionPlan: mapList(actionPlanMapping, raw.actionPlan ?? [], lookups, issues),
    annualWheel: mapList(annualWheelMapping, raw.annualWheel ?? [], lookups, issues)
  };
  dropDanglingReferences(model, issues);
  return { model, issues };
}

/** Placement tokens, tool keys in steps and tier keys must name things that exist in this model. */
function dropDanglingReferences(model: TryggeBarnModel, issues: ItemIssue[]): void {
  const placements = new Set(model.dimensions.flatMap((d) => d.values.map((v) => placementToToken({ dimension: d.key, value: v.key }))));
  const tiers = new Set(model.dimensions.filter((d) => d.role === 'tier').flatMap((d) => d.values.map((v) => v.key)));
  const tools = new Set(model.tools.map((t) => t.key));
  const warn = (list: ListKey, item: { id?: number; key: string }, field: string, message: string): void => {
    issues.push({ severity: 'warning', list: listSchema(list).title, item: item.id ?? item.key, field, message });
  };
  const keepPlacements = (list: ListKey, item: { id?: number; key: string; placements: string[] }): void => {
    item.placements = item.placements.filter((p) => {
      if (placements.has(p)) return true;
      warn(list, item, 'Placements', `"${p}" is not a value of any dimension of the model; ignored`);
      return false;
    });
  };
  model.services.forEach((s) => {
    keepPlacements('services', s);
    s.tierMeasures = s.tierMeasures.filter((m) => {
      if (tiers.has(m.tier)) return true;
      warn('services', s, 'TierMeasures', `"${m.tier}" is not a tier of the model; ignored`);
      return false;
    });
  });
  model.tools.forEach((t) => keepPlacements('tools', t));
  model.arenas.forEach((a) => keepPlacements('arenas', a));
  model.routines.forEach((r) => {
    keepPlacements('routines', r);
    r.steps.forEach((step, i) => {
      step.tools = step.tools.filter((t) => {
        if (tools.has(t)) return true;
        warn('routines', r, 'Steps', `step ${i + 1} names tool "${t}", which does not exist; ignored`);
        return false;
      });
    });
  });
}
