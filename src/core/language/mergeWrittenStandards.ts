import type { Arena } from '../model/Arena';
import type { Contact } from '../model/Contact';
import type { ModelDocument } from '../model/ModelDocument';
import type { Routine, RoutineStepText } from '../model/Routine';
import type { Service } from '../model/Service';
import type { Tool } from '../model/Tool';

/** What a merge could not pair: rows of the main document without a Nynorsk row of the same key, and step counts that differ. */
export interface MergeNote {
  collection: 'routines' | 'services' | 'tools' | 'arenas' | 'contacts';
  key: string;
  message: string;
}

/** A Nynorsk text worth keeping: written, and not the same as the main text (an empty companion shows the main one). */
function differs(main: string, nn: string | undefined): string | undefined {
  return nn !== undefined && nn.trim() !== '' && nn !== main ? nn : undefined;
}

function stepTexts(steps: readonly RoutineStepText[]): RoutineStepText[] {
  return steps.map(({ what, how, who, deadline }) => ({ what, how, who, deadline }));
}

/** Keeps only the parts that carry text, and the whole `nn` only when one does. */
function withNn<T extends { nn?: object }>(row: T, nn: NonNullable<T['nn']>): T {
  const given = Object.entries(nn).filter(([, v]) => v !== undefined);
  const copy = { ...row };
  delete copy.nn;
  return given.length > 0 ? { ...copy, nn: Object.fromEntries(given) as T['nn'] } : copy;
}

function mergeRoutine(main: Routine, nn: Routine, notes: MergeNote[]): Routine {
  const mainTexts = stepTexts(main.steps);
  const nnTexts = stepTexts(nn.steps);
  if (nnTexts.length !== mainTexts.length) {
    notes.push({ collection: 'routines', key: main.key, message: `has ${mainTexts.length} steps, the Nynorsk one ${nnTexts.length}: the Nynorsk steps are kept but shown only when the counts agree` });
  }
  return withNn(main, {
    title: differs(main.title, nn.title),
    summary: differs(main.summary, nn.summary),
    steps: JSON.stringify(nnTexts) !== JSON.stringify(mainTexts) && nnTexts.length > 0 ? nnTexts : undefined,
    legalBasis: differs(main.legalBasis, nn.legalBasis)
  });
}

function mergeService(main: Service, nn: Service): Service {
  const measures = nn.tierMeasures.map((m) => ({ tier: m.tier, measures: m.measures }));
  return withNn(main, {
    title: differs(main.title, nn.title),
    role: differs(main.role, nn.role),
    mandate: differs(main.mandate, nn.mandate),
    tierMeasures: measures.length > 0 && JSON.stringify(measures) !== JSON.stringify(main.tierMeasures) ? measures : undefined
  });
}

function mergeTool(main: Tool, nn: Tool): Tool {
  return withNn(main, { title: differs(main.title, nn.title), description: differs(main.description, nn.description) });
}

function mergeArena(main: Arena, nn: Arena): Arena {
  return withNn(main, { title: differs(main.title, nn.title), purpose: differs(main.purpose, nn.purpose) });
}

function mergeContact(main: Contact, nn: Contact): Contact {
  return withNn(main, { title: differs(main.title, nn.title), description: differs(main.description, nn.description) });
}

function byKey<T extends { key: string }>(
  collection: MergeNote['collection'],
  main: readonly T[],
  nn: readonly T[],
  merge: (m: T, n: T) => T,
  notes: MergeNote[]
): T[] {
  const nnByKey = new Map(nn.map((row) => [row.key, row]));
  return main.map((row) => {
    const other = nnByKey.get(row.key);
    if (!other) {
      notes.push({ collection, key: row.key, message: 'has no Nynorsk row with the same key: it is shown in the main text' });
      return row;
    }
    return merge(row, other);
  });
}

/**
 * One document with both written standards: the main document (Bokmål) with the Nynorsk document's texts as
 * its Nynorsk companions (`nn`), paired by key. Only the texts staff read are taken (titles, summaries, steps,
 * legal basis, roles, mandates, measures, purposes, descriptions); everything else — keys, links, references,
 * placements, tools of a step, statuses — is the main document's. A Nynorsk text that is empty or the same as
 * the main text is left out (the main text is shown). Pure: the workbench seeds with it, and a tool can write a
 * bilingual starter model with it.
 */
export function mergeWrittenStandards(main: ModelDocument, nynorsk: ModelDocument): { document: ModelDocument; notes: MergeNote[] } {
  if (main.settings.contentLocale === 'nn') throw new Error('The main document is already in Nynorsk');
  if (nynorsk.settings.contentLocale !== 'nn') throw new Error(`The Nynorsk document says its content is "${nynorsk.settings.contentLocale}"`);
  const notes: MergeNote[] = [];
  const document: ModelDocument = {
    ...main,
    routines: byKey('routines', main.routines, nynorsk.routines, (m, n) => mergeRoutine(m, n, notes), notes),
    services: byKey('services', main.services, nynorsk.services, mergeService, notes),
    tools: byKey('tools', main.tools, nynorsk.tools, mergeTool, notes),
    arenas: byKey('arenas', main.arenas, nynorsk.arenas, mergeArena, notes),
    contacts: byKey('contacts', main.contacts, nynorsk.contacts, mergeContact, notes)
  };
  return { document, notes };
}
