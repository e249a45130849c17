/**
 * Member operations in the embedded service: mute arithmetic, roles, name cards, custom fields, adding and
 * removing, with the codes chosen where the notes leave them UNCONFIRMED, and "refused means unchanged".
 */
import { TYPES } from '@/src/chat/constants';
import type { GroupRole } from '@/src/chat/constants';
import { groupWrites, manualClock, newServer, observedStorage, rejection } from './helpers';
import { groupOf, raw, users } from './group-fixtures';

const { GRP_WORK: W, GRP_PUBLIC: P, GRP_MEETING: M, GRP_AVCHATROOM: AV, GRP_COMMUNITY: C } = TYPES;
const ADMIN = TYPES.GRP_MBR_ROLE_ADMIN as GroupRole;

async function setUp(type = P as typeof P | typeof W | typeof M | typeof C | typeof AV) {
  const storage = observedStorage();
  const clock = manualClock();
  const server = newServer({ storage, clock: clock.now });
  const [alice, bob, carol, dave] = await users(server, 'alice', 'bob', 'carol', 'dave', 'erin');
  const groupID = await groupOf(alice, type, [bob, carol, dave]);
  if (type === P || type === M || type === C) await alice.setGroupMemberRole({ groupID, userID: 'bob', role: ADMIN });
  return { storage, clock, server, alice, bob, carol, dave, groupID };
}

describe('setGroupMemberMuteTime', () => {
  it('muteUntil = now + muteTime (seconds); 0 unmutes; 4294967295 is for ever; the change is one chunk write', async () => {
    const { alice, groupID, storage, clock } = await setUp();
    storage.writes.length = 0;
    const { member } = (await alice.setGroupMemberMuteTime({ groupID, userID: 'carol', muteTime: 600 })).data;
    expect(member.muteUntil).toBe(1_700_000_000 + 600);
    expect(groupWrites(storage)).toEqual([`chat:grp:m:0:${groupID}`]);
    clock.advance(10_000);
    expect((await alice.setGroupMemberMuteTime({ groupID, userID: 'carol', muteTime: 0 })).data.member.muteUntil).toBe(0);
    expect((await alice.setGroupMemberMuteTime({ groupID, userID: 'carol', muteTime: 4294967295 })).data.member.muteUntil).toBe(1_700_000_010 + 4294967295);
    expect((await rejection(alice.setGroupMemberMuteTime({ groupID, userID: 'carol', muteTime: 4294967296 }))).code).toBe(10004);
  });

  it('Work groups cannot mute (10004); a non-member target 10007; an admin muting an admin 10007', async () => {
    const work = await setUp(W);
    expect((await rejection(work.alice.setGroupMemberMuteTime({ groupID: work.groupID, userID: 'bob', muteTime: 60 }))).code).toBe(10004);
    const { alice, bob, groupID, storage } = await setUp(M);
    await alice.setGroupMemberRole({ groupID, userID: 'carol', role: ADMIN });
    const before = storage.dump();
    expect((await rejection(alice.setGroupMemberMuteTime({ groupID, userID: 'erin', muteTime: 60 }))).code).toBe(10007);
    expect((await rejection(bob.setGroupMemberMuteTime({ groupID, userID: 'carol', muteTime: 60 }))).code).toBe(10007);
    expect((await rejection(bob.setGroupMemberMuteTime({ groupID, userID: 'alice', muteTime: 60 }))).code).toBe(10007);
    expect((await rejection(bob.setGroupMemberMuteTime({ groupID, userID: 'bob', muteTime: 60 }))).code).toBe(2685);
    expect((await rejection(bob.setGroupMemberMuteTime(raw({ groupID, userID: 'dave', muteTime: Number.NaN })))).code).toBe(-1);
    expect(storage.dump()).toEqual(before);
    expect((await bob.setGroupMemberMuteTime({ groupID, userID: 'dave', muteTime: 60 })).data.member.userID).toBe('dave');
  });
});

describe('setGroupMemberRole', () => {
  it('Work and AVChatRoom have no roles to set (10004); a non-member target 10007; the same role writes nothing', async () => {
    for (const type of [W, AV] as const) {
      const { alice, groupID } = await setUp(type);
      expect((await rejection(alice.setGroupMemberRole({ groupID, userID: 'carol', role: ADMIN }))).code).toBe(10004);
    }
    const { alice, groupID, storage } = await setUp(P);
    expect((await rejection(alice.setGroupMemberRole({ groupID, userID: 'erin', role: ADMIN }))).code).toBe(10007);
    storage.writes.length = 0;
    await alice.setGroupMemberRole({ groupID, userID: 'bob', role: ADMIN });
    expect(storage.writes).toEqual([]);
    await alice.setGroupMemberRole({ groupID, userID: 'carol', role: ADMIN });
    expect(groupWrites(storage)).toEqual([`chat:grp:m:0:${groupID}`]);
  });

  it('the SDK order: 2681 (not owner) before 2683 (bad role) before 2684 (self); outsiders reach the server (10007)', async () => {
    const { alice, bob, groupID, server } = await setUp(C);
    expect((await rejection(bob.setGroupMemberRole(raw({ groupID, userID: 'bob', role: 'King' })))).code).toBe(2681);
    expect((await rejection(alice.setGroupMemberRole(raw({ groupID, userID: 'alice', role: 'King' })))).code).toBe(2683);
    expect((await rejection(alice.setGroupMemberRole({ groupID, userID: 'alice', role: ADMIN }))).code).toBe(2684);
    const [erin] = await users(server, 'erin');
    expect((await rejection(erin.setGroupMemberRole({ groupID, userID: 'carol', role: ADMIN }))).code).toBe(10007);
    expect((await rejection(erin.setGroupMemberRole({ groupID: 'nope', userID: 'carol', role: ADMIN }))).code).toBe(10010);
    const custom = (await alice.setGroupMemberRole({ groupID, userID: 'carol', role: TYPES.GRP_MBR_ROLE_CUSTOM as GroupRole })).data.member;
    expect(custom.role).toBe(TYPES.GRP_MBR_ROLE_CUSTOM);
    // A Custom member ranks as a member: an admin may manage them.
    expect((await bob.setGroupMemberMuteTime({ groupID, userID: 'carol', muteTime: 5 })).code).toBe(0);
  });
});

describe('name cards and member custom fields', () => {
  it('name card: 51 bytes 10004; outsiders 10007; non-member targets 10007; a member on another 10007', async () => {
    const { alice, carol, groupID, storage, server } = await setUp();
    const before = storage.dump();
    expect((await rejection(alice.setGroupMemberNameCard({ groupID, userID: 'carol', nameCard: '卡'.repeat(17) }))).code).toBe(10004);
    expect((await rejection(alice.setGroupMemberNameCard({ groupID, userID: 'erin', nameCard: 'x' }))).code).toBe(10007);
    expect((await rejection(carol.setGroupMemberNameCard({ groupID, userID: 'dave', nameCard: 'x' }))).code).toBe(10007);
    expect((await rejection(carol.setGroupMemberNameCard(raw({ groupID, nameCard: 5 })))).code).toBe(-1);
    const [erin] = await users(server, 'erin');
    expect((await rejection(erin.setGroupMemberNameCard({ groupID, nameCard: 'x' }))).code).toBe(10007);
    expect(storage.dump()).toEqual(before);
    const mine = (await carol.setGroupMemberNameCard({ groupID, nameCard: '卡'.repeat(16) + 'ab' })).data;
    expect(mine.member.nameCard).toBe('卡'.repeat(16) + 'ab');
    expect(mine.group.selfInfo.nameCard).toBe('卡'.repeat(16) + 'ab');
  });

  it("custom fields: values ≤ 64 bytes, ≤ 5 keys, well-formed keys (10004); '' removes; admins edit members, members only themselves", async () => {
    const { alice, bob, carol, groupID } = await setUp();
    const set = (client: typeof alice, memberCustomField: unknown, userID?: string) =>
      client.setGroupMemberCustomField(raw({ groupID, memberCustomField, ...(userID ? { userID } : {}) }));
    await set(carol, [1, 2, 3, 4, 5].map((n) => ({ key: `k${n}`, value: 'v'.repeat(64) })));
    expect((await rejection(set(carol, [{ key: 'k6', value: 'v' }]))).code).toBe(10004);
    expect((await rejection(set(carol, [{ key: 'k1', value: 'v'.repeat(65) }]))).code).toBe(10004);
    expect((await rejection(set(carol, [{ key: 'bad key', value: 'v' }]))).code).toBe(10004);
    expect((await rejection(set(carol, [{ key: 'k1' }]))).code).toBe(10004);
    expect((await rejection(set(carol, [{ key: 'k1', value: 'x' }], 'dave'))).code).toBe(10007);
    expect((await rejection(set(bob, [{ key: 'k1', value: 'x' }], 'alice'))).code).toBe(10007);
    await set(bob, [{ key: 'k1', value: '' }, { key: 'k6', value: 'six' }], 'carol');
    await set(alice, [{ key: 'k2', value: 'two' }], 'bob');
    const { memberList } = (await alice.getGroupMemberProfile({ groupID, userIDList: ['carol', 'bob'], memberCustomFieldFilter: ['k2', 'k6'] })).data;
    expect(memberList.map((member) => member.memberCustomField)).toEqual([
      [
        { key: 'k2', value: 'v'.repeat(64) },
        { key: 'k6', value: 'six' },
      ],
      [{ key: 'k2', value: 'two' }],
    ]);
    // getGroupMemberList asks for no custom fields, as the SDK's member filter does.
    expect((await alice.getGroupMemberList({ groupID })).data.memberList.every((member) => member.memberCustomField.length === 0)).toBe(true);
  });

  it('AVChatRoom: name cards, custom fields and member profiles are refused by the SDK with 2687', async () => {
    const { alice, groupID } = await setUp(AV);
    expect((await rejection(alice.setGroupMemberNameCard({ groupID, nameCard: 'x' }))).code).toBe(2687);
    expect((await rejection(alice.setGroupMemberCustomField({ groupID, memberCustomField: [{ key: 'k', value: 'v' }] }))).code).toBe(2687);
    expect((await rejection(alice.getGroupMemberProfile({ groupID, userIDList: ['bob'] }))).code).toBe(2687);
  });
});

describe('getGroupMemberProfile', () => {
  it('keeps the first 50 IDs; outsiders get 10007, unknown groups 10010', async () => {
    const server = newServer({ seed: 'demo' });
    const [alice, erin] = await users(server, 'alice', 'zz_outsider');
    const groupID = '@TGS#3DEMOALLHANDS';
    const ids = Array.from({ length: 60 }, (_, n) => `member${String(n + 1).padStart(4, '0')}`);
    const { memberList } = (await alice.getGroupMemberProfile({ groupID, userIDList: ids })).data;
    expect(memberList.map((member) => member.userID)).toEqual(ids.slice(0, 50));
    expect(memberList[0]).toMatchObject({ nick: 'Member 0001', avatar: '/static/avatars/default.png' });
    expect((await rejection(erin.getGroupMemberProfile({ groupID: '@TGS#2DEMOPUBLIC', userIDList: ['alice'] }))).code).toBe(10007);
    expect((await rejection(alice.getGroupMemberProfile({ groupID: 'nope', userIDList: ['alice'] }))).code).toBe(10010);
    expect((await rejection(alice.getGroupMemberProfile(raw({ groupID, userIDList: [1] })))).code).toBe(-1);
  });
});

describe('addGroupMember', () => {
  it('over 500 IDs 10005; DisableInvite 10007 for the owner too; outsiders 10007; AVChatRoom 2661', async () => {
    const { alice, groupID, server, storage } = await setUp(P);
    const before = storage.dump();
    const many = Array.from({ length: 501 }, (_, n) => `u${n}`);
    expect((await rejection(alice.addGroupMember({ groupID, userIDList: many }))).code).toBe(10005);
    expect((await rejection(alice.addGroupMember({ groupID, userIDList: ['erin'] }))).code).toBe(10007);
    const [erin] = await users(server, 'erin');
    expect((await rejection(erin.addGroupMember({ groupID, userIDList: ['erin'] }))).code).toBe(10007);
    expect((await rejection(erin.addGroupMember({ groupID: 'nope', userIDList: ['erin'] }))).code).toBe(10010);
    expect((await rejection(alice.addGroupMember(raw({ groupID, userIDList: [7] })))).code).toBe(-1);
    expect(storage.dump()).toEqual(before);
    const room = await groupOf(alice, AV);
    expect((await rejection(alice.addGroupMember({ groupID: room, userIDList: ['erin'] }))).code).toBe(2661);
  });

  it('when the newcomers do not all fit the whole call is refused with 10014 and nobody is added', async () => {
    const { alice, server } = await setUp(W);
    await users(server, 'frank');
    const groupID = await groupOf(alice, W, [], { maxMemberNum: 3 });
    await alice.addGroupMember({ groupID, userIDList: ['bob'] });
    expect((await rejection(alice.addGroupMember({ groupID, userIDList: ['carol', 'dave'] }))).code).toBe(10014);
    expect((await alice.getGroupProfile({ groupID })).data.group.memberCount).toBe(2);
    expect((await alice.addGroupMember({ groupID, userIDList: ['carol', 'bob'] })).data.successUserIDList).toEqual(['carol']);
    expect((await rejection(alice.addGroupMember({ groupID, userIDList: ['dave'] }))).code).toBe(10014);
  });

  it('accounts of the bulk demo members count as existing; over-the-limit users go to overLimitUserIDList', async () => {
    // bob is in five demo groups (the AVChatRoom aside), which is the limit here.
    const server = newServer({ seed: 'demo', maxGroupsPerUser: 5 });
    const [zed] = await users(server, 'zed');
    const groupID = await groupOf(zed, W);
    const { data } = await zed.addGroupMember({ groupID, userIDList: ['member0042', 'member9999', 'bob'] });
    expect(data.successUserIDList).toEqual(['member0042']);
    expect(data.failureUserIDList).toEqual(['member9999']);
    expect(data.overLimitUserIDList).toEqual(['bob']);
    expect(data.group?.memberCount).toBe(2);
  });
});

describe('deleteGroupMember', () => {
  it('self 10004; over 500 10005; one forbidden target refuses the whole call (10007); non-members are passed over', async () => {
    const { alice, bob, groupID, storage } = await setUp(P);
    await alice.setGroupMemberRole({ groupID, userID: 'carol', role: ADMIN });
    const before = storage.dump();
    expect((await rejection(alice.deleteGroupMember({ groupID, userIDList: ['alice', 'dave'] }))).code).toBe(10004);
    expect((await rejection(alice.deleteGroupMember({ groupID, userIDList: Array.from({ length: 501 }, (_, n) => `u${n}`) }))).code).toBe(10005);
    expect((await rejection(bob.deleteGroupMember({ groupID, userIDList: ['dave', 'carol'] }))).code).toBe(10007);
    expect((await rejection(bob.deleteGroupMember(raw({ groupID, userIDList: 'dave' })))).code).toBe(-1);
    expect(storage.dump()).toEqual(before);
    const { data } = await bob.deleteGroupMember({ groupID, userIDList: ['dave', 'erin'], reason: 'spam' });
    expect(data).toMatchObject({ userIDList: ['dave', 'erin'], group: { memberCount: 3 } });
  });
});
