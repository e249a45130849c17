/**
 * The platform port: everything platform-specific the app needs. `uni.ts` implements it on uni/wx APIs,
 * `memory.ts` in memory for tests and Node. Nothing outside src/platform/ touches `uni` or `wx`.
 */

/** Storage and the cross-tab channel are declared by the embedded chat service, which takes them. */
import type { KeyValueStorage, SyncChannel } from '../chat/local/core/ports';

export type { KeyValueStorage, SyncChannel };

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

export interface PlatformPort {
  storage: KeyValueStorage;
  /** Rejects with PlatformError('cancelled') when the user backs out. */
  chooseImage(sources: ImageSource[]): Promise<ChosenImage>;
  upload(request: UploadRequest): UploadTask;
  /** GET a URL and parse its JSON body (uni.request, so mini programs can reach it); rejects on non-2xx. */
  requestJson(url: string): Promise<unknown>;
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
