/**
 * Several tabs of one browser, each running its own local service over the same storage: a change in one
 * must reach the others as the same events the real service would send.
 */
import { EVENT, TYPES } from '@/src/chat/constants';
import { createLocalServer, createMemoryStorage } from '@/src/chat/local';
import type { LocalClient } from '@/src/chat/local';
import { SYNC_VERSION } from '@/src/chat/local/sync/protocol';
import type { UserStatus } from '@/src/chat/types';
import { recordEvents } from './helpers';
import { HEARTBEAT_MS, TTL_MS, browser } from './tabs';
import type { Browser, Tab } from './tabs';

const ONLINE = TYPES.USER_STATUS_ONLINE;
const UNLOGINED = TYPES.USER_STATUS_UNLOGINED;

async function login(world: Browser, tab: Tab, userID: string): Promise<LocalClient> {
  const client = tab.server.createClient();
  await client.login({ userID, userSig: 'sig' });
  await world.settle();
  if (!client.isReady()) throw new Error(`${userID} did not become ready`);
  return client;
}

function status(userID: string, statusType: number, customStatus = ''): { name: string; data: UserStatus[] } {
  return { name: EVENT.USER_STATUS_UPDATED, data: [{ userID, statusType, customStatus } as UserStatus] };
}

describe('two tabs over one storage', () => {
  it("alice blocks bob in tab A: alice's instance in tab B hears BLACKLIST_UPDATED once, and reads the list", async () => {
    const world = browser(2, { maxInstancesPerUser: 2 });
    const [a, b] = world.tabs;
    const inA = await login(world, a, 'alice');
    const inB = await login(world, b, 'alice');
    const heard = [recordEvents(inA, EVENT.BLACKLIST_UPDATED), recordEvents(inB, EVENT.BLACKLIST_UPDATED)];

    await inA.addToBlacklist({ userIDList: ['bob'] });
    await world.settle();
    const expected = [{ name: EVENT.BLACKLIST_UPDATED, data: ['bob'] }];
    expect(heard[0]).toEqual(expected);
    expect(heard[1]).toEqual(expected);
    expect((await inB.getBlacklist()).data).toEqual(['bob']);

    await inB.removeFromBlacklist({ userIDList: ['bob'] });
    await world.settle();
    expect(heard[0].map((event) => event.data)).toEqual([['bob'], []]);
    expect((await inA.getBlacklist()).data).toEqual([]);
  });

  it('bob sets a custom status in tab B: alice, subscribed in tab A, hears USER_STATUS_UPDATED once', async () => {
    const world = browser(2);
    const [a, b] = world.tabs;
    const alice = await login(world, a, 'alice');
    const bob = await login(world, b, 'bob');
    await alice.subscribeUserStatus({ userIDList: ['bob'] });
    await world.settle();
    const aliceHeard = recordEvents(alice, EVENT.USER_STATUS_UPDATED);
    const bobHeard = recordEvents(bob, EVENT.USER_STATUS_UPDATED);

    await bob.setSelfStatus({ customStatus: 'in a meeting' });
    await world.settle();
    expect(aliceHeard).toEqual([status('bob', ONLINE, 'in a meeting')]);
    expect(bobHeard).toEqual([status('bob', ONLINE, 'in a meeting')]);
    expect((await alice.getUserStatus({ userIDList: ['bob'] })).data.successUserList).toEqual([
      { userID: 'bob', statusType: ONLINE, customStatus: 'in a meeting' },
    ]);
  });

  it('online status counts instances in every tab; subscribers hear ONLINE and UNLOGINED once', async () => {
    const world = browser(2);
    const [a, b] = world.tabs;
    const alice = await login(world, a, 'alice');
    await alice.subscribeUserStatus({ userIDList: ['bob'] });
    await world.settle(); // tab B learns of the subscription from the storage write
    const heard = recordEvents(alice, EVENT.USER_STATUS_UPDATED);

    const bob = await login(world, b, 'bob');
    expect(a.server.peekStatus('bob')?.statusType).toBe(ONLINE);
    expect(a.server.instanceCount('bob')).toBe(1);
    await bob.logout();
    await world.settle();
    expect(heard).toEqual([status('bob', ONLINE), status('bob', UNLOGINED)]);
    expect(a.server.peekStatus('bob')?.statusType).toBe(UNLOGINED);
  });

  it('a login of the same user in tab B kicks the instance in tab A; subscribers hear no offline', async () => {
    const world = browser(2);
    const [a, b] = world.tabs;
    const carol = await login(world, a, 'carol');
    await carol.subscribeUserStatus({ userIDList: ['alice'] });
    const first = await login(world, a, 'alice');
    const kicked = recordEvents(first, EVENT.KICKED_OUT);
    const notReady = recordEvents(first, EVENT.SDK_NOT_READY);
    const carolHeard = recordEvents(carol, EVENT.USER_STATUS_UPDATED);

    const second = await login(world, b, 'alice');
    expect(kicked).toEqual([{ name: EVENT.KICKED_OUT, data: { type: TYPES.KICKED_OUT_MULT_ACCOUNT } }]);
    expect(notReady).toHaveLength(1);
    expect(first.isReady()).toBe(false);
    expect(second.isReady()).toBe(true);
    expect(a.server.instanceCount('alice')).toBe(1);
    expect(b.server.instanceCount('alice')).toBe(1);
    expect(carolHeard).toEqual([]);
  });

  it('the oldest instance anywhere is the one kicked when the limit is passed', async () => {
    const world = browser(2, { maxInstancesPerUser: 2 });
    const [a, b] = world.tabs;
    const oldest = await login(world, b, 'alice');
    world.clock.advance(10);
    const middle = await login(world, a, 'alice');
    world.clock.advance(10);
    const newest = await login(world, a, 'alice');
    expect([oldest.isReady(), middle.isReady(), newest.isReady()]).toEqual([false, true, true]);
    expect(b.server.instanceCount('alice')).toBe(2);
  });

  it("a profile update in tab A is what getUserProfile answers in tab B, and alice's instance there hears it", async () => {
    const world = browser(2, { maxInstancesPerUser: 2 });
    const [a, b] = world.tabs;
    const inA = await login(world, a, 'alice');
    const inB = await login(world, b, 'alice');
    const bob = await login(world, b, 'bob');
    const heard = recordEvents(inB, EVENT.PROFILE_UPDATED);

    await inA.updateMyProfile({ nick: 'Alice in A', selfSignature: 'from tab A' });
    await world.settle();
    const { data } = await bob.getUserProfile({ userIDList: ['alice'] });
    expect(data[0]).toMatchObject({ userID: 'alice', nick: 'Alice in A', selfSignature: 'from tab A' });
    expect(b.server.peekProfile('alice')?.nick).toBe('Alice in A');
    expect(heard.map((event) => event.data[0].nick)).toEqual(['Alice in A']);
  });

  it('an account created by a login in one tab is known in the other', async () => {
    const world = browser(2);
    const [a, b] = world.tabs;
    await login(world, a, 'zed');
    const bob = await login(world, b, 'bob');
    expect((await bob.getUserStatus({ userIDList: ['zed'] })).data.successUserList).toEqual([
      { userID: 'zed', statusType: ONLINE, customStatus: '' },
    ]);
  });

  it('each listener in each tab gets its own copy of a relayed payload', async () => {
    const world = browser(2, { maxInstancesPerUser: 2 });
    const [a, b] = world.tabs;
    const inA = await login(world, a, 'alice');
    const inB = await login(world, b, 'alice');
    const lists: string[][] = [];
    inB.on(EVENT.BLACKLIST_UPDATED, (event) => {
      lists.push(event.data);
      event.data.push('mutated');
    });
    inB.on(EVENT.BLACKLIST_UPDATED, (event) => lists.push(event.data));
    await inA.addToBlacklist({ userIDList: ['bob'] });
    await world.settle();
    expect(lists).toEqual([['bob', 'mutated'], ['bob']]);
  });
});

describe('storage that reaches the other tabs late (Chromium caches localStorage per process)', () => {
  const lagging = { laggingStorage: true };

  it("bob's custom status set in tab B reaches alice, whose subscription tab B has not read from storage yet", async () => {
    const world = browser(2, {}, undefined, lagging);
    const [a, b] = world.tabs;
    const alice = await login(world, a, 'alice');
    const bob = await login(world, b, 'bob');
    await alice.subscribeUserStatus({ userIDList: ['bob'] });
    await world.settle();
    const heard = recordEvents(alice, EVENT.USER_STATUS_UPDATED);

    await bob.setSelfStatus({ customStatus: 'Brewing coffee' });
    await world.settle();
    expect(heard).toEqual([status('bob', ONLINE, 'Brewing coffee')]);
    expect((await alice.getUserStatus({ userIDList: ['bob'] })).data.successUserList).toEqual([
      { userID: 'bob', statusType: ONLINE, customStatus: 'Brewing coffee' },
    ]);
  });

  it('an account and a group created in tab A are readable in tab B before its storage catches up', async () => {
    const world = browser(2, {}, undefined, lagging);
    const [a, b] = world.tabs;
    const zed = await login(world, a, 'zed');
    const { group } = (await zed.createGroup({ type: TYPES.GRP_WORK, name: 'late', memberList: [{ userID: 'bob' }] })).data;
    await world.settle();

    const bob = await login(world, b, 'bob');
    expect(b.server.userIDs()).toContain('zed');
    expect((await bob.getGroupList()).data.groupList.map((entry) => entry.groupID)).toEqual([group.groupID]);
    expect((await bob.getGroupMemberList({ groupID: group.groupID })).data.memberList.map((member) => member.userID)).toEqual([
      'zed',
      'bob',
    ]);
  });

  it('a carried value that storage overrode by the next heartbeat gives way to storage, and is read again', async () => {
    const world = browser(2, {}, undefined, lagging);
    const [a, b] = world.tabs;
    const alice = await login(world, a, 'alice');
    await alice.updateMyProfile({ nick: 'from A' });
    await world.settle();
    expect(b.server.peekProfile('alice')?.nick).toBe('from A');

    // A write that raced it (another tab, devtools) is what storage ends up with.
    world.storage.setItem('chat:user:alice', '{"profile":{"nick":"raced"}}');
    world.propagateStorage();
    b.beat();
    expect(b.server.peekProfile('alice')?.nick).toBe('from A');
    world.pass(HEARTBEAT_MS);
    expect(b.server.peekProfile('alice')?.nick).toBe('raced');
  });
});

describe('tabs that go away', () => {
  it("a crashed tab's instances stop counting after the expiry, and subscribers elsewhere hear UNLOGINED once", async () => {
    const world = browser(3);
    const [a, b, c] = world.tabs;
    await login(world, a, 'bob');
    const alice = await login(world, b, 'alice');
    const carol = await login(world, c, 'carol');
    await alice.subscribeUserStatus({ userIDList: ['bob'] });
    await carol.subscribeUserStatus({ userIDList: ['bob'] });
    const heard = [recordEvents(alice, EVENT.USER_STATUS_UPDATED), recordEvents(carol, EVENT.USER_STATUS_UPDATED)];
    expect(world.storage.getItem('chat:tab:tab0')).not.toBeNull();

    a.channel.close(); // the tab crashes: no logout, no more heartbeats
    world.pass(TTL_MS - 1_000);
    expect(b.server.peekStatus('bob')?.statusType).toBe(ONLINE);
    world.pass(2_000);
    await world.settle();
    expect(b.server.peekStatus('bob')?.statusType).toBe(UNLOGINED);
    expect(c.server.instanceCount('bob')).toBe(0);
    expect(heard[0]).toEqual([status('bob', UNLOGINED)]);
    expect(heard[1]).toEqual([status('bob', UNLOGINED)]);
    expect(world.storage.getItem('chat:tab:tab0')).toBeNull();
  });

  it('a live tab keeps its instances online past the expiry by beating', async () => {
    const world = browser(2);
    const [a, b] = world.tabs;
    await login(world, a, 'bob');
    world.pass(TTL_MS * 3);
    await world.settle();
    expect(b.server.peekStatus('bob')?.statusType).toBe(ONLINE);
  });

  it('a closing tab withdraws its instances at once; subscribers in the other tabs hear UNLOGINED', async () => {
    const world = browser(2);
    const [a, b] = world.tabs;
    await login(world, a, 'bob');
    const alice = await login(world, b, 'alice');
    await alice.subscribeUserStatus({ userIDList: ['bob'] });
    const heard = recordEvents(alice, EVENT.USER_STATUS_UPDATED);

    a.channel.closing(); // pagehide
    await world.settle();
    expect(heard).toEqual([status('bob', UNLOGINED)]);
    expect(b.server.instanceCount('bob')).toBe(0);
    expect(world.storage.getItem('chat:tab:tab0')).toBeNull();
  });

  it('a page that comes back after pagehide (back/forward cache) announces its instances again', async () => {
    const world = browser(2);
    const [a, b] = world.tabs;
    await login(world, a, 'bob');
    const alice = await login(world, b, 'alice');
    await alice.subscribeUserStatus({ userIDList: ['bob'] });
    const heard = recordEvents(alice, EVENT.USER_STATUS_UPDATED);
    a.channel.closing();
    await world.settle();

    world.pass(1_000);
    await world.settle();
    expect(heard).toEqual([status('bob', UNLOGINED), status('bob', ONLINE)]);
    expect(b.server.instanceCount('bob')).toBe(1);
  });

  it('server.close() withdraws the tab like closing it', async () => {
    const world = browser(2);
    const [a, b] = world.tabs;
    await login(world, a, 'bob');
    a.server.close();
    await world.settle();
    expect(b.server.instanceCount('bob')).toBe(0);
    expect(world.storage.keys().filter((key) => key.startsWith('chat:tab:'))).toEqual([]);
  });
});

describe('tabs that come later', () => {
  it('a tab opened later sees the instances of the others from storage, and its login kicks theirs', async () => {
    const world = browser(1);
    const [a] = world.tabs;
    const first = await login(world, a, 'bob');
    const later = world.open();
    expect(later.server.peekStatus('bob')?.statusType).toBe(ONLINE);
    await login(world, later, 'bob');
    expect(first.isReady()).toBe(false);
  });

  it('ignores the stored instances of a tab that died before it started', async () => {
    const world = browser(1);
    const [a] = world.tabs;
    await login(world, a, 'bob');
    a.channel.close();
    world.clock.advance(TTL_MS + 1);
    const later = world.open();
    expect(later.server.peekStatus('bob')?.statusType).toBe(UNLOGINED);
    expect(world.storage.getItem('chat:tab:tab0')).toBeNull();
  });

  it('ignores messages of another protocol version and malformed ones', async () => {
    const world = browser(1);
    const [a] = world.tabs;
    const bob = await login(world, a, 'bob');
    const heard = recordEvents(bob, EVENT.BLACKLIST_UPDATED);
    const stranger = world.hub.channel('chat');
    stranger.post({ v: SYNC_VERSION - 1, from: 'old-tab', type: 'push', userID: 'bob', eventName: EVENT.BLACKLIST_UPDATED, data: ['x'] });
    stranger.post({ v: SYNC_VERSION, from: 'odd-tab', type: 'push', userID: 'bob', eventName: 'noSuchEvent', data: ['x'] });
    stranger.post({ v: SYNC_VERSION, from: 'odd-tab', type: 'keys-changed', keys: ['chat:user:bob'] });
    stranger.post({ v: SYNC_VERSION, from: 'odd-tab', type: 'keys-changed', changes: [{ key: 'chat:user:bob', value: 7 }] });
    stranger.post('not even an object');
    await world.settle();
    expect(heard).toEqual([]);
    expect(a.server.problems).toEqual([]);
  });
});

describe('a single process', () => {
  it('writes no tab entries and relays nothing without a channel', async () => {
    const storage = createMemoryStorage();
    const server = createLocalServer({ storage });
    const client = server.createClient();
    await client.login({ userID: 'alice', userSig: 'sig' });
    await server.settle();
    expect(storage.keys()).toEqual(['chat:user:alice']);
    server.close();
  });
});
