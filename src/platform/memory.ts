/**
 * PlatformPort in memory, for tests and Node. Every outcome the UI would show or the user would choose is
 * scripted up front (queues) and every call is recorded (public arrays), so tests assert on plain data.
 */
import type {
  JsonAnswer,
  PostJsonRequest,
  ChosenImage,
  PlatformCapabilities,
  ConfirmOptions,
  ImageSource,
  KeyValueStorage,
  NetworkStatus,
  PlatformPort,
  PromptOptions,
  ToastKind,
  UploadRequest,
  UploadTask,
} from './port';
import { PlatformError } from './port';
import type { MemoryChannelHub } from './memory-sync';
import { MemoryMediaStore, createMemoryMedia } from './memory-media';
import type { MemoryFilePick, MemoryMedia, MemoryMediaPick, MemoryRecordingScript } from './memory-media';
import type { PlatformTarget } from './media-file';
import { DEFAULT_AVATAR_URL, keptFileId, keptFileUrl, settleOnce, toAppLocale } from './shared';
import { utf8Bytes } from '@/src/utils/utf8';
import { createMemoryStorage as createPlainMemoryStorage } from '@/src/chat/local/core/memory-storage';

export { MemoryMediaStore };
export type { MemoryFilePick, MemoryMediaPick, MemoryRecordingScript };

export interface UploadScript {
  /** Percentages reported in order, each after a microtask so an abort in between is honoured. */
  progress?: number[];
  /** Response body; defaults to `{"url":"https://example.com/uploads/<n>-<name>"}`. */
  body?: string;
  /** Rejects with this instead of resolving, after the progress steps. */
  error?: PlatformError;
}

export interface MemoryPlatformOptions {
  /** Starting storage contents. */
  storage?: Record<string, string>;
  /** Total UTF-8 bytes of keys plus values; a write past it throws PlatformError('quota'). */
  quotaBytes?: number;
  /** UTF-8 bytes one value may take (wx: 1 MB); a larger write throws PlatformError('quota'). */
  maxItemBytes?: number;
  /** What chooseImage answers, in order; 'cancel' backs out. An empty queue also backs out. */
  images?: Array<ChosenImage | 'cancel'>;
  /** What prompt answers, in order (null = cancelled); an empty queue cancels. */
  promptAnswers?: Array<string | null>;
  /** What confirm answers, in order; when the queue is empty it answers `defaultConfirm`. */
  confirmAnswers?: boolean[];
  defaultConfirm?: boolean;
  uploads?: UploadScript[];
  connected?: boolean;
  networkType?: string;
  /** Raw system language, mapped like the real platform ('zh_CN' → 'zh-Hans'). */
  language?: string;
  theme?: 'light' | 'dark';
  /** Makes this platform one tab of a multi-tab origin: syncChannel opens an endpoint of this hub. */
  syncHub?: MemoryChannelHub;
  /** JSON bodies requestJson answers, by URL; a URL not listed rejects like an unreachable host. */
  responses?: Record<string, unknown>;
  /** Whose message-file shapes the pickers hand out and the MediaPort accepts: 'mp' (default) or 'h5'. */
  mediaTarget?: PlatformTarget;
  /** Default: a file picker everywhere, a recorder on 'mp'. */
  capabilities?: Partial<PlatformCapabilities>;
  /** What chooseMedia answers, in order; 'cancel' (or an empty queue) backs out. */
  media?: Array<MemoryMediaPick[] | 'cancel'>;
  /** What chooseFile answers, in order. */
  files?: Array<MemoryFilePick[] | 'cancel'>;
  /** What each recordAudio yields when stopped. */
  recordings?: MemoryRecordingScript[];
  /** Kept message files; pass one store to several platforms to make them tabs of one origin. */
  mediaStore?: MemoryMediaStore;
  /** Answers postJson gives, by URL (a function sees the request); a URL not listed rejects like an unreachable host. */
  postAnswers?: Record<string, JsonAnswer | ((request: PostJsonRequest) => JsonAnswer)>;
  /** The WeChat login code loginCode() gives; without it the platform has no loginCode, as on H5. */
  loginCode?: string;
}

export interface RecordedToast {
  message: string;
  kind: ToastKind;
}

type MemoryMediaRecords = Pick<
  MemoryMedia,
  | 'mediaStore'
  | 'mediaRequests'
  | 'fileRequests'
  | 'recordRequests'
  | 'previews'
  | 'openedDocuments'
  | 'audioPlays'
  | 'finishAudio'
  | 'queueMedia'
  | 'queueFiles'
  | 'queueRecording'
  | 'failNextKeep'
>;

export interface MemoryPlatform extends PlatformPort, MemoryMediaRecords {
  readonly toasts: RecordedToast[];
  readonly confirms: ConfirmOptions[];
  readonly prompts: PromptOptions[];
  /** Sources of every chooseImage call. */
  readonly imageRequests: ImageSource[][];
  readonly uploads: UploadRequest[];
  /** Every URL requestJson was asked for. */
  readonly requests: string[];
  /** Every postJson request. */
  readonly posts: PostJsonRequest[];
  /** Every loading message shown, in order; `loading` is the one showing now. */
  readonly loadings: string[];
  readonly loading: string | null;
  readonly clipboard: string;
  /** Whatever keepFile was given, by the id inside the returned kept-file:// URL. */
  readonly keptFiles: ReadonlyMap<string, ChosenImage>;
  readonly networkListenerCount: number;
  readonly themeListenerCount: number;
  language: string;
  queueImage(result: ChosenImage | 'cancel'): void;
  queueConfirm(answer: boolean): void;
  queueUpload(script: UploadScript): void;
  /** Changes the network and tells every listener, as the platform does on each change event. */
  setConnected(connected: boolean, type?: string): void;
  /** Changes the theme and tells every listener. */
  setTheme(theme: 'light' | 'dark'): void;
}

function microtask(): Promise<void> {
  return Promise.resolve();
}

export function createMemoryStorage(
  initial: Record<string, string> = {},
  limits: { quotaBytes?: number; maxItemBytes?: number } = {},
): KeyValueStorage {
  // Counting UTF-8 bytes costs about as much as the service's own work on a write: only with a limit to keep.
  if (limits.quotaBytes === undefined && limits.maxItemBytes === undefined) return createPlainMemoryStorage(initial);
  const items = new Map<string, string>(Object.entries(initial));
  const entryBytes = (key: string, value: string) => utf8Bytes(key) + utf8Bytes(value);
  let usedBytes = 0;
  for (const [key, value] of items) usedBytes += entryBytes(key, value);

  return {
    getItem: (key) => items.get(key) ?? null,
    setItem(key, value) {
      const valueBytes = utf8Bytes(value);
      if (limits.maxItemBytes !== undefined && valueBytes > limits.maxItemBytes) {
        throw new PlatformError('quota', `Storage refused "${key}": ${valueBytes} bytes exceed ${limits.maxItemBytes} per key`);
      }
      const previous = items.get(key);
      const nextUsed = usedBytes - (previous === undefined ? 0 : entryBytes(key, previous)) + entryBytes(key, value);
      if (limits.quotaBytes !== undefined && nextUsed > limits.quotaBytes) {
        // The old value stays, as on the real platforms: a refused write changes nothing.
        throw new PlatformError('quota', `Storage refused "${key}": ${nextUsed} bytes exceed the ${limits.quotaBytes}-byte quota`);
      }
      items.set(key, value);
      usedBytes = nextUsed;
    },
    removeItem(key) {
      const previous = items.get(key);
      if (previous === undefined) return;
      usedBytes -= entryBytes(key, previous);
      items.delete(key);
    },
    keys: () => [...items.keys()],
  };
}

export function createMemoryPlatform(options: MemoryPlatformOptions = {}): MemoryPlatform {
  const storage = createMemoryStorage(options.storage, options);
  const imageQueue = [...(options.images ?? [])];
  const confirmQueue = [...(options.confirmAnswers ?? [])];
  const uploadQueue = [...(options.uploads ?? [])];
  const defaultConfirm = options.defaultConfirm ?? true;
  const networkListeners = new Set<(status: NetworkStatus) => void>();
  const themeListeners = new Set<(theme: 'light' | 'dark') => void>();
  const keptFiles = new Map<string, ChosenImage>();
  let network: NetworkStatus = {
    connected: options.connected ?? true,
    type: options.networkType ?? (options.connected === false ? 'none' : 'wifi'),
  };
  let theme = options.theme ?? 'light';
  let loading: string | null = null;
  let clipboard = '';
  let uploadCount = 0;
  let keptCount = 0;
  const media = createMemoryMedia({
    target: options.mediaTarget,
    capabilities: options.capabilities,
    media: options.media,
    files: options.files,
    recordings: options.recordings,
    store: options.mediaStore ?? new MemoryMediaStore(),
  });

  const toasts: RecordedToast[] = [];
  const confirms: ConfirmOptions[] = [];
  const prompts: PromptOptions[] = [];
  const promptQueue = [...(options.promptAnswers ?? [])];
  const imageRequests: ImageSource[][] = [];
  const uploads: UploadRequest[] = [];
  const loadings: string[] = [];
  const requests: string[] = [];
  const posts: PostJsonRequest[] = [];

  function upload(request: UploadRequest): UploadTask {
    uploads.push(request);
    uploadCount += 1;
    const script = uploadQueue.shift() ?? {};
    const steps = script.progress ?? [100];
    const body = script.body ?? JSON.stringify({ url: `https://example.com/uploads/${uploadCount}-${request.image.name}` });
    const total = request.image.size;
    const outcome = settleOnce<string>();

    // Until it ends, the run alone settles `outcome`; settled before that means aborted.
    const run = async (): Promise<string> => {
      for (const percent of steps) {
        await microtask();
        if (outcome.settled) throw new PlatformError('aborted', 'Upload aborted');
        request.onProgress?.({ percent, sentBytes: Math.round((total * percent) / 100), totalBytes: total });
      }
      await microtask();
      if (outcome.settled) throw new PlatformError('aborted', 'Upload aborted');
      if (script.error) throw script.error;
      return body;
    };
    run().then(outcome.resolve, outcome.reject);

    return {
      result: outcome.promise,
      abort() {
        // Abort settles at once, like the uni adapter, instead of waiting for the next step.
        outcome.reject(new PlatformError('aborted', 'Upload aborted'));
      },
    };
  }

  const platform: MemoryPlatform = {
    storage,
    toasts,
    confirms,
    imageRequests,
    uploads,
    requests,
    posts,
    prompts,
    loadings,
    keptFiles,
    language: options.language ?? 'en',
    get loading() {
      return loading;
    },
    get clipboard() {
      return clipboard;
    },
    get networkListenerCount() {
      return networkListeners.size;
    },
    get themeListenerCount() {
      return themeListeners.size;
    },

    chooseImage(sources) {
      imageRequests.push([...sources]);
      const next = imageQueue.shift();
      if (next === undefined || next === 'cancel') {
        return Promise.reject(new PlatformError('cancelled', 'The user backed out of the picker'));
      }
      return Promise.resolve({ ...next });
    },
    upload,
    keepFile(image) {
      keptCount += 1;
      const id = `m${keptCount}`;
      keptFiles.set(id, { ...image });
      return Promise.resolve(keptFileUrl(id));
    },
    displayUrl(url) {
      const kept = media.cachedMediaUrl(url);
      if (kept !== undefined) return kept;
      const id = keptFileId(url);
      if (id === null) return url;
      return keptFiles.get(id)?.path ?? DEFAULT_AVATAR_URL;
    },
    toast(message, kind = 'info') {
      toasts.push({ message, kind });
    },
    capabilities: media.capabilities,
    chooseMedia: media.chooseMedia,
    chooseFile: media.chooseFile,
    recordAudio: media.recordAudio,
    previewImage: media.previewImage,
    openDocument: media.openDocument,
    playAudio: media.playAudio,
    resolveMediaUrl: (url) => (media.cachedMediaUrl(url) === undefined ? Promise.resolve(platform.displayUrl(url)) : media.resolveMediaUrl(url)),
    media: media.media,
    mediaStore: media.mediaStore,
    mediaRequests: media.mediaRequests,
    fileRequests: media.fileRequests,
    recordRequests: media.recordRequests,
    previews: media.previews,
    openedDocuments: media.openedDocuments,
    audioPlays: media.audioPlays,
    finishAudio: media.finishAudio,
    queueMedia: media.queueMedia,
    queueFiles: media.queueFiles,
    queueRecording: media.queueRecording,
    failNextKeep: media.failNextKeep,
    windowHeight: () => 640,
    measure: () => Promise.resolve([]),
    onKeyboardHeightChange: () => () => undefined,
    prompt(promptOptions) {
      prompts.push({ ...promptOptions });
      return Promise.resolve(promptQueue.length > 0 ? (promptQueue.shift() ?? null) : null);
    },
    confirm(confirmOptions) {
      confirms.push({ ...confirmOptions });
      return Promise.resolve(confirmQueue.shift() ?? defaultConfirm);
    },
    showLoading(message) {
      loading = message;
      loadings.push(message);
    },
    hideLoading() {
      loading = null;
    },
    getNetworkStatus: () => Promise.resolve({ ...network }),
    onNetworkChange(listener) {
      // A wrapper per subscription, so subscribing the same function twice needs two unsubscribes.
      const wrapper = (status: NetworkStatus) => listener(status);
      networkListeners.add(wrapper);
      return () => {
        networkListeners.delete(wrapper);
      };
    },
    requestJson(url) {
      requests.push(url);
      const responses = options.responses ?? {};
      if (!(url in responses)) return Promise.reject(new PlatformError('failed', `GET ${url} failed: no response scripted`));
      return Promise.resolve(responses[url]);
    },
    postJson(request) {
      posts.push(request);
      const answer = options.postAnswers?.[request.url];
      if (answer === undefined) {
        return Promise.reject(new PlatformError('failed', `POST ${request.url} failed: no answer scripted`));
      }
      return Promise.resolve(typeof answer === 'function' ? answer(request) : answer);
    },
    ...(options.loginCode === undefined ? {} : { loginCode: () => Promise.resolve(options.loginCode as string) }),
    setClipboard(text) {
      clipboard = text;
      return Promise.resolve();
    },
    systemLocale() {
      return toAppLocale(platform.language);
    },
    systemTheme: () => theme,
    onThemeChange(listener) {
      const wrapper = (next: 'light' | 'dark') => listener(next);
      themeListeners.add(wrapper);
      return () => {
        themeListeners.delete(wrapper);
      };
    },

    queueImage(result) {
      imageQueue.push(result);
    },
    queueConfirm(answer) {
      confirmQueue.push(answer);
    },
    queueUpload(script) {
      uploadQueue.push(script);
    },
    setConnected(connected, type) {
      network = { connected, type: type ?? (connected ? 'wifi' : 'none') };
      for (const listener of [...networkListeners]) listener({ ...network });
    },
    setTheme(next) {
      theme = next;
      for (const listener of [...themeListeners]) listener(next);
    },
  };
  // Without a hub the platform is a single process, like a mini program: no syncChannel at all.
  const hub = options.syncHub;
  if (hub) platform.syncChannel = (name) => hub.channel(name);
  return platform;
}
