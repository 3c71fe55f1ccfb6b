// CommonJS project: jest's stable CJS loader runs the TypeScript through @swc/jest.
// p-queue, meilisearch and linkedom are ESM-only: Node >= 20.19 loads them with require(esm) at run
// time (the built CLIs prove it in the integration tests), and here swc transforms them to
// CommonJS because jest's module loader cannot require ESM.
const esmOnly = [
  'p-queue', 'p-timeout', 'eventemitter3', 'meilisearch',
  // linkedom (HTML pages) and its ESM dependencies
  'linkedom', 'css-select', 'css-what', 'domutils', 'dom-serializer', 'domhandler', 'entities',
  'htmlparser2', 'nth-check', 'boolbase', 'html-escaper', 'uhyphen', 'domelementtype', 'cssomnom', 'cssom', '@mozilla/readability',
];
const swc = ['@swc/jest', { jsc: { target: 'es2022', parser: { syntax: 'typescript', tsx: true } }, module: { type: 'commonjs' } }];
const common = {
  testEnvironment: 'node',
  testTimeout: 60000,
  transform: { '^.+\\.(t|j)sx?$': swc, '^.+\\.mjs$': swc },
  transformIgnorePatterns: [`/node_modules/(?!(${esmOnly.join('|')})/)`],
  moduleFileExtensions: ['ts', 'tsx', 'js', 'mjs', 'cjs', 'json', 'node'],
};
// Projects: a global setup configured in a project runs only when one of its tests runs,
// so `jest tests/unit` never starts an engine.
module.exports = {
  testTimeout: 60000,
  projects: [
    { ...common, displayName: 'unit', testMatch: ['<rootDir>/tests/unit/**/*.test.ts'] },
    {
      ...common,
      displayName: 'integration',
      testMatch: ['<rootDir>/tests/integration/**/*.test.ts'],
      globalSetup: '<rootDir>/tests/utils/global-setup.ts',
      globalTeardown: '<rootDir>/tests/utils/global-teardown.ts',
    },
    {
      ...common,
      displayName: 'e2e',
      testMatch: ['<rootDir>/tests/e2e/**/*.test.ts'],
      globalSetup: '<rootDir>/tests/utils/global-setup.ts',
      globalTeardown: '<rootDir>/tests/utils/global-teardown.ts',
    },
  ],
};
