import type { FriendGroup, FriendGroupFailure } from '../../friend-types';
import { FRIEND_CODE, FRIEND_LIMITS, groupNameViolation } from '../../rules/friends';
import type { UserFailure } from '../../types';
import type { Session } from '../core/session';
import { Touched, refuse } from './context';
import type { FriendContext } from './context';
import type { FriendTx } from './state';
import { groupView } from './views';

/*
 * Friend groups (group_add / group_delete / group_update of relationship-module.js FriendGroupHandler). The
 * caller's SDK updates its own group list and emits FRIEND_GROUP_LIST_UPDATED itself; the server's notice
 * to the user's other instances is about the friends whose group list changed (their Tag_SNS_IM_Group), so
 * those hear FRIEND_LIST_UPDATED.
 */

function requireGroup(tx: FriendTx, owner: string, api: string, name: string): void {
  if (!tx.meta(owner).groups.includes(name)) throw refuse(FRIEND_CODE.FRIEND_GROUP_NOT_FOUND, `${api}: you have no friend group "${name}"`);
}

/** Puts `name` into (or takes it out of) each friend's group list; returns who changed. */
function regroup(tx: FriendTx, owner: string, userIDs: readonly string[], change: (groups: string[]) => string[]): string[] {
  const changed: string[] = [];
  for (const userID of userIDs) {
    const relation = tx.relation(owner, userID);
    if (!relation?.friend) continue;
    const groups = change(relation.friend.groups);
    if (groups.join('\u0000') === relation.friend.groups.join('\u0000')) continue;
    tx.putRelation(owner, { ...relation, friend: { ...relation.friend, groups } });
    changed.push(userID);
  }
  return changed;
}

function finish(ctx: FriendContext, session: Session, tx: FriendTx, friendsChanged: boolean): void {
  if (tx.isEmpty) return;
  tx.commit();
  if (!friendsChanged) return;
  const touched = new Touched();
  touched.lists.add(session.userID);
  ctx.notify(touched, session);
}

/**
 * 30011 past 32 groups, 30001 for a bad name (the SDK has answered 2710 for a name in use). Users who are not
 * friends fail one by one (UNCONFIRMED code: 30001, the relationship chain's "invalid parameters").
 */
export function createFriendGroup(
  ctx: FriendContext,
  session: Session,
  name: string,
  userIDs: readonly string[],
): { friendGroup: FriendGroup; failureUserIDList: UserFailure[] } {
  const me = session.userID;
  const api = 'createFriendGroup';
  const bad = groupNameViolation('name', name);
  if (bad) throw bad;
  const tx = ctx.tx();
  const meta = tx.meta(me);
  if (meta.groups.includes(name)) throw refuse(FRIEND_CODE.FRIEND_GROUP_EXISTS, `${api}: you already have a friend group "${name}"`);
  if (meta.groups.length >= FRIEND_LIMITS.maxGroups) {
    throw refuse(FRIEND_CODE.GROUP_COUNT_LIMIT, `${api}: you already have ${FRIEND_LIMITS.maxGroups} friend groups`);
  }
  tx.setMeta(me, { ...meta, groups: [...meta.groups, name] });
  const failureUserIDList: UserFailure[] = [];
  const members: string[] = [];
  for (const userID of new Set(userIDs)) {
    if (tx.relation(me, userID)?.friend) members.push(userID);
    else failureUserIDList.push({ userID, code: FRIEND_CODE.INVALID_PARAMETERS, message: `${userID} is not your friend` });
  }
  const changed = regroup(tx, me, members, (groups) => [...groups, name]);
  finish(ctx, session, tx, changed.length > 0);
  return { friendGroup: groupView(name, ctx.state.user(me).friends()), failureUserIDList };
}

/** Resolves with the group as the SDK hands it back: its userIDList emptied, its count as it was. */
export function deleteFriendGroup(ctx: FriendContext, session: Session, name: string): FriendGroup {
  const me = session.userID;
  const tx = ctx.tx();
  requireGroup(tx, me, 'deleteFriendGroup', name);
  const before = groupView(name, ctx.state.user(me).friends());
  const meta = tx.meta(me);
  tx.setMeta(me, { ...meta, groups: meta.groups.filter((group) => group !== name) });
  const changed = regroup(tx, me, before.userIDList, (groups) => groups.filter((group) => group !== name));
  finish(ctx, session, tx, changed.length > 0);
  return { name, userIDList: [], count: before.count };
}

/**
 * The SDK sends only the users on its friend list (the others are silently left out), so failures are the
 * server's; none arise here.
 */
export function moveFriends(
  ctx: FriendContext,
  session: Session,
  name: string,
  userIDs: readonly string[],
  into: boolean,
): { friendGroup: FriendGroup; failureUserIDList: FriendGroupFailure[]; changed: boolean } {
  const me = session.userID;
  const tx = ctx.tx();
  requireGroup(tx, me, into ? 'addToFriendGroup' : 'removeFromFriendGroup', name);
  const changed = regroup(tx, me, userIDs, (groups) =>
    into ? (groups.includes(name) ? groups : [...groups, name]) : groups.filter((group) => group !== name),
  );
  finish(ctx, session, tx, changed.length > 0);
  return { friendGroup: groupView(name, ctx.state.user(me).friends()), failureUserIDList: [], changed: changed.length > 0 };
}

/** 30001 for a bad new name or one already in use (UNCONFIRMED code for the latter). */
export function renameFriendGroup(ctx: FriendContext, session: Session, oldName: string, newName: string): FriendGroup {
  const me = session.userID;
  const api = 'renameFriendGroup';
  const tx = ctx.tx();
  requireGroup(tx, me, api, oldName);
  const bad = groupNameViolation('newName', newName);
  if (bad) throw bad;
  const meta = tx.meta(me);
  if (newName !== oldName && meta.groups.includes(newName)) {
    throw refuse(FRIEND_CODE.INVALID_PARAMETERS, `${api}: you already have a friend group "${newName}"`);
  }
  tx.setMeta(me, { ...meta, groups: meta.groups.map((group) => (group === oldName ? newName : group)) });
  const members = groupView(oldName, ctx.state.user(me).friends()).userIDList;
  const changed = regroup(tx, me, members, (groups) => groups.map((group) => (group === oldName ? newName : group)));
  finish(ctx, session, tx, changed.length > 0);
  return groupView(newName, ctx.state.user(me).friends());
}
