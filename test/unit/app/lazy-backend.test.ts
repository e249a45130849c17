/**
 * The stand-in the app holds while the backend's code downloads (src/chat/lazy-backend.ts), over a real
 * local backend, and the session store on it: the login form does not wait, calls and handlers wait for
 * the backend, a failed download says so and the next attempt loads it.
 */
import { createPinia, setActivePinia } from 'pinia';
import { setAppContext } from '@/src/app/context';
import { LAST_USER_KEY } from '@/src/app/storage-keys';
import type { ChatBackend } from '@/src/chat/backend';
import { createLocalBackend } from '@/src/chat/backends/local';
import { EVENT } from '@/src/chat/constants';
import { BackendLoadError, createLazyBackend, isBackendLoadError } from '@/src/chat/lazy-backend';
import { createLocalServer } from '@/src/chat/local';
import { createMemoryPlatform } from '@/src/platform/memory';
import { useChatModuleStore } from '@/src/stores/chat-module';
import { useSessionStore } from '@/src/stores/session';
import { testConfig } from '../stores/context';

/** A download the test lets through or fails, as WeChat's require.async would answer. */
function download() {
  const platform = createMemoryPlatform();
  const real = createLocalBackend(createLocalServer({ storage: platform.storage, seed: 'demo', defer: (run) => run() }), platform);
  let attempts = 0;
  let settle: { resolve: (backend: ChatBackend) => void; reject: (error: unknown) => void } | null = null;
  const load = () =>
    new Promise<ChatBackend>((resolve, reject) => {
      attempts += 1;
      settle = { resolve, reject };
    });
  return {
    platform,
    real,
    load,
    attempts: () => attempts,
    arrive: () => settle?.resolve(real),
    fail: () => settle?.reject({ mod: '../subpackages/backend/…', errMsg: 'require.async:fail download subpackage failed' }),
  };
}
const turn = () => new Promise((resolve) => setTimeout(resolve, 0));

test('calls wait for the backend and run once it has arrived; synchronous calls answer as signed out', async () => {
  const d = download();
  const lazy = createLazyBackend('local', d.load);
  expect(lazy.loading.phase()).toBe('loading');
  expect(lazy.chat.isReady()).toBe(false);
  expect(lazy.chat.getLoginUser()).toBe('');
  expect(lazy.chat.getTotalUnreadMessageCount()).toBe(0);
  expect(lazy.demoAccounts()).toEqual([]);
  expect(() => lazy.chat.createTextMessage({ to: 'bob', conversationType: 'C2C', payload: { text: 'hi' } })).toThrow(/signed-in user/);

  const login = lazy.chat.login({ userID: 'alice', userSig: 'sig' });
  await turn();
  expect(d.real.chat.getLoginUser()).toBe('');
  d.arrive();
  await expect(login).resolves.toMatchObject({ code: 0 });
  expect(lazy.loading.phase()).toBe('ready');
  expect(lazy.chat.getLoginUser()).toBe('alice');
  expect(lazy.demoAccounts().length).toBeGreaterThan(0);
  expect(d.attempts()).toBe(1);
});

test('handlers registered while it loads are handed over in order; one taken off before is not', async () => {
  const d = download();
  const lazy = createLazyBackend('local', d.load);
  const seen: string[] = [];
  const first = () => seen.push('first');
  const second = () => seen.push('second');
  const removed = () => seen.push('removed');
  lazy.chat.on(EVENT.SDK_READY, first);
  lazy.chat.on(EVENT.SDK_READY, removed);
  lazy.chat.on(EVENT.SDK_READY, second);
  lazy.chat.off(EVENT.SDK_READY, removed);
  d.arrive();
  await lazy.chat.login({ userID: 'alice', userSig: 'sig' });
  for (let i = 0; i < 5 && seen.length < 2; i += 1) await turn();
  expect(seen).toEqual(['first', 'second']);
});

test('a failed download rejects the waiting calls with BackendLoadError; the next call downloads again', async () => {
  const d = download();
  const lazy = createLazyBackend('local', d.load);
  const phases: string[] = [];
  lazy.loading.subscribe((phase) => phases.push(phase));
  const waiting = lazy.chat.getMyProfile();
  d.fail();
  const error = await waiting.catch((caught: unknown) => caught);
  expect(isBackendLoadError(error)).toBe(true);
  expect(error).toBeInstanceOf(BackendLoadError);
  expect((error as Error).message).toContain('require.async:fail');
  expect(lazy.loading.phase()).toBe('failed');
  expect(lazy.loading.error()).toBe(error);

  const retried = lazy.chat.login({ userID: 'bob', userSig: 'sig' });
  expect(lazy.loading.phase()).toBe('loading');
  d.arrive();
  await expect(retried).resolves.toMatchObject({ code: 0 });
  expect(d.attempts()).toBe(2);
  expect(phases).toEqual(['failed', 'loading', 'ready']);
  expect(lazy.loading.error()).toBeNull();
});

test('the network state set before it loads reaches the backend when it arrives', async () => {
  const d = download();
  const lazy = createLazyBackend('local', d.load);
  const mirrored: boolean[] = [];
  const setNetworkConnected = d.real.setNetworkConnected?.bind(d.real);
  d.real.setNetworkConnected = (connected) => {
    mirrored.push(connected);
    setNetworkConnected?.(connected);
  };
  lazy.setNetworkConnected?.(false);
  d.arrive();
  await lazy.loading.whenLoaded();
  expect(mirrored).toEqual([false]);
});

describe('the session on it', () => {
  function install(d: ReturnType<typeof download>) {
    const backend = createLazyBackend('local', d.load);
    setActivePinia(createPinia());
    setAppContext({ config: testConfig, platform: d.platform, backend });
    return backend;
  }

  test('with nobody to sign in again, the login form shows at once, before the backend has arrived', async () => {
    const d = download();
    install(d);
    const session = useSessionStore();
    const chatModule = useChatModuleStore();
    await session.start();
    expect(session.phase).toBe('signed-out');
    expect(chatModule.phase).toBe('loading');
    d.arrive();
    await turn();
    expect(chatModule.phase).toBe('ready');
  });

  test('the last user is signed in again once the backend arrives', async () => {
    const d = download();
    d.platform.storage.setItem(LAST_USER_KEY, 'alice');
    install(d);
    const session = useSessionStore();
    const started = session.start();
    await turn();
    expect(session.phase).toBe('starting');
    d.arrive();
    await started;
    expect(session.phase).toBe('ready');
    expect(session.userID).toBe('alice');
  });

  test('a call made while the sign-in at launch is under way waits for it (a relaunch on another page)', async () => {
    const d = download();
    d.platform.storage.setItem(LAST_USER_KEY, 'alice');
    const backend = install(d);
    const session = useSessionStore();
    const started = session.start();
    // The page's first load, before the backend has even arrived: without the hold it would reach the
    // backend before the sign-in and be refused with 2024.
    const groups = backend.chat.getGroupList();
    d.arrive();
    await expect(groups).resolves.toMatchObject({ code: 0 });
    await started;
    expect(session.phase).toBe('ready');
    // Once signed in, calls go straight through.
    await expect(backend.chat.getMyProfile()).resolves.toMatchObject({ code: 0, data: { userID: 'alice' } });
  });

  test('a failed download leaves the form with the module’s failure, no sign-in reason; retry loads it', async () => {
    const d = download();
    d.platform.storage.setItem(LAST_USER_KEY, 'alice');
    install(d);
    const session = useSessionStore();
    const chatModule = useChatModuleStore();
    const started = session.start();
    await turn();
    d.fail();
    await started;
    expect(session.phase).toBe('signed-out');
    expect(session.reason).toBeNull();
    expect(chatModule.phase).toBe('failed');
    expect(isBackendLoadError(chatModule.failure)).toBe(true);

    const retried = chatModule.retry();
    expect(chatModule.phase).toBe('loading');
    d.arrive();
    await retried;
    expect(chatModule.phase).toBe('ready');
    expect(chatModule.failure).toBeNull();
    await session.login('alice');
    expect(session.phase).toBe('ready');
  });
});
