import { createMemoryStorage } from '@/src/chat/local';
import type { KeyValueStorage } from '@/src/platform/port';

/** A memory storage that counts the bytes (keys and values) and keys written or removed. */
export interface CountingStorage extends KeyValueStorage {
  written: number;
  writes: number;
  /**
   * While set, the storage is full as a browser's quota is: a write that would make it hold more than it held
   * when it filled up is refused; removing frees room (so a change can still be put back).
   */
  full: boolean;
}

function held(storage: KeyValueStorage): number {
  return storage.keys().reduce((sum, key) => sum + key.length + (storage.getItem(key) ?? '').length, 0);
}

export function countingStorage(initial: Record<string, string> = {}): CountingStorage {
  const inner = createMemoryStorage(initial);
  let quota = Number.POSITIVE_INFINITY;
  const storage: CountingStorage = {
    written: 0,
    writes: 0,
    get full() {
      return quota !== Number.POSITIVE_INFINITY;
    },
    set full(value: boolean) {
      quota = value ? held(inner) : Number.POSITIVE_INFINITY;
    },
    getItem: (key) => inner.getItem(key),
    setItem: (key, value) => {
      const previous = inner.getItem(key);
      const growth = previous === null ? key.length + value.length : value.length - previous.length;
      if (held(inner) + growth > quota) throw new Error('QuotaExceededError: storage is full');
      storage.written += key.length + value.length;
      storage.writes += 1;
      inner.setItem(key, value);
    },
    removeItem: (key) => {
      storage.written += key.length;
      storage.writes += 1;
      inner.removeItem(key);
    },
    keys: () => inner.keys(),
  };
  return storage;
}

/** Stored accounts `<prefix>0001`… (a minimal record, as an imported account would have). */
export function accountRecords(prefix: string, count: number): Record<string, string> {
  const records: Record<string, string> = {};
  for (let n = 1; n <= count; n += 1) records[`chat:user:${accountID(prefix, n)}`] = '{"profile":{}}';
  return records;
}

export function accountID(prefix: string, n: number): string {
  return `${prefix}${String(n).padStart(4, '0')}`;
}

/** Every stored value of the relationship chain, by key. */
export function snsValues(storage: KeyValueStorage): Record<string, string> {
  return Object.fromEntries(
    storage
      .keys()
      .filter((key) => key.startsWith('chat:sns:'))
      .sort()
      .map((key) => [key, storage.getItem(key) ?? '']),
  );
}

/** Timers driven by a hand-moved clock: `advance` moves it and runs what came due. */
export function manualTimers(start = 1_700_000_000_000): {
  now: () => number;
  setTimer: (task: () => void, ms: number) => () => void;
  advance: (ms: number) => void;
  pending: () => number;
} {
  let now = start;
  let timers: Array<{ at: number; task: () => void }> = [];
  return {
    now: () => now,
    setTimer: (task, ms) => {
      const timer = { at: now + ms, task };
      timers.push(timer);
      return () => {
        timers = timers.filter((other) => other !== timer);
      };
    },
    advance: (ms) => {
      now += ms;
      const due = timers.filter((timer) => timer.at <= now);
      timers = timers.filter((timer) => timer.at > now);
      for (const timer of due) timer.task();
    },
    pending: () => timers.length,
  };
}
