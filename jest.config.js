// Projects are chosen by folder, as the tests mirror src: tests/unit (core/, data/, workbench/, bench/, architecture/) runs in
// node, tests/ui (src/ui) in jsdom, tests/integration talks to a workbench server over real HTTP.
// swc transpiles without type-checking: `npm run typecheck` does that once.
const swc = ['@swc/jest', { jsc: { parser: { syntax: 'typescript', tsx: true }, transform: { react: { runtime: 'classic' } }, target: 'es2022' } }];

const common = {
  transform: { '^.+\\.(t|j)sx?$': swc },
  moduleNameMapper: { '\\.(css|scss)$': 'identity-obj-proxy' },
  // A few dependencies ship only ES modules (PnPjs among them); swc turns them into CommonJS for jest.
  transformIgnorePatterns: ['/node_modules/(?!(.*/node_modules/)?(strip-bom|node-fetch|data-uri-to-buffer|fetch-blob|formdata-polyfill|@pnp)/)']
};

// With --coverage (as `npm test` runs) only the ui project instruments, and only src/ui: the number printed is
// what the jsdom tests cover of the screens, and below the threshold the run fails. The other projects
// ignore every path for coverage, so a unit test that happens to import a ui helper cannot lift it.
const noCoverage = { coveragePathIgnorePatterns: ['/'] };

module.exports = {
  testTimeout: 30000,
  collectCoverageFrom: ['<rootDir>/src/ui/**/*.{ts,tsx}'],
  coverageReporters: ['text-summary', 'json-summary'],
  // Issue 15's goal of 80 % of src/ui's lines, reached (85.5 % measured when it was raised): below it the run fails.
  coverageThreshold: { global: { lines: 80 } },
  projects: [
    { ...common, ...noCoverage, displayName: 'unit', testEnvironment: '<rootDir>/tests/support/nodeEnvironment.js', testMatch: ['<rootDir>/tests/unit/**/*.test.{ts,tsx}'] },
    { ...common, displayName: 'ui', testEnvironment: 'jsdom', setupFilesAfterEnv: ['<rootDir>/tests/support/jsdomSetup.ts'], testMatch: ['<rootDir>/tests/ui/**/*.test.{ts,tsx}'] },
    { ...common, ...noCoverage, displayName: 'integration', testEnvironment: 'node', testMatch: ['<rootDir>/tests/integration/**/*.test.ts'] }
  ]
};
