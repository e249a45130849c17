/**
 * The embedded chat service: an in-process stand-in for Tencent Cloud Chat that the local backend, Node
 * scripts and tests share. Pure TypeScript; storage and the cross-tab channel come in through ./core/ports.
 */
export { createLocalServer } from './create-server';
export type { LocalServer } from './create-server';
export type { LocalServerOptions } from './server';
export { LocalClient } from './client';
export { LOCAL_CODE } from './codes';
export type { LocalCode } from './codes';
export { createMemoryStorage } from './core/memory-storage';
export { DEFAULT_KEY_PREFIX } from './core/stored';
export type { KeyValueStorage, KeptMedia, MediaDescription, MediaKind, MediaPort, SyncChannel } from './core/ports';
export { createMemoryMedia, describeMessageFile } from './core/memory-media';
export type { MemoryMedia } from './core/memory-media';
export type { EventThrottleOptions } from './core/throttle';
export type { ServerProblem } from './core/problems';
export type { UserRecord } from './accounts/user-store';
export { DEMO_BLACKLISTS, DEMO_USER_IDS, demoAvatar } from './demo-seed';
export { DEFAULT_HEARTBEAT_MS, DEFAULT_SESSION_TTL_MS } from './sync/tab-sync';
export type { TabSyncOptions } from './sync/tab-sync';
export type { DemoAccount } from '../types';
