/**
 * createGroup and updateGroupProfile in the embedded service: defaults per type, the plan caps, ID rules,
 * limits, and the codes chosen where the notes leave them UNCONFIRMED.
 */
import { TYPES } from '@/src/chat/constants';
import type { GroupType, JoinOption } from '@/src/chat/constants';
import type { CreateGroupOptions, UpdateGroupProfileOptions } from '@/src/chat/port';
import { groupWrites, newServer, observedStorage, rejection } from './helpers';
import { ALL_TYPES, groupOf, raw, users } from './group-fixtures';

const { GRP_WORK: W, GRP_PUBLIC: P, GRP_MEETING: M, GRP_AVCHATROOM: AV, GRP_COMMUNITY: C } = TYPES;

describe('createGroup', () => {
  it.each([
    [W, /^@TGS#1[A-Z2-9]{9}$/, 200, TYPES.JOIN_OPTIONS_DISABLE_APPLY, TYPES.INVITE_OPTIONS_FREE_ACCESS],
    [P, /^@TGS#2[A-Z2-9]{9}$/, 2000, TYPES.JOIN_OPTIONS_NEED_PERMISSION, TYPES.INVITE_OPTIONS_DISABLE_INVITE],
    [M, /^@TGS#3[A-Z2-9]{9}$/, 6000, TYPES.JOIN_OPTIONS_FREE_ACCESS, TYPES.INVITE_OPTIONS_DISABLE_INVITE],
    [AV, /^@TGS#a[A-Z2-9]{9}$/, 0, TYPES.JOIN_OPTIONS_FREE_ACCESS, TYPES.INVITE_OPTIONS_DISABLE_INVITE],
    [C, /^@TGS#_[A-Z2-9]{9}$/, 6000, TYPES.JOIN_OPTIONS_FREE_ACCESS, TYPES.INVITE_OPTIONS_DISABLE_INVITE],
  ])('%s: ID %p, maxMemberCount %p (type default, capped by the plan), joinOption %s, inviteOption %s', async (type, id, max, join, invite) => {
    const [alice] = await users(newServer(), 'alice');
    const { group } = (await alice.createGroup({ type, name: 'g' })).data;
    expect(group.groupID).toMatch(id);
    expect(group).toMatchObject({ maxMemberCount: max, joinOption: join, inviteOption: invite, memberCount: 1, infoSequence: 1 });
    expect(group.createTime).toBe(1_700_000_000);
  });

  it('maxMemberNum is taken, capped by maxMembersPerGroup (not for AVChatRoom), and must be a positive integer (10004)', async () => {
    const [alice] = await users(newServer({ maxMembersPerGroup: 50 }), 'alice');
    expect((await alice.createGroup({ type: P, name: 'g', maxMemberNum: 10 })).data.group.maxMemberCount).toBe(10);
    expect((await alice.createGroup({ type: P, name: 'g', maxMemberNum: 9999 })).data.group.maxMemberCount).toBe(50);
    expect((await alice.createGroup({ type: W, name: 'g' })).data.group.maxMemberCount).toBe(50);
    expect((await alice.createGroup({ type: AV, name: 'g', maxMemberNum: 9999 })).data.group.maxMemberCount).toBe(9999);
    for (const bad of [0, -3, 1.5]) {
      expect((await rejection(alice.createGroup({ type: P, name: 'g', maxMemberNum: bad }))).code).toBe(10004);
    }
    expect((await rejection(alice.createGroup(raw({ type: P, name: 'g', maxMemberNum: '5' })))).code).toBe(-1);
    expect((await alice.getGroupList()).data.groupList).toHaveLength(3);
  });

  it.each([
    ['@TGS#abc', 10015],
    ['ct_群', 10015],
    ['x'.repeat(49), 10015],
    ['tab\there', 10015],
    ['@TGS#_notcommunity', 2602],
  ])('custom groupID %p → %i', async (groupID, code) => {
    const storage = observedStorage();
    const [alice] = await users(newServer({ storage }), 'alice');
    const before = storage.dump();
    expect((await rejection(alice.createGroup({ type: P, name: 'g', groupID }))).code).toBe(code);
    expect(storage.dump()).toEqual(before);
  });

  it('takes a 48-byte printable custom ID, and a Community ID that starts with @TGS#_', async () => {
    const [alice] = await users(newServer(), 'alice');
    const plain = `${'x'.repeat(40)} ~!@#$%^`;
    expect((await alice.createGroup({ type: P, name: 'g', groupID: plain })).data.group.groupID).toBe(plain);
    expect((await alice.createGroup({ type: C, name: 'g', groupID: '@TGS#_club' })).data.group.groupID).toBe('@TGS#_club');
    expect((await rejection(alice.createGroup({ type: C, name: 'g', groupID: 'club' }))).code).toBe(2602);
    expect((await rejection(alice.createGroup(raw({ type: P, name: 'g', groupID: 42 })))).code).toBe(-1);
  });

  it('memberList: at most 500 (10005), accounts must exist (10019), Admin only where the type has admins (10004)', async () => {
    const server = newServer();
    const [alice] = await users(server, 'alice', 'bob', 'carol');
    const many = Array.from({ length: 501 }, (_, n) => ({ userID: `u${n}` }));
    expect((await rejection(alice.createGroup({ type: P, name: 'g', memberList: many }))).code).toBe(10005);
    expect((await rejection(alice.createGroup({ type: P, name: 'g', memberList: [{ userID: 'bob' }, { userID: 'ghost' }] }))).code).toBe(10019);
    const admin = { userID: 'bob', role: TYPES.GRP_MBR_ROLE_ADMIN };
    expect((await rejection(alice.createGroup({ type: W, name: 'g', memberList: [admin] }))).code).toBe(10004);
    expect((await rejection(alice.createGroup(raw({ type: P, name: 'g', memberList: [{ role: 'Member' }] })))).code).toBe(-1);
    expect((await alice.getGroupList()).data.groupList).toEqual([]);

    const { group } = (
      await alice.createGroup({
        type: P,
        name: 'g',
        memberList: [admin, { userID: 'carol', memberCustomField: [{ key: 'team', value: 'red' }] }, { userID: 'carol' }, { userID: 'alice' }],
      })
    ).data;
    expect(group.memberCount).toBe(3);
    const { memberList } = (await alice.getGroupMemberProfile({ groupID: group.groupID, userIDList: ['bob', 'carol'] })).data;
    expect(memberList.map((member) => [member.userID, member.role, member.memberCustomField])).toEqual([
      ['bob', TYPES.GRP_MBR_ROLE_ADMIN, []],
      ['carol', TYPES.GRP_MBR_ROLE_MEMBER, [{ key: 'team', value: 'red' }]],
    ]);
  });

  it('an AVChatRoom ignores memberList; a list beyond maxMemberNum is refused with 10038', async () => {
    const [alice] = await users(newServer(), 'alice', 'bob', 'carol');
    const room = (await alice.createGroup({ type: AV, name: 'live', memberList: [{ userID: 'bob' }] })).data.group;
    expect(room.memberCount).toBe(1);
    const list = [{ userID: 'bob' }, { userID: 'carol' }];
    expect((await rejection(alice.createGroup({ type: P, name: 'g', memberList: list, maxMemberNum: 2 }))).code).toBe(10038);
  });

  it('maxGroupsPerUser: the creator at the limit gets 10037; members at it land in overLimitUserIDList; AVChatRooms do not count', async () => {
    const [alice, bob] = await users(newServer({ maxGroupsPerUser: 2 }), 'alice', 'bob', 'carol');
    await groupOf(bob, W);
    await groupOf(bob, W);
    const { data } = await alice.createGroup({ type: P, name: 'g', memberList: [{ userID: 'bob' }, { userID: 'carol' }] });
    expect(data.overLimitUserIDList).toEqual(['bob']);
    expect(data.group.memberCount).toBe(2);
    await groupOf(alice, AV);
    await groupOf(alice, W);
    expect((await rejection(alice.createGroup({ type: W, name: 'third' }))).code).toBe(10037);
    expect((await alice.createGroup({ type: AV, name: 'room' })).code).toBe(0);
  });

  it.each([
    ['name', 100, 'n'],
    ['introduction', 400, 'i'],
    ['notification', 400, 'o'],
    ['avatar', 500, 'a'],
  ])('%s: %i UTF-8 bytes taken, one more refused with 10004', async (field, limit, letter) => {
    const [alice] = await users(newServer(), 'alice');
    const fits = `${'中'.repeat(Math.floor(limit / 3))}${letter.repeat(limit % 3)}`;
    expect(Reflect.get((await alice.createGroup(raw<CreateGroupOptions>({ type: W, name: 'g', [field]: fits }))).data.group, field)).toBe(fits);
    const error = await rejection(alice.createGroup(raw<CreateGroupOptions>({ type: W, name: 'g', [field]: `${fits}x` })));
    expect(error.code).toBe(10004);
    expect(error.message).toContain(field);
    // A non-string name fails the SDK's schema (-1); the other fields reach the server.
    const code = (await rejection(alice.createGroup(raw<CreateGroupOptions>({ type: W, name: 'g', [field]: 7 })))).code;
    expect(code).toBe(field === 'name' ? -1 : 10004);
  });

  it('group custom fields: keys [A-Za-z0-9_]{1,16}, values ≤ 512 bytes, ≤ 10 keys (10004)', async () => {
    const [alice] = await users(newServer(), 'alice');
    const ten = Array.from({ length: 10 }, (_, n) => ({ key: `key_${n}`, value: 'v' }));
    expect((await alice.createGroup({ type: P, name: 'g', groupCustomField: ten })).data.group.groupCustomField).toHaveLength(10);
    for (const bad of [
      [...ten, { key: 'eleventh', value: 'v' }],
      [{ key: 'a'.repeat(17), value: 'v' }],
      [{ key: 'with-dash', value: 'v' }],
      [{ key: 'ok', value: 'v'.repeat(513) }],
      [{ key: 'ok', value: 3 }],
      'not a list',
    ]) {
      expect((await rejection(alice.createGroup(raw({ type: P, name: 'g', groupCustomField: bad })))).code).toBe(10004);
    }
    expect((await alice.getGroupList()).data.groupList).toHaveLength(1);
  });

  it('isSupportTopic is kept for Communities only', async () => {
    const [alice] = await users(newServer(), 'alice');
    expect((await alice.createGroup({ type: C, name: 'g', isSupportTopic: true })).data.group.isSupportTopic).toBe(true);
    expect((await alice.createGroup({ type: P, name: 'g', isSupportTopic: true })).data.group.isSupportTopic).toBe(false);
  });
});

describe('updateGroupProfile', () => {
  async function setUp(type: GroupType = P) {
    const storage = observedStorage();
    const server = newServer({ storage });
    const [alice, bob, carol] = await users(server, 'alice', 'bob', 'carol');
    const groupID = await groupOf(alice, type, [bob]);
    return { storage, server, alice, bob, carol, groupID };
  }

  it('refuses outsiders and plain members of a Public group with 10007, unknown groups with 10010', async () => {
    const { alice, bob, carol, groupID, storage } = await setUp();
    const before = storage.dump();
    expect((await rejection(carol.updateGroupProfile({ groupID, name: 'x' }))).code).toBe(10007);
    expect((await rejection(bob.updateGroupProfile({ groupID, name: 'x' }))).code).toBe(10007);
    expect((await rejection(alice.updateGroupProfile({ groupID: 'nope', name: 'x' }))).code).toBe(10010);
    expect(storage.dump()).toEqual(before);
  });

  it('refuses an empty name, bad enum values and inviteOption on an AVChatRoom (10004), changing nothing', async () => {
    const { alice, groupID, storage } = await setUp();
    const before = storage.dump();
    for (const bad of [{ name: '' }, { joinOption: 'Sometimes' }, { inviteOption: 'DisableApply' }, { name: 'ok', avatar: 'a'.repeat(501) }, { muteAllMembers: undefined, introduction: 1 }]) {
      expect((await rejection(alice.updateGroupProfile(raw<UpdateGroupProfileOptions>({ groupID, ...bad })))).code).toBe(10004);
    }
    expect((await rejection(alice.updateGroupProfile(raw<UpdateGroupProfileOptions>({ groupID, muteAllMembers: 1 })))).code).toBe(-1);
    const room = await groupOf(alice, AV);
    const roomBefore = storage.dump();
    expect((await rejection(alice.updateGroupProfile({ groupID: room, inviteOption: TYPES.INVITE_OPTIONS_FREE_ACCESS }))).code).toBe(10004);
    expect(storage.dump()).toEqual(roomBefore);
    expect(before).not.toEqual(roomBefore);
  });

  it('drops joinOption silently where the type has none to change; ignores maxMemberNum', async () => {
    const { alice, bob, groupID } = await setUp(W);
    const { group } = (await bob.updateGroupProfile(raw<UpdateGroupProfileOptions>({ groupID, joinOption: TYPES.JOIN_OPTIONS_FREE_ACCESS as JoinOption, maxMemberNum: 5 }))).data;
    expect(group.joinOption).toBe(TYPES.JOIN_OPTIONS_DISABLE_APPLY);
    expect(group.maxMemberCount).toBe(200);
    expect((await alice.getGroupProfile({ groupID })).data.group.infoSequence).toBe(1);
  });

  it('a change writes the one profile key and moves infoSequence; an update that changes nothing writes nothing', async () => {
    const { alice, groupID, storage } = await setUp();
    storage.writes.length = 0;
    const { group } = (await alice.updateGroupProfile({ groupID, notification: 'hello', muteAllMembers: true })).data;
    expect(group).toMatchObject({ notification: 'hello', muteAllMembers: true, infoSequence: 2 });
    expect(groupWrites(storage)).toEqual([`chat:grp:p:${groupID}`]);
    storage.writes.length = 0;
    await alice.updateGroupProfile({ groupID, notification: 'hello' });
    expect(storage.writes).toEqual([]);
  });

  it("custom fields merge; '' removes a key; the 11th key is refused", async () => {
    const { alice, groupID } = await setUp();
    const set = (groupCustomField: Array<{ key: string; value: string }>) => alice.updateGroupProfile({ groupID, groupCustomField });
    await set(Array.from({ length: 10 }, (_, n) => ({ key: `k${n}`, value: `${n}` })));
    expect((await rejection(set([{ key: 'k10', value: 'x' }]))).code).toBe(10004);
    await set([
      { key: 'k0', value: '' },
      { key: 'k10', value: 'x' },
      { key: 'k1', value: 'one' },
    ]);
    const fields = (await alice.getGroupProfile({ groupID })).data.group.groupCustomField;
    expect(fields).toHaveLength(10);
    expect(fields).toContainEqual({ key: 'k1', value: 'one' });
    expect(fields.map((field) => field.key)).not.toContain('k0');
    const filtered = (await alice.getGroupProfile({ groupID, groupCustomFieldFilter: ['k10', 'k3'] })).data.group.groupCustomField;
    expect(filtered).toEqual([
      { key: 'k3', value: '3' },
      { key: 'k10', value: 'x' },
    ]);
  });

  it.each(ALL_TYPES)('%s: the owner may change the profile', async (type) => {
    const { alice, groupID } = await setUp(type);
    expect((await alice.updateGroupProfile({ groupID, introduction: 'new' })).data.group.introduction).toBe('new');
  });
});
