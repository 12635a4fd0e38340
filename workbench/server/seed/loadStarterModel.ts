import * as fs from 'node:fs';
import type { ModelDocument } from '../../../src/core/model/ModelDocument';
import { MODEL_DOCUMENT_FORMAT } from '../../../src/core/model/ModelDocument';
import { mergeWrittenStandards } from '../../../src/core/language/mergeWrittenStandards';
import { starterModelPath } from '../paths';

/** Reads the starter model of a locale, or explains why there is none (the seed then creates empty lists). */
export function loadStarterModel(locale: 'nb' | 'nn'): { document?: ModelDocument; problem?: string } {
  const file = starterModelPath(locale);
  if (!fs.existsSync(file)) return { problem: `No starter model at ${file}; the lists are created empty.` };
  let parsed: unknown;
  try {
    parsed = JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch (e) {
    return { problem: `${file} is not valid JSON (${(e as Error).message}); the lists are created empty.` };
  }
  if ((parsed as { format?: unknown })?.format !== MODEL_DOCUMENT_FORMAT) {
    return { problem: `${file} is not a "${MODEL_DOCUMENT_FORMAT}" document; the lists are created empty.` };
  }
  return { document: parsed as ModelDocument };
}

/**
 * The Bokmål starter model with the Nynorsk starter model's texts as its Nynorsk companions (the …Nn columns),
 * paired by key, so a Bokmål-seeded site shows Nynorsk content in the Nynorsk UI. Without a readable Nynorsk
 * document the Bokmål one is seeded alone, and why is reported.
 */
export function withNynorskCompanions(document: ModelDocument): { document: ModelDocument; problems: string[] } {
  const nynorsk = loadStarterModel('nn');
  if (!nynorsk.document) return { document, problems: [`${nynorsk.problem ?? 'No Nynorsk starter model'} (no Nynorsk companions are seeded)`] };
  const merged = mergeWrittenStandards(document, nynorsk.document);
  return { document: merged.document, problems: merged.notes.map((n) => `${n.collection} ${n.key} ${n.message}`) };
}
