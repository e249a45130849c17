import { createLocalServer, createMemoryStorage } from '@/src/chat/local';
import type { LocalClient, LocalServer, LocalServerOptions } from '@/src/chat/local';
import type { UpdateMyProfileOptions } from '@/src/chat/port';
import type { ChatEvent, ChatEventName, ChatEventPayloads } from '@/src/chat/types';
import type { KeyValueStorage } from '@/src/platform/port';

export const T0 = 1_700_000_000_000;

/** Timers for the service's event throttle that move only when the test says: no real waiting. */
export function fakeTimers() {
  let now = 0;
  const tasks: Array<{ at: number; task: () => void; cancelled: boolean }> = [];
  return {
    now: () => now,
    setTimer(task: () => void, ms: number) {
      const entry = { at: now + ms, task, cancelled: false };
      tasks.push(entry);
      return () => {
        entry.cancelled = true;
      };
    },
    /** Moves time on, running each timer that comes due at its own moment. */
    advance(ms: number) {
      const target = now + ms;
      for (;;) {
        const due = tasks.filter((candidate) => !candidate.cancelled && candidate.at <= target).sort((a, b) => a.at - b.at)[0];
        if (!due) break;
        now = Math.max(now, due.at);
        due.cancelled = true;
        due.task();
      }
      now = target;
    },
    get waiting() {
      return tasks.filter((entry) => !entry.cancelled).length;
    },
  };
}

/** A clock the test moves by hand. */
export function manualClock(start = T0): { now: () => number; advance: (ms: number) => void } {
  let current = start;
  return { now: () => current, advance: (ms) => (current += ms) };
}

export function newServer(options: LocalServerOptions = {}): LocalServer {
  return createLocalServer({ clock: () => T0, ...options });
}

/** Logged in and past SDK_READY. */
export async function loginReady(server: LocalServer, userID: string): Promise<LocalClient> {
  const client = server.createClient();
  await client.login({ userID, userSig: 'sig' });
  await server.settle();
  if (!client.isReady()) throw new Error(`${userID} did not become ready`);
  return client;
}

/** Collects every event of one name a client receives. */
export function recordEvents<E extends ChatEventName>(
  client: LocalClient,
  eventName: E,
): Array<ChatEvent<ChatEventPayloads[E]>> {
  const seen: Array<ChatEvent<ChatEventPayloads[E]>> = [];
  client.on(eventName, (event) => seen.push(event));
  return seen;
}

export async function rejection(promise: Promise<unknown>): Promise<{ code: number; message: string }> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof Error && typeof Reflect.get(error, 'code') === 'number') {
      return { code: Reflect.get(error, 'code') as number, message: error.message };
    }
    throw new Error(`rejected without a numeric code: ${String(error)}`);
  }
  throw new Error('expected a rejection, got a result');
}

/** Options the SDK typings would not accept (bad types, unknown keys, enum values as plain strings). */
export function rawProfileOptions(value: unknown): UpdateMyProfileOptions {
  return value as UpdateMyProfileOptions;
}

export interface ObservedStorage extends KeyValueStorage {
  writes: string[];
  failWrites: boolean;
  dump(): Record<string, string>;
}

/** Memory storage that records written keys and can refuse writes like a full quota. */
export function observedStorage(initial: Record<string, string> = {}): ObservedStorage {
  const inner = createMemoryStorage(initial);
  const storage: ObservedStorage = {
    writes: [],
    failWrites: false,
    getItem: (key) => inner.getItem(key),
    setItem: (key, value) => {
      if (storage.failWrites) throw new Error('QuotaExceededError: storage is full');
      storage.writes.push(key);
      inner.setItem(key, value);
    },
    removeItem: (key) => inner.removeItem(key),
    keys: () => inner.keys(),
    dump: () => Object.fromEntries(inner.keys().map((key) => [key, inner.getItem(key) ?? ''])),
  };
  return storage;
}

/**
 * The group keys among the writes: a group change is also told as a tip, which the messages domain stores
 * under its own keys (chat:msg:*).
 */
export function groupWrites(storage: ObservedStorage): string[] {
  return storage.writes.filter((key) => key.startsWith('chat:grp:'));
}

export function bytes(count: number, char = 'a'): string {
  return char.repeat(count);
}
