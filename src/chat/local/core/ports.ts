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

/** What a message's file turned out to be, read by the platform from the value the app passed. */
export interface MediaDescription {
  /** The file name with its extension (the SDK checks formats by extension). */
  name: string;
  size: number;
  width?: number;
  height?: number;
  /** Seconds (audio, video). */
  duration?: number;
}

/** A file the service keeps for a message, and how to show it. */
export interface KeptMedia {
  /** What the message's url fields hold; at most a few hundred bytes (never the bytes themselves). */
  url: string;
  size: number;
  width?: number;
  height?: number;
  duration?: number;
  /** Video: the poster image, kept the same way. */
  thumbUrl?: string;
  thumbWidth?: number;
  thumbHeight?: number;
}

export type MediaKind = 'image' | 'video' | 'audio' | 'file';

/**
 * Where the service keeps the files of image, video, audio and file messages: never in key-value storage
 * (WeChat allows 10 MB in all), but in the mini program's user data folder or IndexedDB on H5. The value
 * passed in is the `payload.file` of create*Message, in the shape the real SDK takes on that platform.
 */
export interface MediaPort {
  /** Undefined when the value is not a file this platform can send (the SDK then creates no message). */
  describe(kind: MediaKind, file: unknown): MediaDescription | undefined;
  /** Copies the file; calls onProgress with 0…1 as it goes and 1 at the end. */
  keep(kind: MediaKind, file: unknown, onProgress: (percent: number) => void): Promise<KeptMedia>;
  /** Frees a kept file (history dropped or cleared); unknown urls are ignored. */
  discard(url: string): Promise<void>;
}
