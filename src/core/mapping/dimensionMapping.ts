import type { DimensionRole, ModelDimension } from '../model/Dimension';
import type { EntityMapping } from './EntityMapping';

/** One item of the dimensions list: one value of one dimension, carrying its dimension's names too. */
export interface DimensionRow {
  dimension: string;
  role: DimensionRole;
  dimensionName: { nb: string; nn: string; en: string };
  value: string;
  name: { nb: string; nn: string; en: string };
  description?: { nb: string; nn: string; en: string };
  order: number;
  id?: number;
}

const KEY = /^[a-z0-9-]+$/;

export const dimensionMapping: EntityMapping<DimensionRow> = {
  list: 'dimensions',
  read: (r) => {
    const row: DimensionRow = {
      id: r.id,
      dimension: r.text('DimensionKey'),
      role: r.choice<DimensionRole>('DimensionRole') ?? 'other',
      dimensionName: { nb: r.text('DimensionNameNb'), nn: r.text('DimensionNameNn'), en: r.text('DimensionNameEn') },
      value: r.text('ValueKey'),
      name: { nb: r.text('Title'), nn: r.text('NameNn'), en: r.text('NameEn') },
      order: r.number('SortOrder') ?? 0
    };
    const description = { nb: r.text('DescriptionNb'), nn: r.text('DescriptionNn'), en: r.text('DescriptionEn') };
    if (description.nb || description.nn || description.en) row.description = description;
    if (row.dimension && !KEY.test(row.dimension)) r.error('DimensionKey', 'may hold only a–z, 0–9 and "-"');
    if (row.value && !KEY.test(row.value)) r.error('ValueKey', 'may hold only a–z, 0–9 and "-"');
    return row;
  },
  write: (x) => ({
    Title: x.name.nb,
    DimensionKey: x.dimension,
    DimensionRole: x.role,
    DimensionNameNb: x.dimensionName.nb,
    DimensionNameNn: x.dimensionName.nn,
    DimensionNameEn: x.dimensionName.en,
    ValueKey: x.value,
    NameNn: x.name.nn,
    NameEn: x.name.en,
    DescriptionNb: x.description?.nb,
    DescriptionNn: x.description?.nn,
    DescriptionEn: x.description?.en,
    SortOrder: x.order
  })
};

/** Groups rows into dimensions, ordered by their first value's order, values by their own order. */
export function dimensionsFromRows(rows: readonly DimensionRow[]): ModelDimension[] {
  const byKey = new Map<string, ModelDimension>();
  const firstOrder = new Map<string, number>();
  for (const row of rows) {
    let dimension = byKey.get(row.dimension);
    if (!dimension) {
      dimension = { key: row.dimension, role: row.role, name: row.dimensionName, values: [] };
      byKey.set(row.dimension, dimension);
      firstOrder.set(row.dimension, row.order);
    }
    firstOrder.set(row.dimension, Math.min(firstOrder.get(row.dimension) as number, row.order));
    dimension.values.push({ key: row.value, name: row.name, description: row.description, order: row.order });
  }
  const dimensions = [...byKey.values()];
  for (const d of dimensions) d.values.sort((a, b) => a.order - b.order);
  return dimensions.sort((a, b) => (firstOrder.get(a.key) as number) - (firstOrder.get(b.key) as number));
}

export function rowsFromDimensions(dimensions: readonly ModelDimension[]): DimensionRow[] {
  return dimensions.flatMap((d) =>
    d.values.map((v) => ({
      dimension: d.key,
      role: d.role,
      dimensionName: d.name,
      value: v.key,
      name: v.name,
      description: v.description,
      order: v.order
    }))
  );
}
