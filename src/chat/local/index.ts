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
export { DEMO_BLACKLISTS, DEMO_USER_IDS, demoAvatar } from './demo-seed';
export { DEFAULT_HEARTBEAT_MS, DEFAULT_SESSION_TTL_MS } from './sync/tab-sync';
export type { TabSyncOptions } from './sync/tab-sync';
export { createMemoryChannelHub } from '../../platform/memory-sync';
export type { MemoryChannelHub, MemorySyncChannel } from '../../platform/memory-sync';
export type { DemoAccount } from '../backend';
