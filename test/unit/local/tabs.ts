import { createLocalServer, createMemoryStorage } from '@/src/chat/local';
import { createMemoryChannelHub } from '@/src/platform/memory-sync';
import type { LocalServer, LocalServerOptions } from '@/src/chat/local';
import type { MemoryChannelHub, MemorySyncChannel } from '@/src/platform/memory-sync';
import type { KeyValueStorage } from '@/src/platform/port';
import { manualClock } from './helpers';
import { laggingStorages } from './lagging-storage';

export const HEARTBEAT_MS = 1_000;
export const TTL_MS = 5_000;

export interface Tab {
  server: LocalServer;
  channel: MemorySyncChannel;
  /** Runs the tab's heartbeat once, as its timer would. */
  beat(): void;
}

export interface Browser {
  hub: MemoryChannelHub;
  storage: KeyValueStorage;
  clock: ReturnType<typeof manualClock>;
  tabs: Tab[];
  /** Opens one more tab on the same storage and channel. */
  open(): Tab;
  /** Delivers every message and every push, in every tab, until nothing moves. */
  settle(): Promise<void>;
  /** Lets `ms` pass with every open tab beating on time. */
  pass(ms: number): void;
  /** With `laggingStorage`: every tab now sees the others' writes (a no-op otherwise). */
  propagateStorage(): void;
}

export interface BrowserOptions {
  /** Each tab reads its own copy of storage and sees the others' writes only on propagateStorage(). */
  laggingStorage?: boolean;
}

/** A browser origin: `count` tabs, each with its own server, over one localStorage and one channel. */
export function browser(
  count: number,
  options: LocalServerOptions = {},
  accounts = ['alice', 'bob', 'carol'],
  { laggingStorage = false }: BrowserOptions = {},
): Browser {
  const hub = createMemoryChannelHub();
  const initial = Object.fromEntries(accounts.map((id) => [`chat:user:${id}`, '{"profile":{}}']));
  const lagging = laggingStorage ? laggingStorages(initial) : null;
  const storage = lagging ? lagging.backing : createMemoryStorage(initial);
  const clock = manualClock();
  const tabs: Tab[] = [];

  function open(): Tab {
    const channel = hub.channel('chat');
    let task: () => void = () => undefined;
    const server = createLocalServer({
      storage: lagging ? lagging.view() : storage,
      clock: clock.now,
      channel,
      tabSync: {
        tabID: `tab${tabs.length}`,
        heartbeatMs: HEARTBEAT_MS,
        sessionTtlMs: TTL_MS,
        every: (tick) => {
          task = tick;
          return () => {
            task = () => undefined;
          };
        },
      },
      ...options,
    });
    const tab: Tab = { server, channel, beat: () => task() };
    tabs.push(tab);
    return tab;
  }

  for (let i = 0; i < count; i += 1) open();

  return {
    hub,
    storage,
    clock,
    tabs,
    open,
    async settle() {
      do {
        await hub.flush();
        for (const tab of tabs) await tab.server.settle();
      } while (hub.pending > 0);
    },
    propagateStorage() {
      lagging?.propagate();
    },
    pass(ms) {
      for (let passed = 0; passed < ms; passed += HEARTBEAT_MS) {
        clock.advance(Math.min(HEARTBEAT_MS, ms - passed));
        for (const tab of tabs) if (!tab.channel.closed) tab.beat();
      }
    },
  };
}
