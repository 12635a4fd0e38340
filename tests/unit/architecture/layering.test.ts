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
const DATA_FILE = 'src/data/compose/openModel.ts';
const PORT_FILE = 'src/data/ports/ModelStore.ts';
const IMPLEMENTATION_FILE = 'src/data/sharepoint/selectFields.ts';
// A meeting view: the one folder that may still name the calendar's interface outside data/ports (see .eslintrc.js).
const MEETINGS_FILE = 'src/ui/meetings/formatSlot.ts';

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
      "import type { ModelStore } from '../../data/ports/ModelStore';",
      "import { openModel } from '../../data/compose/openModel';",
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

describe('src/ui reaches the data layer through data/ports only', () => {
  it('fails a ui file that imports an implementation, a factory, a data helper or a platform client — type-only too', async () => {
    const imports = [
      "import { SharePointModelStore } from '../../data/sharepoint/SharePointModelStore';",
      "import type { SharePointFeedbackStore } from '../../data/sharepoint/SharePointFeedbackStore';",
      "import { writeFailureOf } from '../../data/sharepoint/writeFailureOf';",
      "import { GraphCalendarService } from '../../data/graph/GraphCalendarService';",
      "import type { GraphClientLike } from '../../data/graph/GraphClientLike';",
      "import { isTransientFailure, statusOf } from '../../data/graph/transientFailures';",
      "import { failureKind } from '../../data/graph/calendarFailures';",
      "import { IndexedDbModelCache } from '../../data/cache/IndexedDbModelCache';",
      "import { createAdminServices } from '../../data/compose/createAdminServices';",
      "import { createProductServices } from '../../data/compose/createProductServices';",
      "import type { ProductServiceOptions } from '../../data/compose/createProductServices';",
      "import { spfi } from '@pnp/sp';",
      "import { Client } from '@microsoft/microsoft-graph-client';",
      "import { get } from 'idb-keyval';"
    ];
    const code = `${imports.join('\n')}\nexport const used: unknown[] = [SharePointModelStore, writeFailureOf, GraphCalendarService, isTransientFailure, statusOf, failureKind, IndexedDbModelCache, createAdminServices, createProductServices, spfi, Client, get];\nexport type Used = SharePointFeedbackStore | GraphClientLike | ProductServiceOptions;\n`;
    expect(await layerViolations(UI_FILE, code)).toEqual(imports);
  });

  it('lets ui import the ports (interfaces, ProductServices, error types) and the listed pure helper', async () => {
    const code = [
      "import type { ModelStore } from '../../data/ports/ModelStore';",
      "import type { AdminServices } from '../../data/ports/admin/AdminServices';",
      "import type { ModelCache } from '../../data/ports/ModelCache';",
      "import type { CalendarService } from '../../data/ports/CalendarService';",
      "import { CalendarFailure } from '../../data/ports/CalendarFailure';",
      "import type { ProductServices } from '../../data/ports/ProductServices';",
      "import type { SessionState } from '../../data/ports/ModelSession';",
      "import { PermissionDeniedError } from '../../data/ports/PermissionDeniedError';",
      "import { newSubmissionId } from '../../data/ports/submissionId';",
      "import { openModel } from '../../data/compose/openModel';",
      'export const used: unknown[] = [PermissionDeniedError, newSubmissionId, openModel, CalendarFailure];',
      'export type Used = ModelStore | AdminServices | ModelCache | CalendarService | ProductServices | SessionState<unknown>;',
      ''
    ].join('\n');
    expect(await layerViolations(UI_FILE, code)).toEqual([]);
  });
  it('holds the meeting views to the same rule: the calendar through its port, never Graph or its HTTP classification', async () => {
    const imports = [
      "import { GraphCalendarService } from '../../data/graph/GraphCalendarService';",
      "import { fetchSchedules } from '../../data/graph/fetchSchedules';",
      "import { isTransientFailure } from '../../data/graph/transientFailures';",
      "import { createProductServices } from '../../data/compose/createProductServices';"
    ];
    const allowed = ["import type { CalendarService } from '../../data/ports/CalendarService';"];
    const code = `${[...imports, ...allowed].join('\n')}\nexport const used: unknown[] = [GraphCalendarService, fetchSchedules, isTransientFailure, createProductServices];\nexport type Used = CalendarService;\n`;
    expect(await layerViolations(MEETINGS_FILE, code)).toEqual(imports);
  });
});

describe('data/ports are contracts: core types and other ports only', () => {
  it('fails a port that names an implementation, a factory, the ui or a platform client — type-only too', async () => {
    const imports = [
      "import type { SharePointModelStore } from '../sharepoint/SharePointModelStore';",
      "import type { IndexedDbModelCache } from '../cache/IndexedDbModelCache';",
      "import type { GraphClientLike } from '../graph/GraphClientLike';",
      "import type { ProductServiceOptions } from '../compose/createProductServices';",
      "import type { Strings } from '../../ui/strings/Strings';",
      "import type { SPFI } from '@pnp/sp';",
      "import type { ReactElement } from 'react';"
    ];
    const code = `${imports.join('\n')}\nexport type Used = SharePointModelStore | IndexedDbModelCache | GraphClientLike | ProductServiceOptions | Strings | SPFI | ReactElement;\n`;
    expect(await layerViolations(PORT_FILE, code)).toEqual(imports);
  });

  it('holds the pure helper the ui may import (compose/openModel) to the same rule', async () => {
    const imports = ["import { SharePointModelStore } from '../sharepoint/SharePointModelStore';", "import { createProductServices } from './createProductServices';"];
    const code = `${imports.join('\n')}\nexport const used: unknown[] = [SharePointModelStore, createProductServices];\n`;
    expect(await layerViolations(DATA_FILE, code)).toEqual(imports);
  });

  it('lets a port import core and other ports', async () => {
    const code = [
      "import type { ItemIssue } from '../../core/mapping/ItemIssue';",
      "import type { ModelCache } from './ModelCache';",
      "import type { WriteFailure } from './WriteFailure';",
      'export type Used = ItemIssue | ModelCache | WriteFailure;',
      ''
    ].join('\n');
    expect(await layerViolations(PORT_FILE, code)).toEqual([]);
  });
});

describe('src/data never reaches up', () => {
  it('fails a data implementation that imports the ui or the web part', async () => {
    const imports = ["import { STRINGS } from '../../ui/strings';", "import TryggeBarnWebPart from '../../webparts/tryggeBarn/TryggeBarnWebPart';"];
    const code = `${imports.join('\n')}\nexport const used: unknown[] = [STRINGS, TryggeBarnWebPart];\n`;
    expect(await layerViolations(IMPLEMENTATION_FILE, code)).toEqual(imports);
  });
});

describe('nothing in src imports the workbench, the tests or the scripts', () => {
  it.each([CORE_FILE, UI_FILE, DATA_FILE, PORT_FILE])('fails %s importing them', async (file) => {
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
