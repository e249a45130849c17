import type { Conversation } from '@/src/chat/message-types';

function rank(conversation: Conversation): number {
  const hasMessage = conversation.lastMessage.lastTime > 0;
  if (conversation.isPinned) return hasMessage ? 0 : 1;
  return hasMessage ? 2 : 3;
}

/**
 * The SDK's order of the conversation list (index.es.js `_sortConvList`): pinned conversations with a message,
 * newest first, then pinned ones without; then the others the same way. Stable, so conversations without a
 * message keep their relative order (the SDK inserts fetched ones after the pinned, `_insertConvAfterTopmost`).
 */
export function sortConversations(list: readonly Conversation[]): Conversation[] {
  return list
    .map((conversation, index) => ({ conversation, index }))
    .sort((a, b) => {
      const byRank = rank(a.conversation) - rank(b.conversation);
      if (byRank !== 0) return byRank;
      const byTime = b.conversation.lastMessage.lastTime - a.conversation.lastMessage.lastTime;
      return byTime !== 0 ? byTime : a.index - b.index;
    })
    .map(({ conversation }) => conversation);
}
