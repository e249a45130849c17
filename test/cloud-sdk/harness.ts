/**
 * The cloud backend's adapter over the REAL `@tencentcloud/chat` SDK, connected to a scripted Gateway
 * instead of Tencent's servers (see gateway.ts). Each client loads its own copy of the SDK module (the SDK
 * keeps one instance per SDKAppID per module copy), so several users can be signed in at once.
 */
import { createChatAdapter } from '@/src/chat/cloud/adapter';
import type { ChatAdapterOptions } from '@/src/chat/cloud/adapter';
import { createSdk, withModules } from '@/src/chat/cloud/sdk';
import type { ChatSdkModule } from '@/src/chat/cloud/sdk';
import { EVENT } from '@/src/chat/constants';
import type { ChatPort } from '@/src/chat/port';
import { Gateway } from './gateway';

export const SDK_APP_ID = 1400000001;
/** The SDK's silent log level: the tests read results, not its console. */
const LOG_NONE = 4;

const clients: ChatPort[] = [];

/** The SDK as the app ships it (src/chat/cloud/sdk.ts): the ES build, given the group and relationship modules. */
function loadSdkModule(): ChatSdkModule {
  const load = (path: string): unknown => Reflect.get(jest.requireActual(path) as object, 'default');
  let core: unknown;
  let modules: Record<string, unknown> = {};
  jest.isolateModules(() => {
    core = load('@tencentcloud/chat/index.es.js');
    modules = {
      'group-module': load('@tencentcloud/chat/modules/group-module.js'),
      'relationship-module': load('@tencentcloud/chat/modules/relationship-module.js'),
    };
  });
  return withModules(core as ChatSdkModule, modules);
}

/** A gateway the SDK's sockets connect to (globalThis.WebSocket, which Node 20 lacks anyway). */
export function startGateway(): Gateway {
  const gateway = new Gateway();
  Reflect.set(globalThis, 'WebSocket', gateway.socketClass());
  return gateway;
}

/** An adapter on a fresh SDK module copy, as the app's cloud backend builds it (createSdk + factory). */
export function cloudClient(options: ChatAdapterOptions = {}): ChatPort {
  const sdkModule = loadSdkModule();
  const chat = createChatAdapter(() => createSdk(SDK_APP_ID, sdkModule, LOG_NONE), options);
  clients.push(chat);
  return chat;
}

/** Resolves on the next event of that name. */
export function nextEvent(chat: ChatPort, name: typeof EVENT.SDK_READY): Promise<void> {
  return new Promise((resolve) => {
    const handler = (): void => {
      chat.off(name, handler);
      resolve();
    };
    chat.on(name, handler);
  });
}

/** Logs in and waits for SDK_READY, as the app does before any other call. */
export async function signIn(chat: ChatPort, userID: string): Promise<void> {
  const ready = nextEvent(chat, EVENT.SDK_READY);
  await chat.login({ userID, userSig: `sig-${userID}` });
  await ready;
}

/** Resolves once `check()` holds, polling on the event loop (no fixed sleep); the test's timeout bounds it. */
export async function until(check: () => boolean): Promise<void> {
  while (!check()) await new Promise((resolve) => setTimeout(resolve, 5));
}

/** What the promise rejects with; fails the test when it resolves. */
export async function rejection(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('expected a rejection');
}

/** afterEach: destroys every client (stopping the SDK's timers) and closes the gateway's sockets. */
export async function teardown(gateway: Gateway): Promise<void> {
  gateway.unanswered.clear();
  gateway.releaseHeld();
  const all = clients.splice(0);
  await Promise.all(all.map((chat) => chat.destroy().catch(() => undefined)));
  gateway.closeAll();
}
