import type { BackendKind } from '@/src/config/types';
import type { UploadTask } from '@/src/platform/port';
import type { BackendLoading, BackendLoadPhase, ChatBackend } from './backend';
import { ChatError, ERROR_CODE } from './errors';
import type { ChatPort } from './port';

/**
 * The chat backend downloads on its own: in the mini program it sits in a subpackage that WeChat fetches
 * with `require.async` (build/mp-packages.ts) while the login page, in the main package, is already on
 * screen; on H5 it is a chunk of Vite's. Until it has loaded, this stand-in takes its place:
 * - calls that answer with a promise wait for it, then run (a failed download rejects them with
 *   BackendLoadError, and the next call tries the download again);
 * - `on`/`off` handlers are kept and handed over, in order, once it has loaded;
 * - the synchronous calls answer as a backend nobody is signed in to would (isReady false, no login user,
 *   no unread, no message), and the message factories, which need a signed-in user, throw;
 * - while a promise handed to `holdCallsUntil` is pending (the automatic sign-in at launch), calls other
 *   than `login` wait for it too: a page that opens meanwhile (a relaunch on another page) would otherwise
 *   call a backend nobody is signed in to yet, and get 2024.
 */

/** The backend's code could not be fetched (a subpackage download or a chunk request failed). */
export class BackendLoadError extends Error {
  readonly cause: unknown;

  constructor(cause: unknown) {
    super(`The chat module could not be loaded: ${cause instanceof Error ? cause.message : describe(cause)}`);
    this.name = 'BackendLoadError';
    this.cause = cause;
  }
}

/** WeChat rejects require.async with `{ mod, errMsg }`, not an Error. */
function describe(cause: unknown): string {
  if (cause && typeof cause === 'object' && typeof Reflect.get(cause, 'errMsg') === 'string') return Reflect.get(cause, 'errMsg') as string;
  return String(cause);
}

export function isBackendLoadError(error: unknown): error is BackendLoadError {
  return error instanceof Error && error.name === 'BackendLoadError';
}

type SyncName = 'isReady' | 'getLoginUser' | 'getTotalUnreadMessageCount' | 'findMessage';
/** What the synchronous calls answer before the backend is there: nobody is signed in yet. */
const NOT_LOADED: { [K in SyncName]: ReturnType<ChatPort[K]> } = {
  isReady: false,
  getLoginUser: '',
  getTotalUnreadMessageCount: 0,
  findMessage: null,
};
const isSyncName = (name: string): name is SyncName => Object.prototype.hasOwnProperty.call(NOT_LOADED, name);
/** The SDK's message factories are synchronous and need a signed-in user, so a backend. */
const isFactory = (name: string): boolean => /^create[A-Za-z]*Message$/.test(name);

type Handler = (event: never) => void;

export function createLazyBackend(kind: BackendKind, load: () => Promise<ChatBackend>): ChatBackend & { loading: BackendLoading } {
  let loaded: ChatBackend | null = null;
  let phase: BackendLoadPhase = 'loading';
  let lastError: BackendLoadError | null = null;
  let attempt: Promise<ChatBackend> | null = null;
  const listeners = new Set<(phase: BackendLoadPhase) => void>();
  const handlers: Array<[string, Handler]> = [];
  let networkConnected: boolean | null = null;
  let holds = 0;
  let held: Promise<unknown> = Promise.resolve();

  function setPhase(next: BackendLoadPhase): void {
    phase = next;
    for (const listener of [...listeners]) listener(next);
  }

  function whenLoaded(): Promise<ChatBackend> {
    if (loaded) return Promise.resolve(loaded);
    if (attempt) return attempt;
    if (phase === 'failed') setPhase('loading');
    attempt = load().then(
      (backend) => {
        loaded = backend;
        attempt = null;
        lastError = null;
        // Handlers registered while it loaded, in the order they came.
        for (const [name, handler] of handlers.splice(0)) (backend.chat.on as (name: string, handler: Handler) => void)(name, handler);
        if (networkConnected !== null) backend.setNetworkConnected?.(networkConnected);
        setPhase('ready');
        return backend;
      },
      (cause: unknown) => {
        attempt = null;
        lastError = new BackendLoadError(cause);
        setPhase('failed');
        throw lastError;
      },
    );
    return attempt;
  }

  /** Runs a call that answers with a promise once the backend is there and no hold is pending. */
  const later =
    (name: string) =>
    (...args: unknown[]) =>
      whenLoaded().then(async (backend) => {
        if (name !== 'login') await held;
        return (Reflect.get(backend.chat, name) as (...args: unknown[]) => unknown).apply(backend.chat, args);
      });

  const chat = new Proxy({} as ChatPort, {
    get(_target, name) {
      if (typeof name !== 'string') return undefined;
      const immediate = name === 'on' || name === 'off' || isSyncName(name) || isFactory(name);
      if (loaded && holds > 0 && !immediate && name !== 'login') return later(name);
      if (loaded) {
        const member = Reflect.get(loaded.chat, name) as unknown;
        return typeof member === 'function' ? member.bind(loaded.chat) : member;
      }
      if (name === 'on') return (event: string, handler: Handler) => void handlers.push([event, handler]);
      if (name === 'off') {
        return (event: string, handler: Handler) => {
          const at = handlers.findIndex(([e, h]) => e === event && h === handler);
          if (at >= 0) handlers.splice(at, 1);
        };
      }
      if (isSyncName(name)) return () => NOT_LOADED[name];
      if (isFactory(name)) {
        return () => {
          throw new ChatError(ERROR_CODE.NOT_LOGGED_IN, `${name} needs a signed-in user, and the chat module has not loaded yet`);
        };
      }
      return later(name);
    },
  });

  const loading: BackendLoading = {
    phase: () => phase,
    error: () => lastError,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    whenLoaded,
    holdCallsUntil(promise) {
      holds += 1;
      const settled = promise.then(
        () => undefined,
        () => undefined,
      );
      held = Promise.all([held, settled]);
      void settled.then(() => {
        holds -= 1;
      });
    },
  };

  // Start at once: the download runs while the first page paints.
  whenLoaded().catch(() => undefined);

  return {
    kind,
    chat,
    loading,
    getUserSig: (userID) => whenLoaded().then((backend) => backend.getUserSig(userID)),
    demoAccounts: () => loaded?.demoAccounts() ?? [],
    instancesOnline: (userID) => loaded?.instancesOnline?.(userID) ?? 0,
    setNetworkConnected(connected) {
      networkConnected = connected;
      loaded?.setNetworkConnected?.(connected);
    },
    saveAvatar(image, onProgress): UploadTask {
      if (loaded) return loaded.saveAvatar(image, onProgress);
      let inner: UploadTask | null = null;
      let aborted = false;
      const result = whenLoaded().then((backend) => {
        if (aborted) throw new ChatError(ERROR_CODE.NOT_LOGGED_IN, 'Saving the avatar was cancelled');
        inner = backend.saveAvatar(image, onProgress);
        return inner.result;
      });
      return {
        result,
        abort() {
          aborted = true;
          inner?.abort();
        },
      };
    },
  };
}
