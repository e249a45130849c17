/**
 * What the app relies on from the chat service for login, profiles and user status, stated only in the
 * SDK's terms. Each assertion must hold on Tencent Cloud Chat too (CHAT_BACKEND=cloud); where the real
 * code of a refusal is undocumented the test asserts only that the call is refused and nothing changed.
 */
import { EVENT, TYPES } from '@/src/chat/constants';
import type { ChatPort, UpdateMyProfileOptions } from '@/src/chat/port';
import type { Profile } from '@/src/chat/types';
import {
  createLoggedOutClients,
  createTestUsers,
  eventsDuring,
  freshUserID,
  loginUserID,
  loginAndWait,
  rejectionCode,
  teardown,
  waitForEvent,
} from './harness';

jest.setTimeout(60_000);
afterEach(teardown);

/** Options the SDK typings reject at compile time (enum values as plain strings, bad types). */
function options(value: unknown): UpdateMyProfileOptions {
  return value as UpdateMyProfileOptions;
}

const PROFILE_KEYS: Array<keyof Profile> = [
  'userID',
  'nick',
  'gender',
  'birthday',
  'location',
  'selfSignature',
  'allowType',
  'language',
  'avatar',
  'messageSettings',
  'adminForbidType',
  'level',
  'role',
  'lastUpdatedTime',
  'profileCustomField',
];

async function myProfile(chat: ChatPort): Promise<Profile> {
  return (await chat.getMyProfile()).data;
}

describe('login and logout', () => {
  it('login resolves code 0, then SDK_READY; a repeated login reports repeatLogin', async () => {
    const [client] = await createLoggedOutClients(1);
    const userID = loginUserID('login');
    const ready = waitForEvent(client.chat, EVENT.SDK_READY);
    const response = await client.chat.login({ userID, userSig: client.userSig(userID) });
    expect(response.code).toBe(0);
    expect(response.data.repeatLogin).toBe(false);
    await ready;
    expect(client.chat.isReady()).toBe(true);
    expect(client.chat.getLoginUser()).toBe(userID);

    const again = await client.chat.login({ userID, userSig: client.userSig(userID) });
    expect(again).toEqual({ code: 0, data: { repeatLogin: true } });
  });

  it('refuses calls with 2024 before login', async () => {
    const [client] = await createLoggedOutClients(1);
    expect(await rejectionCode(client.chat.getMyProfile())).toBe(2024);
    expect(client.chat.isReady()).toBe(false);
    expect(client.chat.getLoginUser()).toBe('');
  });

  it('logout resolves code 0 with SDK_NOT_READY; a second logout is refused with 2024', async () => {
    const [chat] = await createTestUsers(1);
    const notReady = waitForEvent(chat, EVENT.SDK_NOT_READY);
    await expect(chat.logout()).resolves.toMatchObject({ code: 0 });
    await notReady;
    expect(chat.isReady()).toBe(false);
    expect(await rejectionCode(chat.logout())).toBe(2024);
  });
});

describe('profiles', () => {
  it("getMyProfile answers a fresh account's Profile with every field", async () => {
    const [chat] = await createTestUsers(1);
    const { code, data } = await chat.getMyProfile();
    expect(code).toBe(0);
    for (const key of PROFILE_KEYS) expect(data).toHaveProperty(key);
    expect(data.userID).toBe(chat.getLoginUser());
    expect(data.nick).toBe('');
    expect(data.profileCustomField).toEqual([]);
    expect(typeof data.lastUpdatedTime).toBe('number');
  });

  it('updateMyProfile resolves the latest Profile, emits PROFILE_UPDATED once, and others read it', async () => {
    const [alice, bob] = await createTestUsers(2);
    const update = {
      nick: 'Contract 测试',
      selfSignature: 'hello',
      birthday: 20000101,
      allowType: TYPES.ALLOW_TYPE_NEED_CONFIRM,
    };
    const event = waitForEvent(alice, EVENT.PROFILE_UPDATED);
    const { code, data } = await alice.updateMyProfile(options(update));
    expect(code).toBe(0);
    expect(data).toMatchObject({ userID: alice.getLoginUser(), ...update });
    expect((await event).data[0]).toMatchObject(update);

    const quiet = await eventsDuring(alice, EVENT.PROFILE_UPDATED, () => alice.updateMyProfile(options(update)));
    expect(quiet).toEqual([]);

    const seen = await bob.getUserProfile({ userIDList: [alice.getLoginUser()] });
    expect(seen.code).toBe(0);
    expect(seen.data).toHaveLength(1);
    expect(seen.data[0]).toMatchObject({ userID: alice.getLoginUser(), ...update });
  });

  it('getUserProfile leaves out accounts that do not exist', async () => {
    const [alice, bob] = await createTestUsers(2);
    const { code, data } = await alice.getUserProfile({ userIDList: [freshUserID('ghost'), bob.getLoginUser()] });
    expect(code).toBe(0);
    expect(data.map((profile) => profile.userID)).toEqual([bob.getLoginUser()]);
  });

  it.each([
    ['an unknown key', { nickname: 'x' }],
    ['a null value', { nick: null }],
    ['a gender outside the enum', { gender: 'male' }],
    ['messageSettings 2', { messageSettings: 2 }],
    ['a non-number birthday', { birthday: '20000101' }],
    ['a custom key without Tag_Profile_Custom', { profileCustomField: [{ key: 'Hobby', value: 'x' }] }],
    ['a non-string custom value', { profileCustomField: [{ key: 'Tag_Profile_Custom_Test1', value: 1 }] }],
    ['a nick of 251 letters (the SDK counts 2 bytes per character)', { nick: 'a'.repeat(251) }],
  ])('refuses %s with 2721 and changes nothing', async (_, bad) => {
    const [chat] = await createTestUsers(1);
    const before = await myProfile(chat);
    expect(await rejectionCode(chat.updateMyProfile(options(bad)))).toBe(2721);
    expect(await myProfile(chat)).toEqual(before);
  });

  it('refuses an update with nothing to send with 2722', async () => {
    const [chat] = await createTestUsers(1);
    expect(await rejectionCode(chat.updateMyProfile({ profileCustomField: [] }))).toBe(2722);
  });

  it('refuses values over 500 bytes with 40601 and changes nothing', async () => {
    const [chat] = await createTestUsers(1);
    const before = await myProfile(chat);
    expect(await rejectionCode(chat.updateMyProfile({ selfSignature: '你'.repeat(167) }))).toBe(40601);
    expect(await rejectionCode(chat.updateMyProfile({ nick: '你'.repeat(167) }))).toBe(40601);
    expect(await myProfile(chat)).toEqual(before);
  });

  it('refuses a custom profile tag that is not registered with 40009 and changes nothing', async () => {
    const [chat] = await createTestUsers(1);
    const before = await myProfile(chat);
    // An 11-letter keyword is longer than any console lets you register, so no backend knows this tag.
    const key = 'Tag_Profile_Custom_Abcdefghijk';
    expect(await rejectionCode(chat.updateMyProfile({ profileCustomField: [{ key, value: 'x' }] }))).toBe(40009);
    expect(await myProfile(chat)).toEqual(before);
  });

  // The 16-byte limit is documented, the code of the refusal is not. (adminForbidType is left out: whether
  // the service refuses a normal user or ignores the field is undocumented.)
  it('refuses a location over 16 bytes and changes nothing', async () => {
    const [chat] = await createTestUsers(1);
    const before = await myProfile(chat);
    const code = await rejectionCode(chat.updateMyProfile({ location: 'x'.repeat(17) }));
    expect(code).not.toBe(0);
    expect(await myProfile(chat)).toEqual(before);
  });
});

describe('user status', () => {
  it('setSelfStatus resolves {userID, statusType: 1, customStatus} and tells the user', async () => {
    const [alice] = await createTestUsers(1);
    const userID = alice.getLoginUser();
    const event = waitForEvent(alice, EVENT.USER_STATUS_UPDATED, (e) => e.data.some((s) => s.userID === userID));
    await expect(alice.setSelfStatus({ customStatus: 'in a meeting' })).resolves.toEqual({
      code: 0,
      data: { userID, statusType: TYPES.USER_STATUS_ONLINE, customStatus: 'in a meeting' },
    });
    expect((await event).data).toContainEqual({
      userID,
      statusType: TYPES.USER_STATUS_ONLINE,
      customStatus: 'in a meeting',
    });

    const own = await alice.getUserStatus({ userIDList: [userID] });
    expect(own).toEqual({
      code: 0,
      data: {
        successUserList: [{ userID, statusType: TYPES.USER_STATUS_ONLINE, customStatus: 'in a meeting' }],
        failureUserList: [],
      },
    });

    await alice.setSelfStatus({ customStatus: '' });
    expect((await alice.getUserStatus({ userIDList: [userID] })).data.successUserList[0].customStatus).toBe('');
  });

  it('getUserStatus reports another online user as ONLINE and a logged-out one as UNLOGINED', async () => {
    const [alice, bob] = await createTestUsers(2);
    const bobID = bob.getLoginUser();
    const online = await alice.getUserStatus({ userIDList: [bobID] });
    expect(online.data.successUserList).toEqual([{ userID: bobID, statusType: TYPES.USER_STATUS_ONLINE, customStatus: '' }]);

    await bob.logout();
    const after = await alice.getUserStatus({ userIDList: [bobID] });
    expect(after.data.successUserList).toEqual([
      expect.objectContaining({ userID: bobID, statusType: TYPES.USER_STATUS_UNLOGINED }),
    ]);
  });

  it('never reports an account that does not exist as online', async () => {
    const [alice] = await createTestUsers(1);
    const ghost = freshUserID('ghost');
    const { data } = await alice.getUserStatus({ userIDList: [ghost] });
    const failed = data.failureUserList.find((entry) => entry.userID === ghost);
    const answered = data.successUserList.find((entry) => entry.userID === ghost);
    if (failed) expect(typeof failed.code).toBe('number');
    else expect(answered?.statusType).not.toBe(TYPES.USER_STATUS_ONLINE);
  });

  it('a subscriber hears custom status changes; after unsubscribing it hears nothing', async () => {
    const [alice, bob] = await createTestUsers(2);
    const aliceID = alice.getLoginUser();
    const aboutAlice = (e: { data: Array<{ userID: string }> }): boolean => e.data.some((s) => s.userID === aliceID);

    await expect(bob.subscribeUserStatus({ userIDList: [aliceID] })).resolves.toEqual({
      code: 0,
      data: { failureUserList: [] },
    });

    const custom = waitForEvent(bob, EVENT.USER_STATUS_UPDATED, aboutAlice);
    await alice.setSelfStatus({ customStatus: 'lunch' });
    expect((await custom).data).toContainEqual({
      userID: aliceID,
      statusType: TYPES.USER_STATUS_ONLINE,
      customStatus: 'lunch',
    });

    await expect(bob.unsubscribeUserStatus({ userIDList: [aliceID] })).resolves.toMatchObject({ code: 0 });
    const quiet = await eventsDuring(bob, EVENT.USER_STATUS_UPDATED, () => alice.setSelfStatus({ customStatus: 'back' }), aboutAlice);
    expect(quiet).toEqual([]);
  });

  it('a subscriber hears UNLOGINED when the user logs out', async () => {
    const [alice, bob] = await createTestUsers(2);
    const aliceID = alice.getLoginUser();
    await bob.subscribeUserStatus({ userIDList: [aliceID] });
    const gone = waitForEvent(bob, EVENT.USER_STATUS_UPDATED, (e) =>
      e.data.some((s) => s.userID === aliceID && s.statusType === TYPES.USER_STATUS_UNLOGINED),
    );
    await alice.logout();
    await gone;
  });

  it('a subscriber hears ONLINE when the user logs in', async () => {
    const [bob] = await createTestUsers(1);
    const [aliceClient] = await createLoggedOutClients(1);
    const aliceID = loginUserID('alice');
    // The account must exist before it can be subscribed to: log in once, then out.
    await loginAndWait(aliceClient.chat, aliceID, aliceClient.userSig(aliceID));
    await aliceClient.chat.logout();
    await bob.subscribeUserStatus({ userIDList: [aliceID] });
    const back = waitForEvent(bob, EVENT.USER_STATUS_UPDATED, (e) =>
      e.data.some((s) => s.userID === aliceID && s.statusType === TYPES.USER_STATUS_ONLINE),
    );
    await loginAndWait(aliceClient.chat, aliceID, aliceClient.userSig(aliceID));
    await back;
  });

  it('unsubscribeUserStatus without a list resolves with an empty failureUserList', async () => {
    const [alice, bob] = await createTestUsers(2);
    await bob.subscribeUserStatus({ userIDList: [alice.getLoginUser()] });
    await expect(bob.unsubscribeUserStatus()).resolves.toEqual({ code: 0, data: { failureUserList: [] } });
  });
});
