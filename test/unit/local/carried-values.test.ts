/**
 * Writes announced by another tab are readable at once, even where this tab's copy of storage shows them
 * later (Chromium), and storage is the truth again once it has caught up.
 */
import { createMemoryStorage } from '@/src/chat/local';
import { CarriedValues } from '@/src/chat/local/sync/carried-values';
import { SYNC_VERSION } from '@/src/chat/local/sync/protocol';
import { TabSync } from '@/src/chat/local/sync/tab-sync';
import type { SyncHost } from '@/src/chat/local/sync/tab-sync';
import type { SyncChannel } from '@/src/platform/port';
import { manualClock } from './helpers';

describe('values carried by keys-changed', () => {
  it('are read before storage shows them, keys included, and a carried removal hides the key', () => {
    const storage = createMemoryStorage({ gone: 'old', kept: 'same' });
    const carried = new CarriedValues(storage, manualClock().now);
    carried.carry('fresh', 'new');
    carried.carry('gone', null);
    expect(carried.getItem('fresh')).toBe('new');
    expect(carried.getItem('gone')).toBeNull();
    expect(carried.getItem('kept')).toBe('same');
    expect(carried.keys().sort()).toEqual(['fresh', 'kept']);
  });

  it("give way to this tab's own write of the key", () => {
    const storage = createMemoryStorage();
    const carried = new CarriedValues(storage, manualClock().now);
    carried.carry('k', 'theirs');
    storage.setItem('k', 'mine');
    carried.written('k');
    expect(carried.getItem('k')).toBe('mine');
  });

  it('are dropped once storage shows them, so later storage changes are read', () => {
    const storage = createMemoryStorage();
    const carried = new CarriedValues(storage, manualClock().now);
    carried.carry('k', 'v1');
    storage.setItem('k', 'v1');
    expect(carried.getItem('k')).toBe('v1');
    storage.setItem('k', 'v2');
    expect(carried.getItem('k')).toBe('v2');
  });

  it('are pruned when storage shows them or has had time to; a copy storage overrode is reported', () => {
    const clock = manualClock();
    const storage = createMemoryStorage({ shown: 'a' });
    const carried = new CarriedValues(storage, clock.now);
    carried.carry('shown', 'a');
    carried.carry('overridden', 'b');
    expect(carried.prune(1000)).toEqual([]);
    expect(carried.getItem('overridden')).toBe('b');

    storage.setItem('overridden', 'c');
    clock.advance(1000);
    expect(carried.prune(1000)).toEqual(['overridden']);
    expect(carried.getItem('overridden')).toBe('c');
    expect(carried.prune(1000)).toEqual([]);
  });
});

describe('what a tab sends when it writes', () => {
  function tabOver(channel: Partial<SyncChannel>): { sent: unknown[]; write: (key: string, value: string | null) => Promise<void> } {
    const sent: unknown[] = [];
    const host: SyncHost = {
      clock: () => 0,
      localSessions: () => [],
      applyExternalKeys: () => undefined,
      deliverRelayed: () => undefined,
      kickLocal: () => undefined,
      presenceLost: () => undefined,
      presenceRegained: () => undefined,
      report: (problem) => {
        throw new Error(problem.message);
      },
    };
    const full: SyncChannel = { post: (message) => sent.push(message), subscribe: () => () => undefined, ...channel };
    const sync = new TabSync(host, full, createMemoryStorage(), 'chat:', { tabID: 't', every: () => () => undefined });
    const storage = sync.trackedStorage();
    return {
      sent,
      async write(key, value) {
        if (value === null) storage.removeItem(key);
        else storage.setItem(key, value);
        await Promise.resolve();
      },
    };
  }

  it('the values written, over a channel that may overtake storage (BroadcastChannel)', async () => {
    const tab = tabOver({});
    await tab.write('chat:user:a', '{"x":1}');
    await tab.write('chat:user:b', null);
    expect(tab.sent).toEqual([
      { v: SYNC_VERSION, from: 't', type: 'keys-changed', changes: [{ key: 'chat:user:a', value: '{"x":1}' }] },
      { v: SYNC_VERSION, from: 't', type: 'keys-changed', changes: [{ key: 'chat:user:b', value: null }] },
    ]);
  });

  it('only the keys, over a channel that arrives after storage (storage events)', async () => {
    const tab = tabOver({ deliversAfterStorage: true });
    await tab.write('chat:user:a', '{"x":1}');
    expect(tab.sent).toEqual([{ v: SYNC_VERSION, from: 't', type: 'keys-changed', changes: [{ key: 'chat:user:a' }] }]);
  });
});
