/**
 * The compiled conversation list and group notices pages (dist/build/mp-weixin) on the embedded local chat
 * service with its demo chats: alice's chats with bob and carol and her groups' history. Every test starts on a
 * fresh device storage.
 */
import { ROUTES, app, createStorage, exists, flush, loadUrl, longPress, signIn, tap, tapText, text, texts, type, unloadApp } from './harness';
import type { MpStorage } from './harness';
import { pageUrl } from '@/src/app/routes';
import { en } from '@/src/locales/en';

const COFFEE = '@TGS#2DEMOPUBLIC';
const COFFEE_NAME = 'Coffee Lovers ☕';
const COFFEE_ROW = '.conversation-GROUP_TGS_2DEMOPUBLIC';
const WORK_ROW = '.conversation-GROUP_TGS_1DEMOWORK';
const CHATS_URL = pageUrl(ROUTES.conversations);
/** The Chats tab is the first of the tab bar. */
const CHATS_TAB = 0;

/** The names of the rendered conversation rows, in order (the Group notices entry is not one). */
function rowNames(): string[] {
  return texts('.conversation-name').filter((name) => name !== en.conversations.notices);
}

/** The unread counts the rows show, summed (muted rows show a dot, not a count). */
function shownUnread(): number {
  return texts('.unread-badge').reduce((sum, value) => sum + Number(value), 0);
}

let storage: MpStorage;

beforeEach(() => {
  storage = createStorage();
});

afterEach(() => {
  expect(app().errors).toEqual([]);
  unloadApp();
});

/** carol's chat is named by alice's remark for her (her nick is Carol 陈). */
const CAROL = 'Carol (design)';

describe('the conversation list', () => {
  test("shows alice's demo chats newest first, with what each last said, and the total on the tab's badge", async () => {
    await signIn('alice', storage);
    await loadUrl(CHATS_URL);

    expect(app().wx.titles).toContain(en.conversations.title);
    // carol is alice's friend with the remark "Carol (design)": a chat is named by the remark, as WeChat does.
    expect(rowNames()).toEqual(['鲍勃', COFFEE_NAME, 'Design Review 设计评审', 'Weekly Sync 周会', CAROL]);
    expect(text('.conversation-C2Cbob .conversation-name')).toBe('鲍勃');
    expect(text('.conversation-C2Cbob .conversation-preview')).toBe('Deal. I’ll bring the good beans.');
    expect(text('.conversation-C2Cbob .conversation-time')).toMatch(/^\d\d:\d\d$|^Yesterday$/);
    // In a group the sender comes first; a mention of alice is marked in red before it.
    expect(text(`${COFFEE_ROW} .conversation-preview`)).toBe('鲍勃: I’ll bring my grinder.');
    expect(text(`${WORK_ROW} .conversation-marker`)).toBe(en.conversations.preview.atMe);
    expect(text(`${WORK_ROW} .conversation-preview`)).toBe(`${en.conversations.preview.atMe}鲍勃: @Alice · iOS could you bring the chat screens?`);
    expect(text('.conversation-C2Ccarol .conversation-name')).toBe(CAROL);

    // The badge is the sum of the rows' counts, set as soon as the Chats tab was shown.
    const total = shownUnread();
    expect(total).toBeGreaterThan(0);
    expect(app().wx.tabBadges[CHATS_TAB]).toBe(String(total));

    // The Group notices entry heads the list; heidi's request to join Coffee Lovers waits.
    expect(text('.notices-entry .conversation-name')).toBe(en.conversations.notices);
    expect(text('.notices-entry .conversation-preview')).toBe(en.conversations.requestsWaiting.replace('{count}', '1'));
  });

  test('tapping a chat opens it with its conversationID in the URL', async () => {
    await signIn('alice', storage);
    await loadUrl(CHATS_URL);

    tap(COFFEE_ROW);
    tap('.conversation-C2Cbob');
    await flush();

    expect(app().wx.navigateTo).toEqual([
      pageUrl(ROUTES.chat, { conversationID: `GROUP${COFFEE}` }),
      pageUrl(ROUTES.chat, { conversationID: 'C2Cbob' }),
    ]);
  });

  test('a long press offers pin, mute, mark as read and delete; muting greys the count and takes it off the badge', async () => {
    await signIn('alice', storage);
    await loadUrl(CHATS_URL);
    const before = Number(app().wx.tabBadges[CHATS_TAB]);
    const coffeeUnread = Number(text(`${COFFEE_ROW} .unread-badge`));
    expect(coffeeUnread).toBeGreaterThan(0);

    longPress(COFFEE_ROW);
    await flush();
    // WeChat sends no tap after a long press: nothing was opened.
    expect(app().wx.navigateTo).toEqual([]);
    expect(texts('.ui-sheet__name')).toEqual([en.conversations.pin, en.conversations.mute, en.conversations.markRead, en.conversations.delete]);

    tapText('.ui-sheet__action', en.conversations.mute);
    await flush();

    expect(exists(`${COFFEE_ROW} .muted-icon`)).toBe(true);
    expect(exists(`${COFFEE_ROW} .unread-dot`)).toBe(true);
    expect(exists(`${COFFEE_ROW} .unread-badge`)).toBe(false);
    expect(app().wx.tabBadges[CHATS_TAB]).toBe(String(before - coffeeUnread));
    // The service keeps it (the member setting of the group): still muted after a relaunch.
    await signIn('alice', storage);
    await loadUrl(CHATS_URL);
    expect(exists(`${COFFEE_ROW} .muted-icon`)).toBe(true);
    expect(app().wx.tabBadges[CHATS_TAB]).toBe(String(before - coffeeUnread));
  });

  test('pinning moves a chat to the top on a tinted row; marking read clears its count', async () => {
    await signIn('alice', storage);
    await loadUrl(CHATS_URL);

    longPress('.conversation-C2Ccarol');
    await flush();
    tapText('.ui-sheet__action', en.conversations.pin);
    await flush();
    expect(rowNames()[0]).toBe(CAROL);
    expect(exists('.conversation-C2Ccarol.conversation-row--pinned')).toBe(true);
    expect(exists('.conversation-C2Cbob.conversation-row--pinned')).toBe(false);

    const before = Number(app().wx.tabBadges[CHATS_TAB]);
    const carolUnread = Number(text('.conversation-C2Ccarol .unread-badge'));
    longPress('.conversation-C2Ccarol');
    await flush();
    expect(texts('.ui-sheet__name')[0]).toBe(en.conversations.unpin);
    tapText('.ui-sheet__action', en.conversations.markRead);
    await flush();
    expect(exists('.conversation-C2Ccarol .unread-badge')).toBe(false);
    expect(app().wx.tabBadges[CHATS_TAB]).toBe(before - carolUnread > 0 ? String(before - carolUnread) : '');

    // Still pinned after a relaunch: the service keeps it.
    await signIn('alice', storage);
    await loadUrl(CHATS_URL);
    expect(rowNames()[0]).toBe(CAROL);
  });

  test('deleting asks first, saying the messages go too, then removes the chat', async () => {
    await signIn('alice', storage);
    await loadUrl(CHATS_URL);

    longPress('.conversation-C2Ccarol');
    await flush();
    tapText('.ui-sheet__action', en.conversations.delete);
    await flush();

    expect(app().wx.modals).toEqual([
      { title: en.conversations.deleteTitle, content: en.conversations.deleteConfirm.replace('{name}', CAROL) },
    ]);
    expect(exists('.conversation-C2Ccarol')).toBe(false);
    await signIn('alice', storage);
    await loadUrl(CHATS_URL);
    expect(exists('.conversation-C2Ccarol')).toBe(false);
  });

  test('cancelling the question deletes nothing', async () => {
    await signIn('alice', storage, { modalAnswer: 'cancel' });
    await loadUrl(CHATS_URL);

    longPress('.conversation-C2Ccarol');
    await flush();
    tapText('.ui-sheet__action', en.conversations.delete);
    await flush();

    expect(app().wx.modals).toHaveLength(1);
    expect(exists('.conversation-C2Ccarol')).toBe(true);
  });

  test('someone with no chat yet (a new account) sees the empty state under the Group notices entry', async () => {
    await signIn('newcomer', storage);
    await loadUrl(CHATS_URL);

    expect(exists('.conversations-empty')).toBe(true);
    expect(exists('.conversations-loading')).toBe(false);
    expect(exists('.notices-entry')).toBe(true);
    expect(app().wx.tabBadges[CHATS_TAB]).toBe('');
  });

  test("the user card's Send message opens the chat with that person", async () => {
    await signIn('alice', storage);
    await loadUrl(pageUrl(ROUTES.user, { userID: 'quinn' }));

    tap('.btn-send-message');
    await flush();

    expect(app().wx.navigateTo).toEqual([pageUrl(ROUTES.chat, { conversationID: 'C2Cquinn' })]);
  });
});

describe('group notices', () => {
  /** quinn asks to join Coffee Lovers while alice is away: the request notice waits for her next sign-in. */
  async function quinnAsksToJoin(): Promise<void> {
    await signIn('quinn', storage);
    await loadUrl(pageUrl(ROUTES.groupSearch));
    type('.input-search-group', COFFEE);
    await flush();
    tap('.btn-do-search');
    await flush();
    type('.input-apply-message', 'Espresso fan here');
    await flush();
    tap('.btn-join');
    await flush();
    expect(text('.join-outcome')).toBe(en.searchGroup.waiting);
  }

  test('a join request shows on the notices page with its note; agreeing shows the outcome and posts the join tip', async () => {
    await quinnAsksToJoin();
    await signIn('alice', storage);
    await loadUrl(CHATS_URL);
    // The entry counts the notice and names it.
    expect(text('.notices-entry .unread-badge')).toBe('1');
    expect(text('.notices-entry .conversation-preview')).toBe(`Quinn wants to join ${COFFEE_NAME}`);
    tap('.notices-entry');
    await flush();
    expect(app().wx.navigateTo).toEqual([pageUrl(ROUTES.groupNotices)]);

    await loadUrl(pageUrl(ROUTES.groupNotices));
    expect(app().wx.titles).toContain(en.notices.title);
    expect(text('.notice-from-quinn .notice-text')).toBe(`Quinn wants to join ${COFFEE_NAME}`);
    expect(text('.notice-from-quinn .notice-detail')).toBe('Note: Espresso fan here');
    // Pending requests are also one tap away (heidi's has no notice: it was made before alice signed in).
    expect(text('.cell-requests')).toContain(en.applications.title);

    tap('.notice-from-quinn .btn-agree');
    await flush();
    expect(exists('.notice-from-quinn .btn-agree')).toBe(false);
    expect(text('.notice-from-quinn .notice-outcome')).toBe(en.notices.agreed);

    // Being on the page read the notice; the join tip is now Coffee Lovers' last message.
    await loadUrl(CHATS_URL);
    expect(exists('.notices-entry .unread-badge')).toBe(false);
    expect(rowNames()[0]).toBe(COFFEE_NAME);
    expect(text(`${COFFEE_ROW} .conversation-preview`)).toBe('Quinn joined the group');
  });

  test('declining asks for a reply, which the applicant reads in the notice he gets', async () => {
    await quinnAsksToJoin();
    await signIn('alice', storage, { modalText: 'We are full this month' });
    await loadUrl(pageUrl(ROUTES.groupNotices));

    tap('.notice-from-quinn .btn-reject');
    await flush();
    expect(app().wx.modals.at(-1)?.title).toBe(en.notices.rejectTitle.replace('{name}', 'Quinn'));
    expect(text('.notice-from-quinn .notice-outcome')).toBe(en.notices.declined);

    await signIn('quinn', storage);
    await loadUrl(pageUrl(ROUTES.groupNotices));
    expect(text('.notice-op-3 .notice-text')).toBe(`Your request to join ${COFFEE_NAME} was declined`);
    expect(text('.notice-op-3 .notice-detail')).toBe('Reply: We are full this month');
  });

  test('with no notices the page says so', async () => {
    await signIn('bob', storage);
    await loadUrl(pageUrl(ROUTES.groupNotices));
    expect(exists('.notices-empty')).toBe(true);
    expect(exists('.cell-requests')).toBe(false);
  });
});
