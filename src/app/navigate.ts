import { ROUTES, pageUrl } from '@/src/app/routes';
import { navigateTo } from '@/src/platform/navigation';

/** Opens someone's card (src/pages/user/user). */
export function openUserCard(userID: string): void {
  navigateTo(pageUrl(ROUTES.user, { userID }));
}

/** Opens a conversation (src/pages/chat/chat): `C2C<userID>`, `GROUP<groupID>`. */
export function toChat(conversationID: string): void {
  navigateTo(pageUrl(ROUTES.chat, { conversationID }));
}
