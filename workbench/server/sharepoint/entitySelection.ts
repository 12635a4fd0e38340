import type { FilterNode } from '../odata/FilterExpression';
import { evaluateFilter } from '../odata/evaluateFilter';
import { FilterSyntaxError, parseFilter } from '../odata/parseFilter';
import type { ODataEntity } from './odataShape';
import { ODataEntity as Entity } from './odataShape';
import { spErrors } from './SpError';

/** `$select` on a non-item entity (web, list, field, user): keeps the named properties. */
export function selectProperties(entity: ODataEntity, query: URLSearchParams, extra: Record<string, unknown> = {}): ODataEntity {
  const select = query.get('$select');
  if (select === null || select.trim() === '' || select.trim() === '*') return new Entity(entity.meta, { ...entity.props, ...extra });
  const wanted = select.split(',').map((s) => s.trim().split('/')[0].toLowerCase());
  const props: Record<string, unknown> = {};
  const all = { ...entity.props, ...extra };
  for (const [key, value] of Object.entries(all)) if (wanted.includes(key.toLowerCase())) props[key] = value;
  return new Entity(entity.meta, props);
}

/** `$filter`, `$orderby` and `$top` over a small in-memory collection (lists, fields). */
export function queryEntities(entities: ODataEntity[], query: URLSearchParams): ODataEntity[] {
  let result = entities;
  const filterText = query.get('$filter');
  if (filterText !== null && filterText.trim() !== '') {
    let filter: FilterNode;
    try {
      filter = parseFilter(filterText);
    } catch (e) {
      if (e instanceof FilterSyntaxError) throw spErrors.badRequest(`The expression "${filterText}" is not valid. ${e.message}.`);
      throw e;
    }
    result = result.filter((entity) =>
      evaluateFilter(filter, (path) => {
        const key = Object.keys(entity.props).find((k) => k.toLowerCase() === path.toLowerCase());
        if (key === undefined) throw spErrors.queryFieldNotFound(path);
        return entity.props[key];
      })
    );
  }
  const orderBy = query.get('$orderby');
  if (orderBy !== null && orderBy.trim() !== '') {
    const [path, direction] = orderBy.split(',')[0].trim().split(/\s+/);
    const sign = direction?.toLowerCase() === 'desc' ? -1 : 1;
    result = [...result].sort((a, b) => {
      const key = Object.keys(a.props).find((k) => k.toLowerCase() === path.toLowerCase());
      if (key === undefined) throw spErrors.queryFieldNotFound(path);
      const x = a.props[key] as string | number;
      const y = b.props[key] as string | number;
      return x < y ? -sign : x > y ? sign : 0;
    });
  }
  const top = query.get('$top');
  if (top !== null && /^\d+$/.test(top)) result = result.slice(0, Number(top));
  return result;
}
