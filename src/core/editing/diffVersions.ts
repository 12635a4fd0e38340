import { sameValue } from './sameValue';

/** One field on which my version and theirs differ, and who changed it since the version both started from. */
export interface FieldDifference<T> {
  field: keyof T & string;
  base: unknown;
  mine: unknown;
  theirs: unknown;
  changedByMe: boolean;
  changedByThem: boolean;
}

/**
 * A three-way comparison of two edits of one item: `base` is what I loaded, `mine` what I want to save and
 * `theirs` what is stored now. Lists every field where mine and theirs differ, so a conflict shows both
 * versions field by field instead of one silently overwriting the other.
 */
export function diffVersions<T extends object>(base: T, mine: T, theirs: T, fields: ReadonlyArray<keyof T & string>): FieldDifference<T>[] {
  const differences: FieldDifference<T>[] = [];
  for (const field of fields) {
    if (sameValue(mine[field], theirs[field])) continue;
    differences.push({
      field,
      base: base[field],
      mine: mine[field],
      theirs: theirs[field],
      changedByMe: !sameValue(base[field], mine[field]),
      changedByThem: !sameValue(base[field], theirs[field])
    });
  }
  return differences;
}

/** The fields I changed since `base`: what "keep mine" writes over theirs, leaving their other changes alone. */
export function changedFields<T extends object>(base: T, mine: T, fields: ReadonlyArray<keyof T & string>): Partial<T> {
  const changes: Partial<T> = {};
  for (const field of fields) if (!sameValue(base[field], mine[field])) changes[field] = mine[field];
  return changes;
}
