/**
 * The compiled Contacts tab, new-friend requests and the friend's card (dist/build/mp-weixin) on the embedded
 * local chat service, as alice: ten friends (carol and lilei with remarks), judy's and victor's requests
 * waiting for her, hers to erin. Every test starts on a fresh device storage with the demo data.
 */
import { ROUTES, app, createStorage, exists, findAll, flush, loadPage, loadUrl, signIn, tap, tapText, text, texts, type, unloadApp } from './harness';
import { pageUrl } from '@/src/app/routes';
import { TABS } from '@/src/app/tabs';
import { en } from '@/src/locales/en';

const CONTACTS_TAB = TABS.findIndex((tab) => tab.route === ROUTES.contacts);

beforeEach(async () => {
  await signIn('alice', createStorage());
});

afterEach(() => {
  expect(app().errors).toEqual([]);
  unloadApp();
});

test('lists the friends A–Z with Chinese names by pinyin and remarks first, under the four entries', async () => {
  await loadPage(ROUTES.contacts);

  expect(text('.entry-new-friends')).toContain(en.contacts.newFriends);
  expect(text('.new-friends-badge')).toBe('1');
  // The tab bar badges the unread request too, as WeChat's Contacts tab does.
  expect(app().wx.tabBadges[CONTACTS_TAB]).toBe('1');
  expect(text('.entry-group-chats')).toContain(en.contacts.groupChats);
  expect(text('.entry-friend-groups')).toContain('2');
  expect(texts('.contact-letter')).toEqual(['B', 'C', 'D', 'F', 'G', 'H', 'L', 'O', 'W', 'Z']);
  expect(texts('.contact-row__name')).toEqual(['鲍勃', 'Carol (design)', '大卫', 'Frank 弗兰克', '格蕾丝', '韩梅梅', '李雷（班长）', 'Oscar', '王芳', '张伟']);
  expect(text('.contacts-count')).toBe(en.contacts.count.replace('{count}', '10'));
  expect(texts('.index-bar__letter')).toEqual(['B', 'C', 'D', 'F', 'G', 'H', 'L', 'O', 'W', 'Z']);
  expect(app().wx.titles).toContain(en.contacts.title);
});

test('opened after a card has loaded the friend list, the tab still sorts it (the pinyin reader loads with the page)', async () => {
  await loadUrl(pageUrl(ROUTES.user, { userID: 'carol' }));
  expect(text('.value-remark')).toBe('Carol (design)');

  await loadPage(ROUTES.contacts);
  expect(exists('.contacts-loading')).toBe(false);
  expect(texts('.contact-row__name')[0]).toBe('鲍勃');
});

test('search finds friends by remark, nickname, userID and pinyin initials, and says when nothing matches', async () => {
  await loadPage(ROUTES.contacts);

  type('.input-contact-search input, .input-contact-search', 'zw');
  await flush();
  expect(texts('.contact-row__name')).toEqual(['张伟']);
  expect(exists('.entry-new-friends')).toBe(false);

  type('.input-contact-search input, .input-contact-search', 'design');
  await flush();
  expect(texts('.contact-row__name')).toEqual(['Carol (design)']);

  type('.input-contact-search input, .input-contact-search', 'oscar');
  await flush();
  expect(texts('.contact-row__name')).toEqual(['Oscar']);

  type('.input-contact-search input, .input-contact-search', 'nobody here');
  await flush();
  expect(exists('.contact-row')).toBe(false);
  expect(text('.contacts-no-match')).toContain('nobody here');
});

test('the entries open new friends, group chats, friend groups and add friend', async () => {
  await loadPage(ROUTES.contacts);
  for (const [entry, url] of [
    ['.entry-new-friends', pageUrl(ROUTES.friendRequests)],
    ['.entry-group-chats', pageUrl(ROUTES.groups)],
    ['.entry-friend-groups', pageUrl(ROUTES.friendGroups)],
    ['.entry-add-friend', pageUrl(ROUTES.userSearch, { purpose: 'friend' })],
  ]) {
    tap(entry);
    await flush();
    expect(app().wx.navigateTo[app().wx.navigateTo.length - 1]).toBe(url);
  }
  tap('.contact-carol');
  await flush();
  expect(app().wx.navigateTo[app().wx.navigateTo.length - 1]).toBe(pageUrl(ROUTES.user, { userID: 'carol' }));
});

test("accepting judy's request with a remark makes her a friend named by it", async () => {
  await loadPage(ROUTES.friendRequests);
  expect(text('.request-judy')).toContain('Hi Alice');
  expect(exists('.request-victor')).toBe(true);
  expect(text('.requests-sent')).toContain(en.friends.requests.waiting);

  // judy's is the newest request, the first row; its Accept is slot content of the row component.
  tap('.btn-accept');
  await flush();
  const acceptUrl = app().wx.navigateTo[app().wx.navigateTo.length - 1];
  expect(acceptUrl).toBe(pageUrl(ROUTES.friendRemark, { userID: 'judy', mode: 'accept' }));

  await loadUrl(acceptUrl);
  expect(text('.remark-wording')).toContain('Hi Alice');
  type('.input-remark input, .input-remark', 'Judy (cooking)');
  await flush();
  tap('.btn-save-remark');
  await flush();
  expect(app().wx.toasts.map((toast) => toast.title)).toContain(en.friends.accept.accepted);
  expect(app().wx.navigateBack.length).toBeGreaterThan(0);

  await loadPage(ROUTES.contacts);
  expect(text('.contact-judy')).toBe('Judy (cooking)');
  expect(exists('.new-friends-badge')).toBe(false);
  expect(app().wx.tabBadges[CONTACTS_TAB]).toBe('');
});

test("declining victor's request and deleting the one sent to erin (after a confirmation) take them off the list", async () => {
  await loadPage(ROUTES.friendRequests);
  tap('.request-victor');
  await flush();
  tapText('.ui-sheet__action', en.friends.requests.refuse);
  await flush();
  expect(exists('.request-victor')).toBe(false);
  expect(app().wx.toasts.map((toast) => toast.title)).toContain(en.friends.requests.refused);

  tap('.request-erin');
  await flush();
  tapText('.ui-sheet__action', en.friends.requests.delete);
  await flush();
  expect(app().wx.modals.map((modal) => modal.title)).toEqual([en.friends.requests.delete]);
  expect(exists('.request-erin')).toBe(false);
  expect(exists('.request-judy')).toBe(true);
});

test("a friend's card shows the remark and groups, offers the chat, and deletes only after a confirmation", async () => {
  await loadUrl(pageUrl(ROUTES.user, { userID: 'carol' }));
  expect(text('.value-remark')).toBe('Carol (design)');
  expect(text('.value-friend-groups')).toBe('Colleagues');
  expect(exists('.btn-add-friend')).toBe(false);
  tap('.btn-send-message');
  await flush();
  expect(app().wx.navigateTo[app().wx.navigateTo.length - 1]).toBe(pageUrl(ROUTES.chat, { conversationID: 'C2Ccarol' }));

  tap('.btn-delete-friend');
  await flush();
  expect(app().wx.modals).toHaveLength(1);
  expect(exists('.btn-add-friend')).toBe(true);
  expect(exists('.cell-remark')).toBe(false);
});

test("a friend's remark is edited on its own page, checked before sending, and names them in Contacts", async () => {
  await loadUrl(pageUrl(ROUTES.friendRemark, { userID: 'carol' }));
  type('.input-remark input, .input-remark', '长'.repeat(40));
  await flush();
  tap('.btn-save-remark');
  await flush();
  // 120 bytes of UTF-8: refused before sending, in words, with the service's code; the typing stays.
  expect(text('.remark-error')).toContain('96');
  expect(app().wx.navigateBack).toEqual([]);

  type('.input-remark input, .input-remark', 'Carol C.');
  await flush();
  tap('.btn-save-remark');
  await flush();
  expect(app().wx.navigateBack.length).toBe(1);
  await loadPage(ROUTES.contacts);
  expect(text('.contact-carol')).toBe('Carol C.');
});

test('friend groups are ticked on the membership page, and the card lists them', async () => {
  await loadUrl(pageUrl(ROUTES.friendMembership, { userID: 'carol' }));
  expect(texts('.membership-row .ui-cell__title')).toEqual(['Colleagues', '同学']);
  // carol is in Colleagues only: one of the two checks is on (the marks are slot content of the cells).
  expect(findAll('.membership-check')).toHaveLength(2);
  expect(findAll('.membership-check--on')).toHaveLength(1);

  tap('.membership-1');
  await flush();
  expect(findAll('.membership-check--on')).toHaveLength(2);

  await loadUrl(pageUrl(ROUTES.user, { userID: 'carol' }));
  expect(text('.value-friend-groups')).toContain('Colleagues');
  expect(text('.value-friend-groups')).toContain('同学');
});

test('someone with no friends sees the entries and an empty state that says how to add one', async () => {
  await signIn('walter', createStorage());
  await loadPage(ROUTES.contacts);
  expect(exists('.entry-add-friend')).toBe(true);
  expect(exists('.contact-row')).toBe(false);
  expect(text('.contacts-empty')).toContain(en.contacts.empty);
  expect(exists('.contacts-count')).toBe(false);
  expect(exists('.index-bar')).toBe(false);
});
