/**
 * Group events as messages, in the SDK's terms: each group operation reaches the right users as a GRP_TIP in
 * the group's conversation or a GRP_SYS_NOTICE in `@TIM#SYSTEM`, delivered by MESSAGE_RECEIVED, with the
 * payload fields the SDK and apps read (who did it, about whom, the member count after it, what changed).
 * Against the real service the console's group notification switches must be on (their default for Public
 * and Work groups, which these tests use).
 */
import { EVENT, GROUP_NOTICE, TYPES } from '@/src/chat/constants';
import type { GroupNoticeType, GroupRole, GroupTipType, GroupType } from '@/src/chat/constants';
import type { GroupSystemNoticePayload, GroupTipPayload, Message, MessageOf } from '@/src/chat/message-types';
import type { ChatPort } from '@/src/chat/port';
import type { Group } from '@/src/chat/types';
import { createTestUsers, eventsDuring, teardown, waitForEvent } from './harness';
import { createGroupOf, customGroupID, uid } from './group-helpers';

jest.setTimeout(120_000);
afterEach(teardown);

type TipMessage = MessageOf<typeof TYPES.MSG_GRP_TIP>;
type NoticeMessage = MessageOf<typeof TYPES.MSG_GRP_SYS_NOTICE>;

function isTip(groupID: string, operationType: GroupTipType) {
  return (message: Message): message is TipMessage =>
    message.type === TYPES.MSG_GRP_TIP && message.payload.groupProfile.groupID === groupID && message.payload.operationType === operationType;
}

function isNotice(groupID: string, operationType: GroupNoticeType) {
  return (message: Message): message is NoticeMessage =>
    message.type === TYPES.MSG_GRP_SYS_NOTICE &&
    message.payload.groupProfile.groupID === groupID &&
    message.payload.operationType === operationType;
}

/** Starts watching before the action; resolves with the first matching message `chat` receives. */
function nextMessage<M extends Message>(chat: ChatPort, matches: (message: Message) => message is M): Promise<M> {
  return waitForEvent(chat, EVENT.MESSAGE_RECEIVED, (event) => event.data.some(matches)).then((event) => {
    const found = event.data.find(matches);
    if (!found) throw new Error('matched event lost its message');
    return found;
  });
}

function tipOf(chat: ChatPort, groupID: string, operationType: GroupTipType): Promise<GroupTipPayload> {
  return nextMessage(chat, isTip(groupID, operationType)).then((message) => {
    expect(message.conversationID).toBe(`GROUP${groupID}`);
    expect(message.conversationType).toBe(TYPES.CONV_GROUP);
    return message.payload;
  });
}

function noticeOf(chat: ChatPort, groupID: string, operationType: GroupNoticeType): Promise<NoticeMessage> {
  return nextMessage(chat, isNotice(groupID, operationType)).then((message) => {
    expect(message).toMatchObject({ conversationID: '@TIM#SYSTEM', conversationType: TYPES.CONV_SYSTEM, isSystemMessage: true });
    return message;
  });
}

/** Messages of the group (tips and notices) `chat` receives while `action` runs and a quiet time after. */
async function groupMessagesDuring(chat: ChatPort, groupID: string, action: () => Promise<unknown>): Promise<Message[]> {
  const events = await eventsDuring(chat, EVENT.MESSAGE_RECEIVED, action);
  return events.flatMap((event) =>
    event.data.filter(
      (message) =>
        (message.type === TYPES.MSG_GRP_TIP || message.type === TYPES.MSG_GRP_SYS_NOTICE) && message.payload.groupProfile.groupID === groupID,
    ),
  );
}

/**
 * A group of `type` with `members`, once every member has heard of it (GROUP_LIST_UPDATED): the set-up's own
 * notices and list updates are then delivered, so a test watching for events sees only its own.
 */
async function settledGroup(owner: ChatPort, type: GroupType, members: ChatPort[] = []): Promise<string> {
  const groupID = customGroupID(type, 'tip');
  const heard = members.map((member) =>
    waitForEvent(member, EVENT.GROUP_LIST_UPDATED, (event) => event.data.some((group) => group.groupID === groupID)),
  );
  await createGroupOf(owner, type, members, { groupID });
  await Promise.all(heard);
  return groupID;
}

/** The order in which `chat` hears the matching message (as `label`) and a group list that `listed` accepts. */
function orderHeard(chat: ChatPort, matches: (message: Message) => boolean, label: string, listed: (groups: Group[]) => boolean): string[] {
  const order: string[] = [];
  chat.on(EVENT.MESSAGE_RECEIVED, (event) => {
    if (event.data.some(matches)) order.push(label);
  });
  chat.on(EVENT.GROUP_LIST_UPDATED, (event) => {
    if (listed(event.data)) order.push('list');
  });
  return order;
}

const ADMIN = TYPES.GRP_MBR_ROLE_ADMIN as GroupRole;
const MEMBER = TYPES.GRP_MBR_ROLE_MEMBER as GroupRole;

describe('join requests', () => {
  it('reach the owner and admins (notice 1), not members; agreeing from the notice tells the applicant (2) and the group (JOIN tip)', async () => {
    const [owner, admin, member, applicant] = await createTestUsers(4);
    const groupID = await settledGroup(owner, TYPES.GRP_PUBLIC, [admin, member]);
    const promoted = noticeOf(admin, groupID, GROUP_NOTICE.SET_ADMIN);
    await owner.setGroupMemberRole({ groupID, userID: uid(admin), role: ADMIN });
    await promoted;

    const toOwner = noticeOf(owner, groupID, GROUP_NOTICE.JOIN_REQUEST);
    const toAdmin = noticeOf(admin, groupID, GROUP_NOTICE.JOIN_REQUEST);
    const memberHeard = groupMessagesDuring(member, groupID, () => applicant.joinGroup({ groupID, applyMessage: 'let me in' }));
    const request = await toOwner;
    expect(request.payload).toMatchObject({ operatorID: uid(applicant), handleMessage: 'let me in' });
    expect(request.payload.groupProfile).toMatchObject({ groupID, groupType: TYPES.GRP_PUBLIC });
    expect((await toAdmin).payload.operatorID).toBe(uid(applicant));
    expect(await memberHeard).toEqual([]);

    const accepted = noticeOf(applicant, groupID, GROUP_NOTICE.JOIN_ACCEPTED);
    const joinTip = tipOf(member, groupID, TYPES.GRP_TIP_MBR_JOIN);
    await admin.handleGroupApplication({ message: (await toAdmin), handleAction: 'Agree', handleMessage: 'welcome' });
    expect((await accepted).payload).toMatchObject({ operatorID: uid(admin), handleMessage: 'welcome' });
    const tip = await joinTip;
    expect(tip.userIDList).toEqual([uid(applicant)]);
    expect(tip.memberNum).toBe(4);
    // The owner's copy of the request was decided by the admin.
    expect(await owner.handleGroupApplication({ message: request, handleAction: 'Reject' }).then(() => 0, (error: { code: number }) => error.code)).toBe(10024);
  });

  it('a rejection tells the applicant (3) with the reply, and the group nothing', async () => {
    const [owner, member, applicant] = await createTestUsers(3);
    const groupID = await settledGroup(owner, TYPES.GRP_PUBLIC, [member]);
    const request = noticeOf(owner, groupID, GROUP_NOTICE.JOIN_REQUEST);
    await applicant.joinGroup({ groupID });
    const rejected = noticeOf(applicant, groupID, GROUP_NOTICE.JOIN_REJECTED);
    const memberHeard = groupMessagesDuring(member, groupID, async () =>
      owner.handleGroupApplication({ message: await request, handleAction: 'Reject', handleMessage: 'not now' }),
    );
    expect((await rejected).payload.handleMessage).toBe('not now');
    expect(await memberHeard).toEqual([]);
  });
});

describe('membership', () => {
  it('an invitation pulls the invitee in (notice 7, then the group list) and the group sees a JOIN tip', async () => {
    const [owner, member, invitee] = await createTestUsers(3);
    const groupID = await settledGroup(owner, TYPES.GRP_WORK, [member]);
    const listsIt = (groups: Group[]) => groups.some((group) => group.groupID === groupID);
    const order = orderHeard(invitee, isNotice(groupID, GROUP_NOTICE.INVITED), 'notice 7', listsIt);
    const listed = waitForEvent(invitee, EVENT.GROUP_LIST_UPDATED, (event) => listsIt(event.data));
    const joinTip = tipOf(member, groupID, TYPES.GRP_TIP_MBR_JOIN);
    await member.addGroupMember({ groupID, userIDList: [uid(invitee)] });
    const tip = await joinTip;
    expect(tip).toMatchObject({ operatorID: uid(member), userIDList: [uid(invitee)], memberNum: 3 });
    await listed;
    expect(order).toEqual(['notice 7', 'list']);
  });

  it('a quit is a QUIT tip for those left, with the new count', async () => {
    const [owner, member, leaver] = await createTestUsers(3);
    const groupID = await settledGroup(owner, TYPES.GRP_WORK, [member, leaver]);
    const quitTip = tipOf(member, groupID, TYPES.GRP_TIP_MBR_QUIT);
    await leaver.quitGroup(groupID);
    expect(await quitTip).toMatchObject({ operatorID: uid(leaver), userIDList: [uid(leaver)], memberNum: 2 });
  });

  it('a removal tells the removed user (4) and shows the reason in the KICKED_OUT tip', async () => {
    const [owner, member, removed] = await createTestUsers(3);
    const groupID = await settledGroup(owner, TYPES.GRP_PUBLIC, [member, removed]);
    const kicked = noticeOf(removed, groupID, GROUP_NOTICE.KICKED_OUT);
    const kickTip = tipOf(member, groupID, TYPES.GRP_TIP_MBR_KICKED_OUT);
    await owner.deleteGroupMember({ groupID, userIDList: [uid(removed)], reason: 'spam' });
    expect((await kicked).payload.operatorID).toBe(uid(owner));
    const tip = await kickTip;
    expect(tip).toMatchObject({ operatorID: uid(owner), userIDList: [uid(removed)], memberNum: 2 });
    expect(tip.memberList[0]).toMatchObject({ userID: uid(removed), reason: 'spam' });
  });

  it('a dismissal tells every member (5)', async () => {
    const [owner, admin, member] = await createTestUsers(3);
    const groupID = await settledGroup(owner, TYPES.GRP_PUBLIC, [admin, member]);
    const heard = [noticeOf(admin, groupID, GROUP_NOTICE.DISMISSED), noticeOf(member, groupID, GROUP_NOTICE.DISMISSED)];
    await owner.dismissGroup(groupID);
    for (const notice of await Promise.all(heard)) expect(notice.payload).toMatchObject({ operatorID: uid(owner) });
  });
});

describe('roles, profile and mutes', () => {
  it('admin on and off: the target gets notice 9 / 10, the group tip 4 / 5', async () => {
    const [owner, target, member] = await createTestUsers(3);
    const groupID = await settledGroup(owner, TYPES.GRP_PUBLIC, [target, member]);
    const promoted = noticeOf(target, groupID, GROUP_NOTICE.SET_ADMIN);
    const setTip = tipOf(member, groupID, TYPES.GRP_TIP_MBR_SET_ADMIN);
    await owner.setGroupMemberRole({ groupID, userID: uid(target), role: ADMIN });
    expect((await promoted).payload.operatorID).toBe(uid(owner));
    expect((await setTip).userIDList).toEqual([uid(target)]);

    const demoted = noticeOf(target, groupID, GROUP_NOTICE.CANCELED_ADMIN);
    const cancelTip = tipOf(member, groupID, TYPES.GRP_TIP_MBR_CANCELED_ADMIN);
    await owner.setGroupMemberRole({ groupID, userID: uid(target), role: MEMBER });
    await demoted;
    expect((await cancelTip).userIDList).toEqual([uid(target)]);
  });

  it('a profile change is tip 6 with only what changed, before the group list that shows it', async () => {
    const [owner, member] = await createTestUsers(2);
    const groupID = await settledGroup(owner, TYPES.GRP_PUBLIC, [member]);
    const mutedAll = (groups: Group[]) => groups.some((group) => group.groupID === groupID && group.muteAllMembers);
    const order = orderHeard(member, isTip(groupID, TYPES.GRP_TIP_GRP_PROFILE_UPDATED), 'tip 6', mutedAll);
    const profileTip = tipOf(member, groupID, TYPES.GRP_TIP_GRP_PROFILE_UPDATED);
    const listed = waitForEvent(member, EVENT.GROUP_LIST_UPDATED, (event) => mutedAll(event.data));
    await owner.updateGroupProfile({ groupID, name: 'renamed', muteAllMembers: true });
    const tip = await profileTip;
    expect(tip.operatorID).toBe(uid(owner));
    expect(tip.newGroupProfile).toEqual({ groupName: 'renamed', muteAllMembers: true });
    await listed;
    expect(order).toEqual(['tip 6', 'list']);
  });

  it('a mute is tip 7 with the seconds given; a transfer is tip 6 with the new owner', async () => {
    const [owner, member, other] = await createTestUsers(3);
    const groupID = await settledGroup(owner, TYPES.GRP_PUBLIC, [member, other]);
    const muteTip = tipOf(other, groupID, TYPES.GRP_TIP_MBR_PROFILE_UPDATED);
    await owner.setGroupMemberMuteTime({ groupID, userID: uid(member), muteTime: 600 });
    expect((await muteTip).memberList).toEqual([expect.objectContaining({ userID: uid(member), muteTime: 600 })]);

    const ownerTip = tipOf(other, groupID, TYPES.GRP_TIP_GRP_PROFILE_UPDATED);
    await owner.changeGroupOwner({ groupID, newOwnerID: uid(member) });
    expect((await ownerTip).newGroupProfile).toEqual({ ownerID: uid(member) });
  });
});

describe('who hears nothing', () => {
  it('someone outside the group gets none of its tips or notices', async () => {
    const [owner, member, outsider] = await createTestUsers(3);
    const groupID = await settledGroup(owner, TYPES.GRP_PUBLIC, [member]);
    const heard = await groupMessagesDuring(outsider, groupID, async () => {
      await owner.updateGroupProfile({ groupID, name: 'quiet' });
      await owner.setGroupMemberMuteTime({ groupID, userID: uid(member), muteTime: 60 });
      await owner.deleteGroupMember({ groupID, userIDList: [uid(member)] });
    });
    expect(heard).toEqual([]);
  });

  it('notices carry the SDK fields handleGroupApplication reads back', async () => {
    const [owner, applicant] = await createTestUsers(2);
    const groupID = await settledGroup(owner, TYPES.GRP_PUBLIC);
    const request = noticeOf(owner, groupID, GROUP_NOTICE.JOIN_REQUEST);
    await applicant.joinGroup({ groupID });
    const payload: GroupSystemNoticePayload = (await request).payload;
    expect(typeof payload.authentication).toBe('string');
    expect(payload.authentication.length).toBeGreaterThan(0);
    expect(typeof payload.messageKey).toBe('number');
    expect(payload.groupProfile).toMatchObject({ groupID, groupType: TYPES.GRP_PUBLIC, name: 'ct Public' });
  });
});
