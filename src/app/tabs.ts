import { ROUTES } from './routes';

/** One tab of the tab bar: its page, the i18n key of its label, and its icon in static/tabbar/. */
export interface TabSpec {
  route: string;
  text: string;
  icon: string;
}

/**
 * The tab bar, in order. Adding a tab is one entry here, mirrored in pages.json (`tabBar.list`, the page
 * and `@tab<Icon>Icon` / `@tab<Icon>SelectedIcon`) and theme.json (the icon files per theme, drawn by
 * scripts/make-tab-icons.mjs); test/unit/app/tabs.test.ts fails until all three agree.
 */
export const TABS: readonly TabSpec[] = [
  { route: ROUTES.conversations, text: 'tabs.chats', icon: 'chats' },
  { route: ROUTES.contacts, text: 'tabs.contacts', icon: 'contacts' },
  { route: ROUTES.profile, text: 'tabs.me', icon: 'me' },
];

export function isTabRoute(route: string): boolean {
  return TABS.some((tab) => tab.route === route);
}
