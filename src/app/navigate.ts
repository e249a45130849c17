import { ROUTES, pageUrl } from '@/src/app/routes';
import { backTo, navigateTo } from '@/src/platform/navigation';

/** Opens someone's card (ROUTES.user). */
export function openUserCard(userID: string): void {
  navigateTo(pageUrl(ROUTES.user, { userID }));
}

/** Opens a conversation (ROUTES.chat): `C2C<userID>`, `GROUP<groupID>`. */
export function toChat(conversationID: string): void {
  // From the info or a member's card of a chat that is open below, go back to it rather than open it twice.
  if (backTo(ROUTES.chat, { conversationID })) return;
  navigateTo(pageUrl(ROUTES.chat, { conversationID }));
}
