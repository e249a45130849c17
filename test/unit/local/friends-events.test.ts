/**
 * What each instance hears of the relationship chain, and when: the SDK's throttle of FRIEND_LIST_UPDATED,
 * what it announces after login, the events the calling instance emits itself, the server's notices to
 * everyone else (friends' profile changes included), and the limits only the embedded service can reach here.
 */
import { EVENT, TYPES } from '@/src/chat/constants';
import type { LocalClient, LocalServer } from '@/src/chat/local';
import { loginReady, newServer, recordEvents, rejection } from './helpers';
import { accountID, accountRecords, manualTimers } from './friends-fixtures';
import { createMemoryStorage } from '@/src/chat/local';

const WEB = 'AddSource_Type_Web';

function serverWithTimers(options: Parameters<typeof newServer>[0] = {}) {
  const timers = manualTimers();
  const server = newServer({ eventThrottle: { now: timers.now, setTimer: timers.setTimer }, ...options });
  return { server, timers };
}

async function users(server: LocalServer, ...userIDs: string[]): Promise<LocalClient[]> {
  const clients: LocalClient[] = [];
  for (const userID of userIDs) clients.push(await loginReady(server, userID));
  return clients;
}

describe('FRIEND_LIST_UPDATED is throttled as the SDK does', () => {
  it('the first change emits at once; changes within a second give one more event, a second later, with the list then', async () => {
    const { server, timers } = serverWithTimers();
    const [alice] = await users(server, 'alice', 'bob', 'carol', 'dave');
    timers.advance(5_000);
    const seen = recordEvents(alice, EVENT.FRIEND_LIST_UPDATED);
    await alice.addFriend({ to: 'bob', source: WEB });
    await server.settle();
    expect(seen.map((event) => event.data.length)).toEqual([1]);

    await alice.addFriend({ to: 'carol', source: WEB });
    await alice.addFriend({ to: 'dave', source: WEB });
    await server.settle();
    expect(seen).toHaveLength(1);
    timers.advance(999);
    expect(seen).toHaveLength(1);
    timers.advance(1);
    expect(seen.map((event) => event.data.map((friend) => friend.userID).sort())).toEqual([['bob'], ['bob', 'carol', 'dave']]);
  });

  it('after logout a waiting event carries an empty list (the SDK reads its reset list)', async () => {
    const { server, timers } = serverWithTimers();
    const [alice] = await users(server, 'alice', 'bob');
    const seen = recordEvents(alice, EVENT.FRIEND_LIST_UPDATED);
    await alice.addFriend({ to: 'bob', source: WEB });
    await server.settle();
    await alice.logout();
    expect(seen).toEqual([]);
    timers.advance(1_000);
    expect(seen.map((event) => event.data)).toEqual([[]]);
  });
});

describe('what an instance announces and emits itself', () => {
  it('after login: the friend list, the request list, and the friend groups when there are any', async () => {
    const storage = createMemoryStorage();
    const server = newServer({ storage });
    const [alice, bob] = await users(server, 'alice', 'bob');
    await alice.addFriend({ to: 'bob', source: WEB, groupName: 'Work' });
    await bob.logout();

    const again = server.createClient();
    const lists = recordEvents(again, EVENT.FRIEND_LIST_UPDATED);
    const requests = recordEvents(again, EVENT.FRIEND_APPLICATION_LIST_UPDATED);
    const groups = recordEvents(again, EVENT.FRIEND_GROUP_LIST_UPDATED);
    await again.login({ userID: 'bob', userSig: 'sig' });
    await server.settle();
    expect(lists.map((event) => event.data.map((friend) => friend.userID))).toEqual([['alice']]);
    expect(requests.map((event) => event.data)).toEqual([{ friendApplicationList: [], unreadCount: 0 }]);
    expect(groups).toEqual([]);

    await alice.logout();
    const aliceAgain = server.createClient();
    const aliceGroups = recordEvents(aliceAgain, EVENT.FRIEND_GROUP_LIST_UPDATED);
    await aliceAgain.login({ userID: 'alice', userSig: 'sig' });
    await server.settle();
    expect(aliceGroups.map((event) => event.data)).toEqual([[{ name: 'Work', userIDList: ['bob'], count: 1 }]]);
  });

  it('friend group changes are emitted by the calling instance only; the other instances hear of the friends’ new groups', async () => {
    const server = newServer({ maxInstancesPerUser: 2 });
    const [alice] = await users(server, 'alice', 'bob');
    const aliceTwo = await loginReady(server, 'alice');
    await alice.addFriend({ to: 'bob', source: WEB });
    await server.settle();
    const mine = recordEvents(alice, EVENT.FRIEND_GROUP_LIST_UPDATED);
    const theirs = recordEvents(aliceTwo, EVENT.FRIEND_GROUP_LIST_UPDATED);
    const theirList = recordEvents(aliceTwo, EVENT.FRIEND_LIST_UPDATED);
    await alice.createFriendGroup({ name: 'G', userIDList: ['bob'] });
    expect(mine.map((event) => event.data)).toEqual([[{ name: 'G', userIDList: ['bob'], count: 1 }]]);
    await server.settle();
    aliceTwo.flushEvents();
    expect(theirs).toEqual([]);
    expect(theirList.at(-1)?.data[0].groupList).toEqual(['G']);
  });

  it('updateFriend emits FRIEND_LIST_UPDATED on the caller even when nothing changed', async () => {
    const server = newServer();
    const [alice] = await users(server, 'alice', 'bob');
    await alice.addFriend({ to: 'bob', source: WEB });
    await server.settle();
    alice.flushEvents();
    const seen = recordEvents(alice, EVENT.FRIEND_LIST_UPDATED);
    await alice.updateFriend({ userID: 'bob' });
    alice.flushEvents();
    expect(seen.length).toBeGreaterThanOrEqual(1);
  });

  it('an added friend makes the SDK fetch its request list again: both parties hear FRIEND_APPLICATION_LIST_UPDATED', async () => {
    const server = newServer();
    const [alice, bob] = await users(server, 'alice', 'bob');
    const [aliceHeard, bobHeard] = [recordEvents(alice, EVENT.FRIEND_APPLICATION_LIST_UPDATED), recordEvents(bob, EVENT.FRIEND_APPLICATION_LIST_UPDATED)];
    await alice.addFriend({ to: 'bob', source: WEB });
    await server.settle();
    expect(aliceHeard).toHaveLength(1);
    expect(bobHeard).toHaveLength(1);
  });
});

describe('profile changes reach friends', () => {
  it('users who list the changed user hear PROFILE_UPDATED; the user’s own friends one way and strangers do not', async () => {
    const server = newServer();
    const [alice, bob, carol, dave] = await users(server, 'alice', 'bob', 'carol', 'dave');
    await carol.addFriend({ to: 'alice', source: WEB, type: TYPES.SNS_ADD_TYPE_SINGLE });
    await alice.addFriend({ to: 'bob', source: WEB, type: TYPES.SNS_ADD_TYPE_SINGLE });
    await server.settle();
    const heard = {
      bob: recordEvents(bob, EVENT.PROFILE_UPDATED),
      carol: recordEvents(carol, EVENT.PROFILE_UPDATED),
      dave: recordEvents(dave, EVENT.PROFILE_UPDATED),
    };
    await alice.updateMyProfile({ nick: 'Alice Liddell' });
    await server.settle();
    expect(heard.carol.map((event) => event.data.map((profile) => [profile.userID, profile.nick]))).toEqual([[['alice', 'Alice Liddell']]]);
    // Bob is on Alice's list, but Alice is not on his.
    expect(heard.bob).toEqual([]);
    expect(heard.dave).toEqual([]);
    carol.flushEvents();
    expect((await carol.getFriendList()).data[0].profile.nick).toBe('Alice Liddell');
  });
});

describe('blocking', () => {
  it('ends friendships and requests both ways; each side hears its lists, and friend groups lose the blocked user', async () => {
    const server = newServer();
    const [alice, bob, carol] = await users(server, 'alice', 'bob', 'carol');
    await carol.updateMyProfile({ allowType: TYPES.ALLOW_TYPE_NEED_CONFIRM });
    await alice.addFriend({ to: 'bob', source: WEB, groupName: 'Best' });
    await alice.addFriend({ to: 'carol', source: WEB });
    await server.settle();
    const heard = {
      bobList: recordEvents(bob, EVENT.FRIEND_LIST_UPDATED),
      aliceGroups: recordEvents(alice, EVENT.FRIEND_GROUP_LIST_UPDATED),
      carolRequests: recordEvents(carol, EVENT.FRIEND_APPLICATION_LIST_UPDATED),
    };
    await alice.addToBlacklist({ userIDList: ['bob', 'carol'] });
    await server.settle();
    bob.flushEvents();
    expect((await alice.getFriendList()).data).toEqual([]);
    expect((await bob.getFriendList()).data).toEqual([]);
    expect((await carol.getFriendApplicationList()).data.friendApplicationList).toEqual([]);
    expect((await alice.getFriendApplicationList()).data.friendApplicationList).toEqual([]);
    expect(heard.bobList.at(-1)?.data).toEqual([]);
    expect(heard.aliceGroups.at(-1)?.data).toEqual([{ name: 'Best', userIDList: [], count: 0 }]);
    expect(heard.carolRequests.at(-1)?.data).toEqual({ friendApplicationList: [], unreadCount: 0 });
    // Unblocking does not bring anything back.
    await alice.removeFromBlacklist({ userIDList: ['bob'] });
    expect((await alice.getFriendList()).data).toEqual([]);
  });
});

describe('limits', () => {
  it('a request beyond 100 waiting is refused with 30012; the requests already waiting stay', async () => {
    const storage = createMemoryStorage(accountRecords('p', 101));
    const server = newServer({ storage });
    const [target] = await users(server, 'target');
    await target.updateMyProfile({ allowType: TYPES.ALLOW_TYPE_NEED_CONFIRM });
    for (let n = 1; n <= 100; n += 1) {
      const sender = await loginReady(server, accountID('p', n));
      await expect(sender.addFriend({ to: 'target', source: WEB })).resolves.toMatchObject({ data: { code: 30539 } });
      await sender.logout();
    }
    const last = await loginReady(server, accountID('p', 101));
    expect((await rejection(last.addFriend({ to: 'target', source: WEB }))).code).toBe(30012);
    expect((await target.getFriendApplicationList()).data.friendApplicationList).toHaveLength(100);
    expect((await last.getFriendApplicationList()).data.friendApplicationList).toEqual([]);
  }, 60_000);

  it('a 33rd friend group is refused with 30011, as is adding a friend into a new 33rd group', async () => {
    const server = newServer();
    const [alice] = await users(server, 'alice', 'bob');
    for (let n = 1; n <= 32; n += 1) await alice.createFriendGroup({ name: `g${n}` });
    expect((await rejection(alice.createFriendGroup({ name: 'g33' }))).code).toBe(30011);
    expect((await rejection(alice.addFriend({ to: 'bob', source: WEB, groupName: 'g33' }))).code).toBe(30011);
    expect((await alice.getFriendGroupList()).data).toHaveLength(32);
    expect((await alice.getFriendList()).data).toEqual([]);
  });

  it('checkFriend past 1000 userIDs is refused with 30001; deleteFriend keeps the first 1000', async () => {
    const server = newServer();
    const [alice] = await users(server, 'alice', 'bob');
    const many = Array.from({ length: 1001 }, (_, index) => `u${index}`);
    expect((await rejection(alice.checkFriend({ userIDList: many }))).code).toBe(30001);
    const result = await alice.deleteFriend({ userIDList: many });
    expect(result.data.failureUserIDList).toHaveLength(1000);
  });

  it('the admin’s ban on sending requests (adminForbidType) is 30009; adding yourself is 30001', async () => {
    const storage = createMemoryStorage({
      'chat:user:banned': JSON.stringify({ v: 1, profile: { userID: 'banned', adminForbidType: TYPES.FORBID_TYPE_SEND_OUT } }),
    });
    const server = newServer({ storage });
    const [banned] = await users(server, 'banned', 'bob');
    expect((await rejection(banned.addFriend({ to: 'bob', source: WEB }))).code).toBe(30009);
    expect((await rejection(banned.addFriend({ to: 'banned', source: WEB }))).code).toBe(30001);
    expect((await rejection(banned.addFriend({ to: 'bob', source: 'AddSource_Type_Web2' }))).code).toBe(30001);
  });
});
