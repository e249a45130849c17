/** One jest run, four projects: unit and contract in Node, the compiled mini program under jsdom. */
const tsJest = ['ts-jest', { tsconfig: { module: 'commonjs', esModuleInterop: true, isolatedModules: true } }];
const common = {
  transform: { '^.+\\.ts$': tsJest },
  moduleNameMapper: { '^@/(.*)$': '<rootDir>/src/$1' },
  moduleFileExtensions: ['ts', 'js', 'json', 'vue'],
};
module.exports = {
  projects: [
    { ...common, displayName: 'unit', testEnvironment: 'node', testMatch: ['<rootDir>/test/unit/**/*.test.ts'] },
    { ...common, displayName: 'contract', testEnvironment: 'node', testMatch: ['<rootDir>/test/contract/**/*.test.ts'] },
    { ...common, displayName: 'mp', testEnvironment: 'jsdom', testMatch: ['<rootDir>/test/mp/**/*.test.ts'] },
  ],
};
