/**
 * The relationship chain's storage, sized for a phone: per user a small meta key, relations in chunks of 100,
 * requests in one key. A change rewrites the chunks it touched, so its cost stays flat however long the list;
 * a restart sees everything; damaged keys are skipped or repaired and reported; a refused write (2903) leaves
 * storage and memory as they were.
 */
import { TYPES } from '@/src/chat/constants';
import { createMemoryStorage } from '@/src/chat/local';
import type { LocalClient } from '@/src/chat/local';
import { loginReady, newServer, rejection } from './helpers';
import { accountID, accountRecords, countingStorage, snsValues } from './friends-fixtures';

const WEB = 'AddSource_Type_Web';

async function addMany(client: LocalClient, prefix: string, from: number, to: number): Promise<void> {
  for (let n = from; n <= to; n += 1) await client.addFriend({ to: accountID(prefix, n), source: WEB });
}

describe('persistence', () => {
  it('a new server on the same storage sees the same friends, remarks, groups, custom fields, requests and read mark', async () => {
    const storage = createMemoryStorage();
    const first = newServer({ storage });
    const [alice, bob, carol] = [await loginReady(first, 'alice'), await loginReady(first, 'bob'), await loginReady(first, 'carol')];
    await carol.updateMyProfile({ allowType: TYPES.ALLOW_TYPE_NEED_CONFIRM });
    await alice.addFriend({ to: 'bob', source: WEB, remark: 'B', groupName: 'Work' });
    await alice.updateFriend({ userID: 'bob', friendCustomField: [{ key: 'Tag_SNS_Custom_Mood', value: 'sunny' }] });
    await alice.addFriend({ to: 'carol', source: WEB, wording: 'hi' });
    await carol.setFriendApplicationRead();
    const read = async (client: LocalClient) => ({
      friends: (await client.getFriendList()).data,
      requests: (await client.getFriendApplicationList()).data,
      groups: (await client.getFriendGroupList()).data,
    });
    const before = { alice: await read(alice), bob: await read(bob), carol: await read(carol) };

    const second = newServer({ storage });
    const again = { alice: await read(await loginReady(second, 'alice')), bob: await read(await loginReady(second, 'bob')), carol: await read(await loginReady(second, 'carol')) };
    expect(again).toEqual(before);
    expect(before.carol.requests.unreadCount).toBe(0);
    expect(second.problems).toEqual([]);
  });
});

describe('a list of 3000 friends', () => {
  // 3000 imported accounts plus alice; each addFriend makes a two-way friendship.
  const storage = countingStorage(accountRecords('f', 3001));
  const server = newServer({ storage });
  let alice: LocalClient;

  beforeAll(async () => {
    alice = await loginReady(server, 'f0001');
    await addMany(alice, 'f', 2, 3001);
  }, 120_000);

  it('is stored in 30 chunks of at most 100 relations, each value under 10 KB', () => {
    const chunks = Object.entries(snsValues(storage)).filter(([key]) => key.startsWith('chat:sns:f:') && key.endsWith(':f0001'));
    expect(chunks).toHaveLength(30);
    for (const [, value] of chunks) {
      expect((JSON.parse(value) as { r: unknown[] }).r.length).toBeLessThanOrEqual(100);
      expect(value.length).toBeLessThan(10_000);
    }
  });

  it('a change rewrites a few small keys, not the list: add, remark, delete each write ≤ 4 keys and ≤ 12 KB', async () => {
    const total = Object.entries(snsValues(storage))
      .filter(([key]) => key.endsWith(':f0001'))
      .reduce((sum, [, value]) => sum + value.length, 0);
    expect(total).toBeGreaterThan(150_000);

    const cost = async (change: () => Promise<unknown>) => {
      const [bytes, keys] = [storage.written, storage.writes];
      await change();
      return { bytes: storage.written - bytes, keys: storage.writes - keys };
    };
    const remark = await cost(() => alice.updateFriend({ userID: 'f1500', remark: 'middle' }));
    const removal = await cost(() => alice.deleteFriend({ userIDList: ['f2000'] }));
    const addition = await cost(() => alice.addFriend({ to: 'f2000', source: WEB }));
    for (const change of [remark, removal, addition]) {
      expect(change.keys).toBeLessThanOrEqual(4);
      expect(change.bytes).toBeLessThan(12_000);
    }
    // Bounded by a chunk of 100, not by the list of 3000.
    expect(remark.bytes).toBeLessThan(total / 15);
  });

  it('the 3001st friend is refused with 30010 for the caller and 30014 when the other user is the full one', async () => {
    const [extra] = [await loginReady(server, 'f-extra')];
    expect((await rejection(alice.addFriend({ to: 'f-extra', source: WEB }))).code).toBe(30010);
    expect((await rejection(extra.addFriend({ to: 'f0001', source: WEB }))).code).toBe(30014);
    // One way is still possible: the full user's list does not grow.
    await expect(extra.addFriend({ to: 'f0001', source: WEB, type: TYPES.SNS_ADD_TYPE_SINGLE })).resolves.toMatchObject({ data: { code: 0 } });
    expect((await alice.getFriendList()).data).toHaveLength(3000);
  });

  it('a restart reads the whole list back', async () => {
    const again = newServer({ storage });
    const client = await loginReady(again, 'f0001');
    const list = (await client.getFriendList()).data;
    expect(list).toHaveLength(3000);
    expect(list.find((friend) => friend.userID === 'f1500')?.remark).toBe('middle');
    expect(again.problems).toEqual([]);
  });
});

describe('damaged keys', () => {
  async function friendsOfAlice(storage: ReturnType<typeof createMemoryStorage>) {
    const first = newServer({ storage });
    const alice = await loginReady(first, 'alice');
    for (const other of ['bob', 'carol']) await loginReady(first, other);
    await alice.addFriend({ to: 'bob', source: WEB });
    await alice.addFriend({ to: 'carol', source: WEB });
    await alice.createFriendGroup({ name: 'G', userIDList: ['bob'] });
  }

  it('a chunk that is not JSON is skipped and reported; the rest of the service runs', async () => {
    const storage = createMemoryStorage();
    await friendsOfAlice(storage);
    storage.setItem('chat:sns:f:0:alice', '{not json');
    const server = newServer({ storage });
    const alice = await loginReady(server, 'alice');
    expect((await alice.getFriendList()).data).toEqual([]);
    expect(server.problems).toEqual([expect.objectContaining({ kind: 'corrupt-record', key: 'chat:sns:f:0:alice' })]);
    // Bob's own list is intact.
    const bob = await loginReady(server, 'bob');
    expect((await bob.getFriendList()).data.map((friend) => friend.userID)).toEqual(['alice']);
  });

  it('an unreadable entry of a chunk is dropped, the others kept', async () => {
    const storage = createMemoryStorage();
    await friendsOfAlice(storage);
    const chunk = JSON.parse(storage.getItem('chat:sns:f:0:alice') ?? '{}') as { r: unknown[] };
    storage.setItem('chat:sns:f:0:alice', JSON.stringify({ ...chunk, r: [...chunk.r, { u: 42 }, { u: 'x', f: 'bad' }] }));
    const server = newServer({ storage });
    const alice = await loginReady(server, 'alice');
    expect((await alice.getFriendList()).data.map((friend) => friend.userID).sort()).toEqual(['bob', 'carol']);
    expect(server.problems).toEqual([expect.objectContaining({ kind: 'repaired-record', key: 'chat:sns:f:0:alice' })]);
  });

  it('a damaged meta record: the chunks are found again, the friend groups are lost and reported', async () => {
    const storage = createMemoryStorage();
    await friendsOfAlice(storage);
    storage.setItem('chat:sns:m:alice', '[]');
    const server = newServer({ storage });
    const alice = await loginReady(server, 'alice');
    expect((await alice.getFriendList()).data.map((friend) => friend.userID).sort()).toEqual(['bob', 'carol']);
    expect((await alice.getFriendGroupList()).data).toEqual([]);
    expect(server.problems).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ kind: 'corrupt-record', key: 'chat:sns:m:alice' }),
        expect.objectContaining({ kind: 'repaired-record', key: 'chat:sns:m:alice' }),
      ]),
    );
  });

  it('a damaged request list reads as the requests still readable', async () => {
    const storage = createMemoryStorage();
    const first = newServer({ storage });
    const [alice, bob] = [await loginReady(first, 'alice'), await loginReady(first, 'bob')];
    await bob.updateMyProfile({ allowType: TYPES.ALLOW_TYPE_NEED_CONFIRM });
    await alice.addFriend({ to: 'bob', source: WEB });
    const list = JSON.parse(storage.getItem('chat:sns:a:bob') ?? '{}') as { p: unknown[] };
    storage.setItem('chat:sns:a:bob', JSON.stringify({ ...list, p: [...list.p, ['x', 'Pendency_Type_Nonsense', '', '', 1, '', '']] }));
    const server = newServer({ storage });
    const again = await loginReady(server, 'bob');
    expect((await again.getFriendApplicationList()).data.friendApplicationList.map((entry) => entry.userID)).toEqual(['alice']);
    expect(server.problems).toEqual([expect.objectContaining({ kind: 'repaired-record', key: 'chat:sns:a:bob' })]);
  });
});

describe('a full storage', () => {
  it('refuses every change that needs room with 2903 and leaves storage and memory as they were', async () => {
    const storage = countingStorage();
    const server = newServer({ storage });
    const [alice, bob, carol] = [await loginReady(server, 'alice'), await loginReady(server, 'bob'), await loginReady(server, 'carol')];
    await carol.updateMyProfile({ allowType: TYPES.ALLOW_TYPE_NEED_CONFIRM });
    await alice.addFriend({ to: 'bob', source: WEB });
    await alice.createFriendGroup({ name: 'G', userIDList: ['bob'] });
    const read = async () => ({
      stored: snsValues(storage),
      alice: [(await alice.getFriendList()).data, (await alice.getFriendGroupList()).data, (await alice.getFriendApplicationList()).data],
      bob: (await bob.getFriendList()).data,
      carol: (await carol.getFriendApplicationList()).data,
      blocked: (await alice.getBlacklist()).data,
    });
    const before = await read();
    storage.full = true;
    const attempts: Array<() => Promise<unknown>> = [
      () => alice.addFriend({ to: 'carol', source: WEB, wording: 'a request needs room' }),
      () => alice.updateFriend({ userID: 'bob', remark: 'a longer remark' }),
      () => alice.createFriendGroup({ name: 'H', userIDList: ['bob'] }),
      () => alice.renameFriendGroup({ oldName: 'G', newName: 'Gym' }),
      () => carol.setFriendApplicationRead(),
      // The block and the friendship it ends are one change: refused whole.
      () => alice.addToBlacklist({ userIDList: ['bob'] }),
    ];
    for (const attempt of attempts) expect((await rejection(attempt())).code).toBe(2903);
    storage.full = false;
    expect(await read()).toEqual(before);
  });

  it('a change that frees room still goes through when storage is full', async () => {
    const storage = countingStorage();
    const server = newServer({ storage });
    const [alice, bob] = [await loginReady(server, 'alice'), await loginReady(server, 'bob')];
    await alice.addFriend({ to: 'bob', source: WEB });
    storage.full = true;
    await expect(alice.deleteFriend({ userIDList: ['bob'] })).resolves.toMatchObject({ data: { successUserIDList: [{ userID: 'bob' }] } });
    expect(snsValues(storage)).toEqual({});
    expect((await bob.getFriendList()).data).toEqual([]);
  });
});
