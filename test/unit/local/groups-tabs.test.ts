/**
 * Two tabs over one storage: what one tab's group service writes, the other's reloads (watchExternalKeys),
 * and group events reach a user's instances in any tab (pushToUser).
 */
import { EVENT, TYPES } from '@/src/chat/constants';
import type { LocalClient } from '@/src/chat/local';
import { recordEvents } from './helpers';
import { browser } from './tabs';
import type { Browser, Tab } from './tabs';

async function login(world: Browser, tab: Tab, userID: string): Promise<LocalClient> {
  const client = tab.server.createClient();
  await client.login({ userID, userSig: 'sig' });
  await world.settle();
  return client;
}

describe('groups across tabs', () => {
  it('a group made in tab A reaches bob in tab B; changes made in B are read in A', async () => {
    const world = browser(2);
    const [a, b] = world.tabs;
    const alice = await login(world, a, 'alice');
    const bob = await login(world, b, 'bob');
    expect((await bob.getGroupList()).data.groupList).toEqual([]);
    const heard = recordEvents(bob, EVENT.GROUP_LIST_UPDATED);

    const { group } = (await alice.createGroup({ type: TYPES.GRP_MEETING, name: 'tabs', memberList: [{ userID: 'bob' }] })).data;
    await world.settle();
    expect(heard.map((event) => event.data.map((entry) => entry.groupID))).toEqual([[group.groupID]]);
    expect((await bob.getGroupList()).data.groupList.map((entry) => entry.groupID)).toEqual([group.groupID]);

    expect((await alice.getGroupMemberList({ groupID: group.groupID })).data.memberList[1].nameCard).toBe('');
    await bob.setGroupMemberNameCard({ groupID: group.groupID, nameCard: 'Bob in B' });
    await world.settle();
    expect((await alice.getGroupMemberList({ groupID: group.groupID })).data.memberList[1].nameCard).toBe('Bob in B');

    await bob.quitGroup(group.groupID);
    await world.settle();
    expect((await alice.getGroupProfile({ groupID: group.groupID })).data.group.memberCount).toBe(1);
    await alice.dismissGroup(group.groupID);
    await world.settle();
    expect((await bob.getGroupProfile({ groupID: group.groupID }).catch((error: { code: number }) => error)).code).toBe(10010);
  });
});
