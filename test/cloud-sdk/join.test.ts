import { TYPES } from '@/src/chat/constants';
import type { Gateway } from './gateway';
import { cloudClient, signIn, startGateway, teardown } from './harness';

let gateway: Gateway;
beforeEach(() => {
  gateway = startGateway();
  gateway.addUser('alice');
  gateway.addUser('bob');
  gateway.addGroup({
    groupID: 'public-1',
    type: 'Public',
    name: 'Open to all',
    ownerID: 'bob',
    joinOption: 'FreeAccess',
    members: [{ userID: 'bob', role: 'Owner' }],
  });
});
afterEach(() => teardown(gateway));

// Issue 13, item 2: the SDK's getGroupProfile enters a group one is not in into its joined-group map, after
// which joinGroup answers AlreadyInGroup without a request and getGroupList lists the group.
describe('search → open group → join through the real SDK', () => {
  test("opening a group one is not in neither lists it nor blocks the join", async () => {
    const chat = cloudClient();
    await signIn(chat, 'alice');

    const { group } = (await chat.getGroupProfile({ groupID: 'public-1' })).data;
    expect(group).toMatchObject({ groupID: 'public-1', name: 'Open to all', ownerID: 'bob' });
    expect(group.selfInfo.role).toBe('');
    expect((await chat.getGroupList()).data.groupList.map((g) => g.groupID)).toEqual([]);

    const joined = await chat.joinGroup({ groupID: 'public-1' });

    expect(joined.data.status).toBe(TYPES.JOIN_STATUS_SUCCESS);
    expect(gateway.commandsOf('apply_join_group')).toHaveLength(1);
    expect(gateway.groups.get('public-1')?.members.has('alice')).toBe(true);
    expect((await chat.getGroupList()).data.groupList.map((g) => g.groupID)).toEqual(['public-1']);
  });

  test('the profile of a group one is in still comes from getGroupProfile, with one’s own role', async () => {
    gateway.groups.get('public-1')?.members.set('alice', { userID: 'alice', role: 'Admin', joinTime: 1, nameCard: 'Al', muteUntil: 0 });
    const chat = cloudClient();
    await signIn(chat, 'alice');

    const { group } = (await chat.getGroupProfile({ groupID: 'public-1' })).data;

    expect(group.selfInfo.role).toBe(TYPES.GRP_MBR_ROLE_ADMIN);
    expect(gateway.commandsOf('get_group_self_member_info')).toHaveLength(1);
    expect(gateway.commandsOf('get_group_public_info')).toHaveLength(0);
  });
});
