/**
 * Group members as the app relies on them, in the SDK's terms only: listing and paging, member profiles, the
 * add/kick/mute/role/name-card/custom-field rules of every group type and role (the permission matrix, one
 * test per cell: who may call each member method, per the notes on addGroupMember, deleteGroupMember,
 * setGroupMemberMuteTime, setGroupMemberRole and setGroupMemberNameCard in the SDK reference
 * 004_21f2aa2c053ac783.txt, and the client-side guards of @tencentcloud/chat's group module), their limits and
 * their events. Where the docs leave a refusal's code open the cell only asserts that the call is refused and
 * nothing changed.
 * Against the real service: member custom field keys `ct_key` and `k1`…`k6` must be registered in the console.
 */
import { EVENT, TYPES } from '@/src/chat/constants';
import type { GroupRole } from '@/src/chat/constants';
import type { ChatPort } from '@/src/chat/port';
import { createTestUsers, eventsDuring, freeTrial, freshUserID, teardown, waitForEvent } from './harness';
import {
  adminTypes,
  allMembers,
  cells,
  createGroupOf,
  expectCell,
  isSchemaFailure,
  raw,
  refusal,
  roleOf,
  snapshot,
  squad,
  uid,
} from './group-helpers';
import type { MatrixTable, Squad } from './group-helpers';

jest.setTimeout(120_000);
afterEach(teardown);

const { GRP_WORK: W, GRP_PUBLIC: P, GRP_MEETING: M, GRP_AVCHATROOM: AV, GRP_COMMUNITY: C } = TYPES;
const ADMIN = TYPES.GRP_MBR_ROLE_ADMIN as GroupRole;
const R = 'refused' as const;
const nowSeconds = (): number => Math.floor(Date.now() / 1000);

async function memberOf(group: Squad, userID: string) {
  return (await allMembers(group.owner, group.groupID)).find((member) => member.userID === userID);
}

// ---- the permission matrix, member rows -------------------------------------------------------------

describe('permission matrix: kick (deleteGroupMember)', () => {
  const KICK_MEMBER: MatrixTable = {
    [W]: { Owner: true, Member: R, Outsider: 2603 },
    ...adminTypes({ Owner: true, Admin: true, Member: R, Outsider: 2603 }),
    // AVChatRoom has no kick: the SDK turns it into a ban, which needs a duration.
    [AV]: { Owner: true, Member: R, Outsider: 2603 },
  };
  it.each(cells(KICK_MEMBER))('%s: %s removing a member → %p', async (type, role, expected) => {
    const group = await squad(type);
    const target = uid(group.member2);
    await expectCell(
      group,
      role,
      expected,
      (actor) => actor.deleteGroupMember({ groupID: group.groupID, userIDList: [target], reason: 'matrix', ...(type === AV ? { duration: 3600 } : {}) }),
      async () => expect(await memberOf(group, target)).toBeUndefined(),
    );
  });

  it.each(cells(adminTypes({ Owner: true, Admin: R, Member: R })))('%s: %s removing an admin → %p', async (type, role, expected) => {
    const group = await squad(type);
    const target = uid(group.admin2);
    await expectCell(group, role, expected, (actor) => actor.deleteGroupMember({ groupID: group.groupID, userIDList: [target] }), async () =>
      expect(await memberOf(group, target)).toBeUndefined(),
    );
  });

  it.each(cells({ [W]: { Member: R }, ...adminTypes({ Admin: R, Member: R }), [AV]: { Member: R } }))(
    '%s: %s removing the owner → %p',
    async (type, role, expected) => {
      const group = await squad(type);
      await expectCell(
        group,
        role,
        expected,
        (actor) => actor.deleteGroupMember({ groupID: group.groupID, userIDList: [uid(group.owner)], ...(type === AV ? { duration: 60 } : {}) }),
        async () => undefined,
      );
    },
  );

  it('an AVChatRoom ban without a duration is refused by the SDK with 2686', async () => {
    const group = await squad(AV);
    expect(await refusal(() => group.owner.deleteGroupMember({ groupID: group.groupID, userIDList: [uid(group.member2)] }))).toBe(2686);
    expect(await memberOf(group, uid(group.member2))).toBeDefined();
  });

  it('a kicked member hears GROUP_LIST_UPDATED without the group; the answer names the group and the IDs', async () => {
    const [owner, kicked, stays] = await createTestUsers(3);
    const group = await createGroupOf(owner, P, [kicked, stays]);
    const event = waitForEvent(kicked, EVENT.GROUP_LIST_UPDATED);
    const { data } = await owner.deleteGroupMember({ groupID: group.groupID, userIDList: [uid(kicked)] });
    expect(data.userIDList).toEqual([uid(kicked)]);
    expect(data.group.groupID).toBe(group.groupID);
    expect((await event).data.map((entry) => entry.groupID)).not.toContain(group.groupID);
    expect((await kicked.getGroupList()).data.groupList.map((entry) => entry.groupID)).not.toContain(group.groupID);
    expect((await owner.getGroupProfile({ groupID: group.groupID })).data.group.memberCount).toBe(2);
  });
});

describe('permission matrix: mute (setGroupMemberMuteTime)', () => {
  const MUTE_MEMBER: MatrixTable = {
    [W]: { Owner: R, Member: R },
    ...adminTypes({ Owner: true, Admin: true, Member: R, Outsider: R }),
    [AV]: { Owner: true, Member: R, Outsider: R },
  };
  it.each(cells(MUTE_MEMBER))('%s: %s muting a member → %p', async (type, role, expected) => {
    const group = await squad(type);
    const target = uid(group.member2);
    await expectCell(group, role, expected, (actor) => actor.setGroupMemberMuteTime({ groupID: group.groupID, userID: target, muteTime: 600 }), async () => {
      const muteUntil = (await memberOf(group, target))?.muteUntil ?? 0;
      expect(muteUntil).toBeGreaterThanOrEqual(nowSeconds() + 590);
      expect(muteUntil).toBeLessThanOrEqual(nowSeconds() + 610);
    });
  });

  it.each(cells(adminTypes({ Owner: true, Admin: R, Member: R })))('%s: %s muting an admin → %p', async (type, role, expected) => {
    const group = await squad(type);
    const target = uid(group.admin2);
    await expectCell(group, role, expected, (actor) => actor.setGroupMemberMuteTime({ groupID: group.groupID, userID: target, muteTime: 60 }), async () =>
      expect((await memberOf(group, target))?.muteUntil ?? 0).toBeGreaterThan(nowSeconds()),
    );
  });

  it.each(cells({ [W]: { Owner: 2685, Member: 2685 }, ...adminTypes({ Owner: 2685, Admin: 2685, Member: 2685 }), [AV]: { Owner: 2685 } }))(
    '%s: %s muting themself → %p',
    async (type, role, expected) => {
      const group = await squad(type);
      await expectCell(group, role, expected, (actor) => actor.setGroupMemberMuteTime({ groupID: group.groupID, userID: uid(actor), muteTime: 60 }), async () => undefined);
    },
  );

  it('muteTime 0 unmutes; the target hears no GROUP_LIST_UPDATED; the answer holds the member', async () => {
    const group = await squad(P);
    const target = uid(group.member2);
    const quiet = await eventsDuring(group.member2, EVENT.GROUP_LIST_UPDATED, async () => {
      const { data } = await group.owner.setGroupMemberMuteTime({ groupID: group.groupID, userID: target, muteTime: 120 });
      expect(data.member.userID).toBe(target);
      expect(data.member.muteUntil).toBeGreaterThan(nowSeconds());
      expect(data.group.groupID).toBe(group.groupID);
    });
    expect(quiet).toEqual([]);
    await group.owner.setGroupMemberMuteTime({ groupID: group.groupID, userID: target, muteTime: 0 });
    expect((await memberOf(group, target))?.muteUntil ?? 0).toBeLessThanOrEqual(nowSeconds());
  });

  it.each([
    ['a negative muteTime', -1],
    ['a missing muteTime', undefined],
    ['a string muteTime', '60'],
  ])('refuses %s in the SDK, without a code', async (_, muteTime) => {
    const group = await squad(P);
    const before = await snapshot(group.owner, group.groupID);
    const code = await refusal(() => group.owner.setGroupMemberMuteTime(raw({ groupID: group.groupID, userID: uid(group.member2), muteTime })));
    expect(isSchemaFailure(code)).toBe(true);
    expect(await snapshot(group.owner, group.groupID)).toEqual(before);
  });
});

describe('permission matrix: roles (setGroupMemberRole)', () => {
  const SET_ADMIN: MatrixTable = {
    [W]: { Owner: R, Member: 2681 },
    ...adminTypes({ Owner: true, Admin: 2681, Member: 2681, Outsider: R }),
    [AV]: { Owner: R, Member: 2681 },
  };
  it.each(cells(SET_ADMIN))('%s: %s making a member admin → %p', async (type, role, expected) => {
    const group = await squad(type);
    const target = uid(group.member2);
    await expectCell(group, role, expected, (actor) => actor.setGroupMemberRole({ groupID: group.groupID, userID: target, role: ADMIN }), async () =>
      expect((await memberOf(group, target))?.role).toBe(ADMIN),
    );
  });

  it.each(cells(adminTypes({ Owner: true, Admin: 2681, Member: 2681 })))('%s: %s demoting an admin → %p', async (type, role, expected) => {
    const group = await squad(type);
    const target = uid(group.admin2);
    await expectCell(
      group,
      role,
      expected,
      (actor) => actor.setGroupMemberRole({ groupID: group.groupID, userID: target, role: TYPES.GRP_MBR_ROLE_MEMBER as GroupRole }),
      async () => expect((await memberOf(group, target))?.role).toBe(TYPES.GRP_MBR_ROLE_MEMBER),
    );
  });

  it.each(cells({ [W]: { Owner: 2684 }, ...adminTypes({ Owner: 2684 }), [AV]: { Owner: 2684 } }))('%s: %s setting their own role → %p', async (type, role, expected) => {
    const group = await squad(type);
    await expectCell(group, role, expected, (actor) => actor.setGroupMemberRole({ groupID: group.groupID, userID: uid(actor), role: ADMIN }), async () => undefined);
  });

  it.each([P, M, C])('%s: a role outside Admin/Member (Owner) is refused with 2683', async (type) => {
    const group = await squad(type);
    await expectCell(group, 'Owner', 2683, (actor) => actor.setGroupMemberRole(raw({ groupID: group.groupID, userID: uid(group.member2), role: 'Owner' })), async () => undefined);
  });

  it('Custom is a role in a Community only', async () => {
    const community = await squad(C);
    await community.owner.setGroupMemberRole({ groupID: community.groupID, userID: uid(community.member2), role: TYPES.GRP_MBR_ROLE_CUSTOM as GroupRole });
    expect((await memberOf(community, uid(community.member2)))?.role).toBe(TYPES.GRP_MBR_ROLE_CUSTOM);
    const publicGroup = await squad(P);
    await expectCell(publicGroup, 'Owner', 2683, (actor) => actor.setGroupMemberRole({ groupID: publicGroup.groupID, userID: uid(publicGroup.member2), role: TYPES.GRP_MBR_ROLE_CUSTOM as GroupRole }), async () => undefined);
  });
});

describe('permission matrix: name cards (setGroupMemberNameCard)', () => {
  const setCard = (group: Squad, target: () => string) => (actor: ChatPort) =>
    actor.setGroupMemberNameCard({ groupID: group.groupID, userID: target(), nameCard: `card by ${uid(actor)}`.slice(0, 40) });
  const verifyCard = (group: Squad, target: () => string) => async () => expect((await memberOf(group, target()))?.nameCard).toMatch(/^card by /);

  const OF_MEMBER: MatrixTable = {
    [W]: { Owner: true, Member: R },
    ...adminTypes({ Owner: true, Admin: true, Member: R, Outsider: R }),
    [AV]: { Owner: 2687, Member: 2687 },
  };
  it.each(cells(OF_MEMBER))("%s: %s setting a member's card → %p", async (type, role, expected) => {
    const group = await squad(type);
    const target = () => uid(group.member2);
    await expectCell(group, role, expected, setCard(group, target), verifyCard(group, target));
  });

  it.each(cells(adminTypes({ Owner: true, Admin: R, Member: R })))("%s: %s setting an admin's card → %p", async (type, role, expected) => {
    const group = await squad(type);
    const target = () => uid(group.admin2);
    await expectCell(group, role, expected, setCard(group, target), verifyCard(group, target));
  });

  it.each(cells({ [W]: { Member: R }, ...adminTypes({ Admin: R, Member: R }) }))("%s: %s setting the owner's card → %p", async (type, role, expected) => {
    const group = await squad(type);
    const target = () => uid(group.owner);
    await expectCell(group, role, expected, setCard(group, target), verifyCard(group, target));
  });

  const OWN: MatrixTable = {
    [W]: { Owner: true, Member: true },
    ...adminTypes({ Owner: true, Admin: true, Member: true, Outsider: R }),
    [AV]: { Owner: 2687, Member: 2687 },
  };
  it.each(cells(OWN))('%s: %s setting their own card (userID left out) → %p', async (type, role, expected) => {
    const group = await squad(type);
    await expectCell(group, role, expected, (actor) => actor.setGroupMemberNameCard({ groupID: group.groupID, nameCard: 'me' }), async () => {
      const self = (await group.actor(role).getGroupProfile({ groupID: group.groupID })).data.group.selfInfo;
      expect(self.nameCard).toBe('me');
      expect((await memberOf(group, uid(group.actor(role))))?.nameCard).toBe('me');
    });
  });

  it('a name card of 50 bytes is taken, 51 refused; the target hears no GROUP_LIST_UPDATED', async () => {
    const group = await squad(P);
    const target = uid(group.member2);
    const quiet = await eventsDuring(group.member2, EVENT.GROUP_LIST_UPDATED, () =>
      group.owner.setGroupMemberNameCard({ groupID: group.groupID, userID: target, nameCard: '名'.repeat(16) + 'ab' }),
    );
    expect(quiet).toEqual([]);
    expect((await memberOf(group, target))?.nameCard).toBe('名'.repeat(16) + 'ab');
    await expectCell(group, 'Owner', R, (actor) => actor.setGroupMemberNameCard({ groupID: group.groupID, userID: target, nameCard: 'x'.repeat(51) }), async () => undefined);
  });
});

describe('member custom fields (setGroupMemberCustomField)', () => {
  it.each([W, P, M, C])('%s: a member sets their own fields; getGroupMemberProfile reads them, filtered', async (type) => {
    const group = await squad(type);
    await group.member.setGroupMemberCustomField({ groupID: group.groupID, memberCustomField: [{ key: 'ct_key', value: 'v1' }] });
    const { memberList } = (await group.owner.getGroupMemberProfile({ groupID: group.groupID, userIDList: [uid(group.member)], memberCustomFieldFilter: ['ct_key'] })).data;
    expect(memberList[0].memberCustomField).toEqual([{ key: 'ct_key', value: 'v1' }]);
  });

  it.each(cells({ [AV]: { Owner: 2687, Member: 2687 } }))('%s: %s → %p (no member fields in an AVChatRoom)', async (type, role, expected) => {
    const group = await squad(type);
    await expectCell(group, role, expected, (actor) => actor.setGroupMemberCustomField({ groupID: group.groupID, memberCustomField: [{ key: 'ct_key', value: 'v' }] }), async () => undefined);
  });

  it('refuses a value over 64 bytes and a sixth key, changing nothing', async () => {
    const group = await squad(P);
    const fields = [1, 2, 3, 4, 5].map((n) => ({ key: `k${n}`, value: 'v' }));
    await group.member.setGroupMemberCustomField({ groupID: group.groupID, memberCustomField: fields });
    const read = async () => (await group.owner.getGroupMemberProfile({ groupID: group.groupID, userIDList: [uid(group.member)] })).data.memberList[0].memberCustomField;
    const before = await read();
    await refusal(() => group.member.setGroupMemberCustomField({ groupID: group.groupID, memberCustomField: [{ key: 'k1', value: 'x'.repeat(65) }] }));
    await refusal(() => group.member.setGroupMemberCustomField({ groupID: group.groupID, memberCustomField: [{ key: 'k6', value: 'v' }] }));
    expect(await read()).toEqual(before);
  });

  it('refuses a missing or empty memberCustomField in the SDK, without a code', async () => {
    const group = await squad(P);
    expect(isSchemaFailure(await refusal(() => group.member.setGroupMemberCustomField(raw({ groupID: group.groupID }))))).toBe(true);
    expect(isSchemaFailure(await refusal(() => group.member.setGroupMemberCustomField({ groupID: group.groupID, memberCustomField: [] })))).toBe(true);
  });
});

describe('permission matrix: getGroupMemberProfile', () => {
  const READ: MatrixTable = {
    [W]: { Owner: true, Member: true },
    ...adminTypes({ Owner: true, Admin: true, Member: true }),
    [AV]: { Owner: 2687, Member: 2687 },
  };
  it.each(cells(READ))('%s: %s reading a member → %p', async (type, role, expected) => {
    const group = await squad(type);
    const target = uid(group.member2);
    if (expected === true) {
      const { memberList } = (await group.actor(role).getGroupMemberProfile({ groupID: group.groupID, userIDList: [target, freshUserID('none')] })).data;
      expect(memberList.map((member) => member.userID)).toEqual([target]);
      expect(memberList[0]).toMatchObject({ role: TYPES.GRP_MBR_ROLE_MEMBER, nameCard: '', muteUntil: 0 });
    } else {
      expect(await refusal(() => group.actor(role).getGroupMemberProfile({ groupID: group.groupID, userIDList: [target] }))).toBe(expected);
    }
  });
});

describe('permission matrix: invitations (addGroupMember) by inviteOption', () => {
  type InviteCase = [string, GroupRole | 'Member', true | 'pending' | number | 'refused'];
  const OPTION_CASES: InviteCase[] = [
    [TYPES.INVITE_OPTIONS_FREE_ACCESS, 'Owner' as GroupRole, true],
    [TYPES.INVITE_OPTIONS_FREE_ACCESS, 'Admin' as GroupRole, true],
    [TYPES.INVITE_OPTIONS_FREE_ACCESS, 'Member', true],
    [TYPES.INVITE_OPTIONS_NEED_PERMISSION, 'Owner' as GroupRole, true],
    [TYPES.INVITE_OPTIONS_NEED_PERMISSION, 'Admin' as GroupRole, true],
    [TYPES.INVITE_OPTIONS_NEED_PERMISSION, 'Member', 'pending'],
    [TYPES.INVITE_OPTIONS_DISABLE_INVITE, 'Owner' as GroupRole, R],
    [TYPES.INVITE_OPTIONS_DISABLE_INVITE, 'Admin' as GroupRole, R],
    [TYPES.INVITE_OPTIONS_DISABLE_INVITE, 'Member', R],
  ];
  // Free Trial budget (harness.ts): Public only in the cloud; Meeting and Community follow the same option.
  const cases = (freeTrial ? [P] : [P, M, C]).flatMap((type) => OPTION_CASES.map(([option, role, expected]) => [type, option, role, expected] as const));

  it.each(cases)('%s with inviteOption %s: %s inviting → %p', async (type, option, role, expected) => {
    const group = await squad(type);
    await group.owner.updateGroupProfile({ groupID: group.groupID, inviteOption: option as typeof TYPES.INVITE_OPTIONS_FREE_ACCESS });
    const invitee = uid(group.outsider);
    const actor = group.actor(role as 'Owner' | 'Admin' | 'Member');
    if (expected === true) {
      const joined = waitForEvent(group.outsider, EVENT.GROUP_LIST_UPDATED, (event) => event.data.some((entry) => entry.groupID === group.groupID));
      const { data } = await actor.addGroupMember({ groupID: group.groupID, userIDList: [invitee] });
      expect(data.successUserIDList).toEqual([invitee]);
      expect(data.group?.groupID).toBe(group.groupID);
      await joined;
      expect(await memberOf(group, invitee)).toBeDefined();
    } else if (expected === 'pending') {
      const { data } = await actor.addGroupMember({ groupID: group.groupID, userIDList: [invitee] });
      expect([...data.successUserIDList, ...data.failureUserIDList, ...data.existedUserIDList, ...data.overLimitUserIDList]).toEqual([]);
      expect(data.group).toBeUndefined();
      expect(await memberOf(group, invitee)).toBeUndefined();
      const { applicationList } = (await group.owner.getGroupApplicationList()).data;
      const invitation = applicationList.find((entry) => entry.groupID === group.groupID);
      expect(invitation).toMatchObject({ applicationType: 2, applicant: uid(actor), userID: invitee });
      await group.owner.handleGroupApplication({ application: invitation!, handleAction: 'Agree' });
      expect(await memberOf(group, invitee)).toBeDefined();
    } else {
      await expectCell(group, role as 'Owner', expected, (chat) => chat.addGroupMember({ groupID: group.groupID, userIDList: [invitee] }), async () => undefined);
    }
  });

  it('Work: any member adds people directly', async () => {
    const group = await squad(W);
    const { data } = await group.member.addGroupMember({ groupID: group.groupID, userIDList: [uid(group.outsider)] });
    expect(data.successUserIDList).toEqual([uid(group.outsider)]);
  });

  it.each(cells({ [AV]: { Owner: 2661, Member: 2661 } }))('%s: %s inviting → %p', async (type, role, expected) => {
    const group = await squad(type);
    await expectCell(group, role, expected, (actor) => actor.addGroupMember({ groupID: group.groupID, userIDList: [uid(group.outsider)] }), async () => undefined);
  });

  it('sorts IDs into success, existed and failure; `group` only when someone was added', async () => {
    const [owner, member, newcomer] = await createTestUsers(3);
    const group = await createGroupOf(owner, W, [member]);
    const ghost = freshUserID('ghost');
    const { data } = await owner.addGroupMember({ groupID: group.groupID, userIDList: [uid(member), ghost, uid(newcomer)] });
    expect(data.successUserIDList).toEqual([uid(newcomer)]);
    expect(data.existedUserIDList).toEqual([uid(member)]);
    expect(data.failureUserIDList).toEqual([ghost]);
    expect(data.overLimitUserIDList).toEqual([]);
    expect(data.group?.memberCount).toBe(3);
    const again = (await owner.addGroupMember({ groupID: group.groupID, userIDList: [uid(member)] })).data;
    expect(again.existedUserIDList).toEqual([uid(member)]);
    expect(again.group).toBeUndefined();
  });

  it('never goes past maxMemberNum', async () => {
    const [owner, a, b] = await createTestUsers(3);
    const group = await createGroupOf(owner, W, [], { maxMemberNum: 2 });
    await owner.addGroupMember({ groupID: group.groupID, userIDList: [uid(a)] });
    await refusal(() => owner.addGroupMember({ groupID: group.groupID, userIDList: [uid(b)] }));
    expect((await owner.getGroupProfile({ groupID: group.groupID })).data.group.memberCount).toBe(2);
    expect((await allMembers(owner, group.groupID)).map((member) => member.userID)).not.toContain(uid(b));
  });

  it('refuses a missing or empty userIDList in the SDK, without a code', async () => {
    const [owner] = await createTestUsers(1);
    const group = await createGroupOf(owner, W);
    expect(isSchemaFailure(await refusal(() => owner.addGroupMember({ groupID: group.groupID, userIDList: [] })))).toBe(true);
    expect(isSchemaFailure(await refusal(() => owner.addGroupMember(raw({ groupID: group.groupID }))))).toBe(true);
  });
});

// ---- listing ---------------------------------------------------------------------------------------

describe('getGroupMemberList', () => {
  it('pages through every member once, in join order, with offset 0 on the last page', async () => {
    const [owner, ...others] = await createTestUsers(6);
    const group = await createGroupOf(owner, P, others);
    const seen: string[] = [];
    let offset = 0;
    let pages = 0;
    do {
      const { data } = await owner.getGroupMemberList({ groupID: group.groupID, count: 2, offset });
      expect(data.memberList.length).toBeLessThanOrEqual(2);
      seen.push(...data.memberList.map((member) => member.userID));
      offset = data.offset;
      pages += 1;
    } while (offset !== 0 && pages < 10);
    expect(seen).toEqual([owner, ...others].map(uid));
    const first = (await owner.getGroupMemberList({ groupID: group.groupID })).data.memberList[0];
    expect(first).toMatchObject({ userID: uid(owner), role: TYPES.GRP_MBR_ROLE_OWNER, nameCard: '', muteUntil: 0, memberCustomField: [] });
    for (const key of ['avatar', 'nick', 'joinTime', 'lastSendMsgTime', 'isOnline']) expect(first).toHaveProperty(key);
  });

  it('returns 15 members by default', async () => {
    const [owner, ...others] = await createTestUsers(17);
    const group = await createGroupOf(owner, P, others);
    const { data } = await owner.getGroupMemberList({ groupID: group.groupID });
    expect(data.memberList).toHaveLength(15);
    expect(data.offset).not.toBe(0);
    const rest = (await owner.getGroupMemberList({ groupID: group.groupID, offset: data.offset })).data;
    expect(rest.memberList.map((member) => member.userID)).toEqual(others.slice(14).map(uid));
    expect(rest.offset).toBe(0);
  });

  it('filters by role', async () => {
    const group = await squad(P);
    const list = async (role: string) =>
      (await group.member.getGroupMemberList(raw({ groupID: group.groupID, role }))).data.memberList.map((member) => member.userID).sort();
    expect(await list(TYPES.GRP_MBR_ROLE_OWNER)).toEqual([uid(group.owner)]);
    expect(await list(TYPES.GRP_MBR_ROLE_ADMIN)).toEqual([uid(group.admin), uid(group.admin2)].sort());
    expect(await list(TYPES.GRP_MBR_ROLE_MEMBER)).toEqual([uid(group.member), uid(group.member2)].sort());
  });

  it('answers an empty, finished list for a group one is not in', async () => {
    const group = await squad(P);
    expect((await group.outsider.getGroupMemberList({ groupID: group.groupID })).data).toEqual({ memberList: [], offset: 0 });
  });

  it('reflects removals made by others (a new member list after a kick)', async () => {
    const group = await squad(M);
    await group.owner.deleteGroupMember({ groupID: group.groupID, userIDList: [uid(group.member2)] });
    const userIDs = (await allMembers(group.member, group.groupID)).map((member) => member.userID);
    expect(userIDs).not.toContain(uid(group.member2));
    expect(userIDs).toHaveLength(4);
  });

  it('refuses a missing groupID in the SDK, without a code', async () => {
    const [chat] = await createTestUsers(1);
    expect(isSchemaFailure(await refusal(() => chat.getGroupMemberList(raw({ count: 10 }))))).toBe(true);
  });
});

describe('getGroupMemberProfile limits', () => {
  it('refuses a missing or empty userIDList in the SDK, without a code', async () => {
    const group = await squad(P);
    expect(isSchemaFailure(await refusal(() => group.owner.getGroupMemberProfile({ groupID: group.groupID, userIDList: [] })))).toBe(true);
  });

  it('keeps request order and leaves out non-members', async () => {
    const group = await squad(P);
    const { memberList } = (
      await group.owner.getGroupMemberProfile({ groupID: group.groupID, userIDList: [uid(group.member2), uid(group.outsider), uid(group.admin)] })
    ).data;
    expect(memberList.map((member) => member.userID)).toEqual([uid(group.member2), uid(group.admin)]);
    expect(roleOf(memberList, uid(group.admin))).toBe(ADMIN);
  });
});
