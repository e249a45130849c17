import { TYPES } from '../../constants';
import type { GroupNoticeType, GroupTipType } from '../../constants';
import type { GroupTipMember, GroupTipProfileChange } from '../../message-types';
import { errorText } from '../../errors';
import type { Session } from '../core/session';
import type { GroupContext } from './context';
import type { GroupRecord } from './model';
import { memberOf } from './reader';

/**
 * Group tips (to the group's conversation) and group system notices (to users' `@TIM#SYSTEM`) as each
 * operation sends them. Who gets which operationType follows the receivers of TIMGroupReportType
 * (https://comm.qq.com/im/doc/electron/zh/Enum/TIMGroupReportType.html) and what the Web SDK does on receipt
 * (group-module.js `_handleTips`, `_onReceivedGroupSystemNotice`):
 *
 * | operation                          | notice → to whom                      | tip (to the group)        |
 * |------------------------------------|---------------------------------------|---------------------------|
 * | joinGroup, NeedPermission          | 1 → owner and admins                  | —                         |
 * | handleGroupApplication Agree       | 2 → applicant                         | 1 JOIN                    |
 * | handleGroupApplication Reject      | 3 → applicant                         | —                         |
 * | joinGroup, free                    | —                                     | 1 JOIN                    |
 * | addGroupMember (direct)            | 7 → invitees                          | 1 JOIN                    |
 * | createGroup                        | 6 → creator; 7 → initial members      | —                         |
 * | quitGroup                          | 8 → quitter                           | 2 QUIT                    |
 * | deleteGroupMember                  | 4 → removed users                     | 3 KICKED_OUT (+ reason)   |
 * | deleteGroupMember in an AVChatRoom | 21 → banned users                     | 10 BAN_AVCHATROOM_MEMBER  |
 * | dismissGroup                       | 5 → every member                      | —                         |
 * | setGroupMemberRole Admin / Member  | 9 / 10 → target                       | 4 / 5                     |
 * | updateGroupProfile                 | —                                     | 6, changed keys only      |
 * | changeGroupOwner                   | —                                     | 6 `{ownerID}`             |
 * | setGroupMemberMuteTime             | —                                     | 7 `memberList[].muteTime` |
 *
 * Tips are called after the change is committed, so they reach the members the group has then: a joiner
 * sees its own JOIN tip, a quitter or a removed user gets no tip (their notice tells them instead). Every
 * member instance gets the tip, the operator's calling instance included: a tip is a message of the
 * group's history ("群 tips 消息会存消息列表，群里所有的人都会展示", V2TimGroupTipsElem doc,
 * https://comm.qq.com/im/doc/flutter/api/keyClass/group/v2timgrouptipselem.html), which no call's answer
 * carries, and the Web SDK has no other source of the tips it shows. UNCONFIRMED that the server pushes it
 * to the very connection that made the call (no source says either way).
 *
 * Notices addressed to the caller about its own call (6 created, 8 quit, 5 dismissed) skip the calling
 * instance, which learns it from its answer (and already dropped or added the group, as the SDK does before
 * resolving); its other instances get them, like GROUP_LIST_UPDATED (context.ts notifyLists).
 *
 * Everything is announced as if every console switch for group notifications were on: the console decides
 * which tips exist (Meeting groups give no join/quit tips by default, Meeting and AVChatRoom no member-info
 * tips, per the native V2TIMGroupListener docs; the Web defaults are UNCONFIRMED).
 */

/** A member as a tip lists it: userID with nick and avatar (bulk demo members get their derived card). */
export function tipMember(ctx: GroupContext, userID: string, extra: Partial<GroupTipMember> = {}): GroupTipMember {
  const { nick, avatar } = ctx.accounts.card(userID);
  return { userID, nick, avatar, ...extra };
}

export interface TipSpec {
  operationType: GroupTipType;
  operatorID: string;
  /** Whom the tip is about; the SDK defaults it to the operator. */
  userIDList: string[];
  /** Default: the cards of userIDList. */
  memberList?: GroupTipMember[];
  newGroupProfile?: GroupTipProfileChange;
}

/** A tip to the group as it is now (memberNum = the members after the change). */
export function announceTip(ctx: GroupContext, groupID: string, spec: TipSpec): void {
  const group = ctx.state.profile(groupID);
  if (!group) return;
  const tip = {
    operatorID: spec.operatorID,
    operationType: spec.operationType,
    userIDList: spec.userIDList,
    memberList: spec.memberList ?? spec.userIDList.map((userID) => tipMember(ctx, userID)),
    memberNum: group.memberCount,
    ...(spec.newGroupProfile ? { newGroupProfile: spec.newGroupProfile } : {}),
  };
  deliver(ctx, () => ctx.events.groupTip(groupID, tip));
}

export interface NoticeSpec {
  operationType: GroupNoticeType;
  operatorID: string;
  handleMessage?: string;
  authentication?: string;
  messageKey?: number;
}

/** A notice about `group` (as it was when the event happened) to each of `userIDs`, but `except`. */
export function announceNotice(
  ctx: GroupContext,
  userIDs: readonly string[],
  group: GroupRecord,
  spec: NoticeSpec,
  except?: Session,
): void {
  if (userIDs.length === 0) return;
  const notice = {
    groupID: group.groupID,
    groupName: group.name,
    groupType: group.type,
    operatorID: spec.operatorID,
    operationType: spec.operationType,
    handleMessage: spec.handleMessage ?? '',
    ...(spec.authentication !== undefined ? { authentication: spec.authentication } : {}),
    ...(spec.messageKey !== undefined ? { messageKey: spec.messageKey } : {}),
  };
  deliver(ctx, () => ctx.events.groupNotice([...new Set(userIDs)], notice, except));
}

/**
 * Owner and admins with an account (only they can have an instance to tell), who receive join requests:
 * "申请加群(只有管理员会接收到)" (TIMGroupReportType kTIMGroupReport_AddRequest); seed 004
 * handleGroupApplication: "all online admins will receive a group system message".
 */
export function managersOf(ctx: GroupContext, groupID: string): string[] {
  return ctx.accountMembers(groupID).filter((userID) => {
    const role = memberOf(ctx.state, groupID, userID)?.role;
    return role === TYPES.GRP_MBR_ROLE_OWNER || role === TYPES.GRP_MBR_ROLE_ADMIN;
  });
}

/**
 * The change is committed when this runs: a messages domain that fails to record the tip or notice must
 * not turn a done operation into a rejected call, so its failure is reported (server.problems) instead.
 */
function deliver(ctx: GroupContext, send: () => void): void {
  try {
    send();
  } catch (error) {
    ctx.host.problems.push({ kind: 'handler-error', message: `group event not delivered: ${errorText(error)}` });
  }
}
