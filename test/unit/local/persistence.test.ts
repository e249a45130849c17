import { EVENT, TYPES } from '@/src/chat/constants';
import { DEMO_USER_IDS, LOCAL_CODE, createMemoryStorage } from '@/src/chat/local';
import type { KeyValueStorage } from '@/src/platform/port';
import { T0, loginReady, newServer, observedStorage, recordEvents, rejection } from './helpers';

describe('persistence', () => {
  it('a new server on the same storage sees the same accounts, profiles, statuses and subscriptions', async () => {
    const storage = createMemoryStorage();
    const first = newServer({ storage });
    const alice = await loginReady(first, 'alice');
    const bob = await loginReady(first, 'bob');
    await alice.updateMyProfile({ nick: 'Alice', profileCustomField: [{ key: 'Tag_Profile_Custom_Test1', value: 'x' }] });
    await alice.setSelfStatus({ customStatus: 'busy' });
    await bob.subscribeUserStatus({ userIDList: ['alice'] });
    const aliceProfile = first.peekProfile('alice');

    const second = newServer({ storage });
    expect(second.userIDs().sort()).toEqual(['alice', 'bob']);
    expect(second.peekProfile('alice')).toEqual(aliceProfile);
    // Nobody is logged in to the new server, whatever the old one had.
    expect(second.peekStatus('alice')).toEqual({
      userID: 'alice',
      statusType: TYPES.USER_STATUS_UNLOGINED,
      customStatus: 'busy',
    });
    const bobAgain = await loginReady(second, 'bob');
    const seen = recordEvents(bobAgain, EVENT.USER_STATUS_UPDATED);
    await loginReady(second, 'alice');
    expect(seen).toHaveLength(1);
  });

  it('keeps one key per user under the prefix and rewrites only the changed user', async () => {
    const storage = observedStorage();
    const server = newServer({ storage });
    const alice = await loginReady(server, 'alice');
    await loginReady(server, 'bob');
    expect(storage.keys().sort()).toEqual(['chat:user:alice', 'chat:user:bob']);
    expect(server.storageKeyOf('alice')).toBe('chat:user:alice');

    storage.writes.length = 0;
    await alice.updateMyProfile({ nick: 'A' });
    await alice.setSelfStatus({ customStatus: 'hi' });
    await alice.subscribeUserStatus({ userIDList: ['bob'] });
    expect(storage.writes).toEqual(['chat:user:alice', 'chat:user:alice', 'chat:user:alice']);

    storage.writes.length = 0;
    await alice.updateMyProfile({ nick: 'A' }); // unchanged
    await alice.subscribeUserStatus({ userIDList: ['bob'] }); // already subscribed
    await alice.getUserProfile({ userIDList: ['bob'] });
    expect(storage.writes).toEqual([]);
  });

  it('honours keyPrefix and ignores keys of other prefixes', async () => {
    const storage = createMemoryStorage({ 'other:thing': '{', 'chat:user:zed': '{"profile":{}}' });
    const server = newServer({ storage, keyPrefix: 'app1/' });
    await loginReady(server, 'alice');
    expect(storage.keys()).toContain('app1/user:alice');
    expect(server.userIDs()).toEqual(['alice']);
    expect(server.problems).toEqual([]);
  });

  it('skips corrupt records, keeps the readable ones and lists the problem', () => {
    const good = JSON.stringify({ profile: { userID: 'bob', nick: 'Bob' }, customStatus: '', subscriptions: [] });
    const storage = createMemoryStorage({
      'chat:user:alice': '{not json',
      'chat:user:carol': '"just a string"',
      'chat:user:bob': good,
    });
    const server = newServer({ storage });
    expect(server.userIDs()).toEqual(['bob']);
    expect(server.peekProfile('bob')?.nick).toBe('Bob');
    expect(server.problems).toEqual([
      expect.objectContaining({ kind: 'corrupt-record', key: 'chat:user:alice' }),
      expect.objectContaining({ kind: 'corrupt-record', key: 'chat:user:carol' }),
    ]);
    // The damaged data is left for a human, not overwritten at start-up.
    expect(storage.getItem('chat:user:alice')).toBe('{not json');
  });

  it('repairs invalid fields of an otherwise readable record', () => {
    const storage = createMemoryStorage({
      'chat:user:bob': JSON.stringify({
        profile: { userID: 'bob', nick: 42, gender: 'robot', birthday: 19900101, profileCustomField: [{ key: 1 }] },
        customStatus: ['x'],
        subscriptions: ['alice', 7],
      }),
    });
    const server = newServer({ storage });
    expect(server.peekProfile('bob')).toMatchObject({
      userID: 'bob',
      nick: '',
      gender: TYPES.GENDER_UNKNOWN,
      birthday: 19900101,
      profileCustomField: [],
    });
    expect(server.peekStatus('bob')?.customStatus).toBe('');
    expect(server.problems).toEqual([expect.objectContaining({ kind: 'repaired-record', key: 'chat:user:bob' })]);
  });

  it('lets a user whose record was corrupt log in again as a fresh account', async () => {
    const storage = createMemoryStorage({ 'chat:user:alice': '{not json' });
    const server = newServer({ storage });
    const alice = await loginReady(server, 'alice');
    expect((await alice.getMyProfile()).data.nick).toBe('');
    expect(newServer({ storage }).userIDs()).toEqual(['alice']);
  });

  it('starts empty, without throwing, when the storage cannot even list keys', () => {
    const broken: KeyValueStorage = {
      getItem: () => null,
      setItem: () => undefined,
      removeItem: () => undefined,
      keys: () => {
        throw new Error('SecurityError');
      },
    };
    const server = newServer({ storage: broken });
    expect(server.userIDs()).toEqual([]);
    expect(server.problems).toEqual([expect.objectContaining({ kind: 'storage-unreadable' })]);
  });

  it('skips a key whose getItem throws and reads the rest', () => {
    const inner = createMemoryStorage({
      'chat:user:alice': JSON.stringify({ profile: { userID: 'alice' } }),
      'chat:user:bob': JSON.stringify({ profile: { userID: 'bob' } }),
    });
    const storage: KeyValueStorage = {
      ...inner,
      getItem: (key) => {
        if (key === 'chat:user:alice') throw new Error('read error');
        return inner.getItem(key);
      },
    };
    const server = newServer({ storage });
    expect(server.userIDs()).toEqual(['bob']);
    expect(server.problems).toEqual([expect.objectContaining({ kind: 'storage-unreadable', key: 'chat:user:alice' })]);
  });
});

describe('a storage that refuses writes (quota)', () => {
  it('rejects updateMyProfile with a clear error and keeps memory, storage and events unchanged', async () => {
    const storage = observedStorage();
    const server = newServer({ storage, maxInstancesPerUser: 2 });
    const a1 = await loginReady(server, 'alice');
    const a2 = await loginReady(server, 'alice');
    const seen1 = recordEvents(a1, EVENT.PROFILE_UPDATED);
    const seen2 = recordEvents(a2, EVENT.PROFILE_UPDATED);
    const before = storage.dump();
    storage.failWrites = true;

    const error = await rejection(a1.updateMyProfile({ nick: 'New' }));
    await server.settle();

    expect(error.code).toBe(LOCAL_CODE.STORAGE_WRITE_FAILED);
    expect(error.message).toMatch(/storage/i);
    expect((await a1.getMyProfile()).data.nick).toBe('');
    expect(storage.dump()).toEqual(before);
    expect(seen1).toHaveLength(0);
    expect(seen2).toHaveLength(0);
    expect(server.problems).toEqual([expect.objectContaining({ kind: 'storage-write', key: 'chat:user:alice' })]);

    storage.failWrites = false;
    await expect(a1.updateMyProfile({ nick: 'New' })).resolves.toMatchObject({ data: { nick: 'New' } });
  });

  it('rejects setSelfStatus and tells nobody', async () => {
    const storage = observedStorage();
    const server = newServer({ storage });
    const alice = await loginReady(server, 'alice');
    const seen = recordEvents(alice, EVENT.USER_STATUS_UPDATED);
    storage.failWrites = true;
    expect((await rejection(alice.setSelfStatus({ customStatus: 'x' }))).code).toBe(LOCAL_CODE.STORAGE_WRITE_FAILED);
    await server.settle();
    expect(seen).toHaveLength(0);
    expect(server.peekStatus('alice')?.customStatus).toBe('');
  });

  it('rejects subscribeUserStatus and keeps the old subscriptions', async () => {
    const storage = observedStorage();
    const server = newServer({ storage });
    const bob = await loginReady(server, 'bob');
    await loginReady(server, 'alice').then((alice) => alice.logout());
    storage.failWrites = true;
    expect((await rejection(bob.subscribeUserStatus({ userIDList: ['alice'] }))).code).toBe(
      LOCAL_CODE.STORAGE_WRITE_FAILED,
    );
    const seen = recordEvents(bob, EVENT.USER_STATUS_UPDATED);
    storage.failWrites = false;
    await loginReady(server, 'alice');
    expect(seen).toHaveLength(0);
  });

  it('fails the first login of a new account without creating it', async () => {
    const storage = observedStorage();
    const server = newServer({ storage });
    storage.failWrites = true;
    const client = server.createClient();
    const ready = recordEvents(client, EVENT.SDK_READY);
    expect((await rejection(client.login({ userID: 'alice', userSig: 'sig' }))).code).toBe(
      LOCAL_CODE.STORAGE_WRITE_FAILED,
    );
    await server.settle();
    expect(ready).toHaveLength(0);
    expect(client.getLoginUser()).toBe('');
    expect(server.userIDs()).toEqual([]);
    expect((await rejection(client.getMyProfile())).code).toBe(LOCAL_CODE.LOGIN_FAILED);
  });

  it('still lets an existing account log in (login writes nothing)', async () => {
    const storage = observedStorage();
    const server = newServer({ storage });
    await loginReady(server, 'alice').then((alice) => alice.logout());
    storage.failWrites = true;
    await expect(loginReady(server, 'alice')).resolves.toBeDefined();
  });
});

describe("seed: 'demo'", () => {
  it('creates about thirty demo users with avatars, custom fields and statuses, listed by demoAccounts()', () => {
    const server = newServer({ seed: 'demo' });
    expect(server.userIDs()).toEqual([...DEMO_USER_IDS]);
    expect(DEMO_USER_IDS.length).toBeGreaterThanOrEqual(30);
    expect(server.demoAccounts()).toHaveLength(DEMO_USER_IDS.length);
    for (const account of server.demoAccounts()) {
      expect(account.avatar).toBe(`/static/avatars/${account.userID}.png`);
      expect(account.nick.length).toBeGreaterThan(0);
    }
    expect(server.peekProfile('alice')).toMatchObject({
      nick: 'Alice',
      gender: TYPES.GENDER_FEMALE,
      lastUpdatedTime: T0,
      profileCustomField: [{ key: 'Tag_Profile_Custom_Test1', value: 'Cat person' }],
    });
    expect(server.peekStatus('bob')).toEqual({ userID: 'bob', statusType: TYPES.USER_STATUS_UNLOGINED, customStatus: '开会中' });
  });

  it('gives every demo user values the service accepts back unchanged', async () => {
    const server = newServer({ seed: 'demo' });
    for (const userID of DEMO_USER_IDS) {
      const client = await loginReady(server, userID);
      const { data: mine } = await client.getMyProfile();
      // Everything a user may write; userID, lastUpdatedTime and the admin-only field are not writable.
      const writable: Record<string, unknown> = { ...mine };
      for (const key of ['userID', 'lastUpdatedTime', 'adminForbidType']) delete writable[key];
      const { data } = await client.updateMyProfile(writable as Parameters<typeof client.updateMyProfile>[0]);
      expect(data).toEqual(mine);
      await client.logout();
    }
  });

  it('does not seed again over existing users, and reflects their edits in demoAccounts()', async () => {
    const storage = createMemoryStorage();
    const server = newServer({ storage, seed: 'demo' });
    const alice = await loginReady(server, 'alice');
    await alice.updateMyProfile({ nick: 'Alice v2' });
    const again = newServer({ storage, seed: 'demo' });
    expect(again.peekProfile('alice')?.nick).toBe('Alice v2');
    expect(again.demoAccounts()[0]).toEqual({ userID: 'alice', nick: 'Alice v2', avatar: '/static/avatars/alice.png' });
  });

  it("does not seed a storage that already has users, and 'none' offers no demo accounts", async () => {
    const storage = createMemoryStorage();
    await loginReady(newServer({ storage }), 'zoe');
    expect(newServer({ storage, seed: 'demo' }).userIDs()).toEqual(['zoe']);
    expect(newServer({ storage: createMemoryStorage(), seed: 'none' }).demoAccounts()).toEqual([]);
    expect(newServer().userIDs()).toEqual([]);
  });

  it('leaves an unreadable demo key alone when seeding the others', () => {
    const storage = createMemoryStorage({ 'chat:user:alice': '{broken' });
    const server = newServer({ storage, seed: 'demo' });
    expect(server.userIDs()).toEqual(DEMO_USER_IDS.filter((id) => id !== 'alice'));
    expect(storage.getItem('chat:user:alice')).toBe('{broken');
  });

  it('keeps the demo users in memory when the storage refuses them', () => {
    const storage = observedStorage();
    storage.failWrites = true;
    const server = newServer({ storage, seed: 'demo' });
    expect(server.userIDs()).toHaveLength(DEMO_USER_IDS.length);
    const failedUserWrites = server.problems.filter(
      (problem) => problem.kind === 'storage-write' && problem.key?.startsWith('chat:user:'),
    );
    expect(failedUserWrites).toHaveLength(DEMO_USER_IDS.length);
  });
});
