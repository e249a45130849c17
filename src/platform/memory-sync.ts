/**
 * SyncChannel in memory: one hub stands for one browser origin, each endpoint for one tab. Tests run several
 * local chat services in one process this way, as a user would in several tabs.
 */
import type { SyncChannel } from './port';

export interface MemorySyncChannel extends SyncChannel {
  /** The tab is gone (closed or crashed): it neither sends nor receives any more, and runs no closing hook. */
  close(): void;
  /** Runs the closing hooks, as a browser does on pagehide, and keeps the endpoint open. */
  closing(): void;
  readonly closed: boolean;
}

export interface MemoryChannelHub {
  /** A new endpoint (one per tab) on the channel called `name`. */
  channel(name?: string): MemorySyncChannel;
  /** Resolves once every message posted so far (and any posted while delivering) has been delivered. */
  flush(): Promise<void>;
  /** Messages posted but not delivered yet. */
  readonly pending: number;
  /** Every message delivered, as each receiver got it (for tests that inspect the protocol). */
  readonly delivered: ReadonlyArray<{ name: string; message: unknown }>;
}

interface Endpoint {
  name: string;
  listeners: Set<(message: unknown) => void>;
  closing: Set<() => void>;
  closed: boolean;
}

/**
 * Delivery is asynchronous (a macrotask per batch) like BroadcastChannel's, and every message goes through
 * JSON, so a payload that a real channel could not carry fails here too instead of passing by reference.
 */
export function createMemoryChannelHub(): MemoryChannelHub {
  const endpoints = new Set<Endpoint>();
  const queue: Array<{ from: Endpoint; text: string }> = [];
  const delivered: Array<{ name: string; message: unknown }> = [];
  let scheduled = false;

  function drain(): void {
    scheduled = false;
    for (const { from, text } of queue.splice(0)) {
      for (const endpoint of endpoints) {
        if (endpoint === from || endpoint.closed || endpoint.name !== from.name) continue;
        for (const listener of [...endpoint.listeners]) {
          const message: unknown = JSON.parse(text);
          delivered.push({ name: endpoint.name, message });
          try {
            listener(message);
          } catch (error) {
            // One tab's failure must not keep the message from the others; it still surfaces, as in a browser.
            setTimeout(() => {
              throw error;
            }, 0);
          }
        }
      }
    }
  }

  function enqueue(from: Endpoint, message: unknown): void {
    if (from.closed) return;
    const text = JSON.stringify(message);
    if (text === undefined) throw new TypeError('SyncChannel messages must be JSON-serialisable');
    queue.push({ from, text });
    if (scheduled) return;
    scheduled = true;
    setTimeout(drain, 0);
  }

  return {
    channel(name = 'default') {
      const endpoint: Endpoint = { name, listeners: new Set(), closing: new Set(), closed: false };
      endpoints.add(endpoint);
      return {
        post: (message) => enqueue(endpoint, message),
        subscribe(listener) {
          // A wrapper per subscription, so the same function subscribed twice needs two unsubscribes.
          const wrapper = (message: unknown) => listener(message);
          endpoint.listeners.add(wrapper);
          return () => {
            endpoint.listeners.delete(wrapper);
          };
        },
        onClosing(listener) {
          const wrapper = () => listener();
          endpoint.closing.add(wrapper);
          return () => {
            endpoint.closing.delete(wrapper);
          };
        },
        close() {
          endpoint.closed = true;
          endpoints.delete(endpoint);
        },
        closing() {
          for (const listener of [...endpoint.closing]) listener();
        },
        get closed() {
          return endpoint.closed;
        },
      };
    },
    async flush() {
      while (queue.length > 0 || scheduled) {
        await new Promise<void>((resolve) => setTimeout(resolve, 0));
      }
    },
    get pending() {
      return queue.length;
    },
    delivered,
  };
}
