import type { ChatBackend } from '@/src/chat/backend';
import type { AppConfig } from '@/src/config/types';
import type { PlatformPort } from '@/src/platform/port';

/** What stores depend on. main.ts installs the real one; tests install a local server and a memory platform. */
export interface AppContext {
  config: AppConfig;
  platform: PlatformPort;
  backend: ChatBackend;
}

let current: AppContext | null = null;

export function setAppContext(context: AppContext): void {
  current = context;
}

export function appContext(): AppContext {
  if (!current) throw new Error('App context is not installed: call setAppContext() before using a store.');
  return current;
}
