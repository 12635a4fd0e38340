// Unit tests run in milliseconds against src/core and the UI; integration tests talk to a workbench
// server over real HTTP. swc transpiles without type-checking: `npm run typecheck` does that once.
const swc = ['@swc/jest', { jsc: { parser: { syntax: 'typescript', tsx: true }, transform: { react: { runtime: 'classic' } }, target: 'es2022' } }];

const common = {
  transform: { '^.+\\.(t|j)sx?$': swc },
  moduleNameMapper: { '\\.(css|scss)$': 'identity-obj-proxy' },
  // A few dependencies ship only ES modules (PnPjs among them); swc turns them into CommonJS for jest.
  transformIgnorePatterns: ['/node_modules/(?!(.*/node_modules/)?(strip-bom|node-fetch|data-uri-to-buffer|fetch-blob|formdata-polyfill|@pnp)/)']
};

module.exports = {
  testTimeout: 30000,
  projects: [
    { ...common, displayName: 'unit', testEnvironment: '<rootDir>/tests/support/nodeEnvironment.js', testMatch: ['<rootDir>/tests/unit/**/*.test.ts'] },
    { ...common, displayName: 'ui', testEnvironment: 'jsdom', testMatch: ['<rootDir>/tests/unit/**/*.test.tsx'] },
    { ...common, displayName: 'integration', testEnvironment: 'node', testMatch: ['<rootDir>/tests/integration/**/*.test.ts'] }
  ]
};
