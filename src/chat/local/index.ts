/**
 * The embedded chat service: an in-process stand-in for Tencent Cloud Chat that the local backend, Node
 * scripts and tests share. Pure TypeScript; storage comes in through the KeyValueStorage port.
 */
export { createLocalServer } from './server';
export type { LocalServer, LocalServerOptions } from './server';
export { LocalClient } from './client';
export { LOCAL_CODE } from './codes';
export type { LocalCode } from './codes';
export { createMemoryStorage, DEFAULT_KEY_PREFIX } from './storage';
export type { ServerProblem, UserRecord } from './storage';
export { DEMO_USER_IDS, demoAvatar } from './demo-seed';
export type { DemoAccount } from '../backend';
