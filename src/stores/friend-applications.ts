import { defineStore } from 'pinia';
import { computed, ref, shallowRef } from 'vue';
import { appContext } from '@/src/app/context';
import { EVENT, TYPES } from '@/src/chat/constants';
import type { FriendApplication, FriendApplicationListResult, FriendApplicationType } from '@/src/chat/friend-types';
import { remarkBytesViolation } from '@/src/chat/rules/friends';
import { bindChatEvents, loadState } from './helpers/chat-store';

/**
 * Friend requests, received and sent, with the count of received ones not yet read (the badge of "New
 * friends"). The list comes from getFriendApplicationList, then from FRIEND_APPLICATION_LIST_UPDATED, which
 * the SDK also announces after sign-in; decisions change the list at once and the pushed list confirms them.
 */
export const useFriendApplicationsStore = defineStore('friend-applications', () => {
  const list = shallowRef<readonly FriendApplication[]>([]);
  const unreadCount = ref(0);
  const loaded = ref(false);
  const listLoad = loadState();
  const { loading, error } = listLoad;

  /** Newest first, as WeChat's "New friends" lists them. */
  const received = computed(() => newestFirst(list.value.filter((item) => item.type === TYPES.SNS_APPLICATION_SENT_TO_ME)));
  const sent = computed(() => newestFirst(list.value.filter((item) => item.type === TYPES.SNS_APPLICATION_SENT_BY_ME)));

  function apply(result: FriendApplicationListResult): void {
    list.value = result.friendApplicationList;
    unreadCount.value = result.unreadCount;
    loaded.value = true;
  }

  const bind = bindChatEvents({
    listen: (chat) =>
      chat.on(EVENT.FRIEND_APPLICATION_LIST_UPDATED, (event) => {
        listLoad.invalidate();
        apply(event.data);
      }),
    signedOut: () => {
      listLoad.invalidate();
      list.value = [];
      unreadCount.value = 0;
      loaded.value = false;
    },
  });

  /** Subscribes without fetching (the app's launch): the SDK announces the list after sign-in. */
  function follow(): void {
    bind();
  }

  /** Never rejects: a failure is kept in `error`. */
  async function load(): Promise<void> {
    bind();
    await listLoad.run(() => appContext().backend.chat.getFriendApplicationList(), ({ data }) => apply(data));
  }

  /**
   * The request leaves the list at once; then the list is read again, since which received requests are unread
   * only the service knows (the count stays within what is left meanwhile).
   */
  async function drop(userID: string, type: FriendApplicationType): Promise<void> {
    list.value = list.value.filter((item) => !(item.userID === userID && item.type === type));
    unreadCount.value = Math.min(unreadCount.value, received.value.length);
    await load();
  }

  /** The received request of `userID`, if there is one. */
  function receivedFrom(userID: string): FriendApplication | undefined {
    return list.value.find((item) => item.userID === userID && item.type === TYPES.SNS_APPLICATION_SENT_TO_ME);
  }

  /** The request you sent to `userID` that is still waiting, if there is one. */
  function sentTo(userID: string): FriendApplication | undefined {
    return list.value.find((item) => item.userID === userID && item.type === TYPES.SNS_APPLICATION_SENT_BY_ME);
  }

  /** Accepts and adds them back (AgreeAndAdd), with the remark to give them (≤ 96 bytes, checked first). */
  async function accept(userID: string, remark = ''): Promise<void> {
    bind();
    const problem = remarkBytesViolation(remark);
    if (problem) throw problem;
    await appContext().backend.chat.acceptFriendApplication({ userID, remark, type: TYPES.SNS_APPLICATION_AGREE_AND_ADD });
    await drop(userID, TYPES.SNS_APPLICATION_SENT_TO_ME);
  }

  async function refuse(userID: string): Promise<void> {
    bind();
    await appContext().backend.chat.refuseFriendApplication({ userID });
    await drop(userID, TYPES.SNS_APPLICATION_SENT_TO_ME);
  }

  /** Removes a request from your list (a received one stays refused by nobody; a sent one is withdrawn from yours). */
  async function remove(userID: string, type: FriendApplicationType): Promise<void> {
    bind();
    await appContext().backend.chat.deleteFriendApplication({ userID, type });
    await drop(userID, type);
  }

  /** Marks every received request read: the badge clears at once. */
  async function markRead(): Promise<void> {
    bind();
    if (unreadCount.value === 0) return;
    const before = unreadCount.value;
    unreadCount.value = 0;
    try {
      await appContext().backend.chat.setFriendApplicationRead();
    } catch (caught) {
      unreadCount.value = before;
      throw caught;
    }
  }

  return { list, received, sent, unreadCount, loaded, loading, error, follow, load, receivedFrom, sentTo, accept, refuse, remove, markRead };
});

function newestFirst(items: FriendApplication[]): FriendApplication[] {
  return [...items].sort((a, b) => b.time - a.time);
}
