import { compareNorwegian } from '../i18n/compareNorwegian';
import type { Routine } from './Routine';

/** The routines' keys in Norwegian alphabetical order of title: kept with a cached model (IndexedDbModelCache). */
export function routineTitleOrder(routines: readonly Routine[]): string[] {
  return routinesInTitleOrder(routines).map((r) => r.key);
}

/**
 * The routines in Norwegian alphabetical order of title. A `knownOrder` kept with the cached model spares the page
 * the Norwegian collator while it starts (building one costs Chromium 10–25 ms); it is used only when it names
 * exactly these routines, once each — otherwise they are sorted here.
 */
export function routinesInTitleOrder(routines: readonly Routine[], knownOrder?: readonly string[]): Routine[] {
  if (knownOrder && knownOrder.length === routines.length) {
    const byKey = new Map(routines.map((r) => [r.key, r]));
    const ordered = knownOrder.map((key) => byKey.get(key));
    if (byKey.size === routines.length && new Set(knownOrder).size === knownOrder.length && ordered.every((r) => r !== undefined)) return ordered as Routine[];
  }
  return [...routines].sort((a, b) => compareNorwegian(a.title, b.title));
}
