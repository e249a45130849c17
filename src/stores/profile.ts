import { defineStore } from 'pinia';
import { ref } from 'vue';
import { appContext } from '@/src/app/context';
import { EVENT } from '@/src/chat/constants';
import { toErrorLike, type ErrorLike } from '@/src/chat/errors';
import type { UpdateMyProfileOptions } from '@/src/chat/port';
import { checkProfileUpdate } from '@/src/chat/rules/profile';
import type { Profile } from '@/src/chat/types';

/** The signed-in user's own profile, kept current by PROFILE_UPDATED from any of their instances. */
export const useMyProfileStore = defineStore('myProfile', () => {
  const profile = ref<Profile | null>(null);
  const loading = ref(false);
  const loadError = ref<ErrorLike | null>(null);
  let bound = false;

  function bind(): void {
    if (bound) return;
    bound = true;
    const { chat } = appContext().backend;
    chat.on(EVENT.PROFILE_UPDATED, (event) => {
      const mine = event.data.find((item) => item.userID === profile.value?.userID);
      if (mine) profile.value = mine;
    });
    chat.on(EVENT.SDK_NOT_READY, () => {
      profile.value = null;
    });
  }

  async function load(): Promise<void> {
    bind();
    loading.value = true;
    loadError.value = null;
    try {
      profile.value = (await appContext().backend.chat.getMyProfile()).data;
    } catch (error) {
      loadError.value = toErrorLike(error);
    } finally {
      loading.value = false;
    }
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
