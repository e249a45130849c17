import { defineStore } from 'pinia';
import { ref } from 'vue';
import { appContext } from '@/src/app/context';
import { EVENT } from '@/src/chat/constants';
import { bindChatEvents, loadState } from './helpers/chat-store';
import { useProfilesStore } from './profiles';

/** The signed-in user's blocklist; every call answers the whole list, and BLACKLIST_UPDATED keeps it live. */
export const useBlocklistStore = defineStore('blocklist', () => {
  const userIDs = ref<string[]>([]);
  const loaded = ref(false);
  const { loading, error, run } = loadState();

  function apply(list: string[]): void {
    userIDs.value = [...list];
    loaded.value = true;
    void useProfilesStore().ensure(list);
  }

  const bind = bindChatEvents({
    listen: (chat) => chat.on(EVENT.BLACKLIST_UPDATED, (event) => apply(event.data)),
    signedOut: () => {
      userIDs.value = [];
      loaded.value = false;
    },
  });

  async function load(): Promise<void> {
    bind();
    await run(() => appContext().backend.chat.getBlacklist(), ({ data }) => apply(data));
  }

  function has(userID: string): boolean {
    return userIDs.value.includes(userID);
  }

  /**
   * Answers the IDs left out: the service skips accounts that do not exist (and oneself) without an error,
   * so the caller can tell the person.
   */
  async function block(ids: string[]): Promise<string[]> {
    bind();
    const list = (await appContext().backend.chat.addToBlacklist({ userIDList: ids })).data;
    apply(list);
    return ids.filter((id) => !list.includes(id));
  }

  /** Optimistic: the rows disappear at once and come back if the service refuses. */
  async function unblock(ids: string[]): Promise<void> {
    bind();
    const before = userIDs.value;
    userIDs.value = before.filter((id) => !ids.includes(id));
    try {
      apply((await appContext().backend.chat.removeFromBlacklist({ userIDList: ids })).data);
    } catch (caught) {
      userIDs.value = before;
      throw caught;
    }
  }

  return { userIDs, loaded, loading, error, load, has, block, unblock };
});
