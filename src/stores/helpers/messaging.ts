import { appContext } from '@/src/app/context';
import { ChatError } from '@/src/chat/errors';
import type { ChatPort, MessagingPort } from '@/src/chat/port';

/** The chat port with its message and conversation calls. */
export type MessagingChat = ChatPort & MessagingPort;

function hasMessaging(chat: ChatPort): chat is MessagingChat {
  return 'getConversationList' in chat && typeof chat.getConversationList === 'function';
}

/**
 * The backend's chat port, for the messaging stores. Every backend answers MessagingPort once ChatPort
 * extends it; until then a backend without it refuses here with a code-less error rather than failing on an
 * undefined method.
 */
export function messagingChat(): MessagingChat {
  const { chat } = appContext().backend;
  if (!hasMessaging(chat)) throw new ChatError(-1, 'This chat backend does not offer messages and conversations.');
  return chat;
}
