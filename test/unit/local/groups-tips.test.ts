/**
 * What each group operation hands the messages domain: GRP_TIP drafts for the group's conversation and
 * GRP_SYS_NOTICE drafts for users' `@TIM#SYSTEM`, to whom, with which payload fields, and which instance
 * is skipped. Recorded at ServerCore.groupEvents, the relay the messages domain connects to.
 */
import { EVENT, GROUP_NOTICE, TYPES } from '@/src/chat/constants';
import type { GroupRole } from '@/src/chat/constants';
import type { LocalClient } from '@/src/chat/local';
import type { GroupApplication } from '@/src/chat/types';
import { recordingCore } from './group-announce';
import { raw } from './group-fixtures';
import { rejection } from './helpers';

const ADMIN = TYPES.GRP_MBR_ROLE_ADMIN as GroupRole;
const MEMBER = TYPES.GRP_MBR_ROLE_MEMBER as GroupRole;

async function world() {
  const w = recordingCore({ maxInstancesPerUser: 2 });
  const alice = await w.login('alice');
  const alice2 = await w.login('alice');
  const bob = await w.login('bob');
  const carol = await w.login('carol');
  const dave = await w.login('dave');
  await alice.updateMyProfile({ nick: 'Alice A.' });
  await dave.updateMyProfile({ nick: 'Dave D.', avatar: 'https://example.com/dave.png' });
  return { ...w, alice, alice2, bob, carol, dave };
}

type World = Awaited<ReturnType<typeof world>>;

/** A Public group of alice's (NeedPermission to join) with bob as admin and carol as member. */
async function publicGroup(w: World): Promise<string> {
  const { group } = (
    await w.alice.createGroup({
      type: TYPES.GRP_PUBLIC,
      name: 'Coffee',
      memberList: [{ userID: 'bob', role: ADMIN }, { userID: 'carol' }],
    })
  ).data;
  w.reset();
  return group.groupID;
}

async function applicationOf(client: LocalClient, applicant: string): Promise<GroupApplication> {
  const list = (await client.getGroupApplicationList()).data.applicationList;
  const found = list.find((item) => item.applicant === applicant);
  if (!found) throw new Error(`no application of ${applicant}`);
  return found;
}

describe('group tips and notices', () => {
  it('a request to join reaches the owner and admins (notice 1) with what handleGroupApplication takes back', async () => {
    const w = await world();
    const groupID = await publicGroup(w);
    await w.dave.joinGroup({ groupID, applyMessage: 'hi, I roast beans' });
    expect(w.tips).toEqual([]);
    expect(w.notices).toHaveLength(1);
    const [{ userIDs, notice, except }] = w.notices;
    expect([...userIDs].sort()).toEqual(['alice', 'bob']);
    expect(except).toBeUndefined();
    const application = await applicationOf(w.alice, 'dave');
    expect(notice).toEqual({
      groupID,
      groupName: 'Coffee',
      groupType: TYPES.GRP_PUBLIC,
      operatorID: 'dave',
      operationType: GROUP_NOTICE.JOIN_REQUEST,
      handleMessage: 'hi, I roast beans',
      authentication: application.authentication,
      messageKey: application.messageKey,
    });
  });

  it('approval: notice 2 to the applicant with the reply, and a JOIN tip to the group with the new count', async () => {
    const w = await world();
    const groupID = await publicGroup(w);
    await w.dave.joinGroup({ groupID });
    w.reset();
    await w.bob.handleGroupApplication({ application: await applicationOf(w.bob, 'dave'), handleAction: 'Agree', handleMessage: 'welcome' });
    expect(w.notices.map(({ userIDs, notice }) => [userIDs, notice.operationType, notice.operatorID, notice.handleMessage])).toEqual([
      [['dave'], GROUP_NOTICE.JOIN_ACCEPTED, 'bob', 'welcome'],
    ]);
    expect(w.tips).toEqual([
      {
        groupID,
        except: undefined,
        tip: {
          operatorID: 'bob',
          operationType: TYPES.GRP_TIP_MBR_JOIN,
          userIDList: ['dave'],
          memberList: [{ userID: 'dave', nick: 'Dave D.', avatar: 'https://example.com/dave.png' }],
          memberNum: 4,
        },
      },
    ]);
  });

  it('rejection: notice 3 to the applicant only, no tip; a second decision is refused and tells nobody', async () => {
    const w = await world();
    const groupID = await publicGroup(w);
    await w.dave.joinGroup({ groupID });
    const application = await applicationOf(w.alice, 'dave');
    w.reset();
    await w.alice.handleGroupApplication({ application, handleAction: 'Reject', handleMessage: 'members only' });
    expect(w.tips).toEqual([]);
    expect(w.notices.map(({ userIDs, notice }) => [userIDs, notice.operationType, notice.handleMessage])).toEqual([
      [['dave'], GROUP_NOTICE.JOIN_REJECTED, 'members only'],
    ]);
    w.reset();
    expect((await rejection(w.bob.handleGroupApplication({ application, handleAction: 'Agree' }))).code).toBe(10024);
    expect([...w.tips, ...w.notices]).toEqual([]);
  });

  it('the join request notice itself is accepted by handleGroupApplication, as the SDK passes `message`', async () => {
    const w = await world();
    const groupID = await publicGroup(w);
    await w.dave.joinGroup({ groupID, applyMessage: 'please' });
    const request = w.notices[0].notice;
    // What the SDK reads from the notice message (group-module.js handleGroupApplication).
    const message = { payload: { operatorID: request.operatorID, groupProfile: { groupID }, authentication: request.authentication, messageKey: request.messageKey } };
    await w.alice.handleGroupApplication(raw({ message, handleAction: 'Agree' }));
    expect((await w.dave.getGroupList()).data.groupList.map((group) => group.groupID)).toEqual([groupID]);
    expect((await rejection(w.bob.handleGroupApplication(raw({ message, handleAction: 'Reject' })))).code).toBe(10024);
    expect((await rejection(w.bob.handleGroupApplication(raw({ message: { payload: {} }, handleAction: 'Agree' })))).message).toMatch(/join request/);
  });

  it.each([TYPES.GRP_MEETING, TYPES.GRP_COMMUNITY, TYPES.GRP_AVCHATROOM])('a free join of a %s group is a JOIN tip, no notice', async (type) => {
    const w = await world();
    const { group } = (await w.alice.createGroup({ type, name: 'open' })).data;
    if (type === TYPES.GRP_AVCHATROOM) await w.alice.joinGroup({ groupID: group.groupID });
    w.reset();
    await w.dave.joinGroup({ groupID: group.groupID });
    expect(w.notices).toEqual([]);
    expect(w.tips.map(({ groupID, tip }) => [groupID, tip.operationType, tip.operatorID, tip.userIDList, tip.memberNum])).toEqual([
      [group.groupID, TYPES.GRP_TIP_MBR_JOIN, 'dave', ['dave'], 2],
    ]);
  });

  it('entering a second AVChatRoom leaves the first, which hears a QUIT tip', async () => {
    const w = await world();
    const first = (await w.alice.createGroup({ type: TYPES.GRP_AVCHATROOM, name: 'one' })).data.group.groupID;
    const second = (await w.alice.createGroup({ type: TYPES.GRP_AVCHATROOM, name: 'two' })).data.group.groupID;
    await w.dave.joinGroup({ groupID: first });
    w.reset();
    await w.dave.joinGroup({ groupID: second });
    expect(w.tips.map(({ groupID, tip }) => [groupID, tip.operationType, tip.userIDList])).toEqual([
      [first, TYPES.GRP_TIP_MBR_QUIT, ['dave']],
      [second, TYPES.GRP_TIP_MBR_JOIN, ['dave']],
    ]);
  });

  it('addGroupMember: notice 7 to those pulled in and one JOIN tip naming them; nobody else', async () => {
    const w = await world();
    const { group } = (await w.alice.createGroup({ type: TYPES.GRP_WORK, name: 'Work', memberList: [{ userID: 'bob' }] })).data;
    w.reset();
    const result = (await w.bob.addGroupMember({ groupID: group.groupID, userIDList: ['carol', 'dave', 'bob', 'nobody'] })).data;
    expect(result.successUserIDList).toEqual(['carol', 'dave']);
    expect(w.notices.map(({ userIDs, notice }) => [userIDs, notice.operationType, notice.operatorID, notice.groupName])).toEqual([
      [['carol', 'dave'], GROUP_NOTICE.INVITED, 'bob', 'Work'],
    ]);
    expect(w.tips.map(({ tip }) => [tip.operationType, tip.operatorID, tip.userIDList, tip.memberList.map((m) => m.nick), tip.memberNum])).toEqual([
      [TYPES.GRP_TIP_MBR_JOIN, 'bob', ['carol', 'dave'], ['', 'Dave D.'], 4],
    ]);
  });

  it("a member's invitees waiting for approval tell nobody yet; the approval pulls the invitee in", async () => {
    const w = await world();
    const groupID = await publicGroup(w);
    await w.alice.updateGroupProfile({ groupID, inviteOption: TYPES.INVITE_OPTIONS_NEED_PERMISSION });
    w.reset();
    await w.carol.addGroupMember({ groupID, userIDList: ['dave'] });
    expect([...w.tips, ...w.notices]).toEqual([]);
    const invitation = (await w.alice.getGroupApplicationList()).data.applicationList.find((item) => item.applicationType === 2);
    if (!invitation) throw new Error('no invitation');
    await w.alice.handleGroupApplication({ application: invitation, handleAction: 'Agree' });
    expect(w.notices.map(({ userIDs, notice }) => [userIDs, notice.operationType])).toEqual([[['dave'], GROUP_NOTICE.INVITED]]);
    expect(w.tips.map(({ tip }) => [tip.operationType, tip.userIDList, tip.memberNum])).toEqual([[TYPES.GRP_TIP_MBR_JOIN, ['dave'], 4]]);
  });

  it('quitGroup: notice 8 to the quitter but its calling instance, and a QUIT tip to those left', async () => {
    const w = await world();
    const groupID = await publicGroup(w);
    await w.carol.quitGroup(groupID);
    expect(w.notices).toHaveLength(1);
    expect(w.notices[0].userIDs).toEqual(['carol']);
    expect(w.notices[0].notice.operationType).toBe(GROUP_NOTICE.QUIT);
    expect(w.skipped(w.notices[0].except)).toBe(w.carol);
    expect(w.tips.map(({ tip, except }) => [tip.operationType, tip.operatorID, tip.userIDList, tip.memberNum, except])).toEqual([
      [TYPES.GRP_TIP_MBR_QUIT, 'carol', ['carol'], 2, undefined],
    ]);
  });

  it('deleteGroupMember: notice 4 to each removed user and a KICKED_OUT tip carrying the reason', async () => {
    const w = await world();
    const groupID = await publicGroup(w);
    await w.dave.joinGroup({ groupID });
    await w.alice.handleGroupApplication({ application: await applicationOf(w.alice, 'dave'), handleAction: 'Agree' });
    w.reset();
    await w.alice.deleteGroupMember({ groupID, userIDList: ['carol', 'dave', 'nobody'], reason: 'spam' });
    expect(w.notices.map(({ userIDs, notice }) => [userIDs, notice.operationType, notice.operatorID])).toEqual([
      [['carol', 'dave'], GROUP_NOTICE.KICKED_OUT, 'alice'],
    ]);
    expect(w.tips).toHaveLength(1);
    expect(w.tips[0].tip).toEqual({
      operatorID: 'alice',
      operationType: TYPES.GRP_TIP_MBR_KICKED_OUT,
      userIDList: ['carol', 'dave'],
      memberList: [
        { userID: 'carol', nick: '', avatar: '', reason: 'spam' },
        { userID: 'dave', nick: 'Dave D.', avatar: 'https://example.com/dave.png', reason: 'spam' },
      ],
      memberNum: 2,
    });
    w.reset();
    await w.alice.deleteGroupMember({ groupID, userIDList: ['bob'] });
    expect(w.tips[0].tip.memberList).toEqual([{ userID: 'bob', nick: '', avatar: '' }]);
  });

  it('a refused operation announces nothing', async () => {
    const w = await world();
    const groupID = await publicGroup(w);
    await rejection(w.carol.deleteGroupMember({ groupID, userIDList: ['bob'] }));
    await rejection(w.carol.updateGroupProfile({ groupID, name: 'mine' }));
    await rejection(w.bob.setGroupMemberRole({ groupID, userID: 'carol', role: ADMIN }));
    await rejection(w.carol.setGroupMemberMuteTime({ groupID, userID: 'bob', muteTime: 60 }));
    await rejection(w.bob.dismissGroup(groupID));
    await rejection(w.alice.quitGroup(groupID));
    expect([...w.tips, ...w.notices]).toEqual([]);
  });

  it('dismissGroup: notice 5 to every member, the owner included but its calling instance; no tip', async () => {
    const w = await world();
    const groupID = await publicGroup(w);
    await w.alice.dismissGroup(groupID);
    expect(w.tips).toEqual([]);
    expect(w.notices).toHaveLength(1);
    const [{ userIDs, notice, except }] = w.notices;
    expect([...userIDs].sort()).toEqual(['alice', 'bob', 'carol']);
    expect(notice).toMatchObject({ groupID, groupName: 'Coffee', groupType: TYPES.GRP_PUBLIC, operationType: GROUP_NOTICE.DISMISSED, operatorID: 'alice' });
    expect(w.skipped(except)).toBe(w.alice);
  });

  it('setGroupMemberRole: notice 9 / 10 to the target with tip 4 / 5; setting the same role again tells nobody', async () => {
    const w = await world();
    const groupID = await publicGroup(w);
    await w.alice.setGroupMemberRole({ groupID, userID: 'carol', role: ADMIN });
    await w.alice.setGroupMemberRole({ groupID, userID: 'carol', role: ADMIN });
    await w.alice.setGroupMemberRole({ groupID, userID: 'bob', role: MEMBER });
    expect(w.notices.map(({ userIDs, notice }) => [userIDs, notice.operationType, notice.operatorID])).toEqual([
      [['carol'], GROUP_NOTICE.SET_ADMIN, 'alice'],
      [['bob'], GROUP_NOTICE.CANCELED_ADMIN, 'alice'],
    ]);
    expect(w.tips.map(({ tip }) => [tip.operationType, tip.operatorID, tip.userIDList, tip.memberNum])).toEqual([
      [TYPES.GRP_TIP_MBR_SET_ADMIN, 'alice', ['carol'], 3],
      [TYPES.GRP_TIP_MBR_CANCELED_ADMIN, 'alice', ['bob'], 3],
    ]);
  });

  it('updateGroupProfile: tip 6 with only the keys that changed, mute-all and custom fields included', async () => {
    const w = await world();
    const groupID = await publicGroup(w);
    await w.alice.updateGroupProfile({ groupID, groupCustomField: [{ key: 'level', value: 'high' }, { key: 'city', value: 'SZ' }] });
    w.reset();
    await w.bob.updateGroupProfile({
      groupID,
      name: 'Coffee lovers',
      introduction: '',
      muteAllMembers: true,
      groupCustomField: [{ key: 'level', value: 'high' }, { key: 'city', value: '' }, { key: 'bean', value: 'arabica' }],
    });
    expect(w.notices).toEqual([]);
    expect(w.tips).toHaveLength(1);
    expect(w.tips[0].except).toBeUndefined();
    expect(w.tips[0].tip).toEqual({
      operatorID: 'bob',
      operationType: TYPES.GRP_TIP_GRP_PROFILE_UPDATED,
      userIDList: ['bob'],
      memberList: [{ userID: 'bob', nick: '', avatar: '' }],
      memberNum: 3,
      newGroupProfile: {
        groupName: 'Coffee lovers',
        muteAllMembers: true,
        groupCustomField: [
          { key: 'bean', value: 'arabica' },
          { key: 'city', value: '' },
        ],
      },
    });
    w.reset();
    await w.bob.updateGroupProfile({ groupID, name: 'Coffee lovers', muteAllMembers: true });
    expect(w.tips).toEqual([]);
    await w.bob.updateGroupProfile({ groupID, muteAllMembers: false, joinOption: TYPES.JOIN_OPTIONS_FREE_ACCESS });
    expect(w.tips[0].tip.newGroupProfile).toEqual({ muteAllMembers: false, joinOption: TYPES.JOIN_OPTIONS_FREE_ACCESS });
  });

  it('setGroupMemberMuteTime: tip 7 with the seconds given (0 to unmute), no notice', async () => {
    const w = await world();
    const groupID = await publicGroup(w);
    await w.bob.setGroupMemberMuteTime({ groupID, userID: 'carol', muteTime: 600 });
    await w.bob.setGroupMemberMuteTime({ groupID, userID: 'carol', muteTime: 0 });
    expect(w.notices).toEqual([]);
    expect(w.tips.map(({ tip }) => [tip.operationType, tip.operatorID, tip.userIDList, tip.memberList])).toEqual([
      [TYPES.GRP_TIP_MBR_PROFILE_UPDATED, 'bob', ['carol'], [{ userID: 'carol', nick: '', avatar: '', muteTime: 600 }]],
      [TYPES.GRP_TIP_MBR_PROFILE_UPDATED, 'bob', ['carol'], [{ userID: 'carol', nick: '', avatar: '', muteTime: 0 }]],
    ]);
  });

  it('changeGroupOwner: tip 6 naming the new owner, no notice', async () => {
    const w = await world();
    const groupID = await publicGroup(w);
    await w.alice.changeGroupOwner({ groupID, newOwnerID: 'carol' });
    expect(w.notices).toEqual([]);
    expect(w.tips.map(({ tip, except }) => [tip.operationType, tip.operatorID, tip.newGroupProfile, tip.memberNum, except])).toEqual([
      [TYPES.GRP_TIP_GRP_PROFILE_UPDATED, 'alice', { ownerID: 'carol' }, 3, undefined],
    ]);
  });

  it("createGroup: notice 6 to the creator's other instances, notice 7 to the initial members, no tip", async () => {
    const w = await world();
    const { group } = (await w.alice.createGroup({ type: TYPES.GRP_MEETING, name: 'Standup', memberList: [{ userID: 'bob' }] })).data;
    expect(w.tips).toEqual([]);
    expect(w.notices.map(({ userIDs, notice, except }) => [userIDs, notice.groupID, notice.operationType, notice.operatorID, w.skipped(except)])).toEqual([
      [['alice'], group.groupID, GROUP_NOTICE.CREATED, 'alice', w.alice],
      [['bob'], group.groupID, GROUP_NOTICE.INVITED, 'alice', undefined],
    ]);
  });

  it('an AVChatRoom ban: notice 21 to the banned user and tip 10 to the room', async () => {
    const w = await world();
    const { group } = (await w.alice.createGroup({ type: TYPES.GRP_AVCHATROOM, name: 'Live' })).data;
    await w.alice.joinGroup({ groupID: group.groupID });
    await w.dave.joinGroup({ groupID: group.groupID });
    w.reset();
    await w.alice.deleteGroupMember({ groupID: group.groupID, userIDList: ['dave'], duration: 60 });
    expect(w.notices.map(({ userIDs, notice }) => [userIDs, notice.operationType, notice.groupType])).toEqual([
      [['dave'], GROUP_NOTICE.AVCHATROOM_BANNED, TYPES.GRP_AVCHATROOM],
    ]);
    expect(w.tips.map(({ tip }) => [tip.operationType, tip.userIDList, tip.memberNum])).toEqual([[TYPES.GRP_TIP_BAN_AVCHATROOM_MEMBER, ['dave'], 1]]);
  });

  it('a messages domain that fails to record an event does not undo the operation; the failure is reported', async () => {
    const w = await world();
    const groupID = await publicGroup(w);
    w.core.groupEvents.connect({
      groupTip: () => {
        throw new Error('storage is full');
      },
      groupNotice: () => {
        throw new Error('storage is full');
      },
    });
    await w.alice.deleteGroupMember({ groupID, userIDList: ['carol'] });
    expect((await w.alice.getGroupProfile({ groupID })).data.group.memberCount).toBe(2);
    expect(w.core.problems.filter((problem) => problem.kind === 'handler-error').map((problem) => problem.message)).toEqual([
      'group event not delivered: storage is full',
      'group event not delivered: storage is full',
    ]);
  });
});

describe('tips and notices as the users receive them', () => {
  /** Every MESSAGE_RECEIVED tip/notice and GROUP_LIST_UPDATED of a client, in the order it heard them. */
  function heard(client: LocalClient): string[] {
    const log: string[] = [];
    client.on(EVENT.MESSAGE_RECEIVED, (event) => {
      for (const message of event.data) {
        if (message.type === TYPES.MSG_GRP_TIP) log.push(`tip ${message.payload.operationType}`);
        if (message.type === TYPES.MSG_GRP_SYS_NOTICE) log.push(`notice ${message.payload.operationType}`);
      }
    });
    client.on(EVENT.GROUP_LIST_UPDATED, () => log.push('list'));
    return log;
  }

  it('each user hears the tip or notice before the group list it brings, as the SDK emits them', async () => {
    const w = await world();
    const groupID = await publicGroup(w);
    await w.core.settle();
    const logs = { alice2: heard(w.alice2), bob: heard(w.bob), carol: heard(w.carol), dave: heard(w.dave) };
    await w.dave.joinGroup({ groupID });
    await w.bob.handleGroupApplication({ application: await applicationOf(w.bob, 'dave'), handleAction: 'Agree' });
    await w.core.settle();
    expect(logs.dave).toEqual(['notice 2', 'tip 1', 'list']);
    expect(logs.alice2).toEqual(['notice 1', 'tip 1']);
    await w.alice.setGroupMemberRole({ groupID, userID: 'carol', role: ADMIN });
    await w.carol.updateGroupProfile({ groupID, name: 'Beans' });
    await w.core.settle();
    expect(logs.carol).toEqual(['tip 1', 'notice 9', 'tip 4', 'list', 'tip 6', 'list']);
    await w.alice.deleteGroupMember({ groupID, userIDList: ['dave'] });
    await w.alice.dismissGroup(groupID);
    await w.core.settle();
    expect(logs.dave.slice(3)).toEqual(['tip 4', 'tip 6', 'list', 'notice 4', 'list']);
    expect(logs.alice2.slice(-2)).toEqual(['notice 5', 'list']);
    expect(logs.bob.slice(-2)).toEqual(['notice 5', 'list']);
  });
});
