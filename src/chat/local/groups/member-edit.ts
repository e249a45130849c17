import { GROUP_NOTICE, MAX_MUTE_SECONDS, TYPES } from '../../constants';
import type { GroupRole } from '../../constants';
import { canMute, canSetMemberCustomField, canSetNameCard } from '../../rules/group-permissions';
import type { GroupMemberResult } from '../../types';
import type { Session } from '../core/session';
import { paramsFailed } from '../status';
import { announceNotice, announceTip, tipMember } from './announce';
import { GROUP_CODE } from './codes';
import { answer, refuse } from './context';
import type { GroupContext, GroupOutcome } from './context';
import { checkNameCard, mergeMemberCustomFields, readMemberCustomFields } from './fields';
import type { GroupRecord, MemberRecord } from './model';
import { assignableRoles } from './permissions';
import { memberOf } from './reader';
import { optionalString, readOptions, requireArray, requireString } from './params';
import type { Options } from './params';
import { groupView, memberView } from './views';

/** UNCONFIRMED code for a target who is not in the group: 10007, like the other refused operations. */
function target(ctx: GroupContext, api: string, groupID: string, userID: string): MemberRecord {
  const member = memberOf(ctx.state, groupID, userID);
  if (!member) throw ctx.denied(api, `${userID} is not a member of ${groupID}`);
  return member;
}

/** `{group, member}` as the caller sees them. */
function memberAnswer(
  ctx: GroupContext,
  api: string,
  session: Session,
  groupID: string,
  member: MemberRecord,
): GroupOutcome<GroupMemberResult> {
  const group = ctx.requireGroup(api, groupID);
  return answer({
    group: groupView(group, memberOf(ctx.state, groupID, session.userID)),
    member: memberView(member, ctx.accounts.card(member.userID), ctx.accounts.isOnline(member.userID), undefined),
  });
}

/** Writes one member, which is one chunk key, then answers. */
function saveMember(
  ctx: GroupContext,
  api: string,
  session: Session,
  groupID: string,
  member: MemberRecord,
): GroupOutcome<GroupMemberResult> {
  const tx = ctx.tx();
  tx.putMember(groupID, member);
  tx.commit();
  return memberAnswer(ctx, api, session, groupID, member);
}

/** Work groups cannot mute and AVChatRoom has no admin role: the server's "invalid parameter" (UNCONFIRMED). */
function unsupported(api: string, type: string, what: string): Error {
  return refuse(GROUP_CODE.INVALID_PARAMETER, `${api}: ${type} groups do not support ${what}`);
}

/**
 * muteUntil = now + muteTime seconds; 0 unmutes. The SDK refuses a negative or missing muteTime (schema) and
 * muting oneself (2685). Owner mutes anyone else; admin mutes members only; AVChatRoom: the owner.
 */
export function setGroupMemberMuteTime(ctx: GroupContext, session: Session, raw: unknown): GroupOutcome<GroupMemberResult> {
  const api = 'setGroupMemberMuteTime';
  const options = readOptions(api, raw);
  const groupID = requireString(api, options, 'groupID');
  const userID = requireString(api, options, 'userID');
  const muteTime = options.muteTime;
  if (typeof muteTime !== 'number' || !(muteTime >= 0)) {
    throw paramsFailed(api, 'muteTime must be a number ≥ 0');
  }
  if (userID === session.userID) throw refuse(GROUP_CODE.CANNOT_MUTE_SELF, `${api}: you cannot mute yourself`);
  const { group, self } = ctx.operator(api, groupID, session.userID);
  if (group.type === TYPES.GRP_WORK) throw unsupported(api, group.type, 'muting members');
  if (muteTime > MAX_MUTE_SECONDS) throw refuse(GROUP_CODE.INVALID_PARAMETER, `${api}: muteTime exceeds ${MAX_MUTE_SECONDS}`);
  const member = target(ctx, api, groupID, userID);
  if (!canMute(group.type, self.role, member.role, userID === session.userID)) {
    throw ctx.denied(api, `a ${self.role} may not mute the ${member.role} ${userID}`);
  }
  const muteUntil = muteTime === 0 ? 0 : ctx.nowSec() + Math.floor(muteTime);
  const outcome = saveMember(ctx, api, session, groupID, { ...member, muteUntil });
  // Tip 7 carries the seconds given; each SDK sets muteUntil = its now + muteTime (group-module.js
  // _onMemberInfoModified, GroupMember.updateMuteUntil). No notice: TIMGroupReportType's ShutUpMember has
  // no operationType in the Web SDK (UNCONFIRMED whether the server sends one).
  announceTip(ctx, groupID, {
    operationType: TYPES.GRP_TIP_MBR_PROFILE_UPDATED,
    operatorID: session.userID,
    userIDList: [userID],
    memberList: [tipMember(ctx, userID, { muteTime: Math.floor(muteTime) })],
  });
  return outcome;
}

/**
 * Owner only. The SDK checks, in this order, that its copy says the caller owns the group (2681), the role
 * (2683; Custom only in Communities) and the target (2684, oneself). Work groups have no admins and
 * AVChatRoom no roles to set (group feature table, https://cloud.tencent.com/document/product/269/75697). The target's instances get the list with the new role.
 */
export function setGroupMemberRole(ctx: GroupContext, session: Session, raw: unknown): GroupOutcome<GroupMemberResult> {
  const api = 'setGroupMemberRole';
  const options = readOptions(api, raw);
  const groupID = requireString(api, options, 'groupID');
  const userID = requireString(api, options, 'userID');
  const role = requireString(api, options, 'role') as GroupRole;
  const local = ctx.localGroup(groupID, session.userID);
  if (local && local.self.role !== TYPES.GRP_MBR_ROLE_OWNER) {
    throw refuse(GROUP_CODE.NOT_GROUP_OWNER, `${api}: only the owner may set roles`);
  }
  if (!assignableRoles(groupID).includes(role)) {
    throw refuse(GROUP_CODE.INVALID_MEMBER_ROLE, `${api}: role must be one of ${assignableRoles(groupID).join(', ')}`);
  }
  if (userID === session.userID) throw refuse(GROUP_CODE.CANNOT_SET_OWN_ROLE, `${api}: you cannot set your own role`);
  const { group } = ctx.operator(api, groupID, session.userID);
  if (group.type === TYPES.GRP_WORK || group.type === TYPES.GRP_AVCHATROOM) {
    throw unsupported(api, group.type, 'member roles');
  }
  const member = target(ctx, api, groupID, userID);
  if (member.role === role) return memberAnswer(ctx, api, session, groupID, member);
  const outcome = saveMember(ctx, api, session, groupID, { ...member, role });
  announceRole(ctx, session, group, userID, role);
  // Brief: the target's group list shows its role, so its instances are told (the SDK's own notice 9/10
  // only touches its member cache).
  ctx.notifyLists([userID]);
  return outcome;
}

/**
 * Admin / Member: the target gets notice 9 / 10 ("设置管理员(被设置者接收)", TIMGroupReportType) and the
 * group tip 4 / 5. A Community's Custom role: UNCONFIRMED, neither (no operationType names it).
 */
function announceRole(ctx: GroupContext, session: Session, group: GroupRecord, userID: string, role: GroupRole): void {
  if (role !== TYPES.GRP_MBR_ROLE_ADMIN && role !== TYPES.GRP_MBR_ROLE_MEMBER) return;
  const admin = role === TYPES.GRP_MBR_ROLE_ADMIN;
  const operatorID = session.userID;
  announceNotice(ctx, [userID], group, { operationType: admin ? GROUP_NOTICE.SET_ADMIN : GROUP_NOTICE.CANCELED_ADMIN, operatorID });
  const operationType = admin ? TYPES.GRP_TIP_MBR_SET_ADMIN : TYPES.GRP_TIP_MBR_CANCELED_ADMIN;
  announceTip(ctx, group.groupID, { operationType, operatorID, userIDList: [userID] });
}

function editTarget(options: Options, api: string, session: Session): string {
  return optionalString(api, options, 'userID') || session.userID;
}

/** The SDK refuses AVChatRoom itself (2687) when the room is in its list. */
function refuseRoom(ctx: GroupContext, api: string, groupID: string, userID: string): void {
  if (ctx.localGroup(groupID, userID)?.group.type === TYPES.GRP_AVCHATROOM) {
    throw refuse(GROUP_CODE.NOT_SUPPORTED_IN_AVCHATROOM, `${api}: not supported in an AVChatRoom`);
  }
}

/**
 * ≤ 50 bytes (usage limits). Owner: anyone; admin: self and members; member: self (index.d.ts
 * setGroupMemberNameCard).
 */
export function setGroupMemberNameCard(ctx: GroupContext, session: Session, raw: unknown): GroupOutcome<GroupMemberResult> {
  const api = 'setGroupMemberNameCard';
  const options = readOptions(api, raw);
  const groupID = requireString(api, options, 'groupID');
  const nameCard = options.nameCard;
  if (typeof nameCard !== 'string') {
    throw paramsFailed(api, 'nameCard must be a string');
  }
  const userID = editTarget(options, api, session);
  refuseRoom(ctx, api, groupID, session.userID);
  const { group, self } = ctx.operator(api, groupID, session.userID);
  checkNameCard(api, nameCard);
  const member = target(ctx, api, groupID, userID);
  if (!canSetNameCard(group.type, self.role, member.role, userID === session.userID)) {
    throw ctx.denied(api, `a ${self.role} may not set the name card of the ${member.role} ${userID}`);
  }
  if (member.nameCard === nameCard) return memberAnswer(ctx, api, session, groupID, member);
  return saveMember(ctx, api, session, groupID, { ...member, nameCard });
}

/**
 * ≤ 5 keys per member, values ≤ 64 bytes. Who may write is set per field in the console on the real service;
 * here (UNCONFIRMED) the name-card rule: members their own, admins also members', the owner anyone's.
 */
export function setGroupMemberCustomField(ctx: GroupContext, session: Session, raw: unknown): GroupOutcome<GroupMemberResult> {
  const api = 'setGroupMemberCustomField';
  const options = readOptions(api, raw);
  const groupID = requireString(api, options, 'groupID');
  const rawFields = requireArray(api, options, 'memberCustomField');
  const userID = editTarget(options, api, session);
  refuseRoom(ctx, api, groupID, session.userID);
  const { group, self } = ctx.operator(api, groupID, session.userID);
  const member = target(ctx, api, groupID, userID);
  const customFields = mergeMemberCustomFields(api, member.customFields, readMemberCustomFields(api, rawFields));
  if (!canSetMemberCustomField(group.type, self.role, member.role, userID === session.userID)) {
    throw ctx.denied(api, `a ${self.role} may not set custom fields of the ${member.role} ${userID}`);
  }
  return saveMember(ctx, api, session, groupID, { ...member, customFields });
}
