import * as fs from 'node:fs';
import type { ModelDocument } from '../../../src/core/model/ModelDocument';
import { MODEL_DOCUMENT_FORMAT } from '../../../src/core/model/ModelDocument';
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
