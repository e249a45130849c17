// Jest 29 reads `testTimeout` only from the root config, not per project: each project in jest.config.cjs
// passes its own ceiling as the global TEST_TIMEOUT_MS, and this setup file applies it.
const timeout: unknown = Reflect.get(globalThis, 'TEST_TIMEOUT_MS');
if (typeof timeout !== 'number') throw new Error('jest.config.cjs: this project sets no globals.TEST_TIMEOUT_MS');
jest.setTimeout(timeout);
