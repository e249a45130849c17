import { defineStore } from 'pinia';
import { shallowReactive } from 'vue';
import { appContext } from '@/src/app/context';
import { EVENT } from '@/src/chat/constants';
import type { UserStatus } from '@/src/chat/types';
import { chunk } from '@/src/utils/chunk';
import { bindChatEvents } from './helpers/chat-store';

/** subscribeUserStatus and unsubscribeUserStatus take at most 100 users a call. */
const STATUS_BATCH = 100;

/**
 * Other users' online state and custom status, kept live only while something shows them: watchers are
 * counted per user, subscribed on the first and unsubscribed after the last, so nothing leaks.
 */
export const useUserStatusStore = defineStore('userStatus', () => {
  const byID = shallowReactive(new Map<string, UserStatus>());
  const watchers = new Map<string, number>();

  const bind = bindChatEvents({
    listen: (chat) =>
      chat.on(EVENT.USER_STATUS_UPDATED, (event) => {
        for (const status of event.data) byID.set(status.userID, status);
      }),
    signedOut: () => {
      byID.clear();
      watchers.clear();
    },
  });

  /** Starts watching; returns the function that stops. */
  async function watch(userIDs: readonly string[]): Promise<() => Promise<void>> {
    bind();
    const { chat } = appContext().backend;
    const ids = [...new Set(userIDs)];
    const fresh = ids.filter((id) => (watchers.get(id) ?? 0) === 0);
    for (const id of ids) watchers.set(id, (watchers.get(id) ?? 0) + 1);

    let stopped = false;
    const stop = async (): Promise<void> => {
      if (stopped) return;
      stopped = true;
      const released: string[] = [];
      for (const id of ids) {
        const left = (watchers.get(id) ?? 1) - 1;
        if (left > 0) watchers.set(id, left);
        else {
          watchers.delete(id);
          released.push(id);
        }
      }
      if (!chat.isReady()) return;
      for (const batch of chunk(released, STATUS_BATCH)) await chat.unsubscribeUserStatus({ userIDList: batch });
    };

    try {
      for (const batch of chunk(fresh, STATUS_BATCH)) {
        const { successUserList } = (await chat.getUserStatus({ userIDList: batch })).data;
        for (const status of successUserList) byID.set(status.userID, status);
        await chat.subscribeUserStatus({ userIDList: batch });
      }
    } catch (caught) {
      // Counted but never handed out: undo the count (and whatever batches did subscribe) before failing.
      await stop().catch(() => undefined);
      throw caught;
    }
    return stop;
  }

  function get(userID: string): UserStatus | undefined {
    return byID.get(userID);
  }

  /** Users currently subscribed to (for tests and diagnostics). */
  function watched(): string[] {
    return [...watchers.keys()];
  }

  return { watch, get, watched };
});
