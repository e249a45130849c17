/**
 * The demo seed: groups of every type with roles, mutes, name cards and custom fields, a request waiting for
 * alice, and a 6000-member group whose bulk members need no account records. Written only once.
 */
import { TYPES } from '@/src/chat/constants';
import { DEMO_USER_IDS, createMemoryStorage } from '@/src/chat/local';
import { newServer, observedStorage } from './helpers';
import { groupKeySizes, users } from './group-fixtures';

describe('demo groups', () => {
  // How long seeding takes is a figure, not a test: `npm run bench` prints it (bench/local-seed.ts).
  it('are seeded once, and only into a service with no groups', async () => {
    const storage = observedStorage();
    newServer({ seed: 'demo', storage });
    const keys = [...groupKeySizes(storage).keys()];
    expect(keys.length).toBeGreaterThan(0);
    storage.writes.length = 0;
    newServer({ seed: 'demo', storage });
    expect(storage.writes).toEqual([]);
    expect(storage.keys().filter((key) => key.startsWith('chat:grp:')).sort()).toEqual(keys.sort());
    expect(newServer({ storage: createMemoryStorage() }).problems).toEqual([]);
  });

  it('give alice groups of every listed type, with her roles, and a pending request on her Public group', async () => {
    const server = newServer({ seed: 'demo' });
    const [alice] = await users(server, 'alice');
    const list = (await alice.getGroupList()).data.groupList;
    expect(list.map((group) => [group.type, group.selfInfo.role]).sort()).toEqual(
      [
        [TYPES.GRP_WORK, TYPES.GRP_MBR_ROLE_MEMBER],
        [TYPES.GRP_PUBLIC, TYPES.GRP_MBR_ROLE_OWNER],
        [TYPES.GRP_MEETING, TYPES.GRP_MBR_ROLE_ADMIN],
        [TYPES.GRP_MEETING, TYPES.GRP_MBR_ROLE_OWNER],
        [TYPES.GRP_COMMUNITY, TYPES.GRP_MBR_ROLE_ADMIN],
      ].sort(),
    );
    const { applicationList } = (await alice.getGroupApplicationList()).data;
    expect(applicationList).toEqual([expect.objectContaining({ applicant: 'heidi', groupID: '@TGS#2DEMOPUBLIC', applicationType: 0 })]);
    expect(applicationList[0].applicantNick).not.toBe('');
    const big = list.find((group) => group.groupID === '@TGS#3DEMOALLHANDS');
    expect(big).toMatchObject({ memberCount: 6000, maxMemberCount: 6000 });
  });

  it('carry mutes, name cards, member and group custom fields, admins and a Custom role', async () => {
    const server = newServer({ seed: 'demo' });
    const [alice, grace] = await users(server, 'alice', 'grace');
    const coffee = (await alice.getGroupMemberList({ groupID: '@TGS#2DEMOPUBLIC', count: 100 })).data.memberList;
    expect(coffee.find((member) => member.userID === 'frank')).toMatchObject({ nameCard: 'Frank 🍞', muteUntil: expect.any(Number) });
    expect(coffee.find((member) => member.userID === 'frank')!.muteUntil).toBeGreaterThan(1_700_000_000);
    expect(coffee.find((member) => member.userID === 'carol')?.role).toBe(TYPES.GRP_MBR_ROLE_ADMIN);
    expect(coffee.find((member) => member.userID === 'alice')).toMatchObject({ nick: expect.any(String), avatar: '/static/avatars/alice.png' });
    expect((await alice.getGroupProfile({ groupID: '@TGS#2DEMOPUBLIC' })).data.group.groupCustomField).toContainEqual({ key: 'level', value: 'high' });
    const club = (await grace.getGroupMemberProfile({ groupID: '@TGS#_DEMOCOMMUNITY', userIDList: ['alice', 'frank'] })).data.memberList;
    expect(club.map((member) => [member.role, member.memberCustomField])).toEqual([
      [TYPES.GRP_MBR_ROLE_ADMIN, [{ key: 'camera', value: 'Fuji X100V' }]],
      [TYPES.GRP_MBR_ROLE_CUSTOM, []],
    ]);
    const bulk = (await alice.getGroupMemberProfile({ groupID: '@TGS#3DEMOALLHANDS', userIDList: ['member0001', 'member0500'] })).data.memberList;
    expect(bulk[0]).toMatchObject({ nick: 'Member 0001', nameCard: expect.stringMatching(/^Team /), memberCustomField: [{ key: 'dept', value: 'Sales' }] });
    expect(bulk[1].muteUntil).toBeGreaterThan(1_700_000_000);
  });

  it('every demo account is in the big group; a bulk member who logs in gets a real account and sees it', async () => {
    const server = newServer({ seed: 'demo' });
    const [alice, member] = await users(server, 'alice', 'member0007');
    const { memberList } = (await alice.getGroupMemberProfile({ groupID: '@TGS#3DEMOALLHANDS', userIDList: [...DEMO_USER_IDS] })).data;
    expect(memberList.map((entry) => entry.userID)).toEqual([...DEMO_USER_IDS]);
    expect((await member.getGroupList()).data.groupList.map((group) => group.groupID)).toEqual(['@TGS#3DEMOALLHANDS']);
    expect((await alice.getGroupMemberProfile({ groupID: '@TGS#3DEMOALLHANDS', userIDList: ['member0007'] })).data.memberList[0].nick).toBe('');
  });

  it('a smaller plan makes a smaller big group', async () => {
    const [alice] = await users(newServer({ seed: 'demo', maxMembersPerGroup: 100 }), 'alice');
    expect((await alice.getGroupProfile({ groupID: '@TGS#3DEMOALLHANDS' })).data.group).toMatchObject({ memberCount: 100, maxMemberCount: 100 });
  });
});
