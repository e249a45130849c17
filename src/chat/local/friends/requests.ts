import { TYPES } from '../../constants';
import type { AcceptFriendType, AddFriendResult, AddFriendType, FriendApplicationType } from '../../friend-types';
import { serverSourceViolation } from '../../rules/friend-arguments';
import { FRIEND_CODE, FRIEND_LIMITS, groupNameViolation, wordingViolation } from '../../rules/friends';
import type { Session } from '../core/session';
import { Touched, befriend, dropRequestsBetween, refuse, withRequest } from './context';
import type { FriendContext } from './context';
import type { FriendData, PendingRecord } from './model';
import type { FriendTx } from './state';

/** addFriend as the server receives it: the SDK has checked the schema and applied its defaults. */
export interface AddFriendRequest {
  to: string;
  source: string;
  wording: string;
  remark: string;
  groupName: string;
  type: AddFriendType;
}

const NEED_CONFIRM_MESSAGE = 'The user accepts friends after approval: your request is waiting for them';

function newFriend(source: string, addTime: number, remark = '', groups: string[] = []): FriendData {
  return { remark, groups, source, addTime, custom: [] };
}

/** Adds `name` to the owner's friend groups when missing; false when that would pass the 32 groups. */
function ensureGroup(tx: FriendTx, owner: string, name: string): boolean {
  const meta = tx.meta(owner);
  if (meta.groups.includes(name)) return true;
  if (meta.groups.length >= FRIEND_LIMITS.maxGroups) return false;
  tx.setMeta(owner, { ...meta, groups: [...meta.groups, name] });
  return true;
}

/**
 * Checks in the order the relationship chain's server codes suggest (V2TIMErrorCode.h ERR_SVR_FRIENDSHIP_*):
 * the account, the request's fields, the blocklists (30515 mine, 30525 theirs), an existing friend (30001,
 * https://trtc.io/document/34457), the admin's ban (30009), my limit (30010), the target's allowType (30516 /
 * 30539), the target's limit (30014) and the pending limit (30012).
 */
export function addFriend(ctx: FriendContext, session: Session, request: AddFriendRequest): AddFriendResult {
  const me = session.userID;
  const { to } = request;
  const api = 'addFriend';
  if (!ctx.accounts.hasUser(to)) throw refuse(FRIEND_CODE.ACCOUNT_NOT_FOUND, `${api}: user ${to} does not exist`);
  // UNCONFIRMED: the server's code for adding oneself; its "invalid parameters" is the likeliest.
  if (to === me) throw refuse(FRIEND_CODE.INVALID_PARAMETERS, `${api}: you cannot add yourself as a friend`);
  const fieldProblem =
    serverSourceViolation(request.source) ??
    wordingViolation(request.wording) ??
    (request.groupName === '' ? null : groupNameViolation('groupName', request.groupName));
  if (fieldProblem) throw fieldProblem;
  if (ctx.isBlocked(me, to)) throw refuse(FRIEND_CODE.IN_SELF_BLACKLIST, `${api}: ${to} is on your blocklist`);
  if (ctx.isBlocked(to, me)) throw refuse(FRIEND_CODE.IN_PEER_BLACKLIST, `${api}: ${to} has blocked you`);
  const tx = ctx.tx();
  if (tx.relation(me, to)?.friend) throw refuse(FRIEND_CODE.INVALID_PARAMETERS, `${api}: ${to} is already your friend`);
  if (ctx.profileOf(me).adminForbidType === TYPES.FORBID_TYPE_SEND_OUT) {
    throw refuse(FRIEND_CODE.ADD_FRIEND_DENIED, `${api}: the app admin does not let you send friend requests`);
  }
  if (tx.friendCount(me) >= FRIEND_LIMITS.maxFriends) {
    throw refuse(FRIEND_CODE.FRIEND_COUNT_LIMIT, `${api}: you already have ${FRIEND_LIMITS.maxFriends} friends`);
  }
  const allowType = ctx.profileOf(to).allowType;
  if (allowType === TYPES.ALLOW_TYPE_DENY_ANY) {
    throw refuse(FRIEND_CODE.ALLOW_TYPE_DENY_ANY, `${api}: ${to} does not accept friend requests`);
  }
  const now = ctx.nowSec();
  const touched = new Touched();
  if (allowType === TYPES.ALLOW_TYPE_NEED_CONFIRM) {
    stageRequest(tx, me, to, request, now);
    tx.commit();
    touched.requests.add(me).add(to);
    ctx.notify(touched);
    return { userID: to, code: FRIEND_CODE.ALLOW_TYPE_NEED_CONFIRM, message: NEED_CONFIRM_MESSAGE };
  }
  const both = request.type === TYPES.SNS_ADD_TYPE_BOTH;
  if (both && !tx.relation(to, me)?.friend && tx.friendCount(to) >= FRIEND_LIMITS.maxFriends) {
    throw refuse(FRIEND_CODE.PEER_FRIEND_COUNT_LIMIT, `${api}: ${to} already has ${FRIEND_LIMITS.maxFriends} friends`);
  }
  if (request.groupName !== '' && !ensureGroup(tx, me, request.groupName)) {
    throw refuse(FRIEND_CODE.GROUP_COUNT_LIMIT, `${api}: you already have ${FRIEND_LIMITS.maxGroups} friend groups`);
  }
  const groups = request.groupName === '' ? [] : [request.groupName];
  befriend(tx, touched, me, to, newFriend(request.source, now, request.remark, groups));
  if (groups.length > 0) touched.groups.add(me);
  if (both) befriend(tx, touched, to, me, newFriend(request.source, now));
  dropRequestsBetween(tx, touched, me, to);
  tx.commit();
  // The SDK fetches its request list again whenever friends are added (onRelationChainModified).
  for (const userID of touched.lists) touched.requests.add(userID);
  ctx.notify(touched);
  return { userID: to, code: 0 };
}

/** A request waiting for `to`: received in their list, sent in mine; a repeated request replaces the earlier one. */
function stageRequest(tx: FriendTx, me: string, to: string, request: AddFriendRequest, now: number): void {
  const sent: PendingRecord = {
    userID: to,
    type: TYPES.SNS_APPLICATION_SENT_BY_ME,
    source: request.source,
    wording: request.wording,
    time: now,
    remark: request.remark,
    groupName: request.groupName,
  };
  const received: PendingRecord = { ...sent, userID: me, type: TYPES.SNS_APPLICATION_SENT_TO_ME, remark: '', groupName: '' };
  const mine = withRequest(tx.pending(me), sent);
  const theirs = withRequest(tx.pending(to), received);
  if (mine.length > FRIEND_LIMITS.maxPending || theirs.length > FRIEND_LIMITS.maxPending) {
    throw refuse(FRIEND_CODE.PENDING_LIMIT, `addFriend: at most ${FRIEND_LIMITS.maxPending} friend requests may wait at once`);
  }
  tx.setPending(me, mine);
  tx.setPending(to, theirs);
}

function receivedFrom(tx: FriendTx, me: string, userID: string): PendingRecord | undefined {
  return tx.pending(me).find((record) => record.userID === userID && record.type === TYPES.SNS_APPLICATION_SENT_TO_ME);
}

/**
 * Agree: the applicant's list gains me (with the remark and group they asked for); AgreeAndAdd: mine gains
 * them too (with `remark`). The request leaves both lists. 30614 (ERR_SVR_FRIENDSHIP_PENDENCY_NOT_FOUND) when
 * there is no such request.
 */
export function acceptRequest(ctx: FriendContext, session: Session, userID: string, remark: string, type: AcceptFriendType): void {
  const me = session.userID;
  const api = 'acceptFriendApplication';
  const tx = ctx.tx();
  const request = receivedFrom(tx, me, userID);
  if (!request) throw refuse(FRIEND_CODE.PENDING_NOT_FOUND, `${api}: ${userID} has no friend request waiting for you`);
  const sent = tx.pending(userID).find((record) => record.userID === me && record.type === TYPES.SNS_APPLICATION_SENT_BY_ME);
  const both = type === TYPES.SNS_APPLICATION_AGREE_AND_ADD;
  if (both && !tx.relation(me, userID)?.friend && tx.friendCount(me) >= FRIEND_LIMITS.maxFriends) {
    throw refuse(FRIEND_CODE.FRIEND_COUNT_LIMIT, `${api}: you already have ${FRIEND_LIMITS.maxFriends} friends`);
  }
  if (!tx.relation(userID, me)?.friend && tx.friendCount(userID) >= FRIEND_LIMITS.maxFriends) {
    throw refuse(FRIEND_CODE.PEER_FRIEND_COUNT_LIMIT, `${api}: ${userID} already has ${FRIEND_LIMITS.maxFriends} friends`);
  }
  const now = ctx.nowSec();
  const touched = new Touched();
  // UNCONFIRMED: a group the applicant asked for that would pass their 32 groups; the friendship is made without it.
  const groupName = sent?.groupName ?? '';
  const groups = groupName !== '' && ensureGroup(tx, userID, groupName) ? [groupName] : [];
  if (befriend(tx, touched, userID, me, newFriend(request.source, now, sent?.remark ?? '', groups)) && groups.length > 0) {
    touched.groups.add(userID);
  }
  if (both) befriend(tx, touched, me, userID, newFriend(request.source, now, remark));
  dropRequestsBetween(tx, touched, me, userID);
  tx.commit();
  for (const changed of touched.lists) touched.requests.add(changed);
  ctx.notify(touched);
}

/** The request leaves both lists. */
export function refuseRequest(ctx: FriendContext, session: Session, userID: string): void {
  const me = session.userID;
  const tx = ctx.tx();
  if (!receivedFrom(tx, me, userID)) {
    throw refuse(FRIEND_CODE.PENDING_NOT_FOUND, `refuseFriendApplication: ${userID} has no friend request waiting for you`);
  }
  const touched = new Touched();
  dropRequestsBetween(tx, touched, me, userID);
  tx.commit();
  ctx.notify(touched);
}

/** Only the caller's own list changes: the other party still sees their side (UNCONFIRMED, as in WeChat). */
export function deleteRequest(ctx: FriendContext, session: Session, userID: string, type: FriendApplicationType): void {
  const me = session.userID;
  const tx = ctx.tx();
  const pending = tx.pending(me);
  const kept = pending.filter((record) => !(record.userID === userID && record.type === type));
  if (kept.length === pending.length) {
    throw refuse(FRIEND_CODE.PENDING_NOT_FOUND, `deleteFriendApplication: there is no such request of ${userID}`);
  }
  tx.setPending(me, kept);
  tx.commit();
  const touched = new Touched();
  touched.requests.add(me);
  ctx.notify(touched);
}

/**
 * Every received request up to now counts as read (the SDK reports the time, pendency_report). Every
 * instance of the user hears it, the caller's too: the SDK emits only on the server's notice (pushType 7).
 */
export function markRequestsRead(ctx: FriendContext, session: Session): void {
  const me = session.userID;
  const tx = ctx.tx();
  const meta = tx.meta(me);
  const now = ctx.nowSec();
  if (meta.readAt !== now) {
    tx.setMeta(me, { ...meta, readAt: now });
    tx.commit();
  }
  const touched = new Touched();
  touched.requests.add(me);
  ctx.notify(touched);
}

