/**
 * Six projects: unit, contract, cloud-sdk and bundle in Node, the compiled mini program under jsdom, the H5
 * build in Chromium.
 *
 * Every project sets its own test timeout, sized for CI's busy 2-core machine rather than jest's 5 s default.
 * Tests wait on conditions, never on fixed sleeps, so a generous ceiling costs nothing when things go well: it
 * only bounds how long a stuck test hangs. Measured beside a `npm run build:mp-weixin` loop, passing mini
 * program tests take 3.8–5.7 s at p90 (loading one compiled page can take seconds while the CPU is shared) and
 * browser tests drive one or two tabs through several pages; unit and contract tests mostly take milliseconds,
 * but a few walk the 6000-member group or seed the demo data several times.
 * Jest 29 honours `testTimeout` only in the root config (or on the command line), so each project passes its
 * ceiling as the global TEST_TIMEOUT_MS and test/setup/test-timeout.ts applies it.
 */
const tsJest = ['ts-jest', { tsconfig: { module: 'commonjs', esModuleInterop: true, isolatedModules: true } }];
// The Chat SDK's ES build and modules, which the app ships (src/chat/cloud/sdk.ts), are ES modules: esbuild
// turns them into CommonJS for jest. Everything else in node_modules is CommonJS already.
const SDK_ESM = '@tencentcloud/chat/(index\\.es|modules/[^/]+)\\.js$';
const common = {
  transform: { '^.+\\.ts$': tsJest, [SDK_ESM]: '<rootDir>/test/setup/esm-transform.cjs' },
  transformIgnorePatterns: ['/node_modules/(?!@tencentcloud/chat/(index\\.es|modules/))'],
  moduleNameMapper: { '^@/(.*)$': '<rootDir>/$1' },
  moduleFileExtensions: ['ts', 'js', 'json', 'vue'],
  setupFilesAfterEnv: ['<rootDir>/test/setup/test-timeout.ts'],
};
const timeout = (ms) => ({ globals: { TEST_TIMEOUT_MS: ms } });
module.exports = {
  projects: [
    { ...common, ...timeout(30_000), displayName: 'unit', testEnvironment: 'node', testMatch: ['<rootDir>/test/unit/**/*.test.ts'] },
    {
      ...common,
      // Against the real service (`npm run test:cloud`) the suites raise it further with jest.setTimeout.
      ...timeout(30_000),
      displayName: 'contract',
      testEnvironment: 'node',
      testMatch: ['<rootDir>/test/contract/**/*.test.ts'],
      setupFiles: ['<rootDir>/test/contract/setup-websocket.ts'],
    },
    // The cloud adapter over the real @tencentcloud/chat SDK, against a scripted gateway (test/cloud-sdk/gateway.ts).
    {
      ...common,
      // The tests wait on conditions, and the bounded-login ones on the adapter's own (short, configured)
      // timeouts, never on the SDK's 15 s / 90 s.
      ...timeout(30_000),
      displayName: 'cloud-sdk',
      testEnvironment: 'node',
      testMatch: ['<rootDir>/test/cloud-sdk/**/*.test.ts'],
      setupFilesAfterEnv: [...common.setupFilesAfterEnv, '<rootDir>/test/cloud-sdk/setup.ts'],
    },
    // Each test builds the H5 app once (minutes on a loaded machine; the build is cut off after 9 min): runs in
    // npm test after the builds, see scripts/test-all.mjs.
    { ...common, ...timeout(10 * 60_000), displayName: 'bundle', testEnvironment: 'node', testMatch: ['<rootDir>/test/bundle/**/*.test.ts'] },
    { ...common, ...timeout(60_000), displayName: 'mp', testEnvironment: 'jsdom', testMatch: ['<rootDir>/test/mp/**/*.test.ts'] },
    // Needs `npm run build:h5` first (npm test does it) and Chromium (scripts/ensure-chromium.mjs).
    // Two-tab tests sign in twice and walk several pages: twice the mini program's ceiling.
    { ...common, ...timeout(120_000), displayName: 'e2e', testEnvironment: 'node', testMatch: ['<rootDir>/test/e2e/**/*.test.ts'] },
  ],
};
