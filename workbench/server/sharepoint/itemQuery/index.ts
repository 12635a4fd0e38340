/**
 * Items queries of the SharePoint stand-in, in three steps: parse the query options
 * ({@link parseItemQuery}), plan the SQL and refuse what SharePoint refuses above the list view threshold
 * ({@link planItemQuery}, {@link enforceListViewThreshold}), run it and page the result ({@link runItemQuery}).
 */
export { FieldPathResolver } from './fieldPaths';
export type { ResolvedPath, ValueType } from './fieldPaths';
export { DEFAULT_TOP, MAX_TOP, expandedNames, parseItemQuery } from './parseItemQuery';
export type { ItemQuery, OrderTerm } from './parseItemQuery';
export { LIST_VIEW_THRESHOLD, enforceListViewThreshold, moderationSql, planItemQuery } from './planItemQuery';
export type { ItemQueryPlan } from './planItemQuery';
export { nextSkipToken, runItemQuery } from './runItemQuery';
export type { ItemPage } from './runItemQuery';
