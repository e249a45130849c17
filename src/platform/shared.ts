/** Small pure pieces both platform implementations share, kept free of `uni` so Node can run them. */
import type { AudioPlayback, AudioRecording, PlatformCapabilities, PlaybackEnd, UploadTask } from './port';
import { PlatformError } from './port';

/** Where kept files point: short enough for the avatar field, resolved by `displayUrl`. */
export const KEPT_FILE_SCHEME = 'kept-file://';
export const KEPT_FILE_STORAGE_PREFIX = 'kept-file:';

/**
 * Shown for a kept file that no longer resolves (storage cleared, or a URL that came from another
 * device), so an <image> still has something to draw instead of a broken icon.
 */
export const DEFAULT_AVATAR_URL = '/static/avatars/default.png';

/** H5's kept files: `idb:<key>` (idb-media.ts), short enough for any url field. */
export const IDB_URL_PREFIX = 'idb:';

/** The IndexedDB key inside an `idb:` url, or null for any other url. */
export function idbKeyOf(url: string): string | null {
  if (!url.startsWith(IDB_URL_PREFIX)) return null;
  const key = url.slice(IDB_URL_PREFIX.length);
  return /^[0-9a-z]{1,32}(-poster)?$/.test(key) ? key : null;
}

export function isIdbUrl(url: string): boolean {
  return idbKeyOf(url) !== null;
}

export function keptFileUrl(id: string): string {
  return `${KEPT_FILE_SCHEME}${id}`;
}

/** The id inside a `kept-file://<id>` URL, or null for any other URL. */
export function keptFileId(url: string): string | null {
  if (!url.startsWith(KEPT_FILE_SCHEME)) return null;
  const id = url.slice(KEPT_FILE_SCHEME.length);
  return /^[0-9a-z]{1,32}$/.test(id) ? id : null;
}

export function keptFileStorageKey(id: string): string {
  return `${KEPT_FILE_STORAGE_PREFIX}${id}`;
}

/**
 * A short content hash, so keeping the same picture twice reuses one storage entry rather than piling up
 * copies. Two FNV-1a passes with different offsets give ~64 bits, plenty for a handful of avatars.
 */
export function shortHash(text: string): string {
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ text.length;
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    a = Math.imul(a ^ code, 0x01000193);
    b = Math.imul(b ^ code, 0x01000193) ^ (b >>> 15);
  }
  return (a >>> 0).toString(36) + (b >>> 0).toString(36);
}

/** The app ships two locales: every Chinese variant gets the Simplified UI, everything else English. */
export function toAppLocale(language: string | null | undefined): 'zh-Hans' | 'en' {
  return typeof language === 'string' && /^zh/i.test(language.trim()) ? 'zh-Hans' : 'en';
}

export function toTheme(value: string | null | undefined): 'light' | 'dark' {
  return value === 'dark' ? 'dark' : 'light';
}

export function clampPercent(value: number): number {
  if (!Number.isFinite(value)) return 0;
  return Math.min(100, Math.max(0, Math.round(value)));
}

/** The last path segment, for naming a picked file when the platform gives only a path. */
export function baseName(path: string): string {
  const clean = path.split(/[?#]/)[0] ?? '';
  const segment = clean.slice(clean.lastIndexOf('/') + 1);
  return segment || 'image';
}

/** A promise its owner settles from outside, once: later resolve/reject calls are ignored. */
export interface SettleOnce<T> {
  readonly promise: Promise<T>;
  /** True once resolve or reject took effect. */
  readonly settled: boolean;
  resolve: (value: T) => void;
  reject: (error: unknown) => void;
}

/** For tasks whose abort rejects at once while the platform may still report late (see upload). */
export function settleOnce<T>(): SettleOnce<T> {
  let settled = false;
  let resolvePromise: (value: T) => void = () => undefined;
  let rejectPromise: (error: unknown) => void = () => undefined;
  const promise = new Promise<T>((resolve, reject) => {
    resolvePromise = resolve;
    rejectPromise = reject;
  });
  return {
    promise,
    get settled() {
      return settled;
    },
    resolve(value) {
      if (settled) return;
      settled = true;
      resolvePromise(value);
    },
    reject(error) {
      if (settled) return;
      settled = true;
      rejectPromise(error);
    },
  };
}

/**
 * An upload's task over its outcome: abort rejects at once, rather than waiting for the platform's fail
 * callback (which H5 may never send), then stops the work; an upload that has settled ignores it.
 */
export function uploadTask(outcome: SettleOnce<string>, stop: () => void): UploadTask {
  return {
    result: outcome.promise,
    abort() {
      if (outcome.settled) return;
      outcome.reject(new PlatformError('aborted', 'Upload aborted'));
      stop();
    },
  };
}

/** A playback in an AudioSlot: `finish` ends it once, telling its listeners. */
export interface PlaybackHandle {
  readonly playback: AudioPlayback;
  finish(end: PlaybackEnd): void;
  readonly ended: boolean;
}

/**
 * One audio at a time, as a chat screen plays voice messages: starting a playback finishes the running one
 * with 'stopped'. `onFinish` runs once per playback, before its listeners (to stop and free the player).
 */
export function createAudioSlot(): { start(onFinish: (end: PlaybackEnd) => void): PlaybackHandle; readonly current: PlaybackHandle | null } {
  let current: PlaybackHandle | null = null;
  return {
    get current() {
      return current;
    },
    start(onFinish) {
      current?.finish('stopped');
      const listeners = new Set<(end: PlaybackEnd) => void>();
      let ended: PlaybackEnd | null = null;
      const handle: PlaybackHandle = {
        get ended() {
          return ended !== null;
        },
        finish(end) {
          if (ended) return;
          ended = end;
          if (current === handle) current = null;
          onFinish(end);
          for (const listener of [...listeners]) listener(end);
          listeners.clear();
        },
        playback: {
          stop: () => handle.finish('stopped'),
          onEnded(listener) {
            if (ended) {
              const end = ended;
              void Promise.resolve().then(() => listener(end));
              return () => undefined;
            }
            listeners.add(listener);
            return () => {
              listeners.delete(listener);
            };
          },
        },
      };
      current = handle;
      return handle;
    },
  };
}

/** A recording that cannot happen: both promises reject with `error` (without unhandled-rejection noise). */
export function refusedRecording(error: unknown): AudioRecording {
  const started = Promise.reject(error);
  const result = Promise.reject(error);
  started.catch(() => undefined);
  result.catch(() => undefined);
  return { started, result, stop: () => undefined, cancel: () => undefined };
}

/**
 * What the uni platform's media calls can do (PlatformPort.capabilities): the mini program asks the base
 * library (`has`), H5 needs its browser media support. Here so that the lazy media facade answers without
 * the media code (lazy-media.ts).
 */
export function uniMediaCapabilities(
  target: 'h5' | 'mp',
  hasH5Media: boolean,
  mp: { has(name: 'chooseMessageFile' | 'getRecorderManager'): boolean } | undefined,
): PlatformCapabilities {
  return {
    chooseFile: target === 'h5' ? hasH5Media : mp?.has('chooseMessageFile') === true,
    recordAudio: target === 'mp' && mp?.has('getRecorderManager') === true,
  };
}

/** A part of the platform whose code downloads when first needed (lazy-media.ts, lazy-transfer.ts). */
export interface OnDemand<T> {
  /** The part, once its code has arrived. */
  readonly value: T | null;
  /** Loads the code once; a failed download rejects with PlatformError 'failed' and the next call tries again. */
  get(): Promise<T>;
}

/** WeChat rejects require.async with `{ mod, errMsg }`, not an Error. */
function loadFailure(cause: unknown): string {
  if (cause instanceof Error) return cause.message;
  if (cause && typeof cause === 'object' && typeof Reflect.get(cause, 'errMsg') === 'string') return Reflect.get(cause, 'errMsg') as string;
  return String(cause);
}

export function onDemand<M, T>(what: string, load: () => Promise<M>, make: (module: M) => T): OnDemand<T> {
  let value: T | null = null;
  let attempt: Promise<T> | null = null;
  return {
    get value() {
      return value;
    },
    get() {
      if (value) return Promise.resolve(value);
      attempt ??= load().then(
        (module) => {
          value = make(module);
          attempt = null;
          return value;
        },
        (cause: unknown) => {
          attempt = null;
          throw new PlatformError('failed', `The ${what} could not be loaded: ${loadFailure(cause)}`);
        },
      );
      return attempt;
    },
  };
}
