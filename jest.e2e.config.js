// Browser tests: real Chromium (Debian's package, driven by playwright-core) against a workbench serving the
// shipped bundle. One worker: the tests share one server and one browser, and the machine has two cores.
const swc = ['@swc/jest', { jsc: { parser: { syntax: 'typescript' }, target: 'es2022' } }];

module.exports = {
  displayName: 'e2e',
  testEnvironment: 'node',
  testMatch: ['<rootDir>/tests/e2e/**/*.test.ts'],
  transform: { '^.+\\.(t|j)sx?$': swc },
  globalSetup: '<rootDir>/tests/e2e/support/globalSetup.ts',
  globalTeardown: '<rootDir>/tests/e2e/support/globalTeardown.ts',
  maxWorkers: 1,
  testTimeout: 90000
};
