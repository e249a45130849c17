/**
 * The platform port: everything platform-specific the app needs. `uni.ts` implements it on uni/wx APIs,
 * `memory.ts` in memory for tests and Node. Nothing outside src/platform/ touches `uni` or `wx`.
 */

/** Key-value storage in the shape the local chat service takes (and Web Storage has). */
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

/** An image the user picked. On H5 `file` holds the browser File; on mini programs only `path` exists. */
export interface ChosenImage {
  path: string;
  size: number;
  name: string;
  file?: Blob;
}

export type ImageSource = 'album' | 'camera';

export interface UploadProgress {
  percent: number;
  sentBytes: number;
  totalBytes: number;
}

export interface UploadRequest {
  url: string;
  image: ChosenImage;
  /** Multipart field name of the file. */
  fieldName?: string;
  formData?: Record<string, string>;
  headers?: Record<string, string>;
  onProgress?: (progress: UploadProgress) => void;
}

export interface UploadTask {
  /** Resolves with the response body; rejects with PlatformError on failure or abort. */
  result: Promise<string>;
  abort(): void;
}

export type ToastKind = 'success' | 'error' | 'info';

export interface ConfirmOptions {
  title: string;
  content: string;
  confirmText?: string;
  cancelText?: string;
  destructive?: boolean;
}

export interface PromptOptions {
  title: string;
  placeholder?: string;
  value?: string;
  confirmText?: string;
  cancelText?: string;
}

export interface NetworkStatus {
  connected: boolean;
  type: string;
}

export class PlatformError extends Error {
  readonly reason: 'cancelled' | 'aborted' | 'failed' | 'quota';

  constructor(reason: PlatformError['reason'], message: string) {
    super(message);
    this.name = 'PlatformError';
    this.reason = reason;
  }
}

/** What a JSON POST answered: any HTTP status (the caller decides what each means) and the parsed body. */
export interface JsonAnswer {
  status: number;
  /** The parsed JSON body; null when the body was empty or not JSON. */
  data: unknown;
}

export interface PostJsonRequest {
  url: string;
  body: Record<string, unknown>;
  headers?: Record<string, string>;
}

export interface PlatformPort {
  storage: KeyValueStorage;
  /** Rejects with PlatformError('cancelled') when the user backs out. */
  chooseImage(sources: ImageSource[]): Promise<ChosenImage>;
  upload(request: UploadRequest): UploadTask;
  /** GET a URL and parse its JSON body (uni.request, so mini programs can reach it); rejects on non-2xx. */
  requestJson(url: string): Promise<unknown>;
  /** POST JSON (uni.request); resolves with any HTTP answer, rejects only when no answer came (network). */
  postJson(request: PostJsonRequest): Promise<JsonAnswer>;
  /**
   * A one-time WeChat login code (wx.login) for the deployer's server to exchange via code2Session: the
   * proof of who is asking for a UserSig. Present only where the platform has one (mini programs).
   */
  loginCode?(): Promise<string>;
  /**
   * Keeps a picked image across restarts and returns a URL of at most 500 bytes (the avatar field's limit)
   * that `displayUrl` turns into something an <image> can show.
   */
  keepFile(image: ChosenImage): Promise<string>;
  displayUrl(url: string): string;
  toast(message: string, kind?: ToastKind): void;
  confirm(options: ConfirmOptions): Promise<boolean>;
  /** A dialog with one text field; resolves with the text, or null when cancelled. */
  prompt(options: PromptOptions): Promise<string | null>;
  showLoading(message: string): void;
  hideLoading(): void;
  getNetworkStatus(): Promise<NetworkStatus>;
  /** Returns a function that stops listening. */
  onNetworkChange(listener: (status: NetworkStatus) => void): () => void;
  setClipboard(text: string): Promise<void>;
  /** zh-Hans or en from the system, and whether the system is in dark mode. */
  systemLocale(): string;
  systemTheme(): 'light' | 'dark';
  /** Usable window height in px, to size virtual lists. */
  windowHeight(): number;
  onThemeChange(listener: (theme: 'light' | 'dark') => void): () => void;
  /**
   * A channel to the app's other processes over the same storage (H5 tabs), so the local chat service in
   * each can share sessions and events. Absent where the app runs as one process (mini programs).
   */
  syncChannel?(name: string): SyncChannel;
}
