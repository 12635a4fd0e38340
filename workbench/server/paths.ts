import * as path from 'node:path';

/** The repository root: this file lives in workbench/server/. */
export const REPO_ROOT = path.resolve(__dirname, '..', '..');

/** Where the workbench keeps its database, signing secret and request log unless told otherwise. */
export function defaultDataDir(): string {
  return process.env.WORKBENCH_DATA_DIR ? path.resolve(process.env.WORKBENCH_DATA_DIR) : path.join(REPO_ROOT, '.workbench-data');
}

/** The starter model document of a locale, written by the content authors (ModelDocument format). */
export function starterModelPath(locale: 'nb' | 'nn'): string {
  return path.join(REPO_ROOT, 'sharepoint', 'seed', `starter-model.${locale}.json`);
}
