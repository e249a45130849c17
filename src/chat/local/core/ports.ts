/**
 * What the embedded service needs from the platform it runs on, declared here so that the service depends
 * on nothing outside src/chat: src/platform implements these (uni storage, localStorage, BroadcastChannel),
 * and tests and Node scripts pass in-memory versions.
 */

/** Key-value storage in the shape the service takes (and Web Storage has). */
export interface KeyValueStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
  keys(): string[];
}

/**
 * A broadcast between processes of the same app that share one storage (H5: browser tabs of one origin).
 * A message reaches every other endpoint of the same name, never the endpoint that posted it; messages must
 * be JSON-serialisable, and arrive in the order one endpoint posted them.
 */
export interface SyncChannel {
  post(message: unknown): void;
  /** Returns a function that stops listening. */
  subscribe(listener: (message: unknown) => void): () => void;
  /**
   * Called when this process is about to go away without a chance to clean up later (H5: pagehide), so
   * that it can withdraw what it announced instead of waiting for others to time it out.
   */
  onClosing?(listener: () => void): () => void;
  /**
   * True when a message arrives only once the storage writes its sender made before posting it are
   * readable by the receiver (a channel carried by storage events). Otherwise, as with BroadcastChannel
   * between browser processes, a message may overtake them, so senders include what they wrote.
   */
  readonly deliversAfterStorage?: boolean;
}
