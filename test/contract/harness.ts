/**
 * One contract suite, any backend. By default the clients come from the embedded service
 * (createLocalServer, one fresh server per test); with CHAT_BACKEND=cloud they are real SDK instances
 * talking to Tencent Cloud Chat (see createCloudClients below for what that needs).
 *
 * Everything the suite touches is the SDK's API as typed by ChatPort; nothing here may assume the local
 * implementation, so that a test that passes locally means the same thing against the real service.
 */
import { createLocalServer } from '@/src/chat/local';
import type { LocalServer } from '@/src/chat/local';
import type { ChatPort, MessagingPort } from '@/src/chat/port';
import type { ChatSdkModule } from '@/src/chat/cloud/sdk';
import type { CloudContractClient } from '@/src/chat/cloud/contract';
import type { ChatEvent, ChatEventName, ChatEventPayloads } from '@/src/chat/types';
import { EVENT, TYPES } from '@/src/chat/constants';

export type BackendKind = 'local' | 'cloud';

export const backendKind: BackendKind = process.env.CHAT_BACKEND === 'cloud' ? 'cloud' : 'local';

/**
 * The cloud run fits a Free Trial app (100 monthly active users, 100 groups, 100 new groups a day): users
 * come from a fixed pool of POOL_SIZE accounts (reset when they sign in), every group a test creates is
 * dismissed after it, and the permission matrix runs one representative type where Public, Meeting and
 * Community behave the same (group-helpers.ts `cells`). CONTRACT_FREE_TRIAL=1 applies the same sampling
 * locally, to count what a cloud run creates.
 */
export const freeTrial = backendKind === 'cloud' || process.env.CONTRACT_FREE_TRIAL === '1';
export const POOL_SIZE = 16;
let poolNext = 0;
/** Groups created in the current test (cloud: dismissed in teardown). */
const createdGroupIDs = new Set<string>();

/**
 * How long an expected event may take before the test fails. Real pushes take a round trip; local ones arrive
 * on the next timer tick, but CI is a busy 2-core machine, so the local ceiling is generous too (it only
 * matters when the event never comes).
 */
export const EVENT_TIMEOUT_MS = backendKind === 'cloud' ? 15_000 : 10_000;
/**
 * The real service gives no signal that every push of a call has arrived, so against it "no event came" is
 * watched for this long. Locally the service says when its push queue is empty (see eventsDelivered).
 */
const CLOUD_QUIET_MS = 3_000;

/** A client not yet logged in, with the UserSig maker for its backend. */
type RawClient = CloudContractClient;

let localServer: LocalServer | null = null;
const created: ChatPort[] = [];
let counter = 0;

/**
 * The SDK throttles CONVERSATION_LIST_UPDATED and TOTAL_UNREAD_MESSAGE_COUNT_UPDATED to one a second; the
 * local suite runs the same throttle on a 50 ms interval so that waiting for the trailing event stays well
 * inside EVENT_TIMEOUT_MS.
 */
const LOCAL_THROTTLE_MS = 50;

function localClients(n: number): RawClient[] {
  localServer ??= createLocalServer({ eventThrottle: { intervalMs: LOCAL_THROTTLE_MS } });
  const server = localServer;
  return Array.from({ length: n }, () => ({ chat: server.createClient(), userSig: () => 'local' }));
}

// ==== CLOUD WIRING ======================================================================================
// Builds n independent real SDK instances with src/chat/cloud/contract.ts. Needs env TIM_SDK_APP_ID and
// TIM_SECRET_KEY (a development app: UserSigs are generated here), a global WebSocket (Node 20 has none:
// set globalThis.WebSocket from the `ws` package in a jest setup file), and, for the status tests, the
// console's user-status feature (Pro plan or above) switched on.
async function createCloudClients(n: number): Promise<RawClient[]> {
  const sdkAppID = Number(process.env.TIM_SDK_APP_ID);
  const secretKey = process.env.TIM_SECRET_KEY ?? '';
  if (!sdkAppID || !secretKey) {
    throw new Error('cloud contract harness needs TIM_SDK_APP_ID and TIM_SECRET_KEY in the environment');
  }
  if (typeof Reflect.get(globalThis, 'WebSocket') !== 'function') {
    throw new Error('cloud contract harness needs a global WebSocket (e.g. globalThis.WebSocket = require("ws"))');
  }
  // Loaded only here, so local runs never load the SDK.
  const contract = await import('@/src/chat/cloud/contract');
  // The SDK hands out one instance per SDKAppID per module copy, so each client loads its own copy.
  const loadSdkModule = (): ChatSdkModule => {
    let loaded: unknown;
    jest.isolateModules(() => {
      loaded = jest.requireActual('@tencentcloud/chat');
    });
    const candidate: unknown =
      loaded && typeof loaded === 'object' && 'default' in loaded ? Reflect.get(loaded, 'default') : loaded;
    return candidate as ChatSdkModule;
  };
  return contract
    .createCloudContractClients(n, { sdkAppID, secretKey, loadSdkModule })
    .map((client) => ({ ...client, chat: recordingCreatedGroups(client.chat) }));
}

/** Wraps createGroup so that teardown knows what to dismiss. */
function recordingCreatedGroups(chat: ChatPort): ChatPort {
  const createGroup = chat.createGroup.bind(chat);
  chat.createGroup = async (options) => {
    const response = await createGroup(options);
    createdGroupIDs.add(response.data.group.groupID);
    return response;
  };
  return chat;
}

/**
 * Dismisses a group as the app administrator through the REST API (destroy_group): the only way for a Work
 * group, whose owner cannot dismiss it. Needs TIM_ADMIN_USERID (default 'administrator', the console's).
 */
async function dismissAsAdmin(groupID: string): Promise<void> {
  const sdkAppID = Number(process.env.TIM_SDK_APP_ID);
  const secretKey = process.env.TIM_SECRET_KEY ?? '';
  const admin = process.env.TIM_ADMIN_USERID ?? 'administrator';
  const { genTestUserSig } = await import('@/src/chat/cloud/usersig');
  const userSig = genTestUserSig({ sdkAppID, secretKey, userID: admin, expireSeconds: 600 });
  const query = new URLSearchParams({
    sdkappid: String(sdkAppID),
    identifier: admin,
    usersig: userSig,
    random: String(Math.floor(Math.random() * 4294967295)),
    contenttype: 'json',
  });
  const host = process.env.TIM_REST_HOST ?? 'console.tim.qq.com';
  const response = await fetch(`https://${host}/v4/group_open_http_svc/destroy_group?${query.toString()}`, {
    method: 'POST',
    body: JSON.stringify({ GroupId: groupID }),
  });
  const body = (await response.json()) as { ErrorCode?: number; ErrorInfo?: string };
  // 10010 / 10015: already dismissed, or never created.
  if (body.ErrorCode && body.ErrorCode !== 10010 && body.ErrorCode !== 10015) {
    throw new Error(`destroy_group ${groupID} failed: ${body.ErrorCode} ${body.ErrorInfo ?? ''}`);
  }
}

/**
 * A pool account signs in with what earlier tests left: no blocked users, no groups, no friends, friend
 * groups or friend requests, no custom status, and the profile a new account has (allowType AllowAny).
 */
async function resetPoolUser(chat: ChatPort): Promise<void> {
  const blocked = (await chat.getBlacklist()).data;
  if (blocked.length > 0) await chat.removeFromBlacklist({ userIDList: blocked });
  for (const group of (await chat.getGroupList()).data.groupList) await dismissAsAdmin(group.groupID);
  const friends = (await chat.getFriendList()).data.map((friend) => friend.userID);
  if (friends.length > 0) await chat.deleteFriend({ userIDList: friends, type: TYPES.SNS_DELETE_TYPE_BOTH });
  for (const group of (await chat.getFriendGroupList()).data) await chat.deleteFriendGroup({ name: group.name });
  for (const request of (await chat.getFriendApplicationList()).data.friendApplicationList) {
    await chat.deleteFriendApplication({ userID: request.userID, type: request.type });
  }
  await chat.setSelfStatus({ customStatus: '' }).catch(() => undefined);
  await chat.unsubscribeUserStatus().catch(() => undefined);
  await chat.updateMyProfile({
    nick: '',
    selfSignature: '',
    location: '',
    birthday: 0,
    language: 0,
    avatar: '',
    allowType: TYPES.ALLOW_TYPE_ALLOW_ANY,
  });
}
// ========================================================================================================

async function rawClients(n: number): Promise<RawClient[]> {
  const clients = backendKind === 'cloud' ? await createCloudClients(n) : localClients(n);
  created.push(...clients.map((client) => client.chat));
  return clients;
}

/**
 * A userID that signs in during the test: unique per run locally; in the cloud the next account of the
 * fixed pool (ct_pool_00 …), so that a run adds no monthly active users beyond the pool.
 */
export function loginUserID(tag = 'u'): string {
  if (backendKind !== 'cloud') return freshUserID(tag);
  if (poolNext >= POOL_SIZE) throw new Error(`a test signs in more than the ${POOL_SIZE} pool accounts`);
  const userID = `ct_pool_${String(poolNext).padStart(2, '0')}`;
  poolNext += 1;
  return userID;
}

/** A userID no account has (and that never signs in): unique per run, ≤ 32 bytes. */
export function freshUserID(tag = 'u'): string {
  counter += 1;
  const run = Date.now().toString(36).slice(-6);
  const random = Math.random().toString(36).slice(2, 6);
  return `ct_${tag}_${run}${random}${counter}`.slice(0, 32);
}

export function waitForEvent<E extends ChatEventName>(
  chat: ChatPort,
  eventName: E,
  matches: (event: ChatEvent<ChatEventPayloads[E]>) => boolean = () => true,
  timeoutMs = EVENT_TIMEOUT_MS,
): Promise<ChatEvent<ChatEventPayloads[E]>> {
  const waiting = new Promise<ChatEvent<ChatEventPayloads[E]>>((resolve, reject) => {
    const handler = (event: ChatEvent<ChatEventPayloads[E]>): void => {
      if (!matches(event)) return;
      clearTimeout(timer);
      chat.off(eventName, handler);
      resolve(event);
    };
    const timer = setTimeout(() => {
      chat.off(eventName, handler);
      reject(new Error(`no ${eventName} event within ${timeoutMs} ms`));
    }, timeoutMs);
    chat.on(eventName, handler);
  });
  // A test that fails before awaiting must not also crash the run with an unhandled rejection.
  waiting.catch(() => undefined);
  return waiting;
}

/** Resolves with every matching event the action caused, once all of them were delivered; tests expect it to be empty. */
export async function eventsDuring<E extends ChatEventName>(
  chat: ChatPort,
  eventName: E,
  action: () => Promise<unknown>,
  matches: (event: ChatEvent<ChatEventPayloads[E]>) => boolean = () => true,
): Promise<Array<ChatEvent<ChatEventPayloads[E]>>> {
  const seen: Array<ChatEvent<ChatEventPayloads[E]>> = [];
  const handler = (event: ChatEvent<ChatEventPayloads[E]>): void => {
    if (matches(event)) seen.push(event);
  };
  chat.on(eventName, handler);
  try {
    await action();
    await eventsDelivered();
  } finally {
    chat.off(eventName, handler);
  }
  return seen;
}

/**
 * Until every event the calls so far set going has reached its clients: locally, until the service's push queue
 * is empty (server.settle()); against the real service, which says no such thing, a quiet spell of CLOUD_QUIET_MS.
 */
export async function eventsDelivered(): Promise<void> {
  if (backendKind === 'local') {
    await localServer?.settle();
    return;
  }
  await new Promise((resolve) => setTimeout(resolve, CLOUD_QUIET_MS));
}

/** Logs a client in and waits for SDK_READY, as an app must before any other call. */
export async function loginAndWait(chat: ChatPort, userID: string, userSig: string): Promise<void> {
  const ready = waitForEvent(chat, EVENT.SDK_READY);
  const pool = backendKind === 'cloud' && userID.startsWith('ct_pool_');
  // The SDK reads the friend list and the friend requests after sign-in and announces each once it has it
  // (relationship-module.js: pagingGetFriendList, getApplicationList), whatever they hold; the reset waits for both.
  const relationsSynced = pool
    ? Promise.all([waitForEvent(chat, EVENT.FRIEND_LIST_UPDATED), waitForEvent(chat, EVENT.FRIEND_APPLICATION_LIST_UPDATED)])
    : null;
  await chat.login({ userID, userSig });
  await ready;
  if (relationsSynced) {
    await relationsSynced;
    await resetPoolUser(chat);
  }
}

/** Clients that are not logged in, each with the UserSig maker for its backend. */
export async function createLoggedOutClients(n: number): Promise<RawClient[]> {
  return rawClients(n);
}

/** n ready clients, each logged in as a fresh userID (the account is created by that first login). */
export async function createTestUsers(n: number): Promise<ChatPort[]> {
  const clients = await rawClients(n);
  await Promise.all(
    clients.map((client) => {
      const userID = loginUserID();
      return loginAndWait(client.chat, userID, client.userSig(userID));
    }),
  );
  return clients.map((client) => client.chat);
}

/** A client with messages and conversations (MessagingPort). */
export type MessagingClient = ChatPort & MessagingPort;

/**
 * The client as a MessagingPort. The embedded service's clients are; the cloud adapter forwards the
 * messaging calls once its side of the issue lands, and until then this says so instead of failing deep in
 * a test.
 */
export function messagingOf(chat: ChatPort): MessagingClient {
  if (typeof Reflect.get(chat, 'sendMessage') !== 'function') {
    throw new Error(`the ${backendKind} backend's client does not implement MessagingPort yet`);
  }
  return chat as MessagingClient;
}

/** n ready clients with messaging, each logged in as a fresh userID. */
export async function createMessagingUsers(n: number): Promise<MessagingClient[]> {
  return (await createTestUsers(n)).map(messagingOf);
}

/** Call from afterEach: destroys every client of the test and, locally, starts the next test on a new server. */
export async function teardown(): Promise<void> {
  poolNext = 0;
  const groups = [...createdGroupIDs];
  createdGroupIDs.clear();
  if (backendKind === 'cloud') await Promise.all(groups.map((groupID) => dismissAsAdmin(groupID)));
  const clients = created.splice(0);
  await Promise.all(clients.map((chat) => chat.destroy().catch(() => undefined)));
  localServer = null;
}

/** The code of a rejection, or a thrown error explaining that the call succeeded. */
export async function rejectionCode(promise: Promise<unknown>): Promise<number> {
  try {
    await promise;
  } catch (error) {
    const code: unknown = error && typeof error === 'object' ? Reflect.get(error, 'code') : undefined;
    return typeof code === 'number' ? code : Number.NaN;
  }
  throw new Error('expected the call to be refused, but it succeeded');
}
