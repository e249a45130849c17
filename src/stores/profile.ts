import { defineStore } from 'pinia';
import { ref } from 'vue';
import { appContext } from '@/src/app/context';
import { EVENT } from '@/src/chat/constants';
import type { UpdateMyProfileOptions } from '@/src/chat/port';
import { checkProfileUpdate } from '@/src/chat/rules/profile';
import type { Profile } from '@/src/chat/types';
import { bindChatEvents, loadState } from './helpers/chat-store';

/** The signed-in user's own profile, kept current by PROFILE_UPDATED from any of their instances. */
export const useMyProfileStore = defineStore('myProfile', () => {
  const profile = ref<Profile | null>(null);
  const { loading, error: loadError, run } = loadState();

  const bind = bindChatEvents({
    listen: (chat) =>
      chat.on(EVENT.PROFILE_UPDATED, (event) => {
        const mine = event.data.find((item) => item.userID === profile.value?.userID);
        if (mine) profile.value = mine;
      }),
    signedOut: () => {
      profile.value = null;
    },
  });

  async function load(): Promise<void> {
    bind();
    await run(
      () => appContext().backend.chat.getMyProfile(),
      ({ data }) => {
        profile.value = data;
      },
    );
  }

  /**
   * Sends only what the service would accept: a RuleViolation (a ChatError with the service's code) is
   * thrown before any request when a value breaks a rule, and nothing is stored.
   */
  async function update(options: UpdateMyProfileOptions): Promise<Profile> {
    bind();
    const violation = checkProfileUpdate(options, appContext().config.profileCustomKeys);
    if (violation) throw violation;
    const next = (await appContext().backend.chat.updateMyProfile(options)).data;
    profile.value = next;
    return next;
  }

  return { profile, loading, loadError, load, update };
});
