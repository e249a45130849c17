/** Six projects: unit, contract, cloud-sdk and bundle in Node, the compiled mini program under jsdom, the H5 build in Chromium. */
const tsJest = ['ts-jest', { tsconfig: { module: 'commonjs', esModuleInterop: true, isolatedModules: true } }];
const common = {
  transform: { '^.+\\.ts$': tsJest },
  moduleNameMapper: { '^@/(.*)$': '<rootDir>/$1' },
  moduleFileExtensions: ['ts', 'js', 'json', 'vue'],
};
module.exports = {
  projects: [
    { ...common, displayName: 'unit', testEnvironment: 'node', testMatch: ['<rootDir>/test/unit/**/*.test.ts'] },
    {
      ...common,
      displayName: 'contract',
      testEnvironment: 'node',
      testMatch: ['<rootDir>/test/contract/**/*.test.ts'],
      setupFiles: ['<rootDir>/test/contract/setup-websocket.ts'],
    },
    // The cloud adapter over the real @tencentcloud/chat SDK, against a scripted gateway (test/cloud-sdk/gateway.ts).
    {
      ...common,
      displayName: 'cloud-sdk',
      testEnvironment: 'node',
      testMatch: ['<rootDir>/test/cloud-sdk/**/*.test.ts'],
      // Sets a 30 s test timeout, sized for a loaded 2-core machine: the tests wait on conditions, and the
      // bounded-login ones on the adapter's own (short, configured) timeouts, never on the SDK's 15 s / 90 s.
      setupFilesAfterEnv: ['<rootDir>/test/cloud-sdk/setup.ts'],
    },
    // Builds the H5 app (minutes): runs in npm test after the builds, see scripts/test-all.mjs.
    { ...common, displayName: 'bundle', testEnvironment: 'node', testMatch: ['<rootDir>/test/bundle/**/*.test.ts'] },
    { ...common, displayName: 'mp', testEnvironment: 'jsdom', testMatch: ['<rootDir>/test/mp/**/*.test.ts'] },
    // Needs `npm run build:h5` first (npm test does it) and Chromium (scripts/ensure-chromium.mjs).
    { ...common, displayName: 'e2e', testEnvironment: 'node', testMatch: ['<rootDir>/test/e2e/**/*.test.ts'] },
  ],
};
