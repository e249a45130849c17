/**
 * The compiled profile pages (dist/build/mp-weixin) on the embedded local chat service: sign in as the demo
 * user alice on the login page, follow the app's reLaunch to the chat list and the tab bar to "Me", open a
 * field's edit page from its cell, edit and save; one-tap changes (the gender sheet, the birthday picker, the switch) from "Me" itself.
 */
import { ROUTES, app, createStorage, event, exists, findAll, flush, loadApp, loadPage, loadUrl, pageText, tap, tapText, text, type, unloadApp, value } from './harness';
import type { MpStorage } from './harness';
import { pageUrl } from '@/src/app/routes';
import { en } from '@/src/locales/en';
import { zhHans } from '@/src/locales/zh-Hans';

/** Where a sign-in leads: the conversation list, the first tab ("Me" is the last). */
const HOME_URL = `/${ROUTES.conversations}`;
const NICK_EDIT_URL = pageUrl(ROUTES.profileEdit, { field: 'nick' });
/** Where the local service keeps alice's account (prefix `chat:`, then `user:<userID>`). */
const ALICE_KEY = 'chat:user:alice';

interface StoredRecord {
  profile: { userID: string; nick: string; avatar: string; gender: string; birthday: number; profileCustomField: Array<{ key: string; value: string }> };
}

function stored(storage: MpStorage, key = ALICE_KEY): StoredRecord['profile'] {
  return (JSON.parse(String(storage.get(key))) as StoredRecord).profile;
}

/** A cold start that ends on alice's "Me" page, the way a user gets there. */
async function openProfile(storage: MpStorage, signIn: 'tap-demo' | 'auto'): Promise<void> {
  loadApp(storage);
  await loadPage(ROUTES.login);
  if (signIn === 'tap-demo') {
    tap('.demo-alice');
    await flush();
  }
  expect(app().wx.reLaunch).toEqual([HOME_URL]);
  await loadPage(ROUTES.profile);
}

/** Taps the nick's cell on "Me" and opens the edit page it navigates to. */
async function openNickEditor(): Promise<void> {
  tap('.cell-nick');
  await flush();
  expect(app().wx.navigateTo).toEqual([NICK_EDIT_URL]);
  await loadUrl(NICK_EDIT_URL);
}

let storage: MpStorage;

beforeEach(async () => {
  storage = createStorage();
  await openProfile(storage, 'tap-demo');
});

afterEach(() => {
  expect(app().errors).toEqual([]);
  unloadApp();
});

test("shows alice's demo profile as cells, with no raw enum or key", () => {
  expect(text('.nick')).toBe('Alice');
  expect(text('.value-nick')).toBe('Alice');
  expect(text('.value-gender')).toBe(en.profile.gender.Gender_Type_Female);
  expect(text('.value-birthday')).toBe('1995-03-14');
  expect(text('.value-custom-Test1')).toBe('Cat person');
  expect(pageText()).toContain('alice');
  expect(pageText()).toContain('Tagline');
  // Internal values stay internal: no custom-field key, no "language code", no level/role of 0.
  expect(pageText()).not.toContain('Tag_Profile_Custom');
  expect(pageText()).not.toContain(en.profile.fields.level);
  expect(app().wx.titles).toContain(en.profile.title);
  // Nothing is being edited, so there is nothing to save here.
  expect(exists('.btn-save')).toBe(false);
  expect(exists('.save-error')).toBe(false);
});

test('editing the nick on its page and saving shows it and keeps it across a relaunch', async () => {
  await openNickEditor();
  expect(app().wx.titles).toContain(en.profile.fields.nick);
  expect(value('.input-nick')).toBe('Alice');
  const nick = 'Alice 爱丽丝';
  type('.input-nick', nick);
  await flush();
  expect(value('.input-nick')).toBe(nick);

  tap('.btn-save');
  await flush();

  expect(exists('.save-error')).toBe(false);
  expect(app().wx.navigateBack).toEqual([1]);
  expect(app().wx.toasts.map((toast) => toast.title)).toContain(en.common.saved);
  // The local service wrote the account record to the device storage.
  expect(stored(storage).nick).toBe(nick);

  // A fresh start of the mini program on the same device storage: alice is signed in again and "Me"
  // shows the saved nick.
  await openProfile(storage, 'auto');
  expect(text('.nick')).toBe(nick);
  expect(text('.value-nick')).toBe(nick);
});

test('a nick the SDK would refuse (300 ASCII chars, 600 "bytes" > 500) shows error 2721 and keeps the text', async () => {
  await openNickEditor();
  const before = storage.snapshot();
  const tooLong = 'a'.repeat(300);
  type('.input-nick', tooLong);
  await flush();
  tap('.btn-save');
  await flush();

  expect(exists('.save-error')).toBe(true);
  expect(text('.save-error')).toContain('2721');
  // What the user typed is still in the field, ready to be shortened, and the page stays.
  expect(value('.input-nick')).toBe(tooLong);
  expect(exists('.btn-save')).toBe(true);
  expect(app().wx.navigateBack).toEqual([]);
  // Nothing was saved.
  expect(storage.snapshot()).toEqual(before);
  expect(stored(storage).nick).toBe('Alice');
});

test('a 250-char ASCII nick (exactly 500 SDK bytes) is accepted', async () => {
  await openNickEditor();
  const longest = 'b'.repeat(250);
  type('.input-nick', longest);
  await flush();
  tap('.btn-save');
  await flush();

  expect(exists('.save-error')).toBe(false);
  expect(app().wx.navigateBack).toEqual([1]);
  expect(stored(storage).nick).toBe(longest);
});

test('fixing a refused nick clears the error and saves', async () => {
  await openNickEditor();
  type('.input-nick', 'a'.repeat(300));
  await flush();
  tap('.btn-save');
  await flush();
  expect(exists('.save-error')).toBe(true);

  type('.input-nick', 'Ali');
  await flush();
  tap('.btn-save');
  await flush();

  expect(exists('.save-error')).toBe(false);
  expect(stored(storage).nick).toBe('Ali');
});

test('a custom field is edited under its display name and saved', async () => {
  tap('.cell-custom-Test1');
  await flush();
  const url = pageUrl(ROUTES.profileEdit, { field: 'custom', key: 'Tag_Profile_Custom_Test1' });
  expect(app().wx.navigateTo).toEqual([url]);
  await loadUrl(url);
  expect(app().wx.titles).toContain('Tagline');
  expect(value('.input-custom-Test1')).toBe('Cat person');
  type('.input-custom-Test1', 'Dog person');
  await flush();
  tap('.btn-save');
  await flush();
  expect(stored(storage).profileCustomField).toEqual([{ key: 'Tag_Profile_Custom_Test1', value: 'Dog person' }]);
});

test('gender is chosen in a sheet and the birthday with the date picker, each saved at once', async () => {
  tap('.cell-gender');
  await flush();
  tapText('.ui-sheet__action', en.profile.gender.Gender_Type_Male);
  await flush();
  expect(text('.value-gender')).toBe(en.profile.gender.Gender_Type_Male);
  expect(stored(storage).gender).toBe('Gender_Type_Male');

  event('.picker-birthday', 'change', { value: '1996-02-29' });
  await flush();
  expect(text('.value-birthday')).toBe('1996-02-29');
  expect(stored(storage).birthday).toBe(19960229);
});

test('a new avatar from the album: the media code (backend subpackage) keeps the file, "Me" shows it and the account stores it', async () => {
  tap('.cell-avatar');
  await flush();
  tapText('.ui-sheet__action', en.profile.avatar.album);
  await flush();
  expect(app().wx.toasts.at(-1)?.title).toBe(en.profile.avatar.done);
  // Without an upload endpoint the picked picture is kept with wx.saveFile (the platform's transfer code).
  expect(app().wx.savedFiles).toHaveLength(1);
  const [kept] = app().wx.savedFiles;
  expect(stored(storage).avatar).toBe(kept);
  // The header's avatar and the Avatar cell's picture.
  const shown = findAll('.ui-avatar__img').map((node) => node._vt?.attrs?.find((item) => item.name === 'src')?.value);
  expect(shown.filter((src) => src === kept).length).toBeGreaterThanOrEqual(1);
});

test('switching the language in the app renames the title and the tab bar at once', async () => {
  expect(app().wx.tabTexts).toEqual([en.tabs.chats, en.tabs.contacts, en.tabs.me]);
  tap('.cell-language');
  await flush();
  tapText('.ui-sheet__action', zhHans.preferences.zh);
  await flush();
  expect(app().wx.titles[app().wx.titles.length - 1]).toBe(zhHans.profile.title);
  expect(app().wx.tabTexts).toEqual([zhHans.tabs.chats, zhHans.tabs.contacts, zhHans.tabs.me]);
  expect(text('.btn-logout')).toBe(zhHans.profile.logout);
});

test('the profile page opened straight at launch (deep link, H5 reload) shows the profile once signed in', async () => {
  // A cold start that lands on the profile page while the stored session is still signing in.
  loadApp(storage);
  await loadPage(ROUTES.profile);
  await flush();

  expect(text('.nick')).toBe('Alice');
  expect(app().wx.reLaunch).toEqual([]);
});
