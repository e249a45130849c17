import { GROUP_NOTICE, TYPES } from '../../constants';
import { canKick } from '../../rules/group-permissions';
import type { AddGroupMemberResult, DeleteGroupMemberResult } from '../../types';
import type { Session } from '../core/session';
import { addApplication } from './applications';
import { announceNotice, announceTip, tipMember } from './announce';
import { GROUP_CODE } from './codes';
import { answer, refuse } from './context';
import type { GroupContext, GroupOutcome } from './context';
import { MAX_ADD_MEMBERS, MAX_DELETE_MEMBERS } from './limits';
import { roomLeft, stageJoin, stageLeave } from './membership';
import type { GroupRecord, MemberRecord } from './model';
import { inviteMode } from './permissions';
import { memberOf } from './reader';
import { optionalNumber, optionalString, readOptions, requireArray, requireString, stringList } from './params';
import { groupView } from './views';

/**
 * addGroupMember. The SDK refuses AVChatRoom itself (2661). The server then applies the group's
 * inviteOption (permissions.ts inviteMode) and sorts each ID into success, existed (already a member),
 * overLimit (in too many groups) or failure (no such account). A member's invitees under NeedPermission wait
 * for an owner's or admin's approval (result 3, which the SDK puts in none of the lists).
 */
export function addGroupMember(ctx: GroupContext, session: Session, raw: unknown): GroupOutcome<AddGroupMemberResult> {
  const api = 'addGroupMember';
  const options = readOptions(api, raw);
  const groupID = requireString(api, options, 'groupID');
  const requested = stringList(api, 'userIDList', requireArray(api, options, 'userIDList'));
  const existing = ctx.state.profile(groupID);
  if (existing?.type === TYPES.GRP_AVCHATROOM) {
    throw refuse(GROUP_CODE.AVCHATROOM_CANNOT_INVITE, `${api}: nobody can be invited to an AVChatRoom`);
  }
  const { group, self } = ctx.operator(api, groupID, session.userID);
  if (requested.length > MAX_ADD_MEMBERS) {
    // UNCONFIRMED code: the Web doc's 500 per call; 10005 is "too many accounts in the request".
    throw refuse(GROUP_CODE.TOO_MANY_ACCOUNTS, `${api}: at most ${MAX_ADD_MEMBERS} users per call`);
  }
  const mode = inviteMode(group.inviteOption, self.role);
  // UNCONFIRMED code: DisableInvite stops owner and admins as well; 10007.
  if (mode === 'refused') {
    throw ctx.denied(api, `${groupID} does not allow invitations (inviteOption ${group.inviteOption})`);
  }

  const result: AddGroupMemberResult = {
    successUserIDList: [],
    failureUserIDList: [],
    existedUserIDList: [],
    overLimitUserIDList: [],
  };
  const admitted: string[] = [];
  for (const userID of new Set(requested)) {
    if (memberOf(ctx.state, groupID, userID)) result.existedUserIDList.push(userID);
    else if (!ctx.accounts.exists(userID)) result.failureUserIDList.push(userID);
    else if (ctx.atGroupLimit(userID, group.type)) result.overLimitUserIDList.push(userID);
    else admitted.push(userID);
  }
  const tx = ctx.tx();
  if (mode === 'approval') {
    const now = ctx.nowSec();
    for (const userID of admitted) {
      addApplication(tx, { type: 2, groupID, applicant: session.userID, userID, note: '', time: now });
    }
    tx.commit();
    // UNCONFIRMED: no notice. The request reaches owner and admins as TIMGroupReportType
    // kTIMGroupReport_InviteReqToAdmin, which has no operationType in the Web SDK (group-module.js
    // _onReceivedGroupSystemNotice); they see it in getGroupApplicationList.
    return answer(result);
  }
  if (admitted.length > roomLeft(group)) {
    // UNCONFIRMED: the whole call is refused rather than filling the group part-way.
    const size = `${group.memberCount}/${group.maxMemberCount}`;
    throw refuse(GROUP_CODE.GROUP_FULL, `${api}: ${admitted.length} more members do not fit in ${groupID} (${size})`);
  }
  if (admitted.length === 0) return answer(result);
  const now = ctx.nowSec();
  for (const userID of admitted) stageJoin(tx, groupID, userID, TYPES.GRP_MBR_ROLE_MEMBER, now);
  tx.commit();
  result.successUserIDList = admitted;
  // Invitees are pulled in (notice 7: the SDK fetches the group and emits the list); the group sees them
  // join (tip 1: the Web SDK has no separate invite tip, index.d.ts GRP_TIP_MBR_JOIN).
  announceNotice(ctx, admitted, group, { operationType: GROUP_NOTICE.INVITED, operatorID: session.userID });
  announceTip(ctx, groupID, { operationType: TYPES.GRP_TIP_MBR_JOIN, operatorID: session.userID, userIDList: admitted });
  ctx.notifyLists(admitted);
  result.group = groupView(ctx.requireGroup(api, groupID), self);
  return answer(result);
}

/**
 * An AVChatRoom has no kick: the SDK turns deleteGroupMember into a ban for `duration` seconds, refusing a
 * missing or zero duration itself (2686). Banned users leave the room and cannot come back until it ends.
 */
function banFromRoom(
  ctx: GroupContext,
  api: string,
  group: GroupRecord,
  self: MemberRecord,
  userIDs: string[],
  duration: unknown,
): GroupOutcome<DeleteGroupMemberResult> {
  if (duration === undefined || duration === null || duration === 0) {
    throw refuse(GROUP_CODE.INVALID_BAN_DURATION, `${api}: banning from an AVChatRoom needs a duration in seconds`);
  }
  if (typeof duration !== 'number' || !Number.isInteger(duration) || duration < 0) {
    throw refuse(GROUP_CODE.INVALID_PARAMETER, `${api}: duration must be a positive number of seconds`);
  }
  if (self.role !== TYPES.GRP_MBR_ROLE_OWNER) throw ctx.denied(api, 'only the owner may ban from an AVChatRoom');
  if (userIDs.includes(group.ownerID)) throw ctx.denied(api, 'the owner cannot be banned');
  const now = ctx.nowSec();
  const tx = ctx.tx();
  for (const userID of userIDs) {
    const member = memberOf(tx, group.groupID, userID);
    if (member) stageLeave(tx, group.groupID, member);
  }
  const staged = tx.profile(group.groupID) ?? group;
  const bans = staged.bans.filter(([userID, end]) => end > now && !userIDs.includes(userID));
  tx.setProfile({ ...staged, bans: [...bans, ...userIDs.map((userID): [string, number] => [userID, now + duration])] });
  tx.commit();
  // The banned hear it (notice 21: their SDK drops the room, group-module.js onAVChatRoomMemberBanned); the
  // room sees tip 10 (index.d.ts GRP_TIP_BAN_AVCHATROOM_MEMBER). UNCONFIRMED: whom each names, and that users
  // banned while outside the room are told too. There is no unban call, so tip 11 is never sent.
  const operatorID = self.userID;
  announceNotice(ctx, userIDs, group, { operationType: GROUP_NOTICE.AVCHATROOM_BANNED, operatorID });
  announceTip(ctx, group.groupID, { operationType: TYPES.GRP_TIP_BAN_AVCHATROOM_MEMBER, operatorID, userIDList: userIDs });
  return answer({ group: groupView(ctx.requireGroup(api, group.groupID), self), userIDList: userIDs });
}

/**
 * deleteGroupMember: the SDK refuses a group it does not have (2603). The server checks every target before
 * removing anyone (owner: anyone else; admin: members only; Work: the owner alone). IDs that are not members
 * are passed over, as a repeated kick would be (UNCONFIRMED), and the answer echoes the IDs asked, as the SDK
 * does.
 */
export function deleteGroupMember(ctx: GroupContext, session: Session, raw: unknown): GroupOutcome<DeleteGroupMemberResult> {
  const api = 'deleteGroupMember';
  const options = readOptions(api, raw);
  const groupID = requireString(api, options, 'groupID');
  const reason = optionalString(api, options, 'reason') ?? '';
  const local = ctx.localGroup(groupID, session.userID);
  if (!local) throw refuse(GROUP_CODE.GROUP_NOT_FOUND_LOCALLY, `${api}: group ${groupID} is not in your group list`);
  const { group, self } = local;
  const userIDs = stringList(api, 'userIDList', requireArray(api, options, 'userIDList'));
  if (group.type === TYPES.GRP_AVCHATROOM) return banFromRoom(ctx, api, group, self, [...new Set(userIDs)], options.duration);
  optionalNumber(api, options, 'duration');
  if (userIDs.length > MAX_DELETE_MEMBERS) {
    // UNCONFIRMED: the REST cap of 500 per call, with 10005.
    throw refuse(GROUP_CODE.TOO_MANY_ACCOUNTS, `${api}: at most ${MAX_DELETE_MEMBERS} users per call`);
  }
  // UNCONFIRMED code: removing oneself is quitGroup's job; 10004.
  if (userIDs.includes(session.userID)) throw refuse(GROUP_CODE.INVALID_PARAMETER, `${api}: use quitGroup to leave`);
  const targets: MemberRecord[] = [];
  for (const userID of new Set(userIDs)) {
    const target = memberOf(ctx.state, groupID, userID);
    if (!target) continue;
    if (!canKick(group.type, self.role, target.role, userID === session.userID)) {
      throw ctx.denied(api, `a ${self.role} may not remove the ${target.role} ${userID} from a ${group.type} group`);
    }
    targets.push(target);
  }
  if (targets.length > 0) {
    const tx = ctx.tx();
    for (const target of targets) stageLeave(tx, groupID, target);
    tx.commit();
    const removed = targets.map((target) => target.userID);
    // The removed users get notice 4 ("只有被踢者接收到", TIMGroupReportType kTIMGroupReport_BeKicked) and
    // drop the group; the members left see tip 3 with the reason on each member, as the SDK copies the
    // server's memberExtraInfo.reason (index.es.js Message.setGroupTipElement).
    announceNotice(ctx, removed, group, { operationType: GROUP_NOTICE.KICKED_OUT, operatorID: session.userID });
    const memberList = removed.map((userID) => tipMember(ctx, userID, reason ? { reason } : {}));
    announceTip(ctx, groupID, { operationType: TYPES.GRP_TIP_MBR_KICKED_OUT, operatorID: session.userID, userIDList: removed, memberList });
    ctx.notifyLists(removed);
  }
  return answer({ group: groupView(ctx.requireGroup(api, groupID), self), userIDList: userIDs });
}
