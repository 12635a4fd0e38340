// The SPFx React profile (eslint:recommended, @typescript-eslint/recommended, the Rushstack React mixin) plus the
// house rules: the layers (docs/architecture.md), React's hooks rules, and the few scaffold rules the code keeps.
require('@rushstack/eslint-config/patch/modern-module-resolution');

/** Nothing in src reaches into the workbench, the tests or the scripts. */
const OUTSIDE_SRC = { group: ['**/workbench', '**/workbench/**', '**/tests/**', '**/scripts/**'], message: 'src must not import the workbench, tests or scripts.' };

/** src/core is pure TypeScript: its own modules and pure libraries (luxon, @date-fns/tz, minisearch, @navikt/fnrvalidator…). */
const CORE = [
  { group: ['react', 'react/**', 'react-dom', 'react-dom/**', '@fluentui/**', '@pnp/**', '@microsoft/**', 'idb-keyval', 'node:*'], message: 'src/core imports no platform (React, Fluent UI, PnPjs, SPFx, Graph, IndexedDB, Node).' },
  { group: ['**/data', '**/data/**', '**/ui', '**/ui/**', '**/webparts/**'], message: 'src/core imports nothing outside src/core.' }
];

/** The platform clients only data implementations use. */
const DATA_CLIENTS = ['@pnp/**', '@microsoft/microsoft-graph-client', 'idb-keyval'];

/**
 * src/ui talks to the data layer through its ports (src/data/ports: the interfaces, ProductServices, the error
 * types) and nothing else of src/data: not the implementations (sharepoint, graph, cache), not the factories
 * (compose) — except the pure helpers listed, which themselves import only ports and core (PURE below).
 * Patterns follow .gitignore: a file whose parent folder is excluded cannot be re-included, so each exception
 * re-includes its folder too.
 */
const UI_PURE_HELPERS = [
  // Cache-then-revalidate for a model site already chosen (TryggeBarnApp's `services` prop): ports in, ports out.
  '!**/data/compose',
  '!**/data/compose/openModel'
];
const uiData = (...allowed) => ({
  group: ['**/data/**', '!**/data/ports', '!**/data/ports/**', ...UI_PURE_HELPERS, ...allowed, ...DATA_CLIENTS],
  message: 'src/ui reaches the data layer through src/data/ports only (ModelStore, ProductServices, AdminServices, the error types…), never an implementation or a factory.'
});
const UI = [uiData()];

/**
 * The ports, and the pure helpers the UI may call, are contracts: they name core types and each other, never an
 * implementation, a factory or a platform client (nor, as all of src/data, the UI).
 */
const PURE = [
  {
    group: ['**/sharepoint', '**/sharepoint/**', '**/graph', '**/graph/**', '**/cache', '**/cache/**', '**/compose/**', ...DATA_CLIENTS, 'react', 'react-dom', '@fluentui/**', '@microsoft/**'],
    message: 'data/ports (and the pure helpers the UI may import) name only core and other ports: no implementation, factory or platform client.'
  }
];

/** The data layer never reaches up into the UI or the web part. */
const DATA = [{ group: ['**/ui', '**/ui/**', '**/webparts/**'], message: 'src/data imports nothing from src/ui or src/webparts.' }];

const restrict = (...patterns) => ['error', { patterns }];

const tsRules = {
  // Layering: the base rule is off, its TypeScript twin (which knows `import type`) on; per folder below.
  'no-restricted-imports': 'off',
  '@typescript-eslint/no-restricted-imports': restrict(OUTSIDE_SRC),
  'react-hooks/rules-of-hooks': 'error',
  'react-hooks/exhaustive-deps': 'warn',
  // Kept from the SPFx scaffold (not in the recommended sets).
  '@typescript-eslint/no-floating-promises': 'error',
  '@typescript-eslint/explicit-function-return-type': ['warn', { allowExpressions: true, allowTypedFunctionExpressions: true, allowHigherOrderFunctions: false }],
  '@typescript-eslint/no-unused-vars': ['warn', { vars: 'all', args: 'none' }],
  '@typescript-eslint/no-use-before-define': ['error', { functions: false, classes: true, variables: true, enums: true, typedefs: true }],
  '@rushstack/no-new-null': 'warn',
  '@rushstack/import-requires-chunk-name': 'warn',
  '@rushstack/pair-react-dom-render-unmount': 'warn',
  '@rushstack/security/no-unsafe-regexp': 'warn',
  '@microsoft/spfx/no-require-ensure': 'error',
  eqeqeq: 'warn',
  'guard-for-in': 'error',
  'no-caller': 'error',
  'no-eval': 'warn',
  'no-implied-eval': 'error',
  'no-new-func': 'error',
  'no-new': 'warn',
  'no-return-assign': 'error',
  'no-self-compare': 'error',
  'no-sequences': 'warn',
  'no-throw-literal': 'error',
  'no-unused-expressions': 'warn',
  // `void promise;` marks a promise left running on purpose (what no-floating-promises asks for); not as a value.
  'no-void': ['warn', { allowAsStatement: true }],
  'no-extra-boolean-cast': 'off',
  'promise/param-names': 'error'
};

module.exports = {
  extends: ['@microsoft/eslint-config-spfx/lib/profiles/react'],
  parserOptions: { tsconfigRootDir: __dirname },
  ignorePatterns: ['lib/', 'lib-commonjs/', 'dist/', 'temp/', 'release/', 'node_modules/'],
  overrides: [
    {
      files: ['*.ts', '*.tsx'],
      parser: '@typescript-eslint/parser',
      parserOptions: { project: './tsconfig.json', ecmaVersion: 2018, sourceType: 'module' },
      rules: tsRules
    },
    { files: ['src/core/**'], rules: { '@typescript-eslint/no-restricted-imports': restrict(OUTSIDE_SRC, ...CORE) } },
    { files: ['src/ui/**'], rules: { '@typescript-eslint/no-restricted-imports': restrict(OUTSIDE_SRC, ...UI) } },
    { files: ['src/data/**'], rules: { '@typescript-eslint/no-restricted-imports': restrict(OUTSIDE_SRC, ...DATA) } },
    { files: ['src/data/ports/**'], rules: { '@typescript-eslint/no-restricted-imports': restrict(OUTSIDE_SRC, ...DATA, ...PURE) } },
    // Its siblings in compose are the factories.
    { files: ['src/data/compose/openModel.ts'], rules: { '@typescript-eslint/no-restricted-imports': restrict(OUTSIDE_SRC, ...DATA, ...PURE, { group: ['./*'], message: 'compose/openModel imports no factory.' }) } },
    {
      // Node tools and tests: type-checked against tsconfig.tools.json; the src layering does not apply to them.
      files: ['workbench/**/*.ts', 'scripts/**/*.ts', 'tests/**/*.ts', 'tests/**/*.tsx'],
      parserOptions: { project: './tsconfig.tools.json' },
      rules: {
        '@typescript-eslint/no-restricted-imports': 'off',
        // The workbench speaks, and the tests assert, wire formats whose missing value is null (OData and Graph
        // JSON, SQLite's NULL through node:sqlite, Express): "use undefined" cannot apply to them.
        '@rushstack/no-new-null': 'off',
        // Chunk names are webpack's; Node (tsx) loads a dynamic import as a file, with no chunk to name.
        '@rushstack/import-requires-chunk-name': 'off'
      }
    },
    {
      // Tests build expected patterns from their own fixtures (a site URL, a fictional name); no user input
      // reaches a RegExp there, which is what the rule guards against.
      files: ['tests/**/*.ts', 'tests/**/*.tsx'],
      rules: { '@rushstack/security/no-unsafe-regexp': 'off' }
    }
  ]
};
