import { EVENT, TYPES } from '@/src/chat/constants';
import { LOCAL_CODE, createMemoryStorage } from '@/src/chat/local';
import type { LocalServer } from '@/src/chat/local';
import type { Profile } from '@/src/chat/types';
import {
  T0,
  loginReady,
  manualClock,
  newServer,
  observedStorage,
  rawProfileOptions,
  recordEvents,
  rejection,
} from './helpers';

const FRESH_DEFAULTS: Omit<Profile, 'userID'> = {
  nick: '',
  gender: TYPES.GENDER_UNKNOWN,
  birthday: 0,
  location: '',
  selfSignature: '',
  allowType: TYPES.ALLOW_TYPE_ALLOW_ANY,
  language: 0,
  avatar: '',
  messageSettings: 0,
  adminForbidType: TYPES.FORBID_TYPE_NONE,
  level: 0,
  role: 0,
  lastUpdatedTime: T0,
  profileCustomField: [],
};

describe('getMyProfile / getUserProfile', () => {
  it('gives a fresh account the SDK Profile defaults', async () => {
    const server = newServer();
    const alice = await loginReady(server, 'alice');
    await expect(alice.getMyProfile()).resolves.toEqual({ code: 0, data: { userID: 'alice', ...FRESH_DEFAULTS } });
  });

  it('returns copies: changing a result changes nothing stored', async () => {
    const server = newServer();
    const alice = await loginReady(server, 'alice');
    const { data } = await alice.updateMyProfile({ profileCustomField: [{ key: 'Tag_Profile_Custom_Test1', value: 'x' }] });
    data.nick = 'hacked';
    data.profileCustomField[0].value = 'hacked';
    const mine = (await alice.getMyProfile()).data;
    mine.nick = 'hacked again';
    const [viaList] = (await alice.getUserProfile({ userIDList: ['alice'] })).data;
    expect(viaList.nick).toBe('');
    expect(viaList.profileCustomField).toEqual([{ key: 'Tag_Profile_Custom_Test1', value: 'x' }]);
  });

  it('returns known users in request order, silently omitting unknown ones and duplicates', async () => {
    const server = newServer({ seed: 'demo' });
    const alice = await loginReady(server, 'alice');
    const { code, data } = await alice.getUserProfile({ userIDList: ['carol', 'nobody', 'bob', 'carol', 'alice'] });
    expect(code).toBe(0);
    expect(data.map((profile) => profile.userID)).toEqual(['carol', 'bob', 'alice']);
    expect(data[0].nick).toBe('Carol 陈');
  });

  it('resolves an empty list with [] and rejects a non-array userIDList like the SDK schema', async () => {
    const server = newServer();
    const alice = await loginReady(server, 'alice');
    await expect(alice.getUserProfile({ userIDList: [] })).resolves.toEqual({ code: 0, data: [] });
    for (const userIDList of ['alice', undefined, null, { 0: 'alice' }]) {
      const error = await rejection(alice.getUserProfile({ userIDList } as unknown as { userIDList: string[] }));
      expect(error.code).toBe(LOCAL_CODE.PARAMS_VALIDATE_FAILED);
    }
  });

  it('keeps only the first 1000 IDs, as the SDK does', async () => {
    const initial: Record<string, string> = {};
    const ids = Array.from({ length: 1003 }, (_, i) => `u${i}`);
    for (const userID of ids) {
      initial[`chat:user:${userID}`] = JSON.stringify({ profile: { userID }, customStatus: '', subscriptions: [] });
    }
    const server = newServer({ storage: createMemoryStorage(initial) });
    const client = await loginReady(server, 'u0');
    const { data } = await client.getUserProfile({ userIDList: ids });
    expect(data).toHaveLength(1000);
    expect(data[999].userID).toBe('u999');
  });
});

describe('updateMyProfile success', () => {
  it('stores every standard field, resolves the latest Profile and stamps lastUpdatedTime (ms)', async () => {
    const clock = manualClock();
    const server = newServer({ clock: clock.now });
    const alice = await loginReady(server, 'alice');
    clock.advance(5_000);
    const response = await alice.updateMyProfile(
      rawProfileOptions({
        nick: 'Alice 爱丽丝',
        avatar: 'https://example.com/a.png',
        gender: TYPES.GENDER_FEMALE,
        selfSignature: 'hello',
        allowType: TYPES.ALLOW_TYPE_NEED_CONFIRM,
        birthday: 20000229,
        location: '上海市浦东', // 15 bytes
        language: 2,
        messageSettings: 1,
        level: 7,
        role: 4294967295,
        profileCustomField: [
          { key: 'Tag_Profile_Custom_Test1', value: 'one' },
          { key: 'Tag_Profile_Custom_Test2', value: 'two' },
        ],
      }),
    );
    const expected: Profile = {
      userID: 'alice',
      nick: 'Alice 爱丽丝',
      avatar: 'https://example.com/a.png',
      gender: TYPES.GENDER_FEMALE,
      selfSignature: 'hello',
      allowType: TYPES.ALLOW_TYPE_NEED_CONFIRM,
      birthday: 20000229,
      location: '上海市浦东',
      language: 2,
      messageSettings: 1,
      adminForbidType: TYPES.FORBID_TYPE_NONE,
      level: 7,
      role: 4294967295,
      lastUpdatedTime: T0 + 5_000,
      profileCustomField: [
        { key: 'Tag_Profile_Custom_Test1', value: 'one' },
        { key: 'Tag_Profile_Custom_Test2', value: 'two' },
      ],
    };
    expect(response).toEqual({ code: 0, data: expected });
    expect((await alice.getMyProfile()).data).toEqual(expected);
  });

  it('accepts the documented edges: 250-letter nick, 16-byte location, birthday 0, empty strings', async () => {
    const server = newServer();
    const alice = await loginReady(server, 'alice');
    await expect(
      alice.updateMyProfile({ nick: 'a'.repeat(250), location: 'x'.repeat(16), birthday: 0, selfSignature: '' }),
    ).resolves.toMatchObject({ code: 0 });
    await expect(alice.updateMyProfile({ selfSignature: '你'.repeat(166), avatar: 'a'.repeat(500) })).resolves.toMatchObject({
      code: 0,
    });
    await expect(
      alice.updateMyProfile({ profileCustomField: [{ key: 'Tag_Profile_Custom_Abcdefgh', value: '' }] }),
    ).resolves.toMatchObject({ code: 0 });
  });

  it('updates custom fields in place, appends new ones, last duplicate wins', async () => {
    const server = newServer();
    const alice = await loginReady(server, 'alice');
    await alice.updateMyProfile({
      profileCustomField: [
        { key: 'Tag_Profile_Custom_A', value: '1' },
        { key: 'Tag_Profile_Custom_B', value: '2' },
      ],
    });
    const { data } = await alice.updateMyProfile({
      profileCustomField: [
        { key: 'Tag_Profile_Custom_C', value: '3' },
        { key: 'Tag_Profile_Custom_A', value: 'x' },
        { key: 'Tag_Profile_Custom_A', value: 'y' },
      ],
    });
    expect(data.profileCustomField).toEqual([
      { key: 'Tag_Profile_Custom_A', value: 'y' },
      { key: 'Tag_Profile_Custom_B', value: '2' },
      { key: 'Tag_Profile_Custom_C', value: '3' },
    ]);
  });

  it('emits PROFILE_UPDATED [Profile] on the caller before resolving, and later on its other instances only', async () => {
    const server = newServer({ maxInstancesPerUser: 2 });
    const a1 = await loginReady(server, 'alice');
    const a2 = await loginReady(server, 'alice');
    const bob = await loginReady(server, 'bob');
    const seen1 = recordEvents(a1, EVENT.PROFILE_UPDATED);
    const seen2 = recordEvents(a2, EVENT.PROFILE_UPDATED);
    const seenBob = recordEvents(bob, EVENT.PROFILE_UPDATED);

    const pending = a1.updateMyProfile({ nick: 'Al' });
    expect(seen1).toHaveLength(1);
    const { data } = await pending;
    expect(seen1[0]).toEqual({ name: EVENT.PROFILE_UPDATED, data: [data] });
    expect(seen2).toHaveLength(0);
    await server.settle();
    expect(seen2).toEqual([{ name: EVENT.PROFILE_UPDATED, data: [data] }]);
    expect(seenBob).toHaveLength(0);
    expect(seen1[0].data[0]).not.toBe(seen2[0].data[0]);
  });

  it('emits nothing and keeps lastUpdatedTime when the values are unchanged', async () => {
    const clock = manualClock();
    const server = newServer({ clock: clock.now, maxInstancesPerUser: 2 });
    const a1 = await loginReady(server, 'alice');
    const a2 = await loginReady(server, 'alice');
    await a1.updateMyProfile({ nick: 'Al', profileCustomField: [{ key: 'Tag_Profile_Custom_A', value: '1' }] });
    await server.settle();
    const seen1 = recordEvents(a1, EVENT.PROFILE_UPDATED);
    const seen2 = recordEvents(a2, EVENT.PROFILE_UPDATED);
    clock.advance(60_000);
    const { data } = await a1.updateMyProfile({ nick: 'Al', profileCustomField: [{ key: 'Tag_Profile_Custom_A', value: '1' }] });
    await server.settle();
    expect(seen1).toHaveLength(0);
    expect(seen2).toHaveLength(0);
    expect(data.lastUpdatedTime).toBe(T0);
  });
});

/** [description, options, expected code] */
const refusals: Array<[string, unknown, number]> = [
  // The SDK's own check (2721) ...
  ['empty options', {}, 2721],
  ['null options', null, 2721],
  ['unknown key', { nickname: 'x' }, 2721],
  ['unknown key next to a valid one', { nick: 'ok', foo: 1 }, 2721],
  ['null value', { nick: null }, 2721],
  ['undefined value', { selfSignature: undefined }, 2721],
  ['number nick', { nick: 5 }, 2721],
  ['nick the SDK measures over 500 bytes (251 letters)', { nick: 'a'.repeat(251) }, 2721],
  ['non-string avatar', { avatar: false }, 2721],
  ['non-string location', { location: 10 }, 2721],
  ['non-string selfSignature', { selfSignature: ['x'] }, 2721],
  ['gender not in the enum', { gender: 'male' }, 2721],
  ['empty gender', { gender: '' }, 2721],
  ['allowType not in the enum', { allowType: 'AllowType_Type_Any' }, 2721],
  ['adminForbidType not in the enum', { adminForbidType: 'none' }, 2721],
  ['string birthday', { birthday: '20000101' }, 2721],
  ['NaN language', { language: Number.NaN }, 2721],
  ['object level', { level: {} }, 2721],
  ['string role', { role: '1' }, 2721],
  ['messageSettings 2', { messageSettings: 2 }, 2721],
  ["messageSettings '0'", { messageSettings: '0' }, 2721],
  ['custom key without Tag_Profile_Custom', { profileCustomField: [{ key: 'Nickname', value: 'x' }] }, 2721],
  ['custom key not a string', { profileCustomField: [{ key: 1, value: 'x' }] }, 2721],
  ['custom value not a string', { profileCustomField: [{ key: 'Tag_Profile_Custom_Test1', value: 1 }] }, 2721],
  ['custom entry null', { profileCustomField: [null] }, 2721],
  ['bad custom field next to a valid nick', { nick: 'ok', profileCustomField: [{ key: 'x', value: 'y' }] }, 2721],
  // ... the SDK's parameter schema (code-less) ...
  ['profileCustomField not an array', { profileCustomField: { key: 'Tag_Profile_Custom_Test1', value: 'x' } }, -1],
  ['profileCustomField null', { profileCustomField: null }, -1],
  // ... nothing left to send (2722) ...
  ['only an empty profileCustomField', { profileCustomField: [] }, 2722],
  // ... and the profile server (40xxx).
  ['adminForbidType by a normal user', { adminForbidType: TYPES.FORBID_TYPE_SEND_OUT }, 40008],
  ['adminForbidType None by a normal user', { adminForbidType: TYPES.FORBID_TYPE_NONE }, 40008],
  ['nick over 500 UTF-8 bytes', { nick: '你'.repeat(167) }, 40601],
  ['selfSignature over 500 bytes', { selfSignature: 'a'.repeat(501) }, 40601],
  ['avatar over 500 bytes', { avatar: '😀'.repeat(126) }, 40601],
  ['location over 16 bytes', { location: '北京市海淀区' }, 40601],
  ['custom value over 500 bytes', { profileCustomField: [{ key: 'Tag_Profile_Custom_Test1', value: 'a'.repeat(501) }] }, 40601],
  ['birthday not a date', { birthday: 20230230 }, 40605],
  ['birthday month 13', { birthday: 19991301 }, 40605],
  ['birthday too short', { birthday: 123 }, 40605],
  ['negative birthday', { birthday: -1 }, 40605],
  ['fractional birthday', { birthday: 20000101.5 }, 40605],
  ['negative level', { level: -1 }, 40605],
  ['role above uint32', { role: 4294967296 }, 40605],
  ['fractional language', { language: 1.5 }, 40605],
  ['infinite language', { language: Number.POSITIVE_INFINITY }, 40605],
  ['custom key with empty keyword', { profileCustomField: [{ key: 'Tag_Profile_Custom_', value: 'x' }] }, 40009],
  ['custom keyword over 8 bytes', { profileCustomField: [{ key: 'Tag_Profile_Custom_Abcdefghi', value: 'x' }] }, 40009],
  ['custom keyword with a dash', { profileCustomField: [{ key: 'Tag_Profile_Custom_Te-st', value: 'x' }] }, 40009],
  ['custom key without the underscore', { profileCustomField: [{ key: 'Tag_Profile_CustomTest', value: 'x' }] }, 40009],
  ['valid nick with a bad custom key', { nick: 'ok', profileCustomField: [{ key: 'Tag_Profile_Custom_', value: 'x' }] }, 40009],
  ['first bad item decides', { location: 'x'.repeat(17), birthday: 1 }, 40601],
  ['first bad item decides (other order)', { birthday: 1, location: 'x'.repeat(17) }, 40605],
];

describe('updateMyProfile refusals change nothing', () => {
  async function setUp(): Promise<{ server: LocalServer; snapshot: () => unknown }> {
    const storage = observedStorage();
    const server = newServer({ storage, maxInstancesPerUser: 2 });
    const alice = await loginReady(server, 'alice');
    await alice.updateMyProfile({ nick: 'Before', profileCustomField: [{ key: 'Tag_Profile_Custom_Test1', value: 'b' }] });
    await server.settle();
    return { server, snapshot: () => ({ storage: storage.dump(), profile: server.peekProfile('alice') }) };
  }

  it.each(refusals)('%s → %d', async (_, options, code) => {
    const { server, snapshot } = await setUp();
    const a1 = await loginReady(server, 'alice');
    const a2 = await loginReady(server, 'alice');
    const seen1 = recordEvents(a1, EVENT.PROFILE_UPDATED);
    const seen2 = recordEvents(a2, EVENT.PROFILE_UPDATED);
    const before = snapshot();

    const error = await rejection(a1.updateMyProfile(rawProfileOptions(options)));
    await server.settle();

    expect(error.code).toBe(code);
    expect(error.message.length).toBeGreaterThan(0);
    expect(snapshot()).toEqual(before);
    expect(seen1).toHaveLength(0);
    expect(seen2).toHaveLength(0);
  });

  it('accepts only registered custom keys when profileCustomKeys is given', async () => {
    const server = newServer({ profileCustomKeys: ['Tag_Profile_Custom_Hobby'] });
    const alice = await loginReady(server, 'alice');
    const error = await rejection(
      alice.updateMyProfile({ profileCustomField: [{ key: 'Tag_Profile_Custom_Test1', value: 'x' }] }),
    );
    expect(error.code).toBe(40009);
    await expect(
      alice.updateMyProfile({ profileCustomField: [{ key: 'Tag_Profile_Custom_Hobby', value: 'chess' }] }),
    ).resolves.toMatchObject({ data: { profileCustomField: [{ key: 'Tag_Profile_Custom_Hobby', value: 'chess' }] } });
  });
});
