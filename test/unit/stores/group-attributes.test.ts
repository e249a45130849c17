/**
 * The group attributes store on the embedded service: read, set and delete one attribute, another member's
 * change arriving live, the limits checked before sending, and a change from a stale view (10056) that makes
 * the store read the attributes again.
 */
import { useGroupAttributesStore } from '@/src/stores/group-attributes';
import { messagingWorld } from './messaging-world';

const LIVE = '@TGS#aDEMOLIVE';
const COFFEE = '@TGS#2DEMOPUBLIC';

async function rejected(promise: Promise<unknown>): Promise<{ code: number }> {
  try {
    await promise;
  } catch (caught) {
    return caught as { code: number };
  }
  throw new Error('expected a rejection');
}

describe('group attributes store', () => {
  it('reads none at first, sets and deletes one attribute, and hears another member’s change', async () => {
    const world = await messagingWorld('alice');
    const store = useGroupAttributesStore();
    expect(await store.load(LIVE)).toEqual({});
    await store.set(LIVE, 'topic', 'Launch day');
    expect(store.of(LIVE)).toEqual({ topic: 'Launch day' });
    const grace = await world.person('grace');
    await grace.getGroupAttributes({ groupID: LIVE, keyList: [] });
    await grace.setGroupAttributes({ groupID: LIVE, groupAttributes: { host: 'Dave' } });
    await world.settle();
    expect(store.of(LIVE)).toEqual({ topic: 'Launch day', host: 'Dave' });
    await store.remove(LIVE, 'topic');
    expect(store.of(LIVE)).toEqual({ host: 'Dave' });
    await world.settle();
    expect((await grace.getGroupAttributes({ groupID: LIVE, keyList: [] })).data.groupAttributes).toEqual({ host: 'Dave' });
  });

  it('refuses over the limits before sending (10004): a value over 4 KB, a 17th key', async () => {
    const world = await messagingWorld('alice');
    const store = useGroupAttributesStore();
    await store.load(COFFEE);
    const sets = jest.spyOn(world.backend.chat, 'setGroupAttributes');
    expect(await rejected(store.set(COFFEE, 'big', 'x'.repeat(4097)))).toMatchObject({ code: 10004, rule: 'tooLong', limit: 4096 });
    expect(sets).not.toHaveBeenCalled();
    sets.mockRestore();
    await world.backend.chat.initGroupAttributes({
      groupID: COFFEE,
      groupAttributes: Object.fromEntries(Array.from({ length: 16 }, (_, n) => [`k${n}`, 'v'])),
    });
    await world.settle();
    expect(Object.keys(store.of(COFFEE) ?? {})).toHaveLength(16);
    expect(await rejected(store.set(COFFEE, 'k16', 'v'))).toMatchObject({ code: 10004, limit: 16, actual: 17 });
  });

  it('a change made from a stale view is refused (10056), and the attributes now there reach the store', async () => {
    const world = await messagingWorld('alice');
    const store = useGroupAttributesStore();
    await store.load(COFFEE);
    await store.set(COFFEE, 'beans', 'Ethiopia');
    const bob = await world.person('bob');
    await bob.getGroupAttributes({ groupID: COFFEE, keyList: [] });
    // bob's change is on the service; its push has not reached alice's SDK yet, so her copy is stale.
    await bob.setGroupAttributes({ groupID: COFFEE, groupAttributes: { beans: 'Kenya' } });
    expect(await rejected(store.set(COFFEE, 'beans', 'Peru'))).toMatchObject({ code: 10056 });
    await world.settle();
    expect(store.of(COFFEE)).toEqual({ beans: 'Kenya' });
    // Now current, the same change goes through.
    await store.set(COFFEE, 'beans', 'Peru');
    expect(store.of(COFFEE)).toEqual({ beans: 'Peru' });
  });

  it('only members may read them (10007); a group that does not exist is 10010', async () => {
    const world = await messagingWorld('alice');
    const store = useGroupAttributesStore();
    const bob = await world.person('bob');
    const { group } = (await bob.createGroup({ type: 'Private', name: 'Bob only' })).data;
    expect(await rejected(store.load(group.groupID))).toMatchObject({ code: 10007 });
    expect(await rejected(store.load('@TGS#nosuchgroup'))).toMatchObject({ code: 10010 });
    expect(store.of(group.groupID)).toBeUndefined();
  });
});
