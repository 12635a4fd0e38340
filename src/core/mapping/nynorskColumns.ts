import type { ItemReader } from './ItemReader';

/**
 * An entity's Nynorsk companion texts without the empty ones, as `{ nn }` to spread into the entity, or nothing
 * when none is given, so an item with no Nynorsk text reads exactly as it did before the …Nn columns existed.
 */
export function nynorskPart<T extends object>(texts: T): { nn?: T } {
  const given = Object.entries(texts).filter(([, value]) => value !== undefined && value !== '' && !(Array.isArray(value) && value.length === 0));
  return given.length > 0 ? { nn: Object.fromEntries(given) as T } : {};
}

/**
 * A JSON column of Nynorsk text (StepsNn, TierMeasuresNn): parsed by `parse`, with a problem reported as a
 * warning, not an error. The Nynorsk text is a companion: when it is malformed staff see the main text, and the
 * item itself (the routine, the service) is never lost over it. An import counts the warning as a problem.
 */
export function readNynorskJson<T>(reader: ItemReader, field: string, parse: (value: unknown) => { value: T; problem?: string }): T | undefined {
  const text = reader.text(field);
  if (text === '') return undefined;
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    reader.warning(field, 'is not valid JSON; the main text is shown instead');
    return undefined;
  }
  const { value, problem } = parse(raw);
  if (problem) {
    reader.warning(field, `${problem}; the main text is shown instead`);
    return undefined;
  }
  return value;
}
