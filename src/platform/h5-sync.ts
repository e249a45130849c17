/**
 * SyncChannel between browser tabs of one origin: BroadcastChannel where the browser has it, otherwise
 * `storage` events (fired in every other tab when one tab writes localStorage). H5 only.
 */
import type { SyncChannel } from './port';

export interface BroadcastChannelLike {
  postMessage(message: unknown): void;
  addEventListener(type: 'message', listener: (event: { data: unknown }) => void): void;
}

/** What the channel needs from the browser; tests pass fakes. */
export interface BrowserSyncEnv {
  BroadcastChannel?: new (name: string) => BroadcastChannelLike;
  localStorage?: { setItem(key: string, value: string): void; removeItem(key: string): void };
  /** Subscribes to the window's `storage` event; returns a function that stops listening. */
  onStorage?(listener: (key: string | null, newValue: string | null) => void): () => void;
  /** Subscribes to the window's `pagehide` event. */
  onPageHide?(listener: () => void): () => void;
}

/** The localStorage key the fallback writes; outside the chat service's `chat:` prefix. */
export function fallbackKey(name: string): string {
  return `chat-sync:${name}`;
}

/** Reading window.localStorage throws where storage is blocked (some privacy settings, sandboxed frames). */
function safeLocalStorage(): BrowserSyncEnv['localStorage'] {
  try {
    return window.localStorage ?? undefined;
  } catch {
    return undefined;
  }
}

export function browserSyncEnv(): BrowserSyncEnv {
  if (typeof window === 'undefined' || typeof window.addEventListener !== 'function') return {};
  return {
    BroadcastChannel: typeof BroadcastChannel === 'function' ? BroadcastChannel : undefined,
    localStorage: safeLocalStorage(),
    onStorage(listener) {
      const handler = (event: StorageEvent) => listener(event.key, event.newValue);
      window.addEventListener('storage', handler);
      return () => window.removeEventListener('storage', handler);
    },
    onPageHide(listener) {
      const handler = () => listener();
      window.addEventListener('pagehide', handler);
      return () => window.removeEventListener('pagehide', handler);
    },
  };
}

interface Transport {
  /** See SyncChannel.deliversAfterStorage. */
  deliversAfterStorage: boolean;
  send(message: unknown): void;
  start(deliver: (message: unknown) => void): void;
}

function broadcastTransport(Channel: NonNullable<BrowserSyncEnv['BroadcastChannel']>, name: string): Transport {
  const channel = new Channel(name);
  return {
    deliversAfterStorage: false,
    send: (message) => channel.postMessage(message),
    start: (deliver) => channel.addEventListener('message', (event) => deliver(event.data)),
  };
}

function storageTransport(
  storage: NonNullable<BrowserSyncEnv['localStorage']>,
  onStorage: NonNullable<BrowserSyncEnv['onStorage']>,
  name: string,
): Transport {
  const key = fallbackKey(name);
  let counter = 0;
  return {
    // Written to the same localStorage after the data, so each tab applies the data before the message.
    deliversAfterStorage: true,
    send(message) {
      // A storage event fires only when the value changes, so each message carries a unique stamp; removing
      // the key right away keeps storage clean, and the other tabs still get the event for the write.
      counter += 1;
      storage.setItem(key, JSON.stringify({ stamp: `${Date.now()}-${Math.random()}-${counter}`, message }));
      storage.removeItem(key);
    },
    start(deliver) {
      onStorage((changedKey, newValue) => {
        if (changedKey !== key || newValue === null) return;
        let parsed: unknown;
        try {
          parsed = JSON.parse(newValue);
        } catch {
          return;
        }
        if (parsed && typeof parsed === 'object' && 'message' in parsed) deliver(parsed.message);
      });
    },
  };
}

function channelOver(transport: Transport, env: BrowserSyncEnv): SyncChannel {
  const listeners = new Set<(message: unknown) => void>();
  transport.start((message) => {
    for (const listener of [...listeners]) listener(message);
  });
  const channel: SyncChannel = {
    deliversAfterStorage: transport.deliversAfterStorage,
    post: (message) => transport.send(message),
    subscribe(listener) {
      const wrapper = (message: unknown) => listener(message);
      listeners.add(wrapper);
      return () => {
        listeners.delete(wrapper);
      };
    },
  };
  const onPageHide = env.onPageHide;
  if (onPageHide) channel.onClosing = (listener) => onPageHide(listener);
  return channel;
}

/**
 * Makes H5 SyncChannels, or answers undefined in a browser with neither BroadcastChannel nor a usable
 * localStorage (the app then runs each tab on its own).
 */
export function browserSyncChannelFactory(env: BrowserSyncEnv = browserSyncEnv()): ((name: string) => SyncChannel) | undefined {
  const Channel = env.BroadcastChannel;
  if (Channel) return (name) => channelOver(broadcastTransport(Channel, name), env);
  const { localStorage: storage, onStorage } = env;
  if (storage && onStorage) return (name) => channelOver(storageTransport(storage, onStorage, name), env);
  return undefined;
}
