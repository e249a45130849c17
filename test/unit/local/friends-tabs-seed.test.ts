/**
 * The relationship chain across H5 tabs (one storage, a server per tab: each reloads the keys the others wrote
 * and relays their events), and the demo seed.
 */
import { EVENT, TYPES } from '@/src/chat/constants';
import { createMemoryStorage } from '@/src/chat/local';
import type { LocalClient } from '@/src/chat/local';
import { loginReady, newServer, observedStorage, recordEvents } from './helpers';
import { browser } from './tabs';
import type { Browser, Tab } from './tabs';

const WEB = 'AddSource_Type_Web';

async function login(world: Browser, tab: Tab, userID: string): Promise<LocalClient> {
  const client = tab.server.createClient();
  await client.login({ userID, userSig: 'sig' });
  await world.settle();
  return client;
}

describe('friends across tabs', () => {
  it('a request sent in tab A reaches bob in tab B; his acceptance makes both friends in both tabs', async () => {
    const world = browser(2, { eventThrottle: { intervalMs: 0 } });
    const [a, b] = world.tabs;
    const alice = await login(world, a, 'alice');
    const bob = await login(world, b, 'bob');
    await bob.updateMyProfile({ allowType: TYPES.ALLOW_TYPE_NEED_CONFIRM });
    await world.settle();
    const bobRequests = recordEvents(bob, EVENT.FRIEND_APPLICATION_LIST_UPDATED);
    const aliceList = recordEvents(alice, EVENT.FRIEND_LIST_UPDATED);

    await expect(alice.addFriend({ to: 'bob', source: WEB, wording: 'hi from A' })).resolves.toMatchObject({ data: { code: 30539 } });
    await world.settle();
    expect(bobRequests.at(-1)?.data).toMatchObject({ unreadCount: 1, friendApplicationList: [expect.objectContaining({ userID: 'alice', wording: 'hi from A' })] });
    expect((await bob.getFriendApplicationList()).data.friendApplicationList).toHaveLength(1);

    await bob.acceptFriendApplication({ userID: 'alice', remark: 'Alice (tab A)' });
    await world.settle();
    expect(aliceList.at(-1)?.data.map((friend) => friend.userID)).toEqual(['bob']);
    expect((await alice.getFriendList()).data.map((friend) => friend.userID)).toEqual(['bob']);
    expect((await alice.getFriendApplicationList()).data.friendApplicationList).toEqual([]);
    expect((await bob.getFriendList()).data).toEqual([expect.objectContaining({ userID: 'alice', remark: 'Alice (tab A)' })]);
  });

  it('what tab B changes, tab A’s server reads again (it had bob’s data in memory), even while its storage lags', async () => {
    const world = browser(2, { eventThrottle: { intervalMs: 0 } }, ['alice', 'bob', 'carol'], { laggingStorage: true });
    const [a, b] = world.tabs;
    const alice = await login(world, a, 'alice');
    const bob = await login(world, b, 'bob');
    // Tab A's server writes (and so holds) bob's relations.
    await alice.addFriend({ to: 'bob', source: WEB });
    await world.settle();
    await bob.updateFriend({ userID: 'alice', remark: 'from B' });
    await bob.createFriendGroup({ name: 'Tabs', userIDList: ['alice'] });
    await world.settle();
    // Bob signs in in tab A (the tab-B instance is kicked out): tab A answers from what tab B wrote.
    const bobInA = await login(world, a, 'bob');
    expect((await bobInA.getFriendList()).data).toEqual([expect.objectContaining({ userID: 'alice', remark: 'from B', groupList: ['Tabs'] })]);
    expect((await bobInA.getFriendGroupList()).data).toEqual([{ name: 'Tabs', userIDList: ['alice'], count: 1 }]);
    world.propagateStorage();
    const reloaded = newServer({ storage: world.storage });
    expect((await (await loginReady(reloaded, 'alice')).getFriendList()).data).toEqual([expect.objectContaining({ userID: 'bob', remark: '' })]);
  });
});

describe('the demo seed', () => {
  it('gives alice friends (some with remarks), two friend groups and requests waiting (one unread)', async () => {
    const server = newServer({ seed: 'demo' });
    const alice = await loginReady(server, 'alice');
    const friends = (await alice.getFriendList()).data;
    expect(friends.map((friend) => friend.userID).sort()).toEqual(
      ['bob', 'carol', 'dave', 'frank', 'grace', 'hanmeimei', 'lilei', 'oscar', 'wangfang', 'zhangwei'].sort(),
    );
    expect(friends.find((friend) => friend.userID === 'carol')).toMatchObject({ remark: 'Carol (design)', groupList: ['Colleagues'] });
    expect(friends.find((friend) => friend.userID === 'lilei')?.profile.nick).toBe('李雷');
    expect((await alice.getFriendGroupList()).data.map((group) => [group.name, group.count])).toEqual([
      ['Colleagues', 3],
      ['同学', 3],
    ]);
    const requests = (await alice.getFriendApplicationList()).data;
    expect(requests.unreadCount).toBe(1);
    expect(requests.friendApplicationList.map((entry) => [entry.userID, entry.type])).toEqual(
      expect.arrayContaining([
        ['judy', TYPES.SNS_APPLICATION_SENT_TO_ME],
        ['erin', TYPES.SNS_APPLICATION_SENT_BY_ME],
      ]),
    );
    const erin = await loginReady(server, 'erin');
    expect((await erin.getFriendApplicationList()).data.friendApplicationList).toEqual([expect.objectContaining({ userID: 'alice', type: TYPES.SNS_APPLICATION_SENT_TO_ME })]);
    // Friendships are mutual, and no pair that blocks the other is befriended.
    const bob = await loginReady(server, 'bob');
    expect((await bob.checkFriend({ userIDList: ['alice', 'mallory', 'trent'] })).data.successUserIDList.map((entry) => entry.relation)).toEqual([
      TYPES.SNS_TYPE_BOTH_WAY,
      TYPES.SNS_TYPE_NO_RELATION,
      TYPES.SNS_TYPE_NO_RELATION,
    ]);
    expect(server.problems).toEqual([]);
  });

  it('is written once, and not over a relationship chain already stored', async () => {
    const storage = observedStorage();
    const first = newServer({ seed: 'demo', storage });
    await loginReady(first, 'alice');
    const seeded = storage.keys().filter((key) => key.startsWith('chat:sns:')).sort();
    expect(seeded.length).toBeGreaterThan(10);
    storage.writes.length = 0;
    const second = newServer({ seed: 'demo', storage });
    await loginReady(second, 'alice');
    expect(storage.writes.filter((key) => key.startsWith('chat:sns:'))).toEqual([]);
    const none = newServer({ storage: createMemoryStorage() });
    expect((await (await loginReady(none, 'alice')).getFriendList()).data).toEqual([]);
  });
});
