/**
 * Groups as the app relies on them, in the SDK's terms only: the group list and profiles, creating groups of
 * every type with their ID rules and limits, profile updates, joining by type and joinOption, applications,
 * quitting, dismissing, transferring, searching, online counts, remind types, and the GROUP_LIST_UPDATED
 * events that reach each user. The group-level rows of the permission matrix run one test per cell: who may
 * update the profile (the feature table per group type of Tencent's group overview,
 * https://www.tencentcloud.com/document/product/1047/48169; which fields each type accepts: updateGroupProfile
 * in 002_743d9b6704c0ba47.txt) and who may join, quit, dismiss or transfer (joinGroup, quitGroup,
 * dismissGroup and changeGroupOwner in the SDK reference 004_21f2aa2c053ac783.txt). Undocumented refusal codes
 * are asserted only as refusals that change nothing. Against the real service: group custom field keys `level`, `city`, `k0`…`k9` must be
 * registered in the console.
 */
import { EVENT, TYPES } from '@/src/chat/constants';
import type { GroupType, JoinOption } from '@/src/chat/constants';
import type { ChatPort } from '@/src/chat/port';
import type { Group } from '@/src/chat/types';
import { createTestUsers, eventsDuring, teardown, waitForEvent } from './harness';
import {
  ALL_TYPES,
  adminTypes,
  allMembers,
  cells,
  createGroupOf,
  customGroupID,
  expectCell,
  isSchemaFailure,
  raw,
  refusal,
  snapshot,
  squad,
  uid,
} from './group-helpers';
import type { MatrixTable } from './group-helpers';

jest.setTimeout(120_000);
afterEach(teardown);

const { GRP_WORK: W, GRP_PUBLIC: P, GRP_MEETING: M, GRP_AVCHATROOM: AV, GRP_COMMUNITY: C } = TYPES;
const R = 'refused' as const;
const LISTED_TYPES: GroupType[] = [W, P, M, C];

async function groupIDs(chat: ChatPort): Promise<string[]> {
  return (await chat.getGroupList()).data.groupList.map((group) => group.groupID);
}

function listsGroup(groupID: string) {
  return (event: { data: Group[] }) => event.data.some((group) => group.groupID === groupID);
}

function lacksGroup(groupID: string) {
  return (event: { data: Group[] }) => !event.data.some((group) => group.groupID === groupID);
}

// ---- creating --------------------------------------------------------------------------------------

describe('createGroup', () => {
  it.each(ALL_TYPES)('%s: resolves {group, overLimitUserIDList} with the creator as owner', async (type) => {
    const [owner] = await createTestUsers(1);
    const { code, data } = await owner.createGroup({ type, name: `ct ${type}`, introduction: 'intro', notification: 'note' });
    expect(code).toBe(0);
    expect(data.overLimitUserIDList).toEqual([]);
    expect(data.group).toMatchObject({ type, name: `ct ${type}`, introduction: 'intro', notification: 'note', ownerID: uid(owner) });
    expect(data.group.selfInfo).toMatchObject({ role: TYPES.GRP_MBR_ROLE_OWNER, messageRemindType: TYPES.MSG_REMIND_ACPT_AND_NOTE });
    expect(data.group.groupID.startsWith(type === C ? '@TGS#_' : '@TGS#')).toBe(true);
    for (const key of ['createTime', 'infoSequence', 'lastInfoTime', 'memberCount', 'maxMemberCount', 'joinOption', 'inviteOption', 'groupCustomField', 'muteAllMembers', 'isSupportTopic']) {
      expect(data.group).toHaveProperty(key);
    }
  });

  it.each(LISTED_TYPES)('%s: the creator and the initial members hear GROUP_LIST_UPDATED with the group', async (type) => {
    const [owner, member] = await createTestUsers(2);
    const ownerEvent = waitForEvent(owner, EVENT.GROUP_LIST_UPDATED, (event) => event.data.some((group) => group.type === type));
    const memberEvent = waitForEvent(member, EVENT.GROUP_LIST_UPDATED, (event) => event.data.length > 0);
    const { group } = (await owner.createGroup({ type, name: 'ct events', memberList: [{ userID: uid(member) }] })).data;
    expect((await ownerEvent).data.map((entry) => entry.groupID)).toContain(group.groupID);
    const seen = (await memberEvent).data.find((entry) => entry.groupID === group.groupID);
    expect(seen?.selfInfo.role).toBe(TYPES.GRP_MBR_ROLE_MEMBER);
    expect(await groupIDs(member)).toContain(group.groupID);
    expect(group.memberCount).toBe(2);
  });

  it('an AVChatRoom takes no initial members and stays out of getGroupList', async () => {
    const [owner, member] = await createTestUsers(2);
    const { group } = (await owner.createGroup({ type: AV, name: 'ct live', memberList: [{ userID: uid(member) }] })).data;
    expect(await groupIDs(member)).not.toContain(group.groupID);
    expect(await refusal(() => member.quitGroup(group.groupID))).toBe(2623);
    expect(await groupIDs(owner)).not.toContain(group.groupID);
    expect((await owner.joinGroup({ groupID: group.groupID })).data.status).toBe(TYPES.JOIN_STATUS_SUCCESS);
  });

  it('takes a custom groupID; a used one is refused with 10021, or 10025 when the caller owns it', async () => {
    const [owner, other] = await createTestUsers(2);
    const groupID = customGroupID(P);
    expect((await owner.createGroup({ type: P, name: 'ct custom', groupID })).data.group.groupID).toBe(groupID);
    expect(await refusal(() => other.createGroup({ type: P, name: 'ct again', groupID }))).toBe(10021);
    expect(await refusal(() => owner.createGroup({ type: P, name: 'ct again', groupID }))).toBe(10025);
    const community = customGroupID(C);
    expect((await owner.createGroup({ type: C, name: 'ct community', groupID: community })).data.group.groupID).toBe(community);
  });

  it.each([
    ['a Community ID without @TGS#_', C, 'ct_plain_id'],
    ['a Public group with an @TGS#_ ID', P, '@TGS#_ctwrong'],
    ['a Work group with an @TGS#_ ID', W, '@TGS#_ctwrong2'],
  ])('refuses %s with 2602', async (_, type, groupID) => {
    const [owner] = await createTestUsers(1);
    const before = await groupIDs(owner);
    expect(await refusal(() => owner.createGroup({ type: type as GroupType, name: 'ct bad id', groupID: `${groupID}${Date.now()}` }))).toBe(2602);
    expect(await groupIDs(owner)).toEqual(before);
  });

  it.each([
    ['a system-style @TGS# prefix', '@TGS#ctsys'],
    ['non-ASCII characters', 'ct_群组'],
    ['more than 48 bytes', `ct_${'x'.repeat(46)}`],
  ])('refuses a custom groupID with %s', async (_, groupID) => {
    const [owner] = await createTestUsers(1);
    await refusal(() => owner.createGroup({ type: P, name: 'ct bad id', groupID }));
    expect(await groupIDs(owner)).toEqual([]);
  });

  it('refuses an unknown type with 2600 and a missing name in the SDK, without a code', async () => {
    const [owner] = await createTestUsers(1);
    expect(await refusal(() => owner.createGroup(raw({ type: 'Secret', name: 'ct' })))).toBe(2600);
    expect(isSchemaFailure(await refusal(() => owner.createGroup(raw({ type: P }))))).toBe(true);
    expect(isSchemaFailure(await refusal(() => owner.createGroup({ type: P, name: '' })))).toBe(true);
    expect(await groupIDs(owner)).toEqual([]);
  });

  it.each([
    ['name', 100],
    ['introduction', 400],
    ['notification', 400],
    ['avatar', 500],
  ])('takes a %s of %i bytes and refuses one byte more, creating nothing', async (field, limit) => {
    const [owner] = await createTestUsers(1);
    const value = field === 'avatar' ? `https://x.example/${'a'.repeat(limit - 18)}` : 'é'.repeat(limit / 2);
    const { group } = (await owner.createGroup(raw({ type: W, name: 'ct', [field]: value }))).data;
    expect(Reflect.get(group, field)).toBe(value);
    await refusal(() => owner.createGroup(raw({ type: W, name: 'ct', [field]: `${value}a` })));
    expect(await groupIDs(owner)).toEqual([group.groupID]);
  });

  it('keeps joinOption for Public and Community, and drops it (silently) for Work, Meeting and AVChatRoom', async () => {
    const [owner] = await createTestUsers(1);
    const free = TYPES.JOIN_OPTIONS_FREE_ACCESS as JoinOption;
    const kept = (await owner.createGroup({ type: P, name: 'ct', joinOption: free })).data.group;
    expect(kept.joinOption).toBe(free);
    expect((await owner.createGroup({ type: C, name: 'ct', joinOption: TYPES.JOIN_OPTIONS_NEED_PERMISSION as JoinOption })).data.group.joinOption).toBe(
      TYPES.JOIN_OPTIONS_NEED_PERMISSION,
    );
    const work = (await owner.createGroup({ type: W, name: 'ct', joinOption: free })).data.group;
    expect(work.joinOption).not.toBe(free);
  });

  it('stores group custom fields', async () => {
    const [owner] = await createTestUsers(1);
    const groupCustomField = [
      { key: 'level', value: 'high' },
      { key: 'city', value: '上海' },
    ];
    const { group } = (await owner.createGroup({ type: P, name: 'ct', groupCustomField })).data;
    expect((await owner.getGroupProfile({ groupID: group.groupID })).data.group.groupCustomField).toEqual(expect.arrayContaining(groupCustomField));
  });
});

// ---- reading ---------------------------------------------------------------------------------------

describe('getGroupList and getGroupProfile', () => {
  it('lists every group of the user with its selfInfo, and says the sync is complete', async () => {
    const group = await squad(P);
    const work = await createGroupOf(group.member, W);
    const { data } = await group.member.getGroupList();
    expect(data.isSyncCompleted).toBe(true);
    expect(data.groupList.map((entry) => entry.groupID).sort()).toEqual([group.groupID, work.groupID].sort());
    expect(data.groupList.find((entry) => entry.groupID === group.groupID)?.selfInfo).toMatchObject({ userID: uid(group.member), role: TYPES.GRP_MBR_ROLE_MEMBER });
    expect(data.groupList.find((entry) => entry.groupID === work.groupID)?.selfInfo.role).toBe(TYPES.GRP_MBR_ROLE_OWNER);
  });

  it('getGroupProfile answers {group}; groupCustomFieldFilter picks fields', async () => {
    const [owner] = await createTestUsers(1);
    const { group } = (await owner.createGroup({ type: P, name: 'ct', groupCustomField: [{ key: 'level', value: '1' }, { key: 'city', value: 'x' }] })).data;
    const filtered = (await owner.getGroupProfile({ groupID: group.groupID, groupCustomFieldFilter: ['city'] })).data.group;
    expect(filtered.groupCustomField).toEqual([{ key: 'city', value: 'x' }]);
    expect(filtered.memberCount).toBe(1);
  });

  it('someone outside a Public group reads its profile with a blank selfInfo', async () => {
    const group = await squad(P);
    const seen = (await group.outsider.getGroupProfile({ groupID: group.groupID })).data.group;
    expect(seen.groupID).toBe(group.groupID);
    expect(seen.selfInfo.role).toBe('');
  });

  it('refuses an unknown group with 10010 and a missing groupID in the SDK', async () => {
    const [chat] = await createTestUsers(1);
    expect(await refusal(() => chat.getGroupProfile({ groupID: customGroupID(P, 'none') }))).toBe(10010);
    expect(isSchemaFailure(await refusal(() => chat.getGroupProfile(raw({}))))).toBe(true);
  });
});

// ---- the permission matrix, group rows ------------------------------------------------------------

describe('permission matrix: modify the group profile (updateGroupProfile)', () => {
  const TABLE: MatrixTable = {
    [W]: { Owner: true, Member: true, Outsider: R },
    ...adminTypes({ Owner: true, Admin: true, Member: R, Outsider: R }),
    [AV]: { Owner: true, Member: R, Outsider: R },
  };
  it.each(cells(TABLE))('%s: %s → %p', async (type, role, expected) => {
    const group = await squad(type);
    await expectCell(group, role, expected, (actor) => actor.updateGroupProfile({ groupID: group.groupID, introduction: `by ${role}` }), async () =>
      expect((await group.owner.getGroupProfile({ groupID: group.groupID })).data.group.introduction).toBe(`by ${role}`),
    );
  });
});

describe('permission matrix: dismiss (dismissGroup)', () => {
  const TABLE: MatrixTable = {
    [W]: { Owner: R, Member: R },
    ...adminTypes({ Owner: true, Admin: R, Member: R, Outsider: R }),
    [AV]: { Owner: true, Member: R, Outsider: R },
  };
  it.each(cells(TABLE))('%s: %s → %p', async (type, role, expected) => {
    const group = await squad(type);
    await expectCell(group, role, expected, (actor) => actor.dismissGroup(group.groupID), async () => {
      expect(await refusal(() => group.owner.getGroupProfile({ groupID: group.groupID }))).toBe(10010);
    });
  });

  it.each([P, M, C])('%s: every member hears GROUP_LIST_UPDATED without the group', async (type) => {
    const group = await squad(type);
    const heard = [group.admin, group.member].map((chat) => waitForEvent(chat, EVENT.GROUP_LIST_UPDATED, lacksGroup(group.groupID)));
    const own = waitForEvent(group.owner, EVENT.GROUP_LIST_UPDATED, lacksGroup(group.groupID));
    expect((await group.owner.dismissGroup(group.groupID)).data).toEqual({ groupID: group.groupID });
    await Promise.all([...heard, own]);
    expect(await groupIDs(group.member)).not.toContain(group.groupID);
  });
});

describe('permission matrix: leaving (quitGroup)', () => {
  const TABLE: MatrixTable = {
    [W]: { Owner: true, Member: true, Outsider: 2623 },
    ...adminTypes({ Owner: 10009, Admin: true, Member: true, Outsider: 2623 }),
    [AV]: { Owner: 10009, Member: true, Outsider: 2623 },
  };
  it.each(cells(TABLE))('%s: %s → %p', async (type, role, expected) => {
    const group = await squad(type);
    const actor = group.actor(role);
    if (expected !== true) {
      await expectCell(group, role, expected, (chat) => chat.quitGroup(group.groupID), async () => undefined);
      return;
    }
    expect((await actor.quitGroup(group.groupID)).data).toEqual({ groupID: group.groupID });
    const remaining = (await allMembers(role === 'Owner' ? group.member : group.owner, group.groupID)).map((member) => member.userID);
    expect(remaining).not.toContain(uid(actor));
    if (type === W && role === 'Owner') {
      expect((await group.member.getGroupProfile({ groupID: group.groupID })).data.group.ownerID).toBe('');
    }
  });

  it('the one who left hears GROUP_LIST_UPDATED without the group; the others hear nothing', async () => {
    const group = await squad(M);
    const left = waitForEvent(group.member, EVENT.GROUP_LIST_UPDATED, lacksGroup(group.groupID));
    const quiet = await eventsDuring(group.member2, EVENT.GROUP_LIST_UPDATED, () => group.member.quitGroup(group.groupID));
    await left;
    expect(quiet).toEqual([]);
    expect((await group.owner.getGroupProfile({ groupID: group.groupID })).data.group.memberCount).toBe(4);
  });
});

describe('permission matrix: transfer (changeGroupOwner)', () => {
  const TABLE: MatrixTable = {
    [W]: { Owner: true, Member: R },
    ...adminTypes({ Owner: true, Admin: R, Member: R, Outsider: R }),
    [AV]: { Owner: 2620, Member: 2620 },
  };
  it.each(cells(TABLE))('%s: %s → %p', async (type, role, expected) => {
    const group = await squad(type);
    await expectCell(group, role, expected, (actor) => actor.changeGroupOwner({ groupID: group.groupID, newOwnerID: uid(group.member2) }), async () => {
      const seen = (await group.member2.getGroupProfile({ groupID: group.groupID })).data.group;
      expect(seen.ownerID).toBe(uid(group.member2));
      expect(seen.selfInfo.role).toBe(TYPES.GRP_MBR_ROLE_OWNER);
      expect((await group.owner.getGroupProfile({ groupID: group.groupID })).data.group.selfInfo.role).toBe(TYPES.GRP_MBR_ROLE_MEMBER);
    });
  });

  it.each([W, P])('%s: transferring to oneself is refused with 2621', async (type) => {
    const group = await squad(type);
    await expectCell(group, 'Owner', 2621, (actor) => actor.changeGroupOwner({ groupID: group.groupID, newOwnerID: uid(actor) }), async () => undefined);
  });

  it('the new owner hears GROUP_LIST_UPDATED with the new ownerID; the answer shows the old owner as member', async () => {
    const group = await squad(P);
    const heard = waitForEvent(group.member2, EVENT.GROUP_LIST_UPDATED, (event) =>
      event.data.some((entry) => entry.groupID === group.groupID && entry.ownerID === uid(group.member2)),
    );
    const { data } = await group.owner.changeGroupOwner({ groupID: group.groupID, newOwnerID: uid(group.member2) });
    expect(data.group.ownerID).toBe(uid(group.member2));
    expect(data.group.selfInfo.role).toBe(TYPES.GRP_MBR_ROLE_MEMBER);
    await heard;
  });
});

describe('permission matrix: search (searchGroupByID)', () => {
  const TABLE: MatrixTable = {
    [W]: { Member: R, Outsider: R },
    ...adminTypes({ Member: true, Outsider: true }),
    [AV]: { Member: true, Outsider: true },
  };
  it.each(cells(TABLE))('%s: %s → %p', async (type, role, expected) => {
    const group = await squad(type);
    await expectCell(group, role, expected, async (actor) => {
      const { data } = await actor.searchGroupByID(group.groupID);
      expect(data.group).toMatchObject({ groupID: group.groupID, type, ownerID: uid(group.owner) });
    }, async () => undefined);
  });

  it('refuses an unknown ID', async () => {
    const [chat] = await createTestUsers(1);
    await refusal(() => chat.searchGroupByID(customGroupID(P, 'none')));
  });
});

// ---- joining and applications ------------------------------------------------------------------------

describe('joinGroup', () => {
  it('Work groups cannot be joined: 10004', async () => {
    const group = await squad(W);
    await expectCell(group, 'Outsider', 10004, (actor) => actor.joinGroup({ groupID: group.groupID }), async () => undefined);
  });

  it.each([
    [P, TYPES.JOIN_OPTIONS_NEED_PERMISSION, TYPES.JOIN_STATUS_WAIT_APPROVAL],
    [P, TYPES.JOIN_OPTIONS_FREE_ACCESS, TYPES.JOIN_STATUS_SUCCESS],
    [C, TYPES.JOIN_OPTIONS_NEED_PERMISSION, TYPES.JOIN_STATUS_WAIT_APPROVAL],
    [C, TYPES.JOIN_OPTIONS_FREE_ACCESS, TYPES.JOIN_STATUS_SUCCESS],
    [M, undefined, TYPES.JOIN_STATUS_SUCCESS],
    [AV, undefined, TYPES.JOIN_STATUS_SUCCESS],
  ])('%s with joinOption %s: joining answers %s', async (type, joinOption, status) => {
    const [owner, joiner] = await createTestUsers(2);
    const group = await createGroupOf(owner, type as GroupType, [], joinOption ? { joinOption: joinOption as JoinOption } : {});
    const listed = type !== AV && status === TYPES.JOIN_STATUS_SUCCESS;
    const event = listed ? waitForEvent(joiner, EVENT.GROUP_LIST_UPDATED, listsGroup(group.groupID)) : null;
    const { data } = await joiner.joinGroup({ groupID: group.groupID, applyMessage: 'hello' });
    expect(data.status).toBe(status);
    if (status === TYPES.JOIN_STATUS_SUCCESS) expect(data.group?.groupID).toBe(group.groupID);
    else expect(data.group).toBeUndefined();
    if (event) await event;
    const members = (await allMembers(owner, group.groupID)).map((member) => member.userID);
    expect(members.includes(uid(joiner))).toBe(status === TYPES.JOIN_STATUS_SUCCESS);
  });

  it.each([P, C])('%s with DisableApply refuses requests', async (type) => {
    const group = await squad(type);
    await group.owner.updateGroupProfile({ groupID: group.groupID, joinOption: TYPES.JOIN_OPTIONS_DISABLE_APPLY as JoinOption });
    await expectCell(group, 'Outsider', R, (actor) => actor.joinGroup({ groupID: group.groupID }), async () => undefined);
  });

  it.each([P, M, C])('%s: a member joining again gets AlreadyInGroup', async (type) => {
    const group = await squad(type);
    expect((await group.member.joinGroup({ groupID: group.groupID })).data).toEqual({ status: TYPES.JOIN_STATUS_ALREADY_IN_GROUP });
  });

  it('a full group refuses with 10014; an unknown one with 10010', async () => {
    const [owner, first, second] = await createTestUsers(3);
    const group = await createGroupOf(owner, M, [], { maxMemberNum: 2 });
    await first.joinGroup({ groupID: group.groupID });
    expect(await refusal(() => second.joinGroup({ groupID: group.groupID }))).toBe(10014);
    expect(await refusal(() => second.joinGroup({ groupID: customGroupID(M, 'none') }))).toBe(10010);
    expect((await owner.getGroupProfile({ groupID: group.groupID })).data.group.memberCount).toBe(2);
  });
});

describe('applications (getGroupApplicationList, handleGroupApplication)', () => {
  async function applied() {
    const group = await squad(P);
    await group.outsider.joinGroup({ groupID: group.groupID, applyMessage: 'let me in' });
    return group;
  }

  it('owner and admins see the request; members do not', async () => {
    const group = await applied();
    for (const chat of [group.owner, group.admin]) {
      const entry = (await chat.getGroupApplicationList()).data.applicationList.find((item) => item.groupID === group.groupID);
      expect(entry).toMatchObject({ applicant: uid(group.outsider), groupID: group.groupID, applicationType: 0, note: 'let me in' });
    }
    expect((await group.member.getGroupApplicationList()).data.applicationList).toEqual([]);
  });

  it.each(cells(adminTypes({ Owner: true, Admin: true, Member: R })).filter(([type]) => type === P))(
    '%s: %s agreeing → %p',
    async (_type, role, expected) => {
      const group = await applied();
      const application = (await group.owner.getGroupApplicationList()).data.applicationList[0];
      await expectCell(group, role, expected, (actor) => actor.handleGroupApplication({ application, handleAction: 'Agree' }), async () => {
        expect((await allMembers(group.owner, group.groupID)).map((member) => member.userID)).toContain(uid(group.outsider));
      });
    },
  );

  it('the applicant hears GROUP_LIST_UPDATED on approval; a second decision gets 10024', async () => {
    const group = await applied();
    const application = (await group.owner.getGroupApplicationList()).data.applicationList[0];
    const heard = waitForEvent(group.outsider, EVENT.GROUP_LIST_UPDATED, listsGroup(group.groupID));
    const { data } = await group.admin.handleGroupApplication({ application, handleAction: 'Agree', handleMessage: 'welcome' });
    expect(data.group.groupID).toBe(group.groupID);
    await heard;
    expect(await refusal(() => group.owner.handleGroupApplication({ application, handleAction: 'Reject' }))).toBe(10024);
    expect((await group.owner.getGroupApplicationList()).data.applicationList).toEqual([]);
  });

  it('a rejection ends the request without adding anyone', async () => {
    const group = await applied();
    const application = (await group.owner.getGroupApplicationList()).data.applicationList[0];
    await group.owner.handleGroupApplication({ application, handleAction: 'Reject' });
    expect((await allMembers(group.owner, group.groupID)).map((member) => member.userID)).not.toContain(uid(group.outsider));
    expect(await refusal(() => group.admin.handleGroupApplication({ application, handleAction: 'Agree' }))).toBe(10024);
  });

  it('agreeing when the group is full is refused with 10014 and the request stays', async () => {
    const [owner, member, applicant] = await createTestUsers(3);
    const group = await createGroupOf(owner, P, [member], { maxMemberNum: 2 });
    await applicant.joinGroup({ groupID: group.groupID });
    const application = (await owner.getGroupApplicationList()).data.applicationList[0];
    expect(await refusal(() => owner.handleGroupApplication({ application, handleAction: 'Agree' }))).toBe(10014);
    expect((await owner.getGroupApplicationList()).data.applicationList).toHaveLength(1);
    await owner.deleteGroupMember({ groupID: group.groupID, userIDList: [uid(member)] });
    await owner.handleGroupApplication({ application, handleAction: 'Agree' });
    expect((await owner.getGroupProfile({ groupID: group.groupID })).data.group.memberCount).toBe(2);
  });
});

// ---- profile updates -------------------------------------------------------------------------------

describe('updateGroupProfile', () => {
  it('every member hears GROUP_LIST_UPDATED with the new profile; infoSequence moves', async () => {
    const group = await squad(P);
    const before = (await group.owner.getGroupProfile({ groupID: group.groupID })).data.group;
    const heard = waitForEvent(group.member, EVENT.GROUP_LIST_UPDATED, (event) => event.data.some((entry) => entry.name === 'ct renamed'));
    const { data } = await group.admin.updateGroupProfile({ groupID: group.groupID, name: 'ct renamed', notification: '新公告' });
    expect(data.group).toMatchObject({ name: 'ct renamed', notification: '新公告' });
    expect(data.group.infoSequence).toBeGreaterThan(before.infoSequence);
    await heard;
  });

  it('muteAllMembers and inviteOption change; joinOption changes for Public only', async () => {
    const group = await squad(P);
    const { data } = await group.owner.updateGroupProfile({
      groupID: group.groupID,
      muteAllMembers: true,
      inviteOption: TYPES.INVITE_OPTIONS_NEED_PERMISSION as typeof TYPES.INVITE_OPTIONS_FREE_ACCESS,
      joinOption: TYPES.JOIN_OPTIONS_FREE_ACCESS as JoinOption,
    });
    expect(data.group).toMatchObject({ muteAllMembers: true, inviteOption: TYPES.INVITE_OPTIONS_NEED_PERMISSION, joinOption: TYPES.JOIN_OPTIONS_FREE_ACCESS });
    const meeting = await squad(M);
    const joinOption = (await meeting.owner.getGroupProfile({ groupID: meeting.groupID })).data.group.joinOption;
    await meeting.owner.updateGroupProfile({ groupID: meeting.groupID, joinOption: TYPES.JOIN_OPTIONS_DISABLE_APPLY as JoinOption });
    expect((await meeting.owner.getGroupProfile({ groupID: meeting.groupID })).data.group.joinOption).toBe(joinOption);
  });

  it('merges group custom fields', async () => {
    const group = await squad(P);
    await group.owner.updateGroupProfile({ groupID: group.groupID, groupCustomField: [{ key: 'level', value: 'a' }] });
    await group.owner.updateGroupProfile({ groupID: group.groupID, groupCustomField: [{ key: 'city', value: 'b' }] });
    const fields = (await group.owner.getGroupProfile({ groupID: group.groupID })).data.group.groupCustomField;
    expect(fields).toEqual(expect.arrayContaining([{ key: 'level', value: 'a' }, { key: 'city', value: 'b' }]));
  });

  it.each([
    ['a name over 100 bytes', { name: 'n'.repeat(101) }],
    ['an introduction over 400 bytes', { introduction: '简'.repeat(134) }],
    ['a notification over 400 bytes', { notification: 'n'.repeat(401) }],
    ['an avatar over 500 bytes', { avatar: 'a'.repeat(501) }],
    ['a custom value over 512 bytes', { groupCustomField: [{ key: 'level', value: 'v'.repeat(513) }] }],
    ['a malformed custom key', { groupCustomField: [{ key: 'bad key!', value: 'v' }] }],
    ['eleven custom keys', { groupCustomField: Array.from({ length: 11 }, (_, n) => ({ key: `k${n}`, value: 'v' })) }],
  ])('refuses %s and changes nothing', async (_, change) => {
    const group = await squad(P);
    const before = await snapshot(group.owner, group.groupID);
    await refusal(() => group.owner.updateGroupProfile(raw({ groupID: group.groupID, name: 'ct new name', ...change })));
    expect(await snapshot(group.owner, group.groupID)).toEqual(before);
  });

  it('refuses a non-boolean muteAllMembers in the SDK, and an unknown group with 10010', async () => {
    const group = await squad(P);
    expect(isSchemaFailure(await refusal(() => group.owner.updateGroupProfile(raw({ groupID: group.groupID, muteAllMembers: 'yes' }))))).toBe(true);
    expect(await refusal(() => group.owner.updateGroupProfile({ groupID: customGroupID(P, 'none'), name: 'x' }))).toBe(10010);
  });
});

// ---- smaller calls ---------------------------------------------------------------------------------

describe('getGroupOnlineMemberCount and setMessageRemindType', () => {
  it('counts online members for a member, 0 for a group one is not in', async () => {
    const group = await squad(AV);
    const { memberCount } = (await group.member.getGroupOnlineMemberCount(group.groupID)).data;
    expect(typeof memberCount).toBe('number');
    expect(memberCount).toBeGreaterThanOrEqual(0);
    expect((await group.outsider.getGroupOnlineMemberCount(group.groupID)).data.memberCount).toBe(0);
  });

  it('sets selfInfo.messageRemindType and answers {group}', async () => {
    const group = await squad(P);
    const { data } = await group.member.setMessageRemindType({ groupID: group.groupID, messageRemindType: TYPES.MSG_REMIND_DISCARD });
    expect(data.group.selfInfo.messageRemindType).toBe(TYPES.MSG_REMIND_DISCARD);
    const listed = (await group.member.getGroupList()).data.groupList.find((entry) => entry.groupID === group.groupID);
    expect(listed?.selfInfo.messageRemindType).toBe(TYPES.MSG_REMIND_DISCARD);
    await refusal(() => group.outsider.setMessageRemindType({ groupID: group.groupID, messageRemindType: TYPES.MSG_REMIND_DISCARD }));
  });
});
