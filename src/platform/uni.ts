/**
 * PlatformPort on uni-app APIs, for H5 and the WeChat mini program.
 *
 * Every uni call is written as a literal `uni.method(...)` inside `bindUni`: H5 release builds tree-shake
 * the API and leave `window.uni` an empty object, rewriting only member expressions into imports, so
 * `const api = uni` would break there. The logic lives in `createPlatformOn`, which takes any UniApi,
 * so Node tests drive it with a fake and the H5/mini-program differences are a `target` switch.
 */
import type {
  ChosenImage,
  ConfirmOptions,
  ImageSource,
  KeyValueStorage,
  MeasuredBox,
  NetworkStatus,
  PlatformPort,
  PromptOptions,
  SyncChannel,
  ToastKind,
} from './port';
import { PlatformError } from './port';
import {
  DEFAULT_AVATAR_URL,
  baseName,
  keptFileId,
  keptFileStorageKey,
  keptFileUrl,
  shortHash,
  toAppLocale,
  toTheme,
} from './shared';
import { utf8Bytes } from '@/src/utils/utf8';
import { errorText, ignore, isCancel } from './uni-call';
import type { WithFail } from './uni-call';
import { createLazyUniMedia } from './lazy-media';
import type { LazyUniMedia, UniMediaModule } from './lazy-media';
import { createLazyUniTransfer } from './lazy-transfer';
import type { UniTransferModule } from './lazy-transfer';
import type { AudioContextLike, H5Media, MiniProgramMediaApi, OpenDocumentOptions, UniMedia, UniMediaApi } from './uni-media';
import type { UniTransfer, UniTransferApi } from './uni-transfer';
// #ifndef MP-WEIXIN
import { createUniMedia } from './uni-media';
import { createUniTransfer } from './uni-transfer';
// #endif
// #ifdef H5
import { downscaleToJpegDataUrl } from './h5-image';
import { browserSyncChannelFactory } from './h5-sync';
import { browserMediaEnv } from './h5-media';
import { createIdbMediaStore } from './idb-media';
// #endif

export type UniTarget = 'h5' | 'mp';
export type { WithFail };

/** What the mini program base library and wx.hideLoading accept; uni's typings omit the argument. */
export interface HideLoadingOptions {
  noConflict?: boolean;
  fail?: (result: unknown) => void;
}



interface AppInfo {
  windowHeight?: number;
  language?: string;
  hostLanguage?: string;
  theme?: string;
}

/** The slice of `uni` this adapter calls, with uni's own option types. */
export interface UniApi extends UniMediaApi, UniTransferApi {
  getStorageSync(key: string): unknown;
  setStorageSync(key: string, value: string): void;
  removeStorageSync(key: string): void;
  getStorageInfoSync(): { keys: string[] };
  chooseImage(options: WithFail<UniNamespace.ChooseImageOptions>): void;
  showToast(options: WithFail<UniNamespace.ShowToastOptions>): void;
  showModal(options: WithFail<UniNamespace.ShowModalOptions>): void;
  showLoading(options: WithFail<UniNamespace.ShowLoadingOptions>): void;
  hideLoading(options: HideLoadingOptions): void;
  getNetworkType(options: WithFail<UniNamespace.GetNetworkTypeOptions>): void;
  onNetworkStatusChange(callback: (result: UniNamespace.OnNetworkStatusChangeSuccess) => void): void;
  /** Absent on old mini program base libraries (< 2.9.3). */
  offNetworkStatusChange?(callback: (result: UniNamespace.OnNetworkStatusChangeSuccess) => void): void;
  setClipboardData(options: WithFail<UniNamespace.SetClipboardDataOptions>): void;
  getSystemInfoSync(): AppInfo;
  /** Preferred over getSystemInfoSync, which WeChat deprecates with a console warning. */
  getAppBaseInfo?(): AppInfo;
  getLocale(): string;
  /** Newer base libraries; getSystemInfoSync is the fallback. */
  getWindowInfo?(): { windowHeight: number };
  onThemeChange?(callback: UniNamespace.OnThemeChangeCallback): void;
  offThemeChange?(callback: UniNamespace.OnThemeChangeCallback): void;
  /** uni.createSelectorQuery: boxes of rendered elements (absent where nothing renders). */
  createSelectorQuery?(): SelectorQueryLike;
  /** Mini programs only (base library 2.7.0+). */
  onKeyboardHeightChange?(callback: (result: { height: number }) => void): void;
  offKeyboardHeightChange?(callback: (result: { height: number }) => void): void;
}

/** The slice of uni's SelectorQuery used to measure rows. */
export interface SelectorQueryLike {
  in(component: unknown): SelectorQueryLike;
  selectAll(selector: string): {
    fields(fields: { dataset: boolean; rect: boolean; size: boolean }, callback?: unknown): SelectorQueryLike;
  };
  exec(callback: (result: unknown[]) => void): void;
}

/** The visual viewport of a browser (H5): what the on-screen keyboard leaves of the window. */
export interface VisualViewportLike {
  height: number;
  addEventListener(type: 'resize', listener: () => void): void;
  removeEventListener(type: 'resize', listener: () => void): void;
}

/** The part of MediaQueryList used for the H5 theme; old Safari has only addListener/removeListener. */
export interface MediaQueryListLike {
  matches: boolean;
  addEventListener?(type: 'change', listener: (event: { matches: boolean }) => void): void;
  removeEventListener?(type: 'change', listener: (event: { matches: boolean }) => void): void;
  addListener?(listener: (event: { matches: boolean }) => void): void;
  removeListener?(listener: (event: { matches: boolean }) => void): void;
}

/** Turns a picked image into a small JPEG data URL (H5 keepFile). */
export type Downscale = (image: ChosenImage, maxSide: number) => Promise<string>;

export interface UniPlatformOptions {
  /** Defaults to the build's platform (conditional compilation). */
  target?: UniTarget;
  /** H5 keepFile's image shrinker; defaults to the canvas one in H5 builds. */
  downscale?: Downscale;
  /** H5 theme source; defaults to window.matchMedia. */
  matchMedia?: (query: string) => MediaQueryListLike;
  /** H5 channel between tabs; defaults to the browser's (BroadcastChannel or storage events); null for none. */
  syncChannel?: ((name: string) => SyncChannel) | null;
  /** H5 file input, probes and IndexedDB store; defaults to the browser's in H5 builds; null for none. */
  h5Media?: H5Media | null;
  /** H5: the visual viewport and the window's inner height, for the keyboard's height; default the browser's. */
  viewport?: { visual: VisualViewportLike; innerHeight: () => number } | null;
  /**
   * Loads the media code (uni-media.ts) when first needed instead of having it at once (lazy-media.ts).
   * By default mini program builds load it from the backend subpackage; H5 and Node have it at once.
   */
  loadMedia?: () => Promise<UniMediaModule>;
  /** The same for the backend's calls (uploads, JSON requests, wx.login, keeping a file: uni-transfer.ts). */
  loadTransfer?: () => Promise<UniTransferModule>;
}

/** wx refuses values over 1 MB per key; checking first gives the same PlatformError in devtools and on phones. */
export const MP_MAX_ITEM_BYTES = 1024 * 1024;
/** Kept avatars are shown at most ~128 px wide; 256 covers 2× screens and stays ~10–30 KB as JPEG. */
export const KEPT_IMAGE_MAX_SIDE = 256;
const DARK_QUERY = '(prefers-color-scheme: dark)';
/** wx shows at most 7 characters next to an icon and cuts the rest; icon 'none' allows two lines. */
const TOAST_ICON_MAX_CHARS = 7;
const DESTRUCTIVE_COLOR = '#e5484d';


function first<T>(value: T | T[] | undefined): T | undefined {
  return Array.isArray(value) ? value[0] : value;
}

function isBlob(value: unknown): value is Blob {
  return typeof Blob !== 'undefined' && value instanceof Blob;
}

/** The uni compiler drops the H5 line from mini program builds; unprocessed (Node) this reads as H5. */
function compiledTarget(): UniTarget {
  let target: UniTarget = 'mp';
  // #ifdef H5
  target = 'h5';
  // #endif
  return target;
}

function compiledDownscale(): Downscale | undefined {
  let downscale: Downscale | undefined = undefined;
  // #ifdef H5
  downscale = downscaleToJpegDataUrl;
  // #endif
  return downscale;
}

function compiledH5Media(): H5Media | undefined {
  let media: H5Media | undefined = undefined;
  // #ifdef H5
  media = { env: browserMediaEnv, store: createIdbMediaStore(browserMediaEnv) };
  // #endif
  return media;
}

/**
 * WeChat's own media APIs, compiled into mini program builds only (uni-h5 has none of them, and H5 release
 * builds turn every `uni.x` into an import). Each is looked up when called.
 */
function bindMiniProgram(): MiniProgramMediaApi | undefined {
  let api: MiniProgramMediaApi | undefined = undefined;
  // #ifdef MP-WEIXIN
  api = {
    has: (name) => typeof uni[name] === 'function',
    chooseMedia: (options) => uni.chooseMedia(options),
    chooseMessageFile: (options) => uni.chooseMessageFile(options),
    getRecorderManager: () => uni.getRecorderManager(),
    getFileSystemManager: () => uni.getFileSystemManager(),
    userDataPath: () => wx.env.USER_DATA_PATH,
  };
  // #endif
  return api;
}

/**
 * The media calls. The mini program's main package leaves their code out: its import() becomes WeChat's
 * require.async of the backend subpackage (vite.config.ts asyncModules), behind the facade of
 * lazy-media.ts. H5 (and Node) have it at once: a browser opens a file picker only during the tap that
 * asked for it, which a chunk download could outlast.
 */
function uniMedia(api: UniApi, target: UniTarget, options: UniPlatformOptions): UniMedia | LazyUniMedia {
  const h5 = options.h5Media === undefined ? compiledH5Media() : (options.h5Media ?? undefined);
  if (options.loadMedia) return createLazyUniMedia(api, target, h5, options.loadMedia);
  let media: UniMedia | LazyUniMedia | undefined = undefined;
  // #ifdef MP-WEIXIN
  media = createLazyUniMedia(api, target, h5, () => import('./uni-media'));
  // #endif
  // #ifndef MP-WEIXIN
  media = createUniMedia(api, target, h5);
  // #endif
  return media;
}

/** The backend's calls: loaded with the backend in the mini program (lazy-transfer.ts), at once elsewhere. */
function uniTransfer(api: UniApi, target: UniTarget, options: UniPlatformOptions): UniTransfer {
  if (options.loadTransfer) return createLazyUniTransfer(api, target, options.loadTransfer);
  let transfer: UniTransfer | undefined = undefined;
  // #ifdef MP-WEIXIN
  transfer = createLazyUniTransfer(api, target, () => import('./uni-transfer'));
  // #endif
  // #ifndef MP-WEIXIN
  transfer = createUniTransfer(api, target);
  // #endif
  return transfer;
}

function compiledSyncChannel(): ((name: string) => SyncChannel) | undefined {
  let factory: ((name: string) => SyncChannel) | undefined = undefined;
  // #ifdef H5
  factory = browserSyncChannelFactory();
  // #endif
  return factory;
}

/** Only H5 runs as several processes (tabs) over one storage; a mini program is a single process. */
function syncChannelMember(target: UniTarget, option: UniPlatformOptions['syncChannel']): Pick<PlatformPort, 'syncChannel'> {
  if (target !== 'h5') return {};
  const factory = option === undefined ? compiledSyncChannel() : (option ?? undefined);
  return factory ? { syncChannel: factory } : {};
}

function browserOffline(): boolean {
  return typeof navigator !== 'undefined' && navigator.onLine === false;
}

/**
 * uni-h5 reports changes through navigator.connection, which fires on a change of link type but not when
 * the browser goes offline; the window's online/offline events cover that.
 */
function watchBrowserOnline(listener: (status: NetworkStatus) => void): (() => void) | undefined {
  if (typeof window === 'undefined' || typeof window.addEventListener !== 'function') return undefined;
  const online = () => listener({ connected: true, type: 'unknown' });
  const offline = () => listener({ connected: false, type: 'none' });
  window.addEventListener('online', online);
  window.addEventListener('offline', offline);
  return () => {
    window.removeEventListener('online', online);
    window.removeEventListener('offline', offline);
  };
}

function browserMatchMedia(): ((query: string) => MediaQueryListLike) | undefined {
  if (typeof window === 'undefined' || typeof window.matchMedia !== 'function') return undefined;
  return (query) => window.matchMedia(query);
}

/**
 * The global `uni`, as literal member calls (see the file comment for why). Nothing here touches `uni`
 * until a method runs, so importing the app's platform in Node does not throw; the optional APIs are
 * looked up per call for the same reason.
 */
export function bindUni(): UniApi {
  return {
    getStorageSync: (key) => uni.getStorageSync<unknown>(key),
    setStorageSync: (key, value) => uni.setStorageSync(key, value),
    removeStorageSync: (key) => uni.removeStorageSync(key),
    getStorageInfoSync: () => uni.getStorageInfoSync(),
    chooseImage: (options) => uni.chooseImage(options),
    chooseVideo: (options) => uni.chooseVideo(options),
    createInnerAudioContext: (): AudioContextLike => uni.createInnerAudioContext(),
    previewImage: (options) => uni.previewImage(options),
    // uni's typing lacks wx's showMenu; the runtime passes it through.
    openDocument: (options) => (uni.openDocument as (options: OpenDocumentOptions) => void)(options),
    downloadFile: (options) => {
      uni.downloadFile(options);
    },
    getImageInfo: (options) => uni.getImageInfo(options),
    miniProgram: bindMiniProgram(),
    uploadFile: (options) => uni.uploadFile(options),
    request: (options) => {
      uni.request(options);
    },
    login: (options) => uni.login(options),
    saveFile: (options) => uni.saveFile(options),
    showToast: (options) => uni.showToast(options),
    showModal: (options) => uni.showModal(options),
    showLoading: (options) => uni.showLoading(options),
    // uni's typing has no argument, but the runtime passes wx.hideLoading's options through.
    hideLoading: (options) => (uni.hideLoading as (options: HideLoadingOptions) => void)(options),
    getNetworkType: (options) => uni.getNetworkType(options),
    onNetworkStatusChange: (callback) => uni.onNetworkStatusChange(callback),
    offNetworkStatusChange: (callback) => {
      if (typeof uni.offNetworkStatusChange === 'function') uni.offNetworkStatusChange(callback);
    },
    setClipboardData: (options) => uni.setClipboardData(options),
    getSystemInfoSync: () => uni.getSystemInfoSync(),
    // Read at each use and absent where the base library lacks them: createPlatformOn falls back to getSystemInfoSync.
    get getAppBaseInfo() {
      return typeof uni.getAppBaseInfo === 'function' ? () => uni.getAppBaseInfo() : undefined;
    },
    getLocale: () => uni.getLocale(),
    get getWindowInfo() {
      return typeof uni.getWindowInfo === 'function' ? () => uni.getWindowInfo() : undefined;
    },
    onThemeChange: (callback) => {
      if (typeof uni.onThemeChange === 'function') uni.onThemeChange(callback);
    },
    offThemeChange: (callback) => {
      if (typeof uni.offThemeChange === 'function') uni.offThemeChange(callback);
    },
    get createSelectorQuery() {
      return typeof uni.createSelectorQuery === 'function' ? () => uni.createSelectorQuery() as unknown as SelectorQueryLike : undefined;
    },
    onKeyboardHeightChange: (callback) => {
      if (typeof uni.onKeyboardHeightChange === 'function') uni.onKeyboardHeightChange(callback);
    },
    offKeyboardHeightChange: (callback) => {
      const off = (uni as unknown as { offKeyboardHeightChange?: (callback: (result: { height: number }) => void) => void }).offKeyboardHeightChange;
      if (typeof off === 'function') off(callback);
    },
  };
}

function browserViewport(): { visual: VisualViewportLike; innerHeight: () => number } | null {
  if (typeof window === 'undefined' || !window.visualViewport) return null;
  const visual = window.visualViewport;
  return { visual, innerHeight: () => window.innerHeight };
}

export function createUniStorage(api: UniApi, target: UniTarget): KeyValueStorage {
  /**
   * The stored keys, listed at most once per turn: uni answers '' for a missing key, so each miss would
   * otherwise ask for the full key list (and uni-h5 reads every value to sum sizes). This adapter's own
   * writes keep it current; it is dropped on the next microtask so writes by other H5 tabs are seen then.
   */
  let listedKeys: Set<string> | null = null;

  function keySet(): Set<string> {
    if (listedKeys) return listedKeys;
    const listed = new Set(api.getStorageInfoSync().keys);
    listedKeys = listed;
    void Promise.resolve().then(() => {
      if (listedKeys === listed) listedKeys = null;
    });
    return listed;
  }

  return {
    getItem(key) {
      const value = api.getStorageSync(key);
      if (typeof value === 'string') {
        if (value !== '') return value;
        // uni answers '' for a missing key; only the key list tells it apart from a stored ''.
        return keySet().has(key) ? '' : null;
      }
      if (value === undefined || value === null) return null;
      // H5's getStorageSync unwraps strings shaped like its {type,data} envelope; hand back text regardless.
      return JSON.stringify(value);
    },
    setItem(key, value) {
      if (target === 'mp' && value.length * 3 > MP_MAX_ITEM_BYTES && utf8Bytes(value) > MP_MAX_ITEM_BYTES) {
        throw new PlatformError('quota', `Storage refused "${key}": ${utf8Bytes(value)} bytes exceed 1 MB per key`);
      }
      try {
        api.setStorageSync(key, value);
      } catch (error) {
        // Whether a refused write left anything behind is the platform's business: list again next time.
        listedKeys = null;
        throw new PlatformError('quota', `Storage refused "${key}": ${errorText(error)}`);
      }
      listedKeys?.add(key);
    },
    removeItem(key) {
      api.removeStorageSync(key);
      listedKeys?.delete(key);
    },
    keys() {
      return [...keySet()];
    },
  };
}

export function toChosenImage(result: UniNamespace.ChooseImageSuccessCallbackResult): ChosenImage {
  const path = first(result.tempFilePaths) ?? '';
  const picked = first<UniNamespace.ChooseImageSuccessCallbackResultFile | File>(result.tempFiles);
  const file = isBlob(picked) ? picked : undefined;
  const pickedName = file && 'name' in file && typeof file.name === 'string' ? file.name : '';
  const image: ChosenImage = {
    path: path || (picked && 'path' in picked && typeof picked.path === 'string' ? picked.path : ''),
    size: picked && typeof picked.size === 'number' ? picked.size : 0,
    name: pickedName || baseName(path),
  };
  if (file) image.file = file;
  return image;
}

/** PlatformPort on any uni-like object; `createUniPlatform` passes the real one. */
export function createPlatformOn(api: UniApi, options: UniPlatformOptions = {}): PlatformPort {
  const target = options.target ?? compiledTarget();
  const downscale = options.downscale ?? compiledDownscale();
  const matchMedia = options.matchMedia ?? browserMatchMedia();
  const storage = createUniStorage(api, target);
  const keptCache = new Map<string, string>();
  const media = uniMedia(api, target, options);
  const transfer = uniTransfer(api, target, options);

  function appInfo(): AppInfo {
    try {
      return api.getAppBaseInfo ? api.getAppBaseInfo() : api.getSystemInfoSync();
    } catch {
      return {};
    }
  }

  function chooseImage(sources: ImageSource[]): Promise<ChosenImage> {
    return new Promise((resolve, reject) => {
      api.chooseImage({
        count: 1,
        sizeType: ['compressed'],
        sourceType: sources.length ? [...sources] : ['album', 'camera'],
        success: (result: UniNamespace.ChooseImageSuccessCallbackResult) => {
          const image = toChosenImage(result);
          if (image.path || image.file) resolve(image);
          else reject(new PlatformError('cancelled', 'No image was picked'));
        },
        fail: (result: unknown) => {
          reject(new PlatformError(isCancel(result) ? 'cancelled' : 'failed', errorText(result)));
        },
      });
    });
  }

  async function keepFile(image: ChosenImage): Promise<string> {
    if (target === 'mp') return transfer.saveFile(image);
    // H5 blob: URLs die with the page, so the picture itself goes into storage, shrunk to avatar size.
    if (!downscale) throw new PlatformError('failed', 'Keeping images needs a browser canvas');
    const dataUrl = await downscale(image, KEPT_IMAGE_MAX_SIDE);
    const id = shortHash(dataUrl);
    storage.setItem(keptFileStorageKey(id), dataUrl);
    keptCache.set(id, dataUrl);
    return keptFileUrl(id);
  }

  function displayUrl(url: string): string {
    const kept = media.cachedMediaUrl(url);
    if (kept !== undefined) return kept;
    const id = keptFileId(url);
    if (id === null) return url;
    const cached = keptCache.get(id);
    if (cached !== undefined) return cached;
    const stored = storage.getItem(keptFileStorageKey(id));
    if (!stored) return DEFAULT_AVATAR_URL;
    keptCache.set(id, stored);
    return stored;
  }

  function toast(message: string, kind: ToastKind = 'info'): void {
    const icon = kind === 'info' || message.length > TOAST_ICON_MAX_CHARS ? 'none' : kind;
    api.showToast({ title: message, icon, duration: icon === 'none' ? 2500 : 1500, fail: ignore });
  }

  function confirm(confirmOptions: ConfirmOptions): Promise<boolean> {
    return new Promise((resolve) => {
      const modal: WithFail<UniNamespace.ShowModalOptions> = {
        title: confirmOptions.title,
        content: confirmOptions.content,
        success: (result: UniNamespace.ShowModalRes) => resolve(result.confirm === true),
        // A dialog that cannot open cannot have been confirmed.
        fail: () => resolve(false),
      };
      // Unset options are left out: uni's argument checks in dev builds reject explicit undefined.
      if (confirmOptions.confirmText) modal.confirmText = confirmOptions.confirmText;
      if (confirmOptions.cancelText) modal.cancelText = confirmOptions.cancelText;
      if (confirmOptions.destructive) modal.confirmColor = DESTRUCTIVE_COLOR;
      api.showModal(modal);
    });
  }

  function windowHeight(): number {
    try {
      return api.getWindowInfo?.().windowHeight ?? api.getSystemInfoSync().windowHeight ?? 640;
    } catch {
      return 640;
    }
  }

  function prompt(promptOptions: PromptOptions): Promise<string | null> {
    return new Promise((resolve) => {
      const modal: WithFail<UniNamespace.ShowModalOptions> = {
        title: promptOptions.title,
        editable: true,
        content: promptOptions.value ?? '',
        success: (result: UniNamespace.ShowModalRes) => resolve(result.confirm ? (result.content ?? '') : null),
        fail: () => resolve(null),
      };
      if (promptOptions.placeholder) modal.placeholderText = promptOptions.placeholder;
      if (promptOptions.confirmText) modal.confirmText = promptOptions.confirmText;
      if (promptOptions.cancelText) modal.cancelText = promptOptions.cancelText;
      api.showModal(modal);
    });
  }

  function getNetworkStatus(): Promise<NetworkStatus> {
    return new Promise((resolve) => {
      if (target === 'h5' && browserOffline()) {
        resolve({ connected: false, type: 'none' });
        return;
      }
      api.getNetworkType({
        success: (result: UniNamespace.GetNetworkTypeSuccess) =>
          resolve({ connected: result.networkType !== 'none', type: result.networkType }),
        // Unknown is treated as online: a wrong "offline" would block the user, a wrong "online" only fails a request.
        fail: () => resolve({ connected: true, type: 'unknown' }),
      });
    });
  }

  function onNetworkChange(listener: (status: NetworkStatus) => void): () => void {
    let active = true;
    const handler = (result: UniNamespace.OnNetworkStatusChangeSuccess) => {
      if (!active) return;
      listener({ connected: result.isConnected !== false && result.networkType !== 'none', type: result.networkType });
    };
    api.onNetworkStatusChange(handler);
    const stopBrowser = target === 'h5' ? watchBrowserOnline(listener) : undefined;
    return () => {
      if (!active) return;
      // The flag covers base libraries without offNetworkStatusChange: the handler stays but goes quiet.
      active = false;
      api.offNetworkStatusChange?.(handler);
      stopBrowser?.();
    };
  }

  function setClipboard(text: string): Promise<void> {
    return new Promise((resolve, reject) => {
      api.setClipboardData({
        data: text,
        success: () => resolve(),
        fail: (failure: unknown) => reject(new PlatformError('failed', `Could not copy: ${errorText(failure)}`)),
      });
    });
  }

  function systemLocale(): 'zh-Hans' | 'en' {
    const info = appInfo();
    let language = info.language || info.hostLanguage;
    if (!language) {
      try {
        language = api.getLocale();
      } catch {
        language = undefined;
      }
    }
    return toAppLocale(language);
  }

  function systemTheme(): 'light' | 'dark' {
    if (target === 'h5') {
      // Asked directly: uni-h5 answers 'light' whenever the manifest's h5.darkmode is switched off.
      return matchMedia?.(DARK_QUERY).matches ? 'dark' : 'light';
    }
    return toTheme(appInfo().theme);
  }

  function onThemeChange(listener: (theme: 'light' | 'dark') => void): () => void {
    let active = true;
    if (target === 'h5') {
      const query = matchMedia?.(DARK_QUERY);
      if (!query) return ignore;
      const handler = (event: { matches: boolean }) => {
        if (active) listener(event.matches ? 'dark' : 'light');
      };
      if (query.addEventListener) query.addEventListener('change', handler);
      else query.addListener?.(handler);
      return () => {
        active = false;
        if (query.removeEventListener) query.removeEventListener('change', handler);
        else query.removeListener?.(handler);
      };
    }
    const handler: UniNamespace.OnThemeChangeCallback = (result) => {
      if (active) listener(toTheme(result.theme));
    };
    api.onThemeChange?.(handler);
    return () => {
      active = false;
      api.offThemeChange?.(handler);
    };
  }

  function measure(scope: unknown, selector: string): Promise<MeasuredBox[]> {
    const query = api.createSelectorQuery?.();
    if (!query) return Promise.resolve([]);
    return new Promise((resolve) => {
      try {
        const scoped = scope ? query.in(scope) : query;
        scoped.selectAll(selector).fields({ dataset: true, rect: true, size: true });
        scoped.exec((result) => {
          const boxes = Array.isArray(result?.[0]) ? (result[0] as Array<{ dataset?: Record<string, unknown>; top?: number; height?: number }>) : [];
          resolve(boxes.map((box) => ({ id: String(box.dataset?.id ?? ''), top: box.top ?? 0, height: box.height ?? 0 })));
        });
      } catch {
        resolve([]);
      }
    });
  }

  function onKeyboardHeightChange(listener: (height: number) => void): () => void {
    if (target === 'h5') {
      const viewport = options.viewport === undefined ? browserViewport() : options.viewport;
      if (!viewport) return ignore;
      // The keyboard takes what the visual viewport loses at the bottom (iOS Safari, Chrome on Android).
      const handler = () => listener(Math.max(0, Math.round(viewport.innerHeight() - viewport.visual.height)));
      viewport.visual.addEventListener('resize', handler);
      return () => viewport.visual.removeEventListener('resize', handler);
    }
    const handler = (result: { height: number }) => listener(result.height);
    api.onKeyboardHeightChange?.(handler);
    return () => api.offKeyboardHeightChange?.(handler);
  }

  return {
    storage,
    chooseImage,
    upload: transfer.upload,
    keepFile,
    measure,
    onKeyboardHeightChange,
    displayUrl,
    get capabilities() {
      return media.capabilities;
    },
    chooseMedia: media.chooseMedia,
    chooseFile: media.chooseFile,
    recordAudio: media.recordAudio,
    previewImage: media.previewImage,
    openDocument: media.openDocument,
    playAudio: media.playAudio,
    resolveMediaUrl: (url) => media.resolveMediaUrl(url, displayUrl),
    media: media.media,
    ...('whenLoaded' in media ? { mediaReady: media.whenLoaded } : {}),
    toast,
    confirm,
    showLoading: (message) => api.showLoading({ title: message, mask: true, fail: ignore }),
    hideLoading: () => api.hideLoading({ fail: ignore }),
    getNetworkStatus,
    onNetworkChange,
    windowHeight,
    prompt,
    requestJson: transfer.requestJson,
    postJson: transfer.postJson,
    ...(target === 'mp' && api.login ? { loginCode: transfer.loginCode } : {}),
    setClipboard,
    systemLocale,
    systemTheme,
    onThemeChange,
    ...syncChannelMember(target, options.syncChannel),
  };
}

/** The app's platform: the global `uni` of the current build (H5 or WeChat mini program). */
export function createUniPlatform(options: UniPlatformOptions = {}): PlatformPort {
  return createPlatformOn(bindUni(), options);
}
