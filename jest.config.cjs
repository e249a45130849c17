/** Four projects: unit and contract in Node, the compiled mini program under jsdom, the H5 build in Chromium. */
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
    { ...common, displayName: 'mp', testEnvironment: 'jsdom', testMatch: ['<rootDir>/test/mp/**/*.test.ts'] },
    // Needs `npm run build:h5` first (npm test does it) and Chromium (scripts/ensure-chromium.mjs).
    { ...common, displayName: 'e2e', testEnvironment: 'node', testMatch: ['<rootDir>/test/e2e/**/*.test.ts'] },
  ],
};
