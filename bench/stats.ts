import { createMemoryStorage } from '@/src/chat/local';
import type { LocalClient, LocalServer } from '@/src/chat/local';
import type { KeyValueStorage } from '@/src/platform/port';

/** Helpers the benchmarks share. */

/** The middle value; of two middles (an even count), the upper one. */
export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

export interface CountingStorage extends KeyValueStorage {
  written: number;
  writes: number;
}

export function countingStorage(): CountingStorage {
  const inner = createMemoryStorage();
  const storage: CountingStorage = {
    written: 0,
    writes: 0,
    getItem: (key) => inner.getItem(key),
    setItem: (key, value) => {
      storage.written += Buffer.byteLength(key) + Buffer.byteLength(value);
      storage.writes += 1;
      inner.setItem(key, value);
    },
    removeItem: (key) => {
      storage.written += Buffer.byteLength(key);
      storage.writes += 1;
      inner.removeItem(key);
    },
    keys: () => inner.keys(),
  };
  return storage;
}

export async function timed(run: () => Promise<unknown>): Promise<number> {
  const started = performance.now();
  await run();
  return performance.now() - started;
}

/** The service answers pushes on a timer; pass one now so that instances are ready. */
export async function login(server: LocalServer, userID: string): Promise<LocalClient> {
  const client = server.createClient();
  await client.login({ userID, userSig: 'bench' });
  await server.settle();
  return client;
}
