import { TYPES } from '../../constants';
import type { CheckFriendType, DeleteFriendType, Friend, FriendCheck, FriendRelation } from '../../friend-types';
import { FRIEND_CODE } from '../../rules/friends';
import type { CustomField, UserFailure } from '../../types';
import type { Session } from '../core/session';
import { Touched, refuse, relationIn, unfriend } from './context';
import type { FriendContext } from './context';

/** ERR_SVR_FRIENDSHIP_DEL_NONFRIEND (V2TIMErrorCode.h): the SDK filters non-friends first (2700), so rare. */
const DEL_NONFRIEND = 31704;

/**
 * Removes each friend from the caller's list and, for Delete_Type_Both, the caller from theirs; everyone whose
 * list changed hears of it, the caller's instances included (the SDK learns it from the server's notice).
 */
export function deleteFriends(
  ctx: FriendContext,
  session: Session,
  userIDs: readonly string[],
  type: DeleteFriendType,
): { success: string[]; failure: UserFailure[] } {
  const me = session.userID;
  const tx = ctx.tx();
  const touched = new Touched();
  const success: string[] = [];
  const failure: UserFailure[] = [];
  for (const userID of userIDs) {
    if (!unfriend(tx, touched, me, userID)) {
      failure.push({ userID, code: DEL_NONFRIEND, message: `${userID} is not your friend` });
      continue;
    }
    if (type === TYPES.SNS_DELETE_TYPE_BOTH) unfriend(tx, touched, userID, me);
    success.push(userID);
  }
  if (!tx.isEmpty) {
    tx.commit();
    ctx.notify(touched);
  }
  return { success, failure };
}

/**
 * A is the caller, B each user asked about. One-way checks say only whether B is on A's list. Users who do not
 * exist are simply not related (UNCONFIRMED).
 */
export function checkFriends(ctx: FriendContext, session: Session, userIDs: readonly string[], type: CheckFriendType): FriendCheck[] {
  const user = ctx.state.user(session.userID);
  return userIDs.map((userID) => {
    const relation = user.relations.get(userID);
    const aWithB = Boolean(relation?.friend);
    const bWithA = Boolean(relation?.follower) && type === TYPES.SNS_CHECK_TYPE_BOTH;
    let result: FriendRelation = TYPES.SNS_TYPE_NO_RELATION;
    if (aWithB && bWithA) result = TYPES.SNS_TYPE_BOTH_WAY;
    else if (aWithB) result = TYPES.SNS_TYPE_A_WITH_B;
    else if (bWithA) result = TYPES.SNS_TYPE_B_WITH_A;
    return { userID, code: 0, relation: result };
  });
}

/** Sets the remark and/or custom fields (keys sent are set, others kept); the caller's other instances hear of it. */
export function updateFriend(
  ctx: FriendContext,
  session: Session,
  userID: string,
  remark: string | undefined,
  custom: readonly CustomField[],
): Friend {
  const me = session.userID;
  const tx = ctx.tx();
  const relation = relationIn(tx, me, userID);
  if (!relation.friend) throw refuse(FRIEND_CODE.INVALID_PARAMETERS, `updateFriend: ${userID} is not your friend`);
  const fields = relation.friend.custom.map((field) => ({ ...field }));
  for (const { key, value } of custom) {
    const existing = fields.find((field) => field.key === key);
    if (existing) existing.value = value;
    else fields.push({ key, value });
  }
  const next = { ...relation.friend, remark: remark ?? relation.friend.remark, custom: fields };
  if (JSON.stringify(next) !== JSON.stringify(relation.friend)) {
    tx.putRelation(me, { ...relation, friend: next });
    tx.commit();
    const touched = new Touched();
    touched.lists.add(me);
    ctx.notify(touched, session);
  }
  return ctx.friendOf(me, userID) as Friend;
}
