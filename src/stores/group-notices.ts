import { defineStore } from 'pinia';
import { computed, ref, shallowRef } from 'vue';
import { EVENT, GROUP_NOTICE, TYPES } from '@/src/chat/constants';
import type { Message, MessageOf } from '@/src/chat/message-types';
import { bindChatEvents, loadState } from './helpers/chat-store';
import { held, mergeLive, prependPage } from './helpers/message-list';
import { messagingChat } from './helpers/messaging';
import { useConversationsStore } from './conversations';
import { useGroupsStore } from './groups';

export type GroupNotice = MessageOf<typeof TYPES.MSG_GRP_SYS_NOTICE>;
export type NoticeDecision = 'Agree' | 'Reject';

function isNotice(message: Message): message is GroupNotice {
  return message.type === TYPES.MSG_GRP_SYS_NOTICE;
}

/**
 * Group system notices (join requests, decisions, invitations, removals, dismissals, role changes): the
 * `@TIM#SYSTEM` conversation, which the SDK keeps in memory only (getMessageList answers what this instance
 * received since sign-in, index.es.js `_needGetHistory`). The list follows MESSAGE_RECEIVED; join requests are
 * decided in place through the groups store. The entry's badge is the conversations store's `systemUnread`.
 */
export const useGroupNoticesStore = defineStore('group-notices', () => {
  /** Oldest first, as getMessageList answers. */
  const notices = shallowRef<readonly GroupNotice[]>([]);
  const loaded = ref(false);
  const noticesLoad = loadState();
  const { loading, error } = noticesLoad;
  /** Join requests decided here, by notice ID (the SDK deletes a notice once handled; the screen shows the outcome instead). */
  const decisions = ref<Record<string, NoticeDecision>>({});

  /** Newest first, for a notices page. */
  const newestFirst = computed(() => [...notices.value].reverse());
  const unread = computed(() => useConversationsStore().systemUnread);

  const bind = bindChatEvents({
    listen: (chat) => {
      chat.on(EVENT.MESSAGE_RECEIVED, (event) => {
        const arrived = event.data.filter(isNotice);
        if (arrived.length > 0) notices.value = mergeLive(notices.value, arrived.map(held)) as GroupNotice[];
      });
    },
    signedOut: () => {
      noticesLoad.invalidate();
      notices.value = [];
      decisions.value = {};
      loaded.value = false;
    },
  });

  /**
   * Everything the SDK holds in `@TIM#SYSTEM` (memory only, so a few pages at most), and the join requests
   * still waiting, which tell whether a request notice can still be decided. Never rejects.
   */
  async function load(): Promise<void> {
    bind();
    await Promise.all([
      noticesLoad.run(
        async () => {
          const chat = messagingChat();
          let all: readonly Message[] = [];
          let cursor = '';
          for (;;) {
            const { data } = await chat.getMessageList({ conversationID: TYPES.CONV_SYSTEM, nextReqMessageID: cursor });
            all = prependPage(all, data.messageList.map(held));
            if (data.isCompleted || !data.nextReqMessageID) return all;
            cursor = data.nextReqMessageID;
          }
        },
        (all) => {
          // Notices that arrived while the pages were on their way are kept.
          notices.value = mergeLive(all.filter(isNotice), notices.value) as GroupNotice[];
          loaded.value = true;
        },
      ),
      useGroupsStore().loadApplications(),
    ]);
  }

  /** Clears the entry's badge (the notices page is shown). */
  async function markRead(): Promise<void> {
    await useConversationsStore().markRead(TYPES.CONV_SYSTEM);
  }

  /**
   * Whether a join request notice can still be decided here: no decision made on this device, and the request
   * still in the group's pending applications (another admin may have decided it; the groups store reloads
   * them as tips arrive).
   */
  function isPending(notice: GroupNotice): boolean {
    if (notice.payload.operationType !== GROUP_NOTICE.JOIN_REQUEST || decisions.value[notice.ID]) return false;
    const { groupID } = notice.payload.groupProfile;
    return useGroupsStore().applications.some(
      (application) => application.groupID === groupID && application.applicant === notice.payload.operatorID && application.applicationType !== 2,
    );
  }

  /** Agrees to or rejects the join request the notice carries; rejects with the service's code (10024: decided already). */
  async function decide(notice: GroupNotice, action: NoticeDecision, handleMessage = ''): Promise<void> {
    bind();
    await useGroupsStore().handleNotice(notice, action, handleMessage);
    decisions.value = { ...decisions.value, [notice.ID]: action };
  }

  /** Empties `@TIM#SYSTEM` (notices cannot be deleted one by one: 2116). */
  async function clear(): Promise<void> {
    bind();
    await messagingChat().clearHistoryMessage(TYPES.CONV_SYSTEM);
    notices.value = [];
  }

  return { notices, newestFirst, unread, decisions, loaded, loading, error, load, markRead, isPending, decide, clear };
});
