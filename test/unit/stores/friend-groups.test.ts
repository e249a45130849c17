/**
 * The friend groups store on the embedded service: the demo's groups, create / rename / delete with the
 * name rules checked first, members added and removed (one friend's groups set at once), and a change made on
 * the account's other instance.
 */
import { useFriendGroupsStore } from '@/src/stores/friend-groups';
import { messagingWorld } from './messaging-world';

async function rejected(promise: Promise<unknown>): Promise<{ code: number }> {
  try {
    await promise;
  } catch (caught) {
    return caught as { code: number };
  }
  throw new Error('expected a rejection');
}

function names(): string[] {
  return useFriendGroupsStore().list.map((group) => group.name);
}

describe('friend groups store', () => {
  it('loads the demo groups with their members; groupsOf answers one friend’s', async () => {
    await messagingWorld('alice');
    const store = useFriendGroupsStore();
    await store.load();
    expect(names()).toEqual(['Colleagues', '同学']);
    expect(store.get('Colleagues')?.userIDList.sort()).toEqual(['bob', 'carol', 'dave']);
    expect(store.groupsOf('lilei')).toEqual(['同学']);
    expect(store.groupsOf('grace')).toEqual([]);
  });

  it('create, rename, delete; names are checked before sending (empty, > 30 bytes, taken: 30001 / 2710)', async () => {
    const world = await messagingWorld('alice');
    const store = useFriendGroupsStore();
    await store.load();
    const created = await store.create('Climbing', ['bob', 'grace']);
    expect(created.userIDList.sort()).toEqual(['bob', 'grace']);
    expect(names()).toContain('Climbing');

    const creates = jest.spyOn(world.backend.chat, 'createFriendGroup');
    expect(await rejected(store.create(''))).toMatchObject({ code: 30001 });
    expect(await rejected(store.create('攀'.repeat(11)))).toMatchObject({ code: 30001, rule: 'tooLong', limit: 30, actual: 33 });
    expect(await rejected(store.create('Climbing'))).toMatchObject({ code: 2710 });
    expect(creates).not.toHaveBeenCalled();

    await store.rename('Climbing', 'Bouldering');
    expect(names()).toEqual(['Colleagues', '同学', 'Bouldering']);
    expect(store.groupsOf('grace')).toEqual(['Bouldering']);
    expect(await rejected(store.rename('Bouldering', '同学'))).toMatchObject({ code: 2710 });

    await store.remove('Bouldering');
    expect(names()).toEqual(['Colleagues', '同学']);
    expect((await world.backend.chat.getFriendGroupList()).data.map((group) => group.name)).toEqual(['Colleagues', '同学']);
    expect(await rejected(store.remove('Bouldering'))).toMatchObject({ code: 2711 });
  });

  it('adds and removes members, and sets one friend’s groups in one go', async () => {
    const world = await messagingWorld('alice');
    const store = useFriendGroupsStore();
    await store.load();
    expect(await store.addMembers('同学', ['grace'])).toEqual([]);
    expect(store.groupsOf('grace')).toEqual(['同学']);
    await store.removeMembers('Colleagues', ['bob']);
    expect(store.groupsOf('bob')).toEqual([]);

    await store.setGroupsOf('dave', ['同学']);
    expect(store.groupsOf('dave')).toEqual(['同学']);
    const { data } = await world.backend.chat.getFriendGroupList();
    expect(data.find((group) => group.name === 'Colleagues')?.userIDList.sort()).toEqual(['carol']);
    expect(data.find((group) => group.name === '同学')?.userIDList).toContain('dave');
  });

  // The server tells the account's other instances only that friends' group lists changed (FRIEND_LIST_UPDATED,
  // relationship-module.js); the groups themselves are read again when Contacts shows.
  it('a change made on the account’s other instance shows on the next load', async () => {
    const world = await messagingWorld('alice', { maxInstancesPerUser: 2 });
    const store = useFriendGroupsStore();
    await store.load();
    const elsewhere = await world.person('alice');
    await elsewhere.createFriendGroup({ name: 'Family', userIDList: ['frank'] });
    await world.settle();
    await store.load();
    expect(names()).toContain('Family');
    expect(store.groupsOf('frank')).toEqual(['Family']);
  });
});
