import { ROUTES } from '@/src/app/routes';
import { TABS } from '@/src/app/tabs';
import { i18n } from '@/src/locales';
import { setTabBadge, setTabTexts } from '@/src/platform/navigation';
import { useConversationsStore } from '@/src/stores/conversations';
import { useFriendApplicationsStore } from '@/src/stores/friend-applications';

/** Names the tab bar's items in the current language (pages.json can only hold one). */
export function showTabTexts(): void {
  setTabTexts(TABS.map((tab) => i18n.global.t(tab.text)));
}

/** A tab's badge as WeChat shows a count: nothing for 0, "99+" past 99. */
export function badgeText(count: number): string {
  if (!(count > 0)) return '';
  return count > 99 ? '99+' : String(count);
}

/**
 * Shows the total unread (the conversations store's count: muted conversations and group notices left out,
 * as the SDK counts) on the Chats tab, and the unread friend requests on the Contacts tab, as WeChat does.
 * The platform refuses it while a page that is not a tab is in front, so every tab page shows them again
 * (usePageData), besides every change of the counts (useUnreadBadge).
 */
export function showTabBadges(): void {
  const counts: Record<string, number> = {
    [ROUTES.conversations]: useConversationsStore().totalUnread,
    [ROUTES.contacts]: useFriendApplicationsStore().unreadCount,
  };
  TABS.forEach((tab, index) => {
    if (tab.route in counts) setTabBadge(index, badgeText(counts[tab.route]));
  });
}
