import { TYPES } from '@/src/chat/constants';
import { ROUTES, pageUrl } from '@/src/app/routes';
import { navigateTo } from '@/src/platform/navigation';

/** Opens someone's card (src/pages/user/user). */
export function openUserCard(userID: string): void {
  navigateTo(pageUrl(ROUTES.user, { userID }));
}

/** Opens the chat with one person (its conversationID is `C2C<userID>`, as the SDK names it). */
export function openChatWith(userID: string): void {
  navigateTo(pageUrl(ROUTES.chat, { conversationID: `${TYPES.CONV_C2C}${userID}` }));
}
