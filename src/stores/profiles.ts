import { defineStore } from 'pinia';
import { shallowReactive } from 'vue';
import { appContext } from '@/src/app/context';
import { EVENT } from '@/src/chat/constants';
import type { Profile } from '@/src/chat/types';
import { chunk } from '@/src/utils/chunk';
import { personName } from '@/src/utils/names';
import { bindChatEvents } from './helpers/chat-store';
import { useFriendsStore } from './friends';

/** getUserProfile answers at most 100 users a request; the SDK drops the rest. */
export const PROFILE_BATCH = 100;

/**
 * Other users' profiles for lists and cards: fetched in batches of ≤ 100, never twice for a user while
 * cached (or while a fetch for them is in flight), and refreshed by PROFILE_UPDATED.
 */
export const useProfilesStore = defineStore('profiles', () => {
  const byID = shallowReactive(new Map<string, Profile>());
  const missing = shallowReactive(new Set<string>());
  const inFlight = new Map<string, Promise<void>>();

  const bind = bindChatEvents({
    listen: (chat) =>
      chat.on(EVENT.PROFILE_UPDATED, (event) => {
        for (const profile of event.data) if (byID.has(profile.userID)) byID.set(profile.userID, profile);
      }),
    signedOut: () => {
      byID.clear();
      missing.clear();
    },
  });

  async function fetchBatch(ids: string[]): Promise<void> {
    const { data } = await appContext().backend.chat.getUserProfile({ userIDList: ids });
    const found = new Set(data.map((profile) => profile.userID));
    for (const profile of data) byID.set(profile.userID, profile);
    // The service silently omits unknown users; remember them so they are not asked for again.
    for (const id of ids) if (!found.has(id)) missing.add(id);
  }

  /** Makes sure the profiles of `userIDs` are cached; resolves when every needed batch has answered. */
  async function ensure(userIDs: readonly string[]): Promise<void> {
    bind();
    const waiting: Promise<void>[] = [];
    const needed: string[] = [];
    for (const id of new Set(userIDs)) {
      if (byID.has(id) || missing.has(id)) continue;
      const pending = inFlight.get(id);
      if (pending) waiting.push(pending);
      else needed.push(id);
    }
    for (const batch of chunk(needed, PROFILE_BATCH)) {
      const request = fetchBatch(batch).finally(() => {
        for (const id of batch) inFlight.delete(id);
      });
      for (const id of batch) inFlight.set(id, request);
      waiting.push(request);
    }
    await Promise.all(waiting);
  }

  /** Fetches again even when cached (a card being opened wants the latest). */
  async function refresh(userID: string): Promise<Profile | undefined> {
    bind();
    byID.delete(userID);
    missing.delete(userID);
    await ensure([userID]);
    return byID.get(userID);
  }

  function get(userID: string): Profile | undefined {
    return byID.get(userID);
  }

  /** What to call a person: the remark you gave them as a friend, else their nickname once known, else the userID. */
  function nameOf(userID: string): string {
    const friend = useFriendsStore().get(userID);
    return personName({ userID, nick: get(userID)?.nick || friend?.profile.nick, remark: friend?.remark });
  }

  function isMissing(userID: string): boolean {
    return missing.has(userID);
  }

  return { ensure, refresh, get, nameOf, isMissing };
});
