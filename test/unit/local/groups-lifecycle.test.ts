/**
 * Joining, applications, leaving, dismissing, transferring, searching, online counts and remind types in the
 * embedded service, with the codes chosen where the notes leave them UNCONFIRMED.
 */
import { TYPES } from '@/src/chat/constants';
import type { JoinOption } from '@/src/chat/constants';
import type { GroupApplication } from '@/src/chat/types';
import { manualClock, newServer, observedStorage, rejection } from './helpers';
import { groupOf, raw, users } from './group-fixtures';

const { GRP_WORK: W, GRP_PUBLIC: P, GRP_MEETING: M, GRP_AVCHATROOM: AV, GRP_COMMUNITY: C } = TYPES;

describe('joinGroup', () => {
  it('Work and DisableApply: 10004; unknown group: 10010; nothing written', async () => {
    const storage = observedStorage();
    const [alice, bob] = await users(newServer({ storage }), 'alice', 'bob');
    const work = await groupOf(alice, W);
    const closed = await groupOf(alice, C, [], { joinOption: TYPES.JOIN_OPTIONS_DISABLE_APPLY as JoinOption });
    const before = storage.dump();
    expect((await rejection(bob.joinGroup({ groupID: work }))).code).toBe(10004);
    expect((await rejection(bob.joinGroup({ groupID: closed }))).code).toBe(10004);
    expect((await rejection(bob.joinGroup({ groupID: 'nope' }))).code).toBe(10010);
    expect((await rejection(bob.joinGroup(raw({ groupID: closed, applyMessage: 5 })))).code).toBe(-1);
    expect(storage.dump()).toEqual(before);
  });

  it('a repeated request replaces the pending one; maxGroupsPerUser refuses with 10037 (AVChatRooms aside)', async () => {
    const [alice, bob] = await users(newServer({ maxGroupsPerUser: 1 }), 'alice', 'bob');
    const groupID = await groupOf(alice, P);
    await bob.joinGroup({ groupID, applyMessage: 'first' });
    await bob.joinGroup({ groupID, applyMessage: 'second' });
    expect((await alice.getGroupApplicationList()).data.applicationList.map((entry) => entry.note)).toEqual(['second']);
    await groupOf(bob, M);
    const meeting = await groupOf(alice, AV);
    expect((await rejection(bob.joinGroup({ groupID }))).code).toBe(10037);
    expect((await bob.joinGroup({ groupID: meeting })).data.status).toBe(TYPES.JOIN_STATUS_SUCCESS);
    expect((await rejection(alice.createGroup({ type: M, name: 'second' }))).code).toBe(10037);
  });

  it('joining an AVChatRoom leaves the one the user was in, unless they own it; a member re-enters with JoinedSuccess', async () => {
    const [alice, bob, carol] = await users(newServer(), 'alice', 'bob', 'carol');
    const first = await groupOf(alice, AV);
    const second = await groupOf(carol, AV);
    const owned = await groupOf(bob, AV);
    await bob.joinGroup({ groupID: first });
    expect((await bob.joinGroup({ groupID: first })).data.status).toBe(TYPES.JOIN_STATUS_SUCCESS);
    await bob.joinGroup({ groupID: second });
    expect((await alice.getGroupProfile({ groupID: first })).data.group.memberCount).toBe(1);
    expect((await carol.getGroupProfile({ groupID: second })).data.group.memberCount).toBe(2);
    expect((await bob.getGroupProfile({ groupID: owned })).data.group.selfInfo.role).toBe(TYPES.GRP_MBR_ROLE_OWNER);
  });

  it('an AVChatRoom ban removes the member and refuses their return (10007) until it ends', async () => {
    const clock = manualClock();
    const [alice, bob, carol] = await users(newServer({ clock: clock.now }), 'alice', 'bob', 'carol');
    const room = await groupOf(alice, AV, [bob, carol]);
    expect((await rejection(alice.deleteGroupMember(raw({ groupID: room, userIDList: ['bob'], duration: -5 })))).code).toBe(10004);
    expect((await rejection(carol.deleteGroupMember({ groupID: room, userIDList: ['bob'], duration: 60 }))).code).toBe(10007);
    const { data } = await alice.deleteGroupMember({ groupID: room, userIDList: ['bob'], duration: 60 });
    expect(data.userIDList).toEqual(['bob']);
    expect(data.group.memberCount).toBe(2);
    expect((await rejection(bob.joinGroup({ groupID: room }))).code).toBe(10007);
    clock.advance(61_000);
    expect((await bob.joinGroup({ groupID: room })).data.status).toBe(TYPES.JOIN_STATUS_SUCCESS);
  });
});

describe('applications', () => {
  async function pending() {
    const server = newServer({ maxGroupsPerUser: 3 });
    const [alice, bob, carol, dave] = await users(server, 'alice', 'bob', 'carol', 'dave');
    const groupID = await groupOf(alice, P, [bob]);
    await carol.joinGroup({ groupID, applyMessage: 'hi' });
    const application = (await alice.getGroupApplicationList()).data.applicationList[0];
    return { server, alice, bob, carol, dave, groupID, application };
  }

  it('carries the SDK fields: applicant, nick, group name, type, note, authentication, messageKey', async () => {
    const { alice, application, groupID } = await pending();
    expect(application).toEqual({
      applicant: 'carol',
      applicantNick: '',
      groupID,
      groupName: 'Public group',
      applicationType: 0,
      userID: '',
      note: 'hi',
      authentication: expect.any(String),
      messageKey: 1_700_000_000,
    });
    await alice.updateGroupProfile({ groupID, name: 'Renamed' });
    expect((await alice.getGroupApplicationList()).data.applicationList[0].groupName).toBe('Renamed');
  });

  it('refuses members (10007), bad actions (10004), unknown applications (10004), a missing application (-1)', async () => {
    const { alice, bob, dave, application } = await pending();
    expect((await rejection(bob.handleGroupApplication({ application, handleAction: 'Agree' }))).code).toBe(10007);
    expect((await rejection(dave.handleGroupApplication({ application, handleAction: 'Agree' }))).code).toBe(10007);
    expect((await rejection(alice.handleGroupApplication(raw({ application, handleAction: 'Maybe' })))).code).toBe(10004);
    expect((await rejection(alice.handleGroupApplication({ application: { ...application, authentication: 'forged' }, handleAction: 'Agree' }))).code).toBe(10004);
    expect((await rejection(alice.handleGroupApplication(raw({ handleAction: 'Agree' })))).code).toBe(-1);
    expect((await alice.getGroupApplicationList()).data.applicationList).toEqual([application]);
  });

  it('an applicant who got in meanwhile: Agree just closes the request; one at the group limit: 10037, request kept', async () => {
    const { alice, carol, dave, groupID, application } = await pending();
    await alice.updateGroupProfile({ groupID, inviteOption: TYPES.INVITE_OPTIONS_FREE_ACCESS });
    await alice.addGroupMember({ groupID, userIDList: ['carol'] });
    await alice.handleGroupApplication({ application, handleAction: 'Agree' });
    expect((await alice.getGroupApplicationList()).data.applicationList).toEqual([]);
    expect((await alice.getGroupProfile({ groupID })).data.group.memberCount).toBe(3);
    expect((await carol.getGroupList()).data.groupList).toHaveLength(1);

    await dave.joinGroup({ groupID });
    for (let n = 0; n < 3; n++) await groupOf(dave, W);
    const request = (await alice.getGroupApplicationList()).data.applicationList[0] as GroupApplication;
    expect((await rejection(alice.handleGroupApplication({ application: request, handleAction: 'Agree' }))).code).toBe(10037);
    expect((await alice.getGroupApplicationList()).data.applicationList).toEqual([request]);
  });

  it('a member invitation under NeedPermission waits (type 2); Reject drops it, Agree adds the invitee', async () => {
    const { alice, bob, dave, groupID } = await pending();
    await alice.updateGroupProfile({ groupID, inviteOption: TYPES.INVITE_OPTIONS_NEED_PERMISSION });
    const added = (await bob.addGroupMember({ groupID, userIDList: ['dave', 'ghost', 'alice'] })).data;
    expect(added).toEqual({ successUserIDList: [], failureUserIDList: ['ghost'], existedUserIDList: ['alice'], overLimitUserIDList: [] });
    const invitation = (await alice.getGroupApplicationList()).data.applicationList.find((entry) => entry.applicationType === 2);
    expect(invitation).toMatchObject({ applicant: 'bob', userID: 'dave', groupID });
    await alice.handleGroupApplication({ application: invitation!, handleAction: 'Reject' });
    expect((await dave.getGroupList()).data.groupList).toEqual([]);
    await bob.addGroupMember({ groupID, userIDList: ['dave'] });
    const again = (await alice.getGroupApplicationList()).data.applicationList.find((entry) => entry.applicationType === 2);
    await alice.handleGroupApplication({ application: again!, handleAction: 'Agree' });
    expect((await dave.getGroupList()).data.groupList.map((group) => group.groupID)).toEqual([groupID]);
  });

  it('applications go with the group when it is dismissed', async () => {
    const { alice, groupID, application } = await pending();
    await alice.dismissGroup(groupID);
    expect((await alice.getGroupApplicationList()).data.applicationList).toEqual([]);
    expect((await rejection(alice.handleGroupApplication({ application, handleAction: 'Agree' }))).code).toBe(10010);
  });
});

describe('quit, dismiss, transfer', () => {
  it('dismiss: a Work group by nobody (10007), others by the owner only (10007), unknown 10010; keys removed', async () => {
    const storage = observedStorage();
    const [alice, bob] = await users(newServer({ storage }), 'alice', 'bob');
    const work = await groupOf(alice, W, [bob]);
    const open = await groupOf(alice, P, [bob]);
    expect((await rejection(alice.dismissGroup(work))).code).toBe(10007);
    expect((await rejection(bob.dismissGroup(open))).code).toBe(10007);
    expect((await rejection(bob.dismissGroup('nope'))).code).toBe(10010);
    expect((await rejection(bob.dismissGroup(raw(7)))).code).toBe(-1);
    await alice.dismissGroup(open);
    expect(storage.keys().filter((key) => key.includes(open))).toEqual([]);
    expect((await bob.getGroupList()).data.groupList.map((group) => group.groupID)).toEqual([work]);
  });

  it("quit: not a member 2623 (unknown groups too); Work owner leaves it ownerless; the last member's leaving ends it", async () => {
    const storage = observedStorage();
    const [alice, bob, carol] = await users(newServer({ storage }), 'alice', 'bob', 'carol');
    const work = await groupOf(alice, W, [bob, carol]);
    expect((await rejection(alice.quitGroup('nope'))).code).toBe(2623);
    await alice.quitGroup(work);
    expect((await rejection(alice.deleteGroupMember({ groupID: work, userIDList: ['bob'] }))).code).toBe(2603);
    const seen = (await bob.getGroupProfile({ groupID: work })).data.group;
    expect(seen).toMatchObject({ ownerID: '', memberCount: 2 });
    expect((await rejection(bob.changeGroupOwner({ groupID: work, newOwnerID: 'carol' }))).code).toBe(10007);
    expect((await rejection(bob.deleteGroupMember({ groupID: work, userIDList: ['carol'] }))).code).toBe(10007);
    await carol.quitGroup(work);
    await bob.quitGroup(work);
    expect((await rejection(bob.getGroupProfile({ groupID: work }))).code).toBe(10010);
    expect(storage.keys().filter((key) => key.startsWith('chat:grp:') && key.includes(work))).toEqual([]);
  });

  it('transfer: to a non-member or by a non-owner 10007; roles swap and persist', async () => {
    const storage = observedStorage();
    const server = newServer({ storage });
    const [alice, bob, carol] = await users(server, 'alice', 'bob', 'carol');
    const groupID = await groupOf(alice, M, [bob]);
    expect((await rejection(alice.changeGroupOwner({ groupID, newOwnerID: 'carol' }))).code).toBe(10007);
    expect((await rejection(bob.changeGroupOwner({ groupID, newOwnerID: 'carol' }))).code).toBe(10007);
    expect((await rejection(carol.changeGroupOwner({ groupID, newOwnerID: 'bob' }))).code).toBe(10007);
    await alice.changeGroupOwner({ groupID, newOwnerID: 'bob' });
    const roles = (await bob.getGroupMemberList({ groupID })).data.memberList.map((member) => [member.userID, member.role]);
    expect(roles).toEqual([
      ['alice', TYPES.GRP_MBR_ROLE_MEMBER],
      ['bob', TYPES.GRP_MBR_ROLE_OWNER],
    ]);
    expect((await alice.quitGroup(groupID)).code).toBe(0);
    expect((await rejection(bob.quitGroup(groupID))).code).toBe(10009);
  });
});

describe('reading groups', () => {
  it('getGroupProfile of a Work group one is not in: 10007; of others: the outside view', async () => {
    const [alice, bob] = await users(newServer(), 'alice', 'bob');
    const work = await groupOf(alice, W);
    const open = await groupOf(alice, C);
    expect((await rejection(bob.getGroupProfile({ groupID: work }))).code).toBe(10007);
    expect((await bob.getGroupProfile({ groupID: open })).data.group.selfInfo).toEqual({
      userID: '',
      role: '',
      joinTime: 0,
      nameCard: '',
      messageRemindType: '',
      memberCustomField: [],
    });
    expect((await rejection(bob.searchGroupByID(work))).code).toBe(10007);
    expect((await rejection(bob.searchGroupByID('nope'))).code).toBe(10010);
    expect((await rejection(bob.getGroupProfile(raw({ groupID: open, groupCustomFieldFilter: 'x' })))).code).toBe(-1);
  });

  it('getGroupList leaves out AVChatRooms', async () => {
    const [alice] = await users(newServer(), 'alice');
    await groupOf(alice, AV);
    const work = await groupOf(alice, W);
    expect((await alice.getGroupList()).data).toEqual({ groupList: [expect.objectContaining({ groupID: work })], isSyncCompleted: true });
  });

  it('getGroupOnlineMemberCount counts members logged in; 0 outside the group or for an unknown one', async () => {
    const server = newServer();
    const [alice, bob, carol] = await users(server, 'alice', 'bob', 'carol', 'dave');
    const groupID = await groupOf(alice, M, [bob, carol]);
    const room = await groupOf(alice, AV, [bob]);
    await carol.logout();
    expect((await alice.getGroupOnlineMemberCount(groupID)).data.memberCount).toBe(2);
    expect((await bob.getGroupOnlineMemberCount(room)).data.memberCount).toBe(2);
    const [dave] = await users(server, 'dave');
    expect((await dave.getGroupOnlineMemberCount(groupID)).data.memberCount).toBe(0);
    expect((await dave.getGroupOnlineMemberCount('nope')).data.memberCount).toBe(0);
  });

  it('setMessageRemindType: unknown values 10004, outsiders 10007; persists in selfInfo', async () => {
    const storage = observedStorage();
    const [alice, bob] = await users(newServer({ storage }), 'alice', 'bob');
    const groupID = await groupOf(alice, P);
    expect((await rejection(alice.setMessageRemindType(raw({ groupID, messageRemindType: 'Loud' })))).code).toBe(10004);
    expect((await rejection(bob.setMessageRemindType({ groupID, messageRemindType: TYPES.MSG_REMIND_DISCARD }))).code).toBe(10007);
    expect((await rejection(alice.setMessageRemindType(raw({ messageRemindType: TYPES.MSG_REMIND_DISCARD })))).code).toBe(-1);
    storage.writes.length = 0;
    await alice.setMessageRemindType({ groupID, messageRemindType: TYPES.NOT_RECEIVE_OFFLINE_PUSH_EXCEPT_AT });
    expect(storage.writes).toEqual([`chat:grp:m:0:${groupID}`]);
    const [again] = await users(newServer({ storage }), 'alice');
    expect((await again.getGroupList()).data.groupList[0].selfInfo.messageRemindType).toBe(TYPES.NOT_RECEIVE_OFFLINE_PUSH_EXCEPT_AT);
  });

  it('every group call before SDK_READY is refused with the not-ready reason', async () => {
    const server = newServer();
    const client = server.createClient();
    expect((await rejection(client.getGroupList())).code).toBe(2024);
    expect((await rejection(client.createGroup({ type: W, name: 'g' }))).code).toBe(2024);
    expect((await rejection(client.getGroupMemberList({ groupID: 'x' }))).code).toBe(2024);
  });
});
