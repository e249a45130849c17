/** What the embedded service's benchmarks share: a storage that counts what is written, timing, login. */
import { createMemoryStorage } from '@/src/chat/local';
import type { LocalClient, LocalServer } from '@/src/chat/local';
import type { KeyValueStorage } from '@/src/platform/port';

/** Memory storage that counts the bytes (keys and values, UTF-8) and keys each write or removal costs. */
export interface CountingStorage extends KeyValueStorage {
  written: number;
  writes: number;
}

export function countingStorage(initial: Record<string, string> = {}): CountingStorage {
  const inner = createMemoryStorage(initial);
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

/** Bytes (keys and values) and keys written or removed by one change, as a table cell. */
export async function cost(storage: CountingStorage, change: () => Promise<unknown>): Promise<string> {
  const [bytes, writes] = [storage.written, storage.writes];
  await change();
  return `${(storage.written - bytes).toLocaleString('en')} B / ${storage.writes - writes}`;
}

/** Milliseconds one run takes. */
export async function timed(run: () => Promise<unknown> | unknown): Promise<number> {
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
