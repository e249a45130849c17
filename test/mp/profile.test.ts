/**
 * The compiled profile page (dist/build/mp-weixin) on the embedded local chat service: sign in as the demo
 * user alice on the login page, follow the app's reLaunch to the profile page, edit and save.
 */
import { ROUTES, app, createStorage, exists, flush, loadApp, loadPage, pageText, tap, text, type, unloadApp, value } from './harness';
import type { MpStorage } from './harness';
import { en } from '@/src/locales/en';

const PROFILE_URL = `/${ROUTES.profile}`;
/** Where the local service keeps alice's account (prefix `chat:`, then `user:<userID>`). */
const ALICE_KEY = 'chat:user:alice';

interface StoredRecord {
  profile: { userID: string; nick: string };
}

function storedNick(storage: MpStorage, key = ALICE_KEY): string {
  return (JSON.parse(String(storage.get(key))) as StoredRecord).profile.nick;
}

/** A cold start that ends on alice's profile page, the way a user gets there. */
async function openProfile(storage: MpStorage, signIn: 'tap-demo' | 'auto'): Promise<void> {
  loadApp(storage);
  await loadPage(ROUTES.login);
  if (signIn === 'tap-demo') {
    tap('.demo-alice');
    await flush();
  }
  expect(app().wx.reLaunch).toEqual([PROFILE_URL]);
  await loadPage(ROUTES.profile);
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

test("shows alice's demo profile", () => {
  expect(text('.nick')).toBe('Alice');
  expect(value('.input-nick')).toBe('Alice');
  expect(pageText()).toContain('alice');
  expect(app().wx.titles).toContain(en.profile.title);
  // Nothing is edited yet, so there is nothing to save.
  expect(exists('.btn-save')).toBe(false);
  expect(exists('.save-error')).toBe(false);
});

test('editing the nick and saving shows it and keeps it across a relaunch', async () => {
  const nick = 'Alice 爱丽丝';
  type('.input-nick', nick);
  await flush();
  expect(value('.input-nick')).toBe(nick);
  expect(exists('.btn-save')).toBe(true);
  // Not saved yet: the header still shows the stored nick.
  expect(text('.nick')).toBe('Alice');

  tap('.btn-save');
  await flush();

  expect(text('.nick')).toBe(nick);
  expect(exists('.save-error')).toBe(false);
  expect(exists('.btn-save')).toBe(false);
  expect(app().wx.toasts.map((toast) => toast.title)).toContain(en.profile.saved);
  // The local service wrote the account record to the device storage.
  expect(storedNick(storage)).toBe(nick);

  // A fresh start of the mini program on the same device storage: alice is signed in again and the
  // profile page shows the saved nick.
  await openProfile(storage, 'auto');
  expect(text('.nick')).toBe(nick);
  expect(value('.input-nick')).toBe(nick);
});

test('a nick the SDK would refuse (300 ASCII chars, 600 "bytes" > 500) shows error 2721 and keeps the text', async () => {
  const before = storage.snapshot();
  const tooLong = 'a'.repeat(300);
  type('.input-nick', tooLong);
  await flush();
  tap('.btn-save');
  await flush();

  expect(exists('.save-error')).toBe(true);
  expect(text('.save-error')).toContain('2721');
  // What the user typed is still in the field, ready to be shortened.
  expect(value('.input-nick')).toBe(tooLong);
  expect(exists('.btn-save')).toBe(true);
  // Nothing was saved.
  expect(text('.nick')).toBe('Alice');
  expect(storage.snapshot()).toEqual(before);
  expect(storedNick(storage)).toBe('Alice');
});

test('a 250-char ASCII nick (exactly 500 SDK bytes) is accepted', async () => {
  const longest = 'b'.repeat(250);
  type('.input-nick', longest);
  await flush();
  tap('.btn-save');
  await flush();

  expect(exists('.save-error')).toBe(false);
  expect(text('.nick')).toBe(longest);
  expect(storedNick(storage)).toBe(longest);
});

test('fixing a refused nick clears the error and saves', async () => {
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
  expect(text('.nick')).toBe('Ali');
  expect(storedNick(storage)).toBe('Ali');
});

test('the profile page opened straight at launch (deep link, H5 reload) shows the profile once signed in', async () => {
  // A cold start that lands on the profile page while the stored session is still signing in.
  loadApp(storage);
  await loadPage(ROUTES.profile);
  await flush();

  expect(text('.nick')).toBe('Alice');
  expect(app().wx.reLaunch).toEqual([]);
});
