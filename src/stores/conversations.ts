import { defineStore } from 'pinia';
import { computed, ref, shallowRef } from 'vue';
import { EVENT, TYPES } from '@/src/chat/constants';
import type { MessageRemindType } from '@/src/chat/constants';
import { ChatError } from '@/src/chat/errors';
import type { Conversation } from '@/src/chat/message-types';
import { bindChatEvents, loadState } from './helpers/chat-store';
import { sortConversations } from './helpers/conversation-order';
import { messagingChat } from './helpers/messaging';
import { useGroupsStore } from './groups';

/**
 * Whether a conversation is muted ("message do not disturb"): the SDK leaves a conversation whose remind type
 * is set and is not AcceptAndNotify out of the total unread count (index.es.js getTotalUnreadMessageCount), and
 * lists show its unread as a grey dot.
 */
export function isMuted(conversation: Pick<Conversation, 'messageRemindType'>): boolean {
  return conversation.messageRemindType !== '' && conversation.messageRemindType !== TYPES.MSG_REMIND_ACPT_AND_NOTE;
}

/** The remind type a mute switch sets: notified again, or received without notification. */
export function remindTypeFor(muted: boolean): MessageRemindType {
  return muted ? TYPES.MSG_REMIND_ACPT_NOT_NOTE : TYPES.MSG_REMIND_ACPT_AND_NOTE;
}

export interface DeleteConversationOptions {
  /**
   * Also delete the history, here and in the cloud (the SDK's default, true). false keeps the messages: the
   * conversation comes back with them when a new message arrives.
   */
  clearHistory?: boolean;
}

/**
 * The conversation list and the total unread count. The list comes from getConversationList once, then
 * from CONVERSATION_LIST_UPDATED (throttled by the SDK to one per second, always the whole list); it is kept
 * across page mounts and never cleared before a refresh, so the list page shows the last known list at once.
 * Actions update the list at once and the next pushed list confirms them.
 */
export const useConversationsStore = defineStore('conversations', () => {
  /** In the SDK's order (pinned first, newest first), `@TIM#SYSTEM` included when it has notices. */
  const list = shallowRef<readonly Conversation[]>([]);
  /** Whether a list arrived since sign-in: until then the page shows its first-load state. */
  const loaded = ref(false);
  const listLoad = loadState();
  const { loading, error } = listLoad;
  /** Unread messages of every conversation but muted ones and `@TIM#SYSTEM` (the SDK's count). */
  const totalUnread = ref(0);
  /** Drafts the SDK would not keep (a conversation it does not list): kept here instead, for this session. */
  const heldDrafts = ref<Record<string, string>>({});

  const byID = computed(() => new Map(list.value.map((conversation) => [conversation.conversationID, conversation])));
  /** The rows of the conversation list: everything but the group notices (`@TIM#SYSTEM`), which have their own entry. */
  const chats = computed(() => list.value.filter((conversation) => conversation.type !== TYPES.CONV_SYSTEM));
  /** The `@TIM#SYSTEM` conversation (group system notices), when the SDK holds one. */
  const system = computed(() => byID.value.get(TYPES.CONV_SYSTEM));
  /** Unread group notices: the "Group notices" entry's own badge (not part of totalUnread). */
  const systemUnread = computed(() => system.value?.unreadCount ?? 0);

  const bind = bindChatEvents({
    listen: (chat) => {
      chat.on(EVENT.CONVERSATION_LIST_UPDATED, (event) => {
        // A fetch answered with older data than this push must not overwrite it.
        listLoad.invalidate();
        list.value = event.data;
        loaded.value = true;
      });
      chat.on(EVENT.TOTAL_UNREAD_MESSAGE_COUNT_UPDATED, (event) => {
        totalUnread.value = event.data;
      });
    },
    signedOut: () => {
      listLoad.invalidate();
      list.value = [];
      loaded.value = false;
      totalUnread.value = 0;
      heldDrafts.value = {};
    },
  });

  /** The SDK's total, read at once (getTotalUnreadMessageCount is synchronous). */
  function readTotal(): void {
    try {
      totalUnread.value = messagingChat().getTotalUnreadMessageCount();
    } catch {
      // Not signed in (any more): the total stays as it was; SDK_NOT_READY clears it.
    }
  }

  /** Fetches the list (first show, pull to refresh); what is shown stays until the answer lands. Never rejects. */
  async function load(): Promise<void> {
    bind();
    await listLoad.run(
      () => messagingChat().getConversationList(),
      ({ data }) => {
        list.value = data.conversationList;
        loaded.value = true;
        readTotal();
      },
    );
  }

  function patch(conversationID: string, change: Partial<Conversation>): Conversation | undefined {
    const before = byID.value.get(conversationID);
    if (!before) return undefined;
    const after = { ...before, ...change };
    list.value = list.value.map((conversation) => (conversation === before ? after : conversation));
    return before;
  }

  function put(conversation: Conversation): void {
    if (byID.value.has(conversation.conversationID)) {
      list.value = list.value.map((item) => (item.conversationID === conversation.conversationID ? conversation : item));
      return;
    }
    // Where the SDK puts a conversation fetched before it had a message (`_insertConvAfterTopmost`).
    const firstUnpinned = list.value.findIndex((item) => !item.isPinned);
    const at = firstUnpinned < 0 ? list.value.length : firstUnpinned;
    list.value = [...list.value.slice(0, at), conversation, ...list.value.slice(at)];
  }

  /**
   * A conversation's profile, for opening a chat: one in the list as it is, else the SDK fetches the user or
   * group and adds the conversation after the pinned ones (so drafts can be kept for it). 2501 when the user
   * does not exist.
   */
  async function profile(conversationID: string): Promise<Conversation> {
    bind();
    const { conversation } = (await messagingChat().getConversationProfile(conversationID)).data;
    if (byID.value.has(conversationID)) put(conversation);
    return conversation;
  }

  async function pin(conversationID: string, isPinned: boolean): Promise<void> {
    bind();
    const before = byID.value.get(conversationID);
    if (before) list.value = sortConversations(list.value.map((item) => (item === before ? { ...item, isPinned } : item)));
    try {
      await messagingChat().pinConversation({ conversationID, isPinned });
    } catch (caught) {
      if (before) list.value = sortConversations(list.value.map((item) => (item.conversationID === conversationID ? before : item)));
      throw caught;
    }
  }

  /**
   * Mutes or unmutes notifications: a group's remind type is a member setting (the groups store's
   * setRemindType, the groupID form); a C2C conversation's the userIDList form.
   */
  async function mute(conversationID: string, muted: boolean): Promise<void> {
    bind();
    const conversation = byID.value.get(conversationID);
    const messageRemindType = remindTypeFor(muted);
    const before = patch(conversationID, { messageRemindType });
    try {
      if (conversationID.startsWith(TYPES.CONV_GROUP)) {
        const groupID = conversation?.groupProfile?.groupID ?? conversationID.slice(TYPES.CONV_GROUP.length);
        await useGroupsStore().setRemindType({ groupID, messageRemindType });
      } else if (conversationID.startsWith(TYPES.CONV_C2C)) {
        const userID = conversation?.userProfile?.userID ?? conversationID.slice(TYPES.CONV_C2C.length);
        const { data } = await messagingChat().setMessageRemindType({ userIDList: [userID], messageRemindType });
        const failure = data.failureUserIDList.find((entry) => entry.userID === userID);
        if (failure) throw new ChatError(failure.code, `setMessageRemindType: ${userID} was not changed`);
      } else {
        throw new ChatError(-1, `${conversationID} has no remind type to set`);
      }
    } catch (caught) {
      if (before) patch(conversationID, { messageRemindType: before.messageRemindType });
      throw caught;
    }
    readTotal();
  }

  /** Marks everything in the conversation read: its unread and @-mentions clear; a C2C peer sees it read. */
  async function markRead(conversationID: string): Promise<void> {
    bind();
    await messagingChat().setMessageRead({ conversationID });
    patch(conversationID, { unreadCount: 0, groupAtInfoList: [] });
    readTotal();
  }

  /** Marks every conversation read (setAllMessageRead, all scopes). */
  async function markAllRead(): Promise<void> {
    bind();
    await messagingChat().setAllMessageRead();
    list.value = list.value.map((conversation) =>
      conversation.type === TYPES.CONV_SYSTEM || conversation.unreadCount === 0 ? conversation : { ...conversation, unreadCount: 0, groupAtInfoList: [] },
    );
    readTotal();
  }

  /** Deletes the conversation; with its history unless `clearHistory: false` (the SDK deletes it by default). */
  async function remove(conversationID: string, options: DeleteConversationOptions = {}): Promise<void> {
    bind();
    await messagingChat().deleteConversation({ conversationIDList: [conversationID], clearHistoryMessage: options.clearHistory !== false });
    list.value = list.value.filter((conversation) => conversation.conversationID !== conversationID);
    holdDraft(conversationID, '');
    readTotal();
  }

  /** Empties the conversation's history (here and in the cloud) and keeps the conversation in the list. */
  async function clearHistory(conversationID: string): Promise<void> {
    bind();
    await messagingChat().clearHistoryMessage(conversationID);
    readTotal();
  }

  /** The draft kept for the conversation on this device ('' when none). */
  function draftOf(conversationID: string): string {
    return byID.value.get(conversationID)?.draftText || heldDrafts.value[conversationID] || '';
  }

  function holdDraft(conversationID: string, draftText: string): void {
    const next = { ...heldDrafts.value };
    if (draftText) next[conversationID] = draftText;
    else delete next[conversationID];
    heldDrafts.value = next;
  }

  /**
   * Keeps the text typed in a chat as its draft ('' removes it): in the SDK (setConversationDraft, local to
   * the instance and never synced, as drafts are). Never rejects, so that leaving a chat loses nothing typed:
   * when the SDK refuses (2500: it lists no such conversation, e.g. a chat whose profile could not be
   * fetched), the store keeps the draft itself until sign-out.
   */
  async function saveDraft(conversationID: string, draftText: string): Promise<void> {
    bind();
    if (draftOf(conversationID) === draftText) return;
    try {
      const { conversation } = (await messagingChat().setConversationDraft({ conversationID, draftText })).data;
      put({ ...conversation, draftText });
      holdDraft(conversationID, '');
    } catch {
      holdDraft(conversationID, draftText);
    }
  }

  return {
    list,
    chats,
    system,
    systemUnread,
    byID,
    loaded,
    loading,
    error,
    totalUnread,
    load,
    profile,
    pin,
    mute,
    markRead,
    markAllRead,
    remove,
    clearHistory,
    draftOf,
    saveDraft,
  };
});
