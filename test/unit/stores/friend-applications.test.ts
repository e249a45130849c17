/**
 * The friend requests store on the embedded service: received and sent requests with the unread count, live
 * on FRIEND_APPLICATION_LIST_UPDATED (announced after sign-in too), accept with a remark, refuse, delete, read.
 */
import { TYPES } from '@/src/chat/constants';
import { useFriendApplicationsStore } from '@/src/stores/friend-applications';
import { useFriendsStore } from '@/src/stores/friends';
import { useSessionStore } from '@/src/stores/session';
import { installWorld } from './context';
import { messagingWorld, until } from './messaging-world';

const WEB = 'AddSource_Type_Web';

async function rejected(promise: Promise<unknown>): Promise<{ code: number }> {
  try {
    await promise;
  } catch (caught) {
    return caught as { code: number };
  }
  throw new Error('expected a rejection');
}

describe('friend requests store', () => {
  it('followed from launch: the demo’s received requests (one unread) and the sent one, newest first', async () => {
    const world = installWorld();
    const fetches = jest.spyOn(world.backend.chat, 'getFriendApplicationList');
    const store = useFriendApplicationsStore();
    store.follow();
    await useSessionStore().start();
    await useSessionStore().login('alice');
    await until(() => store.loaded, 'the announced request list');
    expect(fetches).not.toHaveBeenCalled();
    expect(store.received.map((item) => item.userID)).toEqual(['judy', 'victor']);
    expect(store.sent.map((item) => item.userID)).toEqual(['erin']);
    expect(store.received[0].wording).toContain('Judy');
    // The demo's read mark is a day old: judy's request (5 h) is newer, victor's (48 h) older.
    expect(store.unreadCount).toBe(1);
    expect(store.receivedFrom('judy')?.type).toBe(TYPES.SNS_APPLICATION_SENT_TO_ME);
    expect(store.sentTo('erin')?.type).toBe(TYPES.SNS_APPLICATION_SENT_BY_ME);
  });

  it('a new request shows live with the unread count; markRead clears it at once and on the service', async () => {
    const world = await messagingWorld('alice');
    const store = useFriendApplicationsStore();
    await store.load();
    await world.backend.chat.updateMyProfile({ allowType: TYPES.ALLOW_TYPE_NEED_CONFIRM });
    const ivan = await world.person('ivan');
    await ivan.addFriend({ to: 'alice', source: WEB, wording: 'Chess?' });
    await world.settle();
    expect(store.received.map((item) => item.userID)).toEqual(['ivan', 'judy', 'victor']);
    expect(store.unreadCount).toBe(2);
    await store.markRead();
    expect(store.unreadCount).toBe(0);
    expect((await world.backend.chat.getFriendApplicationList()).data.unreadCount).toBe(0);
  });

  it('accept with a remark: both become friends, the request leaves both lists; an over-long remark is refused first', async () => {
    const world = await messagingWorld('alice');
    const store = useFriendApplicationsStore();
    const friends = useFriendsStore();
    await Promise.all([store.load(), friends.load()]);
    const judy = await world.person('judy');
    const accepts = jest.spyOn(world.backend.chat, 'acceptFriendApplication');
    expect(await rejected(store.accept('judy', 'j'.repeat(97)))).toMatchObject({ code: 30001, field: 'remark' });
    expect(accepts).not.toHaveBeenCalled();

    await store.accept('judy', 'Judy (cooking)');
    expect(store.receivedFrom('judy')).toBeUndefined();
    expect(store.unreadCount).toBe(0);
    await world.settle();
    expect(friends.remarkOf('judy')).toBe('Judy (cooking)');
    expect((await judy.getFriendList()).data.map((friend) => friend.userID)).toContain('alice');
    expect((await judy.getFriendApplicationList()).data.friendApplicationList).toEqual([]);
    // A request that is not there any more (decided elsewhere) is the service's refusal.
    expect(await rejected(store.accept('judy'))).toHaveProperty('code');
  });

  it('refuse drops it and the sender’s sent request goes too; delete removes a received or a sent one (2716 when not listed)', async () => {
    const world = await messagingWorld('alice');
    const store = useFriendApplicationsStore();
    await store.load();
    const victor = await world.person('victor');
    await store.refuse('victor');
    expect(store.receivedFrom('victor')).toBeUndefined();
    await world.settle();
    expect((await victor.getFriendApplicationList()).data.friendApplicationList).toEqual([]);

    await store.remove('erin', TYPES.SNS_APPLICATION_SENT_BY_ME);
    expect(store.sent).toEqual([]);
    await store.remove('judy', TYPES.SNS_APPLICATION_SENT_TO_ME);
    expect(store.received).toEqual([]);
    expect(await rejected(store.remove('judy', TYPES.SNS_APPLICATION_SENT_TO_ME))).toMatchObject({ code: 2716 });
  });

  it('the other side accepting a sent request removes it and adds the friend, live', async () => {
    const world = await messagingWorld('alice');
    const store = useFriendApplicationsStore();
    const friends = useFriendsStore();
    await Promise.all([store.load(), friends.load()]);
    const erin = await world.person('erin');
    await erin.acceptFriendApplication({ userID: 'alice' });
    await world.settle();
    expect(store.sentTo('erin')).toBeUndefined();
    expect(friends.isFriend('erin')).toBe(true);
  });
});
