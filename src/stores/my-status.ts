import { defineStore } from 'pinia';
import { ref } from 'vue';
import { appContext } from '@/src/app/context';
import { EVENT } from '@/src/chat/constants';
import { toErrorLike, type ErrorLike } from '@/src/chat/errors';
import { validateCustomStatus } from '@/src/chat/rules/status';
import type { UserStatus } from '@/src/chat/types';

/** The signed-in user's online state and custom status. */
export const useMyStatusStore = defineStore('myStatus', () => {
  const status = ref<UserStatus | null>(null);
  const error = ref<ErrorLike | null>(null);
  let bound = false;

  function bind(): void {
    if (bound) return;
    bound = true;
    const { chat } = appContext().backend;
    chat.on(EVENT.USER_STATUS_UPDATED, (event) => {
      const me = chat.getLoginUser();
      const mine = event.data.find((item) => item.userID === me);
      if (mine) status.value = mine;
    });
    chat.on(EVENT.SDK_NOT_READY, () => {
      status.value = null;
    });
  }

  async function load(): Promise<void> {
    bind();
    const { chat } = appContext().backend;
    try {
      const { successUserList } = (await chat.getUserStatus({ userIDList: [chat.getLoginUser()] })).data;
      status.value = successUserList[0] ?? null;
      error.value = null;
    } catch (caught) {
      error.value = toErrorLike(caught);
    }
  }

  /** Throws the service's RuleViolation (field 'customStatus') before sending a value it would refuse. */
  async function setCustomStatus(customStatus: string): Promise<UserStatus> {
    bind();
    validateCustomStatus({ customStatus });
    const next = (await appContext().backend.chat.setSelfStatus({ customStatus })).data;
    status.value = next;
    return next;
  }

  return { status, error, load, setCustomStatus };
});
