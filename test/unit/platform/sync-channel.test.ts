import { browserSyncChannelFactory, fallbackKey } from '@/src/platform/h5-sync';
import type { BroadcastChannelLike, BrowserSyncEnv } from '@/src/platform/h5-sync';
import { createMemoryPlatform } from '@/src/platform/memory';
import { createMemoryChannelHub } from '@/src/platform/memory-sync';
import type { SyncChannel } from '@/src/platform/port';
import { createPlatformOn } from '@/src/platform/uni';
import { FakeUni } from './fake-uni';

/** BroadcastChannel's semantics: same name, other instances, never the poster. */
function fakeBroadcastChannels() {
  const open: Array<{ name: string; listeners: Array<(event: { data: unknown }) => void> }> = [];
  class FakeBroadcastChannel implements BroadcastChannelLike {
    private readonly self: { name: string; listeners: Array<(event: { data: unknown }) => void> };
    constructor(name: string) {
      this.self = { name, listeners: [] };
      open.push(this.self);
    }
    postMessage(message: unknown): void {
      for (const other of open) {
        if (other !== this.self && other.name === this.self.name) other.listeners.forEach((listener) => listener({ data: message }));
      }
    }
    addEventListener(_type: 'message', listener: (event: { data: unknown }) => void): void {
      this.self.listeners.push(listener);
    }
  }
  return FakeBroadcastChannel;
}

/** localStorage shared by the tabs of one origin; a write raises `storage` in every other tab. */
function fakeOrigin() {
  const items = new Map<string, string>();
  const tabs: Array<Array<(key: string | null, value: string | null) => void>> = [];
  const hideListeners: Array<() => void> = [];
  function tab(): BrowserSyncEnv {
    const listeners: Array<(key: string | null, value: string | null) => void> = [];
    tabs.push(listeners);
    const raise = (key: string, value: string | null) => {
      for (const other of tabs) if (other !== listeners) other.forEach((listener) => listener(key, value));
    };
    return {
      localStorage: {
        setItem: (key, value) => {
          items.set(key, value);
          raise(key, value);
        },
        removeItem: (key) => {
          items.delete(key);
          raise(key, null);
        },
      },
      onStorage(listener) {
        listeners.push(listener);
        return () => listeners.splice(listeners.indexOf(listener), 1);
      },
      onPageHide(listener) {
        hideListeners.push(listener);
        return () => hideListeners.splice(hideListeners.indexOf(listener), 1);
      },
    };
  }
  return { items, tab, hide: () => hideListeners.forEach((listener) => listener()) };
}

function received(channel: SyncChannel): unknown[] {
  const seen: unknown[] = [];
  channel.subscribe((message) => seen.push(message));
  return seen;
}

describe('the H5 sync channel', () => {
  it('uses BroadcastChannel where there is one: other tabs of the same name get each message', () => {
    const env: BrowserSyncEnv = { BroadcastChannel: fakeBroadcastChannels() };
    const make = browserSyncChannelFactory(env);
    if (!make) throw new Error('expected a channel factory');
    const [a, b, other] = [make('chat'), make('chat'), make('else')];
    const [inA, inB, inOther] = [received(a), received(b), received(other)];
    a.post({ n: 1 });
    b.post({ n: 2 });
    expect(inA).toEqual([{ n: 2 }]);
    expect(inB).toEqual([{ n: 1 }]);
    expect(inOther).toEqual([]);
    // Another browser process may read localStorage before this message's writes reach it.
    expect(a.deliversAfterStorage).toBe(false);
  });

  it('falls back to storage events, leaving no key behind, and delivers repeated messages', () => {
    const origin = fakeOrigin();
    const makeA = browserSyncChannelFactory(origin.tab());
    const makeB = browserSyncChannelFactory(origin.tab());
    if (!makeA || !makeB) throw new Error('expected channel factories');
    const [a, b] = [makeA('chat'), makeB('chat')];
    const [inA, inB] = [received(a), received(b)];
    a.post({ type: 'same' });
    a.post({ type: 'same' });
    expect(inB).toEqual([{ type: 'same' }, { type: 'same' }]);
    expect(inA).toEqual([]);
    expect(origin.items.has(fallbackKey('chat'))).toBe(false);
    expect(a.deliversAfterStorage).toBe(true);
  });

  it('stops delivering to a listener after unsubscribe, and reports pagehide as closing', () => {
    const origin = fakeOrigin();
    const makeA = browserSyncChannelFactory(origin.tab());
    const makeB = browserSyncChannelFactory(origin.tab());
    if (!makeA || !makeB) throw new Error('expected channel factories');
    const [a, b] = [makeA('chat'), makeB('chat')];
    const seen: unknown[] = [];
    const stop = b.subscribe((message) => seen.push(message));
    let closings = 0;
    b.onClosing?.(() => (closings += 1));
    a.post(1);
    stop();
    a.post(2);
    origin.hide();
    expect(seen).toEqual([1]);
    expect(closings).toBe(1);
  });

  it('offers no channel in a browser without BroadcastChannel or usable storage, nor outside a browser', () => {
    expect(browserSyncChannelFactory({})).toBeUndefined();
    expect(browserSyncChannelFactory({ localStorage: { setItem: () => undefined, removeItem: () => undefined } })).toBeUndefined();
    expect(browserSyncChannelFactory()).toBeUndefined(); // Node: no window
  });
});

describe('the platform ports', () => {
  it('uni: H5 offers the browser channel; a mini program (one process) offers none', () => {
    const hub = createMemoryChannelHub();
    const factory = (name: string) => hub.channel(name);
    expect(createPlatformOn(new FakeUni(), { target: 'h5', syncChannel: factory }).syncChannel).toBe(factory);
    expect(createPlatformOn(new FakeUni(), { target: 'mp', syncChannel: factory }).syncChannel).toBeUndefined();
    expect(createPlatformOn(new FakeUni(), { target: 'h5', syncChannel: null }).syncChannel).toBeUndefined();
  });

  it('memory: no channel unless given a hub, then one endpoint per call', async () => {
    expect(createMemoryPlatform().syncChannel).toBeUndefined();
    const hub = createMemoryChannelHub();
    const platform = createMemoryPlatform({ syncHub: hub });
    const a = platform.syncChannel?.('chat');
    const b = platform.syncChannel?.('chat');
    if (!a || !b) throw new Error('expected channels');
    const inB = received(b);
    a.post({ hello: 'tab' });
    await hub.flush();
    expect(inB).toEqual([{ hello: 'tab' }]);
  });
});

describe('the memory hub', () => {
  it('delivers asynchronously, as JSON copies, to open endpoints of the same name only', async () => {
    const hub = createMemoryChannelHub();
    const [a, b, closed, other] = [hub.channel('chat'), hub.channel('chat'), hub.channel('chat'), hub.channel('x')];
    const [inA, inB, inClosed, inOther] = [received(a), received(b), received(closed), received(other)];
    closed.close();
    const payload = { list: ['bob'], when: undefined };
    a.post(payload);
    expect(hub.pending).toBe(1);
    expect(inB).toEqual([]);
    await hub.flush();
    expect(inB).toEqual([{ list: ['bob'] }]);
    expect(inB[0]).not.toBe(payload);
    expect([inA, inClosed, inOther]).toEqual([[], [], []]);
    closed.post('from a closed tab');
    await hub.flush();
    expect(inB).toHaveLength(1);
  });

  it('refuses a message JSON cannot carry', () => {
    const hub = createMemoryChannelHub();
    expect(() => hub.channel().post(undefined)).toThrow(TypeError);
  });
});
