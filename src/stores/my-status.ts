import { defineStore } from 'pinia';
import { ref } from 'vue';
import { appContext } from '@/src/app/context';
import { EVENT } from '@/src/chat/constants';
import { validateCustomStatus } from '@/src/chat/rules/status';
import type { UserStatus } from '@/src/chat/types';
import { bindChatEvents, loadState } from './helpers/chat-store';

/** The signed-in user's online state and custom status. */
export const useMyStatusStore = defineStore('myStatus', () => {
  const status = ref<UserStatus | null>(null);
  const { error, run } = loadState();

  const bind = bindChatEvents({
    listen: (chat) =>
      chat.on(EVENT.USER_STATUS_UPDATED, (event) => {
        const me = chat.getLoginUser();
        const mine = event.data.find((item) => item.userID === me);
        if (mine) status.value = mine;
      }),
    signedOut: () => {
      status.value = null;
    },
  });

  async function load(): Promise<void> {
    bind();
    const { chat } = appContext().backend;
    await run(
      () => chat.getUserStatus({ userIDList: [chat.getLoginUser()] }),
      ({ data }) => {
        status.value = data.successUserList[0] ?? null;
      },
    );
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
