import { GROUP_NOTICE, TYPES } from '../../constants';
import { canQuit } from '../../rules/group-permissions';
import type { GroupIDResult, JoinGroupResult } from '../../types';
import type { Session } from '../core/session';
import { GROUP_CODE } from './codes';
import { answer, refuse } from './context';
import type { GroupContext, GroupOutcome } from './context';
import { addApplication } from './applications';
import { announceNotice, announceTip, managersOf } from './announce';
import { roomLeft, stageJoin, stageLeave } from './membership';
import type { GroupRecord } from './model';
import { joinMode } from './permissions';
import { memberAtSeq, memberOf } from './reader';
import type { GroupTx } from './tx';
import { optionalString, readOptions, requireGroupIDArg, requireString } from './params';
import { groupView } from './views';

function banEnd(group: GroupRecord, userID: string, now: number): number {
  const ban = group.bans.find(([id]) => id === userID);
  return ban && ban[1] > now ? ban[1] : 0;
}

/**
 * "A user can only join one AVChatRoom at a time": the SDK quits the previous room before joining another,
 * unless it owns it ([GM] AVChatRoomHandler._preCheck). Done here for the account, staged with the join.
 */
function leaveOtherRooms(tx: GroupTx, userID: string, groupID: string): string[] {
  const left: string[] = [];
  for (const [otherID, seq] of tx.entriesOf(userID)) {
    const other = tx.profile(otherID);
    if (!other || otherID === groupID || other.type !== TYPES.GRP_AVCHATROOM || other.ownerID === userID) continue;
    const member = memberAtSeq(tx, otherID, userID, seq);
    if (member) {
      stageLeave(tx, otherID, member);
      left.push(otherID);
    }
  }
  return left;
}

/**
 * joinGroup by group type and joinOption (index.d.ts joinGroup; group feature table,
 * https://cloud.tencent.com/document/product/269/75697). A member asking again gets AlreadyInGroup, except in
 * an AVChatRoom: the SDK only knows the rooms this login entered, so a member (the owner right after
 * createGroup, as the doc asks) re-enters with JoinedSuccess.
 */
export function joinGroup(ctx: GroupContext, session: Session, raw: unknown): GroupOutcome<JoinGroupResult> {
  const api = 'joinGroup';
  const options = readOptions(api, raw);
  const groupID = requireString(api, options, 'groupID');
  const note = optionalString(api, options, 'applyMessage') ?? '';
  optionalString(api, options, 'type');
  const me = session.userID;
  const group = ctx.requireGroup(api, groupID);
  const self = memberOf(ctx.state, groupID, me);
  const room = group.type === TYPES.GRP_AVCHATROOM;
  if (self && !room) return answer({ status: TYPES.JOIN_STATUS_ALREADY_IN_GROUP });
  if (self) return answer({ status: TYPES.JOIN_STATUS_SUCCESS, group: groupView(group, self) });

  const mode = joinMode(group.type, group.joinOption);
  if (mode === 'refused') {
    // Work: the server's 10004 "this group type does not enable apply join group" (seen in
    // github.com/zhaoyang21cn/iLiveSDK_Android_Suixinbo/issues/96). A Public or
    // Community group set to DisableApply: UNCONFIRMED, the same code.
    throw refuse(
      GROUP_CODE.INVALID_PARAMETER,
      group.type === TYPES.GRP_WORK
        ? `${api}: a Work group cannot be joined by request, only by invitation`
        : `${api}: ${groupID} does not accept requests to join (DisableApply)`,
    );
  }
  const now = ctx.nowSec();
  const banned = banEnd(group, me, now);
  // UNCONFIRMED code for a banned user coming back before the ban ends: 10007.
  if (banned > 0) throw ctx.denied(api, `${me} is banned from ${groupID} until ${banned}`);
  if (ctx.atGroupLimit(me, group.type)) {
    throw refuse(GROUP_CODE.TOO_MANY_GROUPS, `${api}: ${me} is already in ${ctx.plan.maxGroupsPerUser} groups`);
  }
  const tx = ctx.tx();
  // A request may wait on a full group (UNCONFIRMED): the approval is where 10014 applies.
  if (mode === 'approval') {
    const request = addApplication(tx, { type: 0, groupID, applicant: me, userID: '', note, time: now });
    tx.commit();
    // Owner and admins get the request (notice 1) with what handleGroupApplication takes back: the same
    // authentication and messageKey as the request's entry in getGroupApplicationList.
    announceNotice(ctx, managersOf(ctx, groupID), group, {
      operationType: GROUP_NOTICE.JOIN_REQUEST,
      operatorID: me,
      handleMessage: note,
      authentication: request.id,
      messageKey: request.time,
    });
    return answer({ status: TYPES.JOIN_STATUS_WAIT_APPROVAL });
  }
  if (roomLeft(group) < 1) throw refuse(GROUP_CODE.GROUP_FULL, `${api}: ${groupID} is full (${group.maxMemberCount} members)`);
  const roomsLeft = room ? leaveOtherRooms(tx, me, groupID) : [];
  const member = stageJoin(tx, groupID, me, TYPES.GRP_MBR_ROLE_MEMBER, now);
  tx.commit();
  // The SDK quits the previous room with quitGroup, so that room hears a QUIT tip (UNCONFIRMED: no notice 8,
  // the instance quit it itself).
  for (const otherID of roomsLeft) announceTip(ctx, otherID, { operationType: TYPES.GRP_TIP_MBR_QUIT, operatorID: me, userIDList: [me] });
  announceTip(ctx, groupID, { operationType: TYPES.GRP_TIP_MBR_JOIN, operatorID: me, userIDList: [me] });
  if (!room) ctx.notifyLists([me], session);
  const joined = groupView(ctx.requireGroup(api, groupID), member);
  return answer({ status: TYPES.JOIN_STATUS_SUCCESS, group: joined }, !room);
}

/**
 * The SDK refuses a group not in its list (2623, which covers unknown groups too); the server refuses an
 * owner other than a Work group's (10009). A Work group whose last member leaves is gone (UNCONFIRMED).
 */
export function quitGroup(ctx: GroupContext, session: Session, rawGroupID: unknown): GroupOutcome<GroupIDResult> {
  const api = 'quitGroup';
  const groupID = requireGroupIDArg(api, rawGroupID);
  const local = ctx.localGroup(groupID, session.userID);
  if (!local) throw refuse(GROUP_CODE.NOT_IN_GROUP, `${api}: ${session.userID} is not in group ${groupID}`);
  const { group, self } = local;
  if (group.ownerID === session.userID && !canQuit(group.type, TYPES.GRP_MBR_ROLE_OWNER)) {
    throw refuse(GROUP_CODE.OWNER_CANNOT_QUIT, `${api}: the owner cannot leave a ${group.type} group; transfer or dismiss it`);
  }
  const tx = ctx.tx();
  stageLeave(tx, groupID, self);
  if ((tx.profile(groupID)?.memberCount ?? 0) === 0) tx.deleteGroup(groupID);
  tx.commit();
  // Notice 8 is for the quitter ("主动退群(主动退出者接收, 不展示)", TIMGroupReportType): its other instances
  // drop the group on it; the members left see a QUIT tip.
  announceNotice(ctx, [session.userID], group, { operationType: GROUP_NOTICE.QUIT, operatorID: session.userID }, session);
  announceTip(ctx, groupID, { operationType: TYPES.GRP_TIP_MBR_QUIT, operatorID: session.userID, userIDList: [session.userID] });
  const listed = group.type !== TYPES.GRP_AVCHATROOM;
  if (listed) ctx.notifyLists([session.userID], session);
  return answer({ groupID }, listed);
}
