import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

const CORE = join(__dirname, '..', '..', '..', 'src', 'core');
/** What src/core must never import: SPFx, PnPjs, React, Fluent UI — so the core runs and is tested anywhere. */
const PLATFORM = /from\s+['"](@microsoft\/|@pnp\/|react(-dom)?['"/]|@fluentui\/)|require\(\s*['"](@microsoft\/|@pnp\/|react|@fluentui\/)/;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sourceFiles(path) : /\.tsx?$/.test(name) ? [path] : [];
  });
}

describe('src/core', () => {
  it('imports nothing from @microsoft/*, @pnp/*, React or Fluent UI', () => {
    const files = sourceFiles(CORE);
    expect(files.length).toBeGreaterThan(50);
    const offenders = files.filter((file) => PLATFORM.test(readFileSync(file, 'utf8'))).map((file) => relative(CORE, file));
    expect(offenders).toEqual([]);
  });

  it('would notice such an import', () => {
    expect(PLATFORM.test("import { spfi } from '@pnp/sp';")).toBe(true);
    expect(PLATFORM.test("import * as React from 'react';")).toBe(true);
    expect(PLATFORM.test("import { DateTime } from 'luxon';")).toBe(false);
  });
});
