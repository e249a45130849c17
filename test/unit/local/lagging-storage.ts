import type { KeyValueStorage } from '@/src/platform/port';

export interface LaggingStorages {
  /** What the browser keeps: every write lands here at once; writes made here directly reach the tabs later. */
  backing: KeyValueStorage;
  /** A tab's own copy, starting from the backing store as it is now. */
  view(): KeyValueStorage;
  /** Lets every tab see the writes the other tabs made so far. */
  propagate(): void;
}

/**
 * localStorage as Chromium runs it: each tab (renderer process) reads its own cached copy, and another
 * tab's writes reach that copy a little later, on their own path, so a BroadcastChannel message can arrive
 * before the write it announces is readable.
 */
export function laggingStorages(initial: Record<string, string>): LaggingStorages {
  const backing = new Map<string, string>(Object.entries(initial));
  const views: Array<{ map: Map<string, string>; inbox: Array<[string, string | null]> }> = [];

  function write(from: (typeof views)[number] | null, key: string, value: string | null): void {
    for (const map of from ? [from.map, backing] : [backing]) {
      if (value === null) map.delete(key);
      else map.set(key, value);
    }
    for (const other of views) if (other !== from) other.inbox.push([key, value]);
  }

  return {
    backing: {
      getItem: (key) => backing.get(key) ?? null,
      setItem: (key, value) => write(null, key, value),
      removeItem: (key) => write(null, key, null),
      keys: () => [...backing.keys()],
    },
    view() {
      const own = { map: new Map(backing), inbox: [] as Array<[string, string | null]> };
      views.push(own);
      return {
        getItem: (key) => own.map.get(key) ?? null,
        setItem: (key, value) => write(own, key, value),
        removeItem: (key) => write(own, key, null),
        keys: () => [...own.map.keys()],
      };
    },
    propagate() {
      for (const view of views) {
        for (const [key, value] of view.inbox.splice(0)) {
          if (value === null) view.map.delete(key);
          else view.map.set(key, value);
        }
      }
    },
  };
}
