/**
 * Helpers of the relationship chain and group attribute contract suites, in the SDK's terms only (ChatPort and
 * FriendPort), so that they hold against Tencent Cloud Chat as well as the embedded service.
 */
import { EVENT, TYPES } from '@/src/chat/constants';
import type { AllowType } from '@/src/chat/constants';
import type { Friend, FriendApplicationListResult, FriendGroup } from '@/src/chat/friend-types';
import type { ChatPort, FriendPort } from '@/src/chat/port';
import type { ChatEvent, ChatEventName, ChatEventPayloads } from '@/src/chat/types';
import { EVENT_TIMEOUT_MS, backendKind, createTestUsers, waitForEvent } from './harness';

export type FriendClient = ChatPort & FriendPort;

/**
 * FRIEND_LIST_UPDATED is throttled by the SDK (one leading and one trailing event per second), so an expected
 * list may come up to a second later than other events.
 */
export const LIST_TIMEOUT_MS = EVENT_TIMEOUT_MS + 2_000;

/** Registered for the app in the console when the suite runs against the real service. */
export const CUSTOM_KEY = 'Tag_SNS_Custom_Test';

export const WEB = 'AddSource_Type_Web';

/** A backend's client as a FriendPort, or a clear failure while that backend does not implement it yet. */
export function friendPort(chat: ChatPort): FriendClient {
  const candidate: Partial<FriendPort> = chat as Partial<FriendPort>;
  if (typeof candidate.addFriend !== 'function' || typeof candidate.initGroupAttributes !== 'function') {
    throw new Error(`the ${backendKind} backend does not implement FriendPort yet`);
  }
  return chat as FriendClient;
}

export async function createFriendUsers(n: number): Promise<FriendClient[]> {
  return (await createTestUsers(n)).map(friendPort);
}

export function uid(chat: ChatPort): string {
  return chat.getLoginUser();
}

/** Options the SDK typings would refuse at compile time. */
export function raw<T>(value: unknown): T {
  return value as T;
}

export async function setAllowType(chat: FriendClient, allowType: AllowType): Promise<void> {
  await chat.updateMyProfile({ allowType });
}

export function untilEvent<E extends ChatEventName>(
  chat: ChatPort,
  eventName: E,
  matches: (data: ChatEventPayloads[E]) => boolean,
): Promise<ChatEvent<ChatEventPayloads[E]>> {
  return waitForEvent(chat, eventName, (event) => matches(event.data), LIST_TIMEOUT_MS);
}

/** The next FRIEND_LIST_UPDATED whose list satisfies `matches` (the list is the whole list each time). */
export function listUpdate(chat: ChatPort, matches: (list: Friend[]) => boolean) {
  return untilEvent(chat, EVENT.FRIEND_LIST_UPDATED, matches);
}

export function requestsUpdate(chat: ChatPort, matches: (result: FriendApplicationListResult) => boolean) {
  return untilEvent(chat, EVENT.FRIEND_APPLICATION_LIST_UPDATED, matches);
}

export function groupsUpdate(chat: ChatPort, matches: (groups: FriendGroup[]) => boolean) {
  return untilEvent(chat, EVENT.FRIEND_GROUP_LIST_UPDATED, matches);
}

export const ids = (list: ReadonlyArray<{ userID: string }>): string[] => list.map((item) => item.userID).sort();

/** What a refused relationship call must leave as it was, for one user. */
export async function relationState(chat: FriendClient): Promise<unknown> {
  const friends = (await chat.getFriendList()).data.map(({ userID, remark, groupList, friendCustomField }) => ({
    userID,
    remark,
    groupList: [...groupList].sort(),
    friendCustomField,
  }));
  friends.sort((a, b) => a.userID.localeCompare(b.userID));
  const requests = (await chat.getFriendApplicationList()).data;
  const groups = (await chat.getFriendGroupList()).data.map((group) => ({ ...group, userIDList: [...group.userIDList].sort() }));
  return {
    friends,
    requests: requests.friendApplicationList.map(({ userID, type, wording }) => ({ userID, type, wording })),
    unreadCount: requests.unreadCount,
    groups,
  };
}

/** Makes a and b friends both ways (b accepts anyone) and waits until both lists show it. */
export async function befriend(a: FriendClient, b: FriendClient): Promise<void> {
  const aSees = listUpdate(a, (list) => list.some((friend) => friend.userID === uid(b)));
  const bSees = listUpdate(b, (list) => list.some((friend) => friend.userID === uid(a)));
  await a.addFriend({ to: uid(b), source: WEB, type: TYPES.SNS_ADD_TYPE_BOTH });
  await Promise.all([aSees, bSees]);
}
