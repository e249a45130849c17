import { computed, ref } from 'vue';
import { useI18n } from 'vue-i18n';
import { appContext } from '@/src/app/context';
import type { Conversation } from '@/src/chat/message-types';
import type { SheetOption } from '@/src/components/ui/UiSheet.vue';
import { isMuted, useConversationsStore } from '@/src/stores/conversations';
import { conversationName } from '@/src/utils/conversation-preview';
import { useErrorText } from './useErrorText';

type Action = 'pin' | 'unpin' | 'mute' | 'unmute' | 'markRead' | 'delete';

/**
 * What a long press on a chat offers, as WeChat does: pin or unpin, mute or unmute, mark as read (when there
 * is something unread), delete. Deleting asks first and says that the messages go too (deleteConversation
 * clears the history, here and in the cloud, unless told otherwise). A refusal is said in a toast; the row
 * is as it was (the store puts it back).
 */
export function useConversationActions() {
  const { t } = useI18n();
  const { describe } = useErrorText();
  const store = useConversationsStore();
  const open = ref(false);
  const target = ref<Conversation | null>(null);

  const actions = computed<Action[]>(() => {
    const conversation = target.value;
    if (!conversation) return [];
    return [
      conversation.isPinned ? 'unpin' : 'pin',
      isMuted(conversation) ? 'unmute' : 'mute',
      ...(conversation.unreadCount > 0 ? (['markRead'] as const) : []),
      'delete',
    ];
  });
  const options = computed<SheetOption[]>(() =>
    actions.value.map((action) => ({ label: t(`conversations.${action}`), danger: action === 'delete' })),
  );
  const title = computed(() => (target.value ? conversationName(target.value) : ''));

  function show(conversation: Conversation): void {
    target.value = conversation;
    open.value = true;
  }

  async function run(index: number): Promise<void> {
    const conversation = target.value;
    const action = actions.value[index];
    if (!conversation || !action) return;
    const { conversationID } = conversation;
    const { platform } = appContext();
    try {
      if (action === 'pin' || action === 'unpin') await store.pin(conversationID, action === 'pin');
      else if (action === 'mute' || action === 'unmute') await store.mute(conversationID, action === 'mute');
      else if (action === 'markRead') await store.markRead(conversationID);
      else if (await confirmDelete(conversation)) await store.remove(conversationID);
    } catch (error) {
      platform.toast(describe(error), 'error');
    }
  }

  function confirmDelete(conversation: Conversation): Promise<boolean> {
    return appContext().platform.confirm({
      title: t('conversations.deleteTitle'),
      content: t('conversations.deleteConfirm', { name: conversationName(conversation) }),
      confirmText: t('conversations.delete'),
      cancelText: t('common.cancel'),
      destructive: true,
    });
  }

  return { open, title, options, show, run };
}
