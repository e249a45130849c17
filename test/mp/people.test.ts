/**
 * The compiled user card and blocklist pages (dist/build/mp-weixin) on the embedded local chat service, as
 * alice: look at bob, block him, manage the blocklist. Every test starts on a fresh device storage with the
 * demo data (alice blocks mallory).
 */
import { ROUTES, app, createStorage, exists, findAll, flush, loadUrl, signIn, tap, text, texts, type, unloadApp, value } from './harness';
import type { MpStorage } from './harness';
import { pageUrl } from '@/src/app/routes';
import { en } from '@/src/locales/en';
import { DEMO_FIELDS } from '@/src/chat/local/demo-people';

/** The local service keeps each account's blocklist under `chat:blacklist:<userID>`, absent when empty. */
const BLOCKLIST_KEY = 'chat:blacklist:alice';
const BOB = DEMO_FIELDS.bob;

/** alice's blocklist as the service stored it; [] when the key is absent. */
function storedBlocklist(storage: MpStorage): string[] {
  if (!storage.has(BLOCKLIST_KEY)) return [];
  return (JSON.parse(String(storage.get(BLOCKLIST_KEY))) as { userIDs: string[] }).userIDs;
}

let storage: MpStorage;

beforeEach(async () => {
  storage = createStorage();
  await signIn('alice', storage);
});

afterEach(() => {
  expect(app().errors).toEqual([]);
  unloadApp();
});

describe('user card', () => {
  test("shows bob's nick, online state and custom status, and offers to block him", async () => {
    await loadUrl(pageUrl(ROUTES.user, { userID: 'bob' }));

    expect(text('.nick')).toBe(BOB.nick);
    expect(text('.user-id-text')).toContain('bob');
    // bob is not signed in anywhere: the status the card subscribed to says so.
    expect(text('.online-state')).toBe(en.profile.status.unlogined);
    expect(text('.custom-status')).toBe(BOB.customStatus);
    expect(exists('.blocked-badge')).toBe(false);
    expect(text('.btn-block')).toBe(en.user.block);
    expect(exists('.btn-edit-mine')).toBe(false);
    expect(app().wx.titles).toContain(en.user.title);
    // Once loaded, the title names the person, as WeChat's card does.
    expect(app().wx.titles[app().wx.titles.length - 1]).toBe(BOB.nick);
  });

  test('blocking bob asks first, then shows the badge and stores him in alice\'s blocklist', async () => {
    await loadUrl(pageUrl(ROUTES.user, { userID: 'bob' }));
    expect(storedBlocklist(storage)).toEqual(['mallory']);

    tap('.btn-block');
    await flush();

    expect(app().wx.modals).toEqual([{ title: en.user.block, content: en.user.blockConfirm.replace('{name}', BOB.nick ?? '') }]);
    expect(exists('.blocked-badge')).toBe(true);
    expect(text('.blocked-badge')).toBe(en.user.blockedBadge);
    expect(exists('.btn-block')).toBe(false);
    expect(text('.btn-unblock')).toBe(en.user.unblock);
    expect(app().wx.toasts.map((toast) => toast.title)).toContain(en.user.blocked);
    expect(storedBlocklist(storage)).toEqual(['mallory', 'bob']);

    // A later start of the mini program still knows: the card opens with the badge.
    await signIn('alice', storage);
    await loadUrl(pageUrl(ROUTES.user, { userID: 'bob' }));
    expect(exists('.blocked-badge')).toBe(true);
  });

  test('cancelling the confirmation blocks nobody', async () => {
    await signIn('alice', storage, { modalAnswer: 'cancel' });
    await loadUrl(pageUrl(ROUTES.user, { userID: 'bob' }));
    const before = storage.snapshot();

    tap('.btn-block');
    await flush();

    expect(app().wx.modals).toHaveLength(1);
    expect(exists('.blocked-badge')).toBe(false);
    expect(exists('.btn-block')).toBe(true);
    expect(storage.snapshot()).toEqual(before);
  });

  test('unblocking mallory from her card removes the badge and empties the blocklist', async () => {
    await loadUrl(pageUrl(ROUTES.user, { userID: 'mallory' }));
    expect(exists('.blocked-badge')).toBe(true);

    tap('.btn-unblock');
    await flush();

    expect(exists('.blocked-badge')).toBe(false);
    expect(exists('.btn-block')).toBe(true);
    expect(storage.has(BLOCKLIST_KEY)).toBe(false);
  });

  test("alice's own card offers her profile, reached with switchTab (it is a tab page)", async () => {
    await loadUrl(pageUrl(ROUTES.user, { userID: 'alice' }));
    expect(text('.nick')).toBe('Alice');
    expect(exists('.btn-block')).toBe(false);

    tap('.btn-edit-mine');
    await flush();

    expect(app().wx.switchTab).toEqual([`/${ROUTES.profile}`]);
    expect(app().wx.navigateTo).toEqual([]);
  });

  test('an unknown userID says there is no such user', async () => {
    await loadUrl(pageUrl(ROUTES.user, { userID: 'nobody-here' }));
    expect(text('.not-found')).toBe(en.user.notFound.replace('{userID}', 'nobody-here'));
    expect(exists('.btn-block')).toBe(false);
    // Asking again cannot make the user exist: no Retry is offered.
    expect(exists('.ui-state__retry')).toBe(false);
  });
});

describe('blocklist', () => {
  test("lists alice's blocked users: mallory", async () => {
    await loadUrl(pageUrl(ROUTES.blocklist));
    expect(findAll('.blocked-row')).toHaveLength(1);
    expect(text('.blocked-mallory')).toContain('Mallory');
    expect(text('.blocked-mallory')).toContain('mallory');
    expect(exists('.blocklist-empty')).toBe(false);
    expect(app().wx.titles).toContain(en.blocklist.title);
  });

  test('blocking several userIDs at once adds a row each and stores them', async () => {
    await loadUrl(pageUrl(ROUTES.blocklist));

    type('.input-block-ids', 'bob, carol');
    await flush();
    tap('.btn-add-block');
    await flush();

    expect(findAll('.blocked-row')).toHaveLength(3);
    expect(text('.blocked-bob')).toContain(BOB.nick ?? '');
    expect(exists('.blocked-carol')).toBe(true);
    expect(value('.input-block-ids')).toBe('');
    expect(storedBlocklist(storage)).toEqual(['mallory', 'bob', 'carol']);
    expect(app().wx.toasts.map((toast) => toast.title)).toContain(en.user.blocked);
  });

  test('an unknown userID is left out and named, and stays in the box; nothing else changes', async () => {
    await loadUrl(pageUrl(ROUTES.blocklist));

    type('.input-block-ids', 'nobody-here');
    await flush();
    tap('.btn-add-block');
    await flush();

    expect(findAll('.blocked-row')).toHaveLength(1);
    expect(text('.field-error')).toBe(en.blocklist.notAdded.replace('{ids}', 'nobody-here'));
    expect(value('.input-block-ids')).toBe('nobody-here');
    expect(storedBlocklist(storage)).toEqual(['mallory']);
    expect(app().wx.toasts.map((toast) => toast.title)).not.toContain(en.user.blocked);
  });

  test('unblocking the last one confirms, removes the row and leaves the list empty', async () => {
    await loadUrl(pageUrl(ROUTES.blocklist));

    tap('.unblock-mallory');
    await flush();

    expect(texts('.blocked-row')).toEqual([]);
    expect(text('.blocklist-empty')).toContain(en.blocklist.empty);
    expect(app().wx.modals.map((modal) => modal.title)).toEqual([en.user.unblock]);
    expect(storage.has(BLOCKLIST_KEY)).toBe(false);
  });

  test("tapping a row opens that user's card", async () => {
    await loadUrl(pageUrl(ROUTES.blocklist));

    tap('.blocked-mallory');
    await flush();

    expect(app().wx.navigateTo).toEqual([pageUrl(ROUTES.user, { userID: 'mallory' })]);
    await loadUrl(app().wx.navigateTo[0]);
    expect(text('.nick')).toBe('Mallory');
    expect(exists('.blocked-badge')).toBe(true);
  });
});
