import { defineStore } from 'pinia';
import { computed } from 'vue';
import { appContext } from '@/src/app/context';
import { EVENT, TYPES } from '@/src/chat/constants';
import { ChatError } from '@/src/chat/errors';
import type { Friend, FriendRelation } from '@/src/chat/friend-types';
import { FRIEND_CODE, friendCustomFieldViolation, remarkBytesViolation, wordingViolation } from '@/src/chat/rules/friends';
import type { CustomField } from '@/src/chat/types';
import { pushedList } from './helpers/chat-store';

/**
 * Where requests sent from this app say they came from (addFriend's `source`, `AddSource_Type_` + at most 8
 * English letters): the person found the other by their userID.
 */
export const ADD_SOURCE = 'AddSource_Type_Search';

export interface AddFriendInput {
  userID: string;
  /** The greeting the other person reads with the request (≤ 256 bytes). */
  wording?: string;
  /** The remark to give them once they are a friend (≤ 96 bytes). */
  remark?: string;
  /** A friend group of yours to put them in (created when missing). */
  groupName?: string;
}

/** What an add did: they are a friend now (AllowAny), or a request waits for them (NeedConfirm, 30539). */
export type AddFriendOutcome = 'added' | 'requested';

/**
 * The signed-in user's friends. The list comes from getFriendList, then from FRIEND_LIST_UPDATED (the SDK's
 * whole list, throttled to one a second), which also arrives by itself after sign-in: the store follows the
 * events from launch (follow()), so remarks show on every screen before Contacts was ever opened.
 */
export const useFriendsStore = defineStore('friends', () => {
  // load(): a page's show, pull to refresh; what is shown stays until the answer lands.
  const { list, loaded, loading, error, bind, load } = pushedList<Friend>({
    listen: (chat, apply) => chat.on(EVENT.FRIEND_LIST_UPDATED, (event) => apply(event.data)),
    fetch: async (chat) => (await chat.getFriendList()).data,
  });

  const byID = computed(() => new Map(list.value.map((friend) => [friend.userID, friend])));

  /** Subscribes to the friend events without fetching (the app's launch): the SDK announces the list itself. */
  function follow(): void {
    bind();
  }

  function get(userID: string): Friend | undefined {
    return byID.value.get(userID);
  }

  function isFriend(userID: string): boolean {
    return byID.value.has(userID);
  }

  /** The remark you gave `userID` ('' when none, or not a friend). */
  function remarkOf(userID: string): string {
    return byID.value.get(userID)?.remark ?? '';
  }

  /** Puts the service's answer for one friend into the list at once (the pushed list confirms it later). */
  function put(friend: Friend): void {
    if (!byID.value.has(friend.userID)) return;
    list.value = list.value.map((item) => (item.userID === friend.userID ? friend : item));
  }

  /** Sets (or clears, with '') the remark; a remark over 96 bytes is refused before sending (30001). */
  async function setRemark(userID: string, remark: string): Promise<Friend> {
    bind();
    const problem = remarkBytesViolation(remark);
    if (problem) throw problem;
    const { data } = await appContext().backend.chat.updateFriend({ userID, remark });
    put(data);
    return data;
  }

  /** Sets `Tag_SNS_Custom_*` fields of a friend (keys registered in the console, values ≤ 500 bytes). */
  async function setCustomFields(userID: string, fields: CustomField[]): Promise<Friend> {
    bind();
    const problem = friendCustomFieldViolation('updateFriend', fields);
    if (problem) throw problem;
    const { data } = await appContext().backend.chat.updateFriend({ userID, friendCustomField: fields });
    put(data);
    return data;
  }

  /** Ends the friendship both ways (the SDK's default); the row leaves the list at once. */
  async function remove(userID: string): Promise<void> {
    bind();
    const { data } = await appContext().backend.chat.deleteFriend({ userIDList: [userID], type: TYPES.SNS_DELETE_TYPE_BOTH });
    const failure = data.failureUserIDList.find((entry) => entry.userID === userID);
    if (failure) throw new ChatError(failure.code, failure.message);
    list.value = list.value.filter((friend) => friend.userID !== userID);
  }

  /** Who lists whom (both ways checked): NoRelation, AWithB (you list them), BWithA (they list you), BothWay. */
  async function relationWith(userID: string): Promise<FriendRelation> {
    bind();
    const { data } = await appContext().backend.chat.checkFriend({ userIDList: [userID], type: TYPES.SNS_CHECK_TYPE_BOTH });
    const failure = data.failureUserIDList.find((entry) => entry.userID === userID);
    if (failure) throw new ChatError(failure.code, failure.message);
    return data.successUserIDList.find((entry) => entry.userID === userID)?.relation ?? TYPES.SNS_TYPE_NO_RELATION;
  }

  /**
   * Adds a friend both ways, or sends a request when they approve friends by hand. Refusals reject with the
   * service's code (30515 you blocked them, 30516 they take no requests, 30525 they blocked you, 30010/30014
   * friend limits, 30012 too many pending requests…). The greeting and remark are checked before sending.
   */
  async function add(input: AddFriendInput): Promise<AddFriendOutcome> {
    bind();
    const problem = (input.remark ? remarkBytesViolation(input.remark) : null) ?? (input.wording ? wordingViolation(input.wording) : null);
    if (problem) throw problem;
    const { data } = await appContext().backend.chat.addFriend({
      to: input.userID,
      source: ADD_SOURCE,
      wording: input.wording ?? '',
      remark: input.remark ?? '',
      ...(input.groupName ? { groupName: input.groupName } : {}),
      type: TYPES.SNS_ADD_TYPE_BOTH,
    });
    if (data.code === FRIEND_CODE.ALLOW_TYPE_NEED_CONFIRM) return 'requested';
    if (data.code !== 0) throw new ChatError(data.code, data.message ?? 'addFriend failed');
    // The pushed list can take a second (the SDK's throttle): the new friend shows at once instead.
    await load();
    return 'added';
  }

  return { list, byID, loaded, loading, error, follow, load, get, isFriend, remarkOf, setRemark, setCustomFields, remove, relationWith, add };
});
