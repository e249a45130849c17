import { defineStore } from 'pinia';
import { ref } from 'vue';
import { appContext } from '@/src/app/context';
import { LAST_USER_KEY } from '@/src/app/storage-keys';
import { EVENT, TYPES, type KickedOutType, type NetState } from '@/src/chat/constants';
import { toErrorLike, type ErrorLike } from '@/src/chat/errors';
import { isBackendLoadError } from '@/src/chat/lazy-backend';
import { checkUserID } from '@/src/chat/rules/user-id';

const READY_TIMEOUT_MS = 15000;

export type SessionPhase = 'starting' | 'signed-out' | 'signing-in' | 'ready';

export type SignOutReason =
  | { kind: 'kicked'; type: KickedOutType }
  | { kind: 'not-ready' }
  | { kind: 'failed'; error: ErrorLike };

/** Who is signed in, and why not when nobody is. Pages navigate on `phase`; this store never does. */
export const useSessionStore = defineStore('session', () => {
  const phase = ref<SessionPhase>('starting');
  const userID = ref('');
  const reason = ref<SignOutReason | null>(null);
  const netState = ref<NetState>(TYPES.NET_STATE_CONNECTED);
  let started = false;
  let loggingOut = false;

  function signedOut(next: SignOutReason | null): void {
    phase.value = 'signed-out';
    userID.value = '';
    reason.value = next;
  }

  function bindEvents(): void {
    const { backend, platform } = appContext();
    const { chat } = backend;
    chat.on(EVENT.KICKED_OUT, (event) => {
      // Logging straight back in would kick the other instance in turn, so forget the auto-login.
      platform.storage.removeItem(LAST_USER_KEY);
      signedOut({ kind: 'kicked', type: event.data.type });
    });
    chat.on(EVENT.SDK_NOT_READY, () => {
      if (loggingOut || phase.value !== 'ready') return;
      signedOut({ kind: 'not-ready' });
    });
    chat.on(EVENT.SDK_READY, () => {
      if (phase.value === 'signing-in' || phase.value === 'ready') phase.value = 'ready';
    });
    chat.on(EVENT.NET_STATE_CHANGE, (event) => {
      netState.value = event.data.state;
    });
    if (backend.setNetworkConnected) {
      const mirror = backend.setNetworkConnected.bind(backend);
      platform.onNetworkChange((status) => mirror(status.connected));
      void platform.getNetworkStatus().then((status) => mirror(status.connected));
    }
  }

  function whenReady(): Promise<void> {
    const { chat } = appContext().backend;
    if (chat.isReady()) return Promise.resolve();
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        chat.off(EVENT.SDK_READY, onReady);
        reject(new Error('The chat service did not become ready in time.'));
      }, READY_TIMEOUT_MS);
      function onReady(): void {
        clearTimeout(timer);
        chat.off(EVENT.SDK_READY, onReady);
        resolve();
      }
      chat.on(EVENT.SDK_READY, onReady);
    });
  }

  async function login(id: string): Promise<void> {
    const violation = checkUserID(id);
    if (violation) throw violation;
    const { backend, platform } = appContext();
    phase.value = 'signing-in';
    reason.value = null;
    try {
      const userSig = await backend.getUserSig(id);
      await backend.chat.login({ userID: id, userSig });
      await whenReady();
    } catch (error) {
      // A backend that did not download is the chat module's failure to show (src/stores/chat-module.ts).
      signedOut(isBackendLoadError(error) ? null : { kind: 'failed', error: toErrorLike(error) });
      throw error;
    }
    userID.value = id;
    phase.value = 'ready';
    platform.storage.setItem(LAST_USER_KEY, id);
  }

  /**
   * Binds the service's events once and signs the last user in again, as a relaunched app should. With
   * nobody to sign in again, the login form shows at once, while the backend may still be downloading.
   */
  async function start(): Promise<void> {
    if (started) return;
    started = true;
    bindEvents();
    const { backend, platform } = appContext();
    const last = platform.storage.getItem(LAST_USER_KEY);
    if (!last) {
      signedOut(null);
      return;
    }
    const signingIn = signInAgain(last);
    // A page that opens meanwhile (a relaunch on another page) calls the backend once this has settled.
    backend.loading?.holdCallsUntil(signingIn);
    await signingIn;
  }

  async function signInAgain(last: string): Promise<void> {
    const { backend } = appContext();
    try {
      await backend.loading?.whenLoaded();
    } catch {
      // The login page shows the failed download (src/stores/chat-module.ts) and offers to try again.
      signedOut(null);
      return;
    }
    // Another tab already has this account: signing in here would kick it, so let the user choose.
    if ((backend.instancesOnline?.(last) ?? 0) > 0) {
      signedOut(null);
      return;
    }
    try {
      await login(last);
    } catch {
      // login() already recorded why; the login page shows it.
    }
  }

  async function logout(): Promise<void> {
    const { backend, platform } = appContext();
    loggingOut = true;
    try {
      await backend.chat.logout();
    } finally {
      loggingOut = false;
      platform.storage.removeItem(LAST_USER_KEY);
      signedOut(null);
    }
  }

  return { phase, userID, reason, netState, start, login, logout };
});
