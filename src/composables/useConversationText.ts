import { ref } from 'vue';
import { useI18n } from 'vue-i18n';
import type { Conversation } from '@/src/chat/message-types';
import type { GroupSystemNoticePayload } from '@/src/chat/message-types';
import { useFriendsStore } from '@/src/stores/friends';
import { useSessionStore } from '@/src/stores/session';
import { conversationName, conversationPreview, type ConversationPreview } from '@/src/utils/conversation-preview';
import { conversationTimeText } from '@/src/utils/conversation-time';
import { groupNoticeText, type NoticeText } from '@/src/utils/group-notice-text';
import type { Translate } from '@/src/utils/translate';

/**
 * The chat list's words in the current language, for the signed-in user (who reads as "you"): a row's name,
 * preview and time, a notice's sentence. `tick()` moves "now" on (a page calls it when shown), so that
 * "10:42" becomes "Yesterday" after midnight.
 */
export function useConversationText() {
  const { t } = useI18n();
  const session = useSessionStore();
  const friends = useFriendsStore();
  const translate: Translate = (key, named) => (named ? t(key, named) : t(key));
  const now = ref(Date.now());

  return {
    now,
    tick(): void {
      now.value = Date.now();
    },
    name: (conversation: Conversation): string => conversationName(conversation),
    preview: (conversation: Conversation): ConversationPreview => conversationPreview(conversation, session.userID, translate, friends.remarkOf),
    time: (seconds: number): string => conversationTimeText(seconds, now.value, translate),
    notice: (notice: GroupSystemNoticePayload, nameOf: (userID: string) => string): NoticeText =>
      groupNoticeText(notice, session.userID, nameOf, translate),
  };
}
