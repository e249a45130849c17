/**
 * The friends store on the embedded service: the list announced after sign-in (followed from launch, no
 * fetch), fetched, kept current by the throttled FRIEND_LIST_UPDATED (never overwritten by an older fetch),
 * remarks and custom fields, deleting, the relation check and adding with every allowType.
 */
import { EVENT, TYPES } from '@/src/chat/constants';
import type { LocalClient } from '@/src/chat/local';
import { useFriendsStore } from '@/src/stores/friends';
import { useConversationsStore } from '@/src/stores/conversations';
import { useProfilesStore } from '@/src/stores/profiles';
import { conversationName } from '@/src/utils/names';
import { useSessionStore } from '@/src/stores/session';
import { installWorld } from './context';
import { messagingWorld, until } from './messaging-world';

const WEB = 'AddSource_Type_Web';

function ids(): string[] {
  return useFriendsStore()
    .list.map((friend) => friend.userID)
    .sort();
}

async function rejected(promise: Promise<unknown>): Promise<{ code: number }> {
  try {
    await promise;
  } catch (caught) {
    return caught as { code: number };
  }
  throw new Error('expected a rejection');
}

const ALICE_FRIENDS = ['bob', 'carol', 'dave', 'frank', 'grace', 'hanmeimei', 'lilei', 'oscar', 'wangfang', 'zhangwei'];

describe('friends store: the list', () => {
  it('followed from launch, the list the SDK announces after sign-in arrives without a fetch', async () => {
    const world = installWorld();
    const fetches = jest.spyOn(world.backend.chat, 'getFriendList');
    const store = useFriendsStore();
    store.follow();
    await useSessionStore().start();
    await useSessionStore().login('alice');
    await until(() => store.loaded, 'the announced friend list');
    expect(fetches).not.toHaveBeenCalled();
    expect(ids()).toEqual(ALICE_FRIENDS);
    expect(store.remarkOf('carol')).toBe('Carol (design)');
    expect(store.remarkOf('bob')).toBe('');
    expect(store.remarkOf('judy')).toBe('');
    expect(store.isFriend('judy')).toBe(false);
    expect(store.get('lilei')?.profile.nick).toBeTruthy();
  });

  it('load fetches it; a push that lands while a fetch is on its way wins over the older answer', async () => {
    const world = await messagingWorld('alice');
    const store = useFriendsStore();
    await store.load();
    expect(ids()).toEqual(ALICE_FRIENDS);
    const ivan = await world.person('ivan');
    world.throttle.advance(5_000);

    const chat = world.backend.chat;
    const real = chat.getFriendList.bind(chat);
    let answer: (() => void) | null = null;
    jest.spyOn(chat, 'getFriendList').mockImplementationOnce(async () => {
      const old = await real();
      await new Promise<void>((resolve) => (answer = resolve));
      return old;
    });
    const loading = store.load();
    await until(() => answer !== null, 'the fetch to be on its way');
    await ivan.addFriend({ to: 'alice', source: WEB });
    await world.settle();
    expect(ids()).toContain('ivan');
    answer!();
    await loading;
    expect(ids()).toContain('ivan');
    expect(store.error).toBeNull();
  });

  it('follows other people: a new friend, a friend who leaves, a friend’s new nickname', async () => {
    const world = await messagingWorld('alice');
    const store = useFriendsStore();
    await store.load();
    const ivan = await world.person('ivan');
    const bob = await world.person('bob');
    world.throttle.advance(5_000);
    await ivan.addFriend({ to: 'alice', source: WEB });
    await world.settle();
    expect(ids()).toContain('ivan');

    await bob.deleteFriend({ userIDList: ['alice'] });
    await bob.updateMyProfile({ nick: 'Bobby' });
    await world.settle();
    expect(ids()).not.toContain('bob');
    const carol = await world.person('carol');
    await carol.updateMyProfile({ nick: 'Caroline' });
    await world.settle();
    expect(store.get('carol')?.profile.nick).toBe('Caroline');
  });

  it('names a friend by the remark wherever profiles.nameOf names people (cards, blocklist, owners)', async () => {
    await messagingWorld('alice');
    const friends = useFriendsStore();
    const profiles = useProfilesStore();
    await friends.load();
    await profiles.ensure(['carol', 'bob', 'ivan']);
    expect(profiles.nameOf('carol')).toBe('Carol (design)');
    expect(profiles.nameOf('bob')).toBe(profiles.get('bob')?.nick);
    await friends.setRemark('bob', 'Bobby');
    expect(profiles.nameOf('bob')).toBe('Bobby');
    expect(profiles.nameOf('ivan')).toBe('Ivan');
    expect(profiles.nameOf('nobody-here')).toBe('nobody-here');
  });

  it('names a chat by the remark in the conversation list, and renames it when the remark changes (pushed list)', async () => {
    const world = await messagingWorld('alice');
    const friends = useFriendsStore();
    const conversations = useConversationsStore();
    await Promise.all([friends.load(), conversations.load()]);
    const title = (id: string) => {
      const conversation = conversations.byID.get(id);
      return conversation ? conversationName(conversation) : '';
    };
    expect(title('C2Ccarol')).toBe('Carol (design)');
    const bobNick = title('C2Cbob');
    expect(bobNick).not.toBe('Bobby');
    world.throttle.advance(5_000);
    await friends.setRemark('bob', 'Bobby');
    await world.settle();
    expect(title('C2Cbob')).toBe('Bobby');
    await friends.setRemark('bob', '');
    await world.settle();
    expect(title('C2Cbob')).toBe(bobNick);
  });

  it('clears everything when the user signs out', async () => {
    await messagingWorld('alice');
    const store = useFriendsStore();
    await store.load();
    await useSessionStore().logout();
    expect(store.list).toEqual([]);
    expect(store.loaded).toBe(false);
  });
});

describe('friends store: changes', () => {
  it('setRemark shows at once and on the service; an over-long remark is refused before sending (30001), clearing works', async () => {
    const world = await messagingWorld('alice');
    const store = useFriendsStore();
    await store.load();
    await store.setRemark('bob', 'Bob (climbing)');
    expect(store.remarkOf('bob')).toBe('Bob (climbing)');
    const { data } = await world.backend.chat.getFriendProfile({ userIDList: ['bob'] });
    expect(data.friendList[0].remark).toBe('Bob (climbing)');

    const updates = jest.spyOn(world.backend.chat, 'updateFriend');
    const tooLong = await rejected(store.setRemark('bob', '长'.repeat(33)));
    expect(tooLong).toMatchObject({ code: 30001, field: 'remark', rule: 'tooLong', limit: 96, actual: 99 });
    expect(updates).not.toHaveBeenCalled();
    expect(store.remarkOf('bob')).toBe('Bob (climbing)');

    await store.setRemark('bob', '');
    expect(store.remarkOf('bob')).toBe('');
    // Someone who is not a friend: the SDK refuses from its list (2700).
    expect(await rejected(store.setRemark('judy', 'J'))).toMatchObject({ code: 2700 });
  });

  it('setCustomFields stores Tag_SNS_Custom_* values and refuses other keys before sending', async () => {
    const world = await messagingWorld('alice');
    const store = useFriendsStore();
    await store.load();
    await store.setCustomFields('dave', [{ key: 'Tag_SNS_Custom_Test', value: 'met at work' }]);
    expect(store.get('dave')?.friendCustomField).toEqual([{ key: 'Tag_SNS_Custom_Test', value: 'met at work' }]);
    const updates = jest.spyOn(world.backend.chat, 'updateFriend');
    expect(await rejected(store.setCustomFields('dave', [{ key: 'Tag_Profile_Custom_X', value: 'x' }]))).toMatchObject({ code: -1 });
    expect(updates).not.toHaveBeenCalled();
  });

  it('remove ends the friendship both ways at once; removing a non-friend is refused with 2700', async () => {
    const world = await messagingWorld('alice');
    const store = useFriendsStore();
    await store.load();
    const bob: LocalClient = await world.person('bob');
    await store.remove('bob');
    expect(ids()).not.toContain('bob');
    expect((await bob.getFriendList()).data.map((friend) => friend.userID)).not.toContain('alice');
    expect(await rejected(store.remove('judy'))).toMatchObject({ code: 2700 });
  });

  it('relationWith tells the four relations apart', async () => {
    const world = await messagingWorld('alice');
    const store = useFriendsStore();
    expect(await store.relationWith('bob')).toBe(TYPES.SNS_TYPE_BOTH_WAY);
    expect(await store.relationWith('ivan')).toBe(TYPES.SNS_TYPE_NO_RELATION);
    const ivan = await world.person('ivan');
    await ivan.addFriend({ to: 'alice', source: WEB, type: TYPES.SNS_ADD_TYPE_SINGLE });
    expect(await store.relationWith('ivan')).toBe(TYPES.SNS_TYPE_B_WITH_A);
    await world.backend.chat.deleteFriend({ userIDList: ['dave'], type: TYPES.SNS_DELETE_TYPE_SINGLE });
    // alice no longer lists dave; dave still lists alice.
    expect(await store.relationWith('dave')).toBe(TYPES.SNS_TYPE_B_WITH_A);
    await world.backend.chat.addFriend({ to: 'niaj', source: WEB, type: TYPES.SNS_ADD_TYPE_SINGLE });
    expect(await store.relationWith('niaj')).toBe(TYPES.SNS_TYPE_A_WITH_B);
  });

  it('add: added at once (AllowAny, with remark and group), a request (NeedConfirm), refused (DenyAny 30516, blocked 30515), checked first', async () => {
    const world = await messagingWorld('alice');
    const store = useFriendsStore();
    await store.load();
    expect(await store.add({ userID: 'ivan', remark: 'Ivan (chess)', groupName: 'Colleagues' })).toBe('added');
    await world.settle();
    expect(store.remarkOf('ivan')).toBe('Ivan (chess)');
    expect(store.get('ivan')?.groupList).toEqual(['Colleagues']);

    const sybil = await world.person('sybil');
    const requests = jest.fn();
    sybil.on(EVENT.FRIEND_APPLICATION_LIST_UPDATED, requests);
    expect(await store.add({ userID: 'sybil', wording: 'Hi Sybil' })).toBe('requested');
    await world.settle();
    expect(requests).toHaveBeenCalled();
    expect((await sybil.getFriendApplicationList()).data.friendApplicationList).toEqual([
      expect.objectContaining({ userID: 'alice', wording: 'Hi Sybil', type: TYPES.SNS_APPLICATION_SENT_TO_ME }),
    ]);
    expect(store.isFriend('sybil')).toBe(false);
    expect(await rejected(store.add({ userID: 'heidi' }))).toMatchObject({ code: 30516 });
    expect(await rejected(store.add({ userID: 'mallory' }))).toMatchObject({ code: 30515 });

    const adds = jest.spyOn(world.backend.chat, 'addFriend');
    expect(await rejected(store.add({ userID: 'niaj', wording: 'x'.repeat(257) }))).toMatchObject({ code: 30001, field: 'wording' });
    expect(await rejected(store.add({ userID: 'niaj', remark: 'x'.repeat(97) }))).toMatchObject({ code: 30001, field: 'remark' });
    expect(adds).not.toHaveBeenCalled();
  });
});
