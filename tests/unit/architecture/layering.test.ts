import { join } from 'node:path';
import { ESLint, type Linter } from 'eslint';

/**
 * The layers are enforced by the project's own ESLint config (the one `npm run lint` uses): these lint small
 * sources as if they were files of src/core and src/ui and expect the violations to be reported. The text is
 * linted in place of an existing file (typed linting needs a file of the TypeScript project); nothing is written.
 */
const ROOT = join(__dirname, '..', '..', '..');
const CONFIG = process.env.LAYERING_CONFIG ?? join(ROOT, '.eslintrc.js');
const CORE_FILE = 'src/core/i18n/Locale.ts';
const UI_FILE = 'src/ui/common/RouteLink.tsx';
const DATA_FILE = 'src/data/openModel.ts';

jest.setTimeout(180000);

// With CI=true typescript-estree infers a "single run" and type-checks each file as it is on disk, ignoring the text
// given to lintText: the rules would then see one source and its reports another. This test lints text in place of
// a file, so it must keep the watch-mode program that takes the text.
process.env.TSESTREE_SINGLE_RUN = 'false';

let eslint: ESLint;
beforeAll(() => {
  // ESLint 8's options (eslintrc): useEslintrc is missing from the installed typings, which describe ESLint 9.
  eslint = new ESLint({ cwd: ROOT, overrideConfigFile: CONFIG, useEslintrc: false } as ESLint.Options);
});

async function lint(filePath: string, code: string): Promise<Linter.LintMessage[]> {
  const [result] = await eslint.lintText(code, { filePath: join(ROOT, filePath) });
  // A source that did not parse would report nothing of the rules under test.
  expect(result.messages.filter((m) => m.fatal)).toEqual([]);
  return result.messages;
}

/** The layering reports of a source: the import (line) each one is about. */
async function layerViolations(filePath: string, code: string): Promise<string[]> {
  const lines = code.split('\n');
  return (await lint(filePath, code)).filter((m) => m.ruleId === '@typescript-eslint/no-restricted-imports').map((m) => lines[m.line - 1].trim());
}

describe('src/core imports nothing outside itself but its pure libraries', () => {
  it('fails a core file that imports React, Fluent UI, PnPjs, SPFx, the Graph client, IndexedDB or Node', async () => {
    const imports = [
      "import * as React from 'react';",
      "import { render } from 'react-dom';",
      "import { Button } from '@fluentui/react-components';",
      "import { spfi } from '@pnp/sp';",
      "import '@pnp/sp/items';",
      "import { Version } from '@microsoft/sp-core-library';",
      "import { Client } from '@microsoft/microsoft-graph-client';",
      "import { get } from 'idb-keyval';",
      "import { readFileSync } from 'node:fs';"
    ];
    const code = `${imports.join('\n')}\nexport const used = [React, render, Button, spfi, Version, Client, get, readFileSync];\n`;
    expect(await layerViolations(CORE_FILE, code)).toEqual(imports);
  });

  it('fails a core file that imports the data or ui layer, the web part, or type-only', async () => {
    const imports = [
      "import type { ModelStore } from '../../data/ModelStore';",
      "import { openModel } from '../../data/openModel';",
      "import { STRINGS } from '../../ui/strings';",
      "import { formatRoute } from '../../ui/app/routes';",
      "import TryggeBarnWebPart from '../../webparts/tryggeBarn/TryggeBarnWebPart';"
    ];
    const code = `${imports.join('\n')}\nexport const used: unknown[] = [openModel, STRINGS, formatRoute, TryggeBarnWebPart];\nexport type Used = ModelStore;\n`;
    expect(await layerViolations(CORE_FILE, code)).toEqual(imports);
  });

  it('lets core import itself and its pure libraries', async () => {
    const code = [
      "import { DateTime } from 'luxon';",
      "import MiniSearch from 'minisearch';",
      "import { fnr } from '@navikt/fnrvalidator';",
      "import type { Routine } from '../model/Routine';",
      'export const used: unknown[] = [DateTime, MiniSearch, fnr];',
      'export type Used = Routine;',
      ''
    ].join('\n');
    expect(await layerViolations(CORE_FILE, code)).toEqual([]);
  });
});

describe('src/ui uses the data interfaces, never their implementations', () => {
  it('fails a ui file that imports a SharePoint, Graph or IndexedDB implementation, classifies raw HTTP failures, or calls the composition root', async () => {
    const imports = [
      "import { SharePointModelStore } from '../../data/sharepoint/SharePointModelStore';",
      "import type { SharePointFeedbackStore } from '../../data/sharepoint/SharePointFeedbackStore';",
      "import { GraphCalendarService } from '../../data/graph/GraphCalendarService';",
      "import { isTransientFailure, statusOf } from '../../data/graph/transientFailures';",
      "import { failureKind } from '../../data/graph/calendarFailures';",
      "import { IndexedDbModelCache } from '../../data/cache/IndexedDbModelCache';",
      "import { createAdminServices } from '../../data/admin/createAdminServices';",
      "import { createProductServices } from '../../data/createProductServices';",
      "import { spfi } from '@pnp/sp';",
      "import { Client } from '@microsoft/microsoft-graph-client';"
    ];
    const code = `${imports.join('\n')}\nexport const used: unknown[] = [SharePointModelStore, GraphCalendarService, isTransientFailure, statusOf, failureKind, IndexedDbModelCache, createAdminServices, createProductServices, spfi, Client];\nexport type Used = SharePointFeedbackStore;\n`;
    expect(await layerViolations(UI_FILE, code)).toEqual(imports);
  });

  it('lets ui import the interfaces (and name the ProductServices type)', async () => {
    const code = [
      "import type { ModelStore } from '../../data/ModelStore';",
      "import type { CalendarService } from '../../data/ports/CalendarService';",
      "import { CalendarFailure } from '../../data/ports/CalendarFailure';",
      "import type { AdminServices } from '../../data/admin/AdminServices';",
      "import type { ModelCache } from '../../data/cache/ModelCache';",
      "import type { ProductServices } from '../../data/createProductServices';",
      "import { PermissionDeniedError } from '../../data/PermissionDeniedError';",
      'export const used: unknown[] = [PermissionDeniedError, CalendarFailure];',
      'export type Used = ModelStore | CalendarService | AdminServices | ModelCache | ProductServices;',
      ''
    ].join('\n');
    expect(await layerViolations(UI_FILE, code)).toEqual([]);
  });
});

describe('nothing in src imports the workbench, the tests or the scripts', () => {
  it.each([CORE_FILE, UI_FILE, DATA_FILE])('fails %s importing them', async (file) => {
    const imports = [
      "import { SITES } from '../../workbench/server/sites';",
      "import { tinyModelDocument } from '../../tests/unit/core/tinyModel';",
      "import { main } from '../../scripts/provision';"
    ];
    const code = `${imports.join('\n')}\nexport const used: unknown[] = [SITES, tinyModelDocument, main];\n`;
    expect(await layerViolations(file, code)).toEqual(imports);
  });
});

describe('React’s hooks rules', () => {
  it('fail a hook called conditionally (error) and a missing effect dependency (warning, and lint allows no warnings)', async () => {
    const code = [
      "import * as React from 'react';",
      '',
      'export function View(props: { id: string; open: boolean }): React.ReactElement {',
      '  if (props.open) {',
      '    React.useState(0);',
      '  }',
      '  React.useEffect(() => {',
      '    document.title = props.id;',
      '  }, []);',
      '  return <p>{props.id}</p>;',
      '}',
      ''
    ].join('\n');
    const messages = await lint(UI_FILE, code);
    expect(messages.filter((m) => m.ruleId === 'react-hooks/rules-of-hooks').map((m) => [m.line, m.severity])).toEqual([[5, 2]]);
    expect(messages.filter((m) => m.ruleId === 'react-hooks/exhaustive-deps').map((m) => [m.line, m.severity])).toEqual([[9, 1]]);
  });
});
