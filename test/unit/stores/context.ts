import { createPinia, setActivePinia } from 'pinia';
import { setAppContext } from '@/src/app/context';
import type { AppConfig } from '@/src/config/types';
import { parseConfig } from '@/src/config/parse';
import { createLocalServer, type LocalServer } from '@/src/chat/local';
import type { ChatBackend } from '@/src/chat/backend';
import { createLocalBackend } from '@/src/chat/backends/local';
import { createMemoryPlatform, type MemoryPlatform, type MemoryPlatformOptions } from '@/src/platform/memory';

export const testConfig: AppConfig = parseConfig({});

export interface StoreWorld {
  server: LocalServer;
  platform: MemoryPlatform;
  backend: ChatBackend;
}

/** A fresh pinia on a demo local server and a memory platform, installed as the app context. */
export function installWorld(platformOptions: MemoryPlatformOptions = {}, server?: LocalServer): StoreWorld {
  const platform = createMemoryPlatform(platformOptions);
  const local = server ?? createLocalServer({ storage: platform.storage, seed: 'demo', defer: (run) => run() });
  const backend = createLocalBackend(local, platform);
  setActivePinia(createPinia());
  setAppContext({ config: testConfig, platform, backend });
  return { server: local, platform, backend };
}

export async function flush(): Promise<void> {
  for (let i = 0; i < 5; i += 1) await new Promise((resolve) => setTimeout(resolve, 0));
}
