import { createPinia, getActivePinia, setActivePinia } from 'pinia';
import { setAppContext } from '@/src/app/context';
import type { AppConfig } from '@/src/config/types';
import { parseConfig } from '@/src/config/parse';
import { createLocalServer, type LocalServer } from '@/src/chat/local';
import type { ChatBackend } from '@/src/chat/backend';
import { createLocalBackend } from '@/src/chat/backends/local';
import { createMemoryPlatform, type MemoryPlatform, type MemoryPlatformOptions } from '@/src/platform/memory';
import { quiet } from '../../wait';

export const testConfig: AppConfig = parseConfig({});

export interface StoreWorld {
  server: LocalServer;
  platform: MemoryPlatform;
  backend: ChatBackend;
}

let current: StoreWorld | null = null;

/** A fresh pinia on a demo local server and a memory platform, installed as the app context. */
export function installWorld(platformOptions: MemoryPlatformOptions = {}, server?: LocalServer): StoreWorld {
  const platform = createMemoryPlatform(platformOptions);
  const local = server ?? createLocalServer({ storage: platform.storage, seed: 'demo', defer: (run) => run() });
  const backend = createLocalBackend(local, platform);
  setActivePinia(createPinia());
  setAppContext({ config: testConfig, platform, backend });
  current = { server: local, platform, backend };
  return current;
}

/** What a test can observe of the installed world: every store's state and everything stored. */
function snapshot(): string {
  const state = getActivePinia()?.state.value ?? {};
  const storage = current?.platform.storage;
  const stored = storage ? storage.keys().map((key) => `${key}=${storage.getItem(key)}`) : [];
  return JSON.stringify([state, stored], (_key, value: unknown) =>
    value instanceof Map || value instanceof Set ? [...value] : value,
  );
}

/**
 * Lets the stores finish what the last action set going (event handlers, follow-up fetches): waits until no
 * store state and no stored key has changed for several event-loop turns.
 */
export function flush(): Promise<void> {
  return quiet(snapshot);
}
