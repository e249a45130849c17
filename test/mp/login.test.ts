/**
 * The compiled login page (dist/build/mp-weixin) on the embedded local chat service, driven like a user.
 * Every test starts the app on a fresh device storage.
 */
import { ROUTES, app, createStorage, exists, findAll, flush, loadApp, loadPage, tap, text, type, unloadApp, value } from './harness';
import type { MpStorage } from './harness';
import { en } from '@/src/locales/en';
import { zhHans } from '@/src/locales/zh-Hans';
import { DEMO_USER_IDS } from '@/src/chat/local';

const DEMO_IDS: readonly string[] = DEMO_USER_IDS;
/** Where a sign-in leads: the conversation list, the first tab. */
const HOME_URL = `/${ROUTES.conversations}`;
/** The local service keeps each account under `chat:user:<userID>`; existing installs depend on it. */
const userKey = (userID: string) => `chat:user:${userID}`;

let storage: MpStorage;

beforeEach(async () => {
  storage = createStorage();
  loadApp(storage);
  await loadPage(ROUTES.login);
});

afterEach(() => {
  // Nothing the user did may surface as an error the app failed to handle.
  expect(app().errors).toEqual([]);
  unloadApp();
});

test('renders the demo accounts, the userID input and the sign-in button', () => {
  expect(exists('.input-userID')).toBe(true);
  expect(value('.input-userID')).toBe('');
  expect(text('.btn-login')).toBe(en.login.submit);
  expect(findAll('.demo-account')).toHaveLength(DEMO_IDS.length);
  for (const id of DEMO_IDS) expect(exists(`.demo-${id}`)).toBe(true);
  expect(text('.demo-alice')).toContain('Alice');
  expect(text('.demo-alice')).toContain('alice');
  expect(app().wx.titles).toEqual([en.login.title]);
  // The first start seeded the demo accounts into the device storage, one key each.
  for (const id of DEMO_IDS) expect(storage.has(userKey(id))).toBe(true);
  expect(app().wx.reLaunch).toEqual([]);
});

test('a 33-byte userID shows the field error and does not sign in', async () => {
  const tooLong = 'u'.repeat(33);
  type('.input-userID', tooLong);
  await flush();
  expect(value('.input-userID')).toBe(tooLong);
  expect(exists('.error-userID')).toBe(false);

  tap('.btn-login');
  await flush();

  expect(exists('.error-userID')).toBe(true);
  // The message gives the measured size; a raw `{bytes}` placeholder would mean i18n did not interpolate.
  expect(text('.error-userID')).toContain('33');
  expect(text('.error-userID')).not.toMatch(/[{}]/);
  expect(app().wx.reLaunch).toEqual([]);
  expect(storage.has('session:last-user')).toBe(false);
  expect(storage.has(userKey(tooLong))).toBe(false);
  // The typed text stays for the user to fix.
  expect(value('.input-userID')).toBe(tooLong);
});

test('a 32-byte userID is accepted (the limit is inclusive)', async () => {
  const longest = 'u'.repeat(32);
  type('.input-userID', longest);
  await flush();
  tap('.btn-login');
  await flush();

  expect(exists('.error-userID')).toBe(false);
  expect(app().wx.reLaunch).toEqual([HOME_URL]);
  expect(storage.get('session:last-user')).toBe(longest);
});

test('an empty userID asks for one', async () => {
  tap('.btn-login');
  await flush();
  expect(exists('.error-userID')).toBe(true);
  expect(text('.error-userID')).toBe(en.login.errors.required);
  expect(app().wx.reLaunch).toEqual([]);
});

test('tapping a demo account signs in on the local service and opens the chat list', async () => {
  tap('.demo-alice');
  await flush();

  expect(app().wx.reLaunch).toEqual([HOME_URL]);
  expect(storage.get('session:last-user')).toBe('alice');
  expect(exists('.error-userID')).toBe(false);
});

test('typing a userID and tapping sign in logs in as that user', async () => {
  type('.input-userID', '  alice ');
  await flush();
  tap('.btn-login');
  await flush();

  expect(app().wx.reLaunch).toEqual([HOME_URL]);
  // Surrounding spaces are not part of the userID.
  expect(storage.get('session:last-user')).toBe('alice');
});

test('a new userID creates that account on the local service', async () => {
  type('.input-userID', 'newcomer');
  await flush();
  tap('.btn-login');
  await flush();

  expect(app().wx.reLaunch).toEqual([HOME_URL]);
  expect(storage.get('session:last-user')).toBe('newcomer');
  const record = JSON.parse(String(storage.get(userKey('newcomer')))) as { profile: { userID: string; nick: string } };
  expect(record.profile.userID).toBe('newcomer');
  expect(record.profile.nick).toBe('');
});

test('a relaunch signs the last user in again without a tap', async () => {
  tap('.demo-bob');
  await flush();
  expect(storage.get('session:last-user')).toBe('bob');

  loadApp(storage);
  await loadPage(ROUTES.login);

  expect(app().wx.reLaunch).toEqual([HOME_URL]);
  expect(storage.get('session:last-user')).toBe('bob');
});

test('follows the system language (zh_CN shows the Chinese texts)', async () => {
  loadApp(createStorage(), { language: 'zh_CN' });
  await loadPage(ROUTES.login);

  expect(text('.btn-login')).toBe(zhHans.login.submit);
  expect(app().wx.titles).toEqual([zhHans.login.title]);
});

test('signing in names the tab bar in the system language at once (zh_CN)', async () => {
  loadApp(createStorage(), { language: 'zh_CN' });
  await loadPage(ROUTES.login);
  // The login page is no tab page: WeChat refuses to rename the tab bar from it.
  expect(app().wx.tabTexts).toEqual(['Chats', 'Contacts', 'Me']);
  tap('.demo-alice');
  await flush();
  expect(app().wx.reLaunch).toEqual([HOME_URL]);
  await loadPage(ROUTES.conversations);
  expect(app().wx.tabTexts).toEqual([zhHans.tabs.chats, zhHans.tabs.contacts, zhHans.tabs.me]);
  expect(app().wx.titles).toContain(zhHans.conversations.title);
});
