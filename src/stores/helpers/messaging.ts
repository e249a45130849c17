import { appContext } from '@/src/app/context';
import type { ChatPort } from '@/src/chat/port';

/** The chat port with its message and conversation calls (ChatPort extends MessagingPort). */
export type MessagingChat = ChatPort;

/** The backend's chat port, for the messaging stores. */
export function messagingChat(): MessagingChat {
  return appContext().backend.chat;
}
