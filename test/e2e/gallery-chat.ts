import { ROUTES } from '@/src/app/routes';
import type { AppPage } from './app-page';
import { ChatPage } from './chat-page';
import type { Screen } from './gallery-groups';

/** alice and bob's chat holds every message type (src/chat/local/messages/demo.ts). */
const BOB_CHAT = { conversationID: 'C2Cbob' };
/** Coffee Lovers: alice owns it, so its chat shows heidi's join request in the banner. */
const COFFEE_CHAT = { conversationID: 'GROUP@TGS#2DEMOPUBLIC' };

/** Flings the chat to its top until the service says there is nothing older (`.history-end`). */
async function scrollChatToTop(app: AppPage): Promise<void> {
  const chat = new ChatPage(app);
  const end = app.page.locator('.history-end');
  do {
    await chat.scrollToTop();
    await app.page.waitForFunction(() => !document.querySelector('.history-loading'));
  } while ((await end.count()) === 0);
  await chat.scrollToTop();
}

/** Opens the long-press menu on the newest text bubble and picks the action labelled `en` / `zh`. */
async function menuAction(app: AppPage, en: string, zh: string): Promise<void> {
  await app.page.locator('.msg-text .chat-bubble').filter({ visible: true }).last().click({ button: 'right' });
  const chinese = (await app.page.evaluate(() => document.documentElement.lang)).startsWith('zh');
  await app.page.locator('.wd-action-sheet__action').filter({ visible: true }).getByText(chinese ? zh : en, { exact: true }).click();
}

/** The chat pages, signed in as alice (the list and group notices are in gallery.test.ts). */
export const CHAT_SCREENS: Screen[] = [
  { name: 'chat', route: ROUTES.chat, query: BOB_CHAT, ready: '.msg-text' },
  { name: 'chat-top', route: ROUTES.chat, query: BOB_CHAT, ready: '.msg-text', before: scrollChatToTop, shows: '.history-end' },
  { name: 'chat-emoji', route: ROUTES.chat, query: BOB_CHAT, ready: '.btn-emoji', tap: '.btn-emoji', shows: '.emoji-panel' },
  { name: 'chat-more', route: ROUTES.chat, query: BOB_CHAT, ready: '.btn-more', tap: '.btn-more', shows: '.more-panel' },
  {
    name: 'chat-menu',
    route: ROUTES.chat,
    query: BOB_CHAT,
    ready: '.msg-text',
    // A long press is a right click with a mouse.
    before: (app) => app.page.locator('.msg-text .chat-bubble').filter({ visible: true }).last().click({ button: 'right' }),
    shows: '.wd-action-sheet__action',
  },
  { name: 'chat-merged', route: ROUTES.chat, query: BOB_CHAT, ready: '.bubble-merger', tap: '.bubble-merger', shows: '.merged-item' },
  { name: 'chat-group', route: ROUTES.chat, query: COFFEE_CHAT, ready: '.chat-slot' },
  {
    name: 'chat-select',
    route: ROUTES.chat,
    query: BOB_CHAT,
    ready: '.msg-text',
    before: (app) => menuAction(app, 'Select', '多选'),
    shows: '.select-bar',
  },
  {
    name: 'chat-forward',
    route: ROUTES.chat,
    query: BOB_CHAT,
    ready: '.msg-text',
    before: (app) => menuAction(app, 'Forward', '转发'),
    shows: '.forward-picker .forward-C2Ccarol',
  },
  {
    name: 'chat-mention',
    route: ROUTES.chat,
    query: COFFEE_CHAT,
    ready: '.input-chat textarea',
    before: (app) => app.page.locator('.input-chat textarea').filter({ visible: true }).first().fill('@'),
    shows: '.mention-picker .mention-bob',
  },
];
