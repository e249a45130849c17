/**
 * The platform port: everything platform-specific the app needs. `uni.ts` implements it on uni/wx APIs,
 * `memory.ts` in memory for tests and Node. Nothing outside src/platform/ touches `uni` or `wx`.
 */

/**
 * Storage, the cross-tab channel and the media port are declared by the embedded chat service, which takes
 * them; `MessageFile` is the `payload.file` of the create*Message calls, which the pickers below produce.
 */
import type { KeptMedia, KeyValueStorage, MediaDescription, MediaKind, MediaPort, SyncChannel } from '../chat/local/core/ports';
import type { MessageFile, RecordedAudio } from '../chat/message-types';

export type { KeptMedia, KeyValueStorage, MediaDescription, MediaKind, MediaPort, MessageFile, RecordedAudio, SyncChannel };

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
  /** 'unsupported': the platform has no such feature (see PlatformPort.capabilities). */
  readonly reason: 'cancelled' | 'aborted' | 'failed' | 'quota' | 'unsupported';

  constructor(reason: PlatformError['reason'], message: string) {
    super(message);
    this.name = 'PlatformError';
    this.reason = reason;
  }
}

/** What a media picker may return. */
export type PickableMedia = 'image' | 'video';

export interface MediaPickOptions {
  /** Default both. */
  kinds?: PickableMedia[];
  /** Default both. */
  sources?: ImageSource[];
  /** How many the user may pick at once, 1–9; default 1. */
  count?: number;
  /** Longest video the camera records, in seconds (WeChat allows 3–60); default 60. */
  maxVideoSeconds?: number;
}

/** One picked image or video, ready for createImageMessage / createVideoMessage. */
export interface ChosenMedia {
  kind: PickableMedia;
  /** The `payload.file` to pass on unchanged, in the shape the SDK takes on this platform. */
  file: MessageFile;
  name: string;
  size: number;
  /** Seconds (video), when the platform tells. */
  duration?: number;
  width?: number;
  height?: number;
  /** Shows the picked file until the page goes away (a temp path, or a blob: URL on H5). */
  previewUrl: string;
}

export interface FilePickOptions {
  /** Default 1. */
  count?: number;
  /** Extensions offered, without dots (e.g. ['pdf', 'docx']); default any. */
  extensions?: string[];
}

/** One picked document, ready for createFileMessage. */
export interface ChosenFile {
  file: MessageFile;
  name: string;
  size: number;
}

export interface RecordOptions {
  /** The recorder stops by itself after this long; default 60 000 (a chat voice message), at most 600 000. */
  maxDurationMs?: number;
}

/** A voice recording in progress. */
export interface AudioRecording {
  /** Resolves once the microphone records (after any permission prompt); rejects as `result` does. */
  started: Promise<void>;
  /**
   * The recorded audio, the `payload.file` of createAudioMessage: on stop(), or when the duration limit is
   * reached. Rejects with PlatformError 'cancelled' after cancel(), 'unsupported' where nothing records,
   * 'failed' when the recorder fails (e.g. microphone permission denied).
   */
  result: Promise<RecordedAudio>;
  stop(): void;
  /** Ends the recording and throws it away. */
  cancel(): void;
}

/** How a playback ended: by itself, by stop() or another playAudio, or because the audio could not play. */
export type PlaybackEnd = 'ended' | 'stopped' | 'failed';

export interface AudioPlayback {
  stop(): void;
  /** Called once when playback ends (at once if it already has); returns a function that unsubscribes. */
  onEnded(listener: (end: PlaybackEnd) => void): () => void;
}

/** Features a platform may lack; screens hide what is false. */
export interface PlatformCapabilities {
  /** chooseFile: WeChat's chat-file picker (base library 2.5.0+) or the browser's file input. */
  chooseFile: boolean;
  /** recordAudio: a recorder exists and the SDK can send audio from here (mini programs, not the Web). */
  recordAudio: boolean;
}

/** One measured element (PlatformPort.measure). */
export interface MeasuredBox {
  /** Its `data-id`, '' when it has none. */
  id: string;
  top: number;
  height: number;
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
  capabilities: PlatformCapabilities;
  /**
   * Images and/or videos from the album or camera, one ChosenMedia per file. Rejects with
   * PlatformError('cancelled') when the user backs out. On H5 call it straight from a tap handler: the browser
   * opens a file picker only during a user gesture.
   */
  chooseMedia(options?: MediaPickOptions): Promise<ChosenMedia[]>;
  /** Documents (WeChat: from a chat; H5: from the device). 'unsupported' where capabilities.chooseFile is false. */
  chooseFile(options?: FilePickOptions): Promise<ChosenFile[]>;
  /** Starts recording a voice message (capabilities.recordAudio); a new recording cancels the one running. */
  recordAudio(options?: RecordOptions): AudioRecording;
  /** Full-screen image viewer over `urls` (any url a message holds), opened at index `current`. */
  previewImage(urls: string[], current?: number): Promise<void>;
  /**
   * Opens a file message's document: WeChat downloads a remote one and opens it in its viewer (doc, xls, ppt,
   * pdf and their x-variants); H5 opens it in a new tab or downloads it under `name`.
   */
  openDocument(url: string, name?: string): Promise<void>;
  /** Plays a voice message; one at a time: starting another stops this one (its onEnded gets 'stopped'). */
  playAudio(url: string): AudioPlayback;
  /**
   * Any url a message or profile holds, as something <image>, <video> and <audio> can load: H5 `idb:` urls
   * become blob: URLs (made once per file, revoked when it is discarded); other urls come back unchanged.
   * Rejects with PlatformError('failed') when a kept file is gone. Use it for media; `displayUrl` answers at
   * once but knows an `idb:` url only after this resolved it.
   */
  resolveMediaUrl(url: string): Promise<string>;
  /** Where the local backend keeps message files: the mini program's user data folder, IndexedDB on H5. */
  media: MediaPort;
  /**
   * Present where the media code downloads after start (the mini program: src/platform/lazy-media.ts):
   * resolves once it is there, so that `media.describe` answers; rejects when the download failed (the next
   * call tries again). The app waits for it with the chat backend.
   */
  mediaReady?(): Promise<void>;
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
  /**
   * Synchronous: kept avatars (`kept-file://`) resolve here; a kept H5 message file (`idb:`) only once
   * resolveMediaUrl has made its blob: URL (else ''); other urls come back unchanged.
   */
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
  /**
   * The rendered boxes of the elements matching `selector` inside a page or component (`scope`: its instance,
   * which mini programs need to look into its tree), in document order, each with its `data-id`. Answers []
   * where nothing matches or the platform cannot measure. For lists of rows of different heights.
   */
  measure(scope: unknown, selector: string): Promise<MeasuredBox[]>;
  /**
   * The height the on-screen keyboard covers at the bottom of the window, as it changes (0 when it closes):
   * mini programs' onKeyboardHeightChange; on H5 what the visual viewport loses to it. Returns a function
   * that stops listening.
   */
  onKeyboardHeightChange(listener: (height: number) => void): () => void;
  onThemeChange(listener: (theme: 'light' | 'dark') => void): () => void;
  /**
   * A channel to the app's other processes over the same storage (H5 tabs), so the local chat service in
   * each can share sessions and events. Absent where the app runs as one process (mini programs).
   */
  syncChannel?(name: string): SyncChannel;
}

/** The media members of the port, which uni-media.ts and memory-media.ts implement. */
export type MediaCalls = Pick<
  PlatformPort,
  'capabilities' | 'chooseMedia' | 'chooseFile' | 'recordAudio' | 'previewImage' | 'openDocument' | 'playAudio' | 'resolveMediaUrl' | 'media'
>;
