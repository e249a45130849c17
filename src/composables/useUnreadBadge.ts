import { watch } from 'vue';
import { useConversationsStore } from '@/src/stores/conversations';
import { useFriendApplicationsStore } from '@/src/stores/friend-applications';
import { useSessionStore } from '@/src/stores/session';
import { showTabBadges } from './useTabBar';

/**
 * Keeps the Chats tab's badge live from sign-in on (App.vue): the conversation list is loaded as soon as the
 * session is ready, which also subscribes to TOTAL_UNREAD_MESSAGE_COUNT_UPDATED, so the count is right
 * before the list is ever opened and follows every push. The Contacts tab's badge follows the unread friend
 * requests, which the store follows from launch (App.vue) as the SDK announces them after sign-in.
 */
export function useUnreadBadge(): void {
  const session = useSessionStore();
  const conversations = useConversationsStore();
  watch(
    () => session.phase,
    (phase) => {
      if (phase === 'ready') void conversations.load();
    },
    { immediate: true },
  );
  const applications = useFriendApplicationsStore();
  watch([() => conversations.totalUnread, () => applications.unreadCount], showTabBadges);
}
