import { EVENT } from '../../constants';
import { ChatError } from '../../errors';
import type { Friend, FriendApplicationListResult, FriendGroup } from '../../friend-types';
import type { AccountService } from '../accounts/accounts';
import type { BlacklistService } from '../blacklist';
import type { ServiceHost } from '../core/host';
import type { Session } from '../core/session';
import { defaultProfile } from '../profile-rules';
import type { FriendData, PendingRecord, Relation } from './model';
import type { FriendState, FriendTx } from './state';
import { applicationView, friendView, groupViews } from './views';

export type FriendAccounts = Pick<AccountService, 'hasUser' | 'getProfile' | 'nickAndAvatar'>;

export function refuse(code: number, message: string): ChatError {
  return new ChatError(code, message);
}

/** Which users' lists a change touched, so that each hears of exactly what changed for them. */
export class Touched {
  readonly lists = new Set<string>();
  readonly requests = new Set<string>();
  readonly groups = new Set<string>();
}

/**
 * What the relationship chain's operations share: its state, the accounts and blocklists it reads, the clock,
 * and the way its events leave the service.
 */
export class FriendContext {
  constructor(
    readonly host: Pick<ServiceHost, 'clock' | 'pushToUser'>,
    readonly state: FriendState,
    readonly accounts: FriendAccounts,
    readonly blacklists: Pick<BlacklistService, 'list'>,
  ) {}

  nowSec(): number {
    return Math.floor(this.host.clock() / 1000);
  }

  tx(): FriendTx {
    return this.state.tx();
  }

  profileOf(userID: string) {
    return this.accounts.getProfile(userID) ?? defaultProfile(userID, 0);
  }

  card(userID: string): { nick: string; avatar: string } {
    return this.accounts.nickAndAvatar(userID) ?? { nick: '', avatar: '' };
  }

  friendOf(owner: string, userID: string): Friend | undefined {
    const friend = this.state.user(owner).relations.get(userID)?.friend;
    return friend ? friendView(userID, friend, this.profileOf(userID)) : undefined;
  }

  listOf(userID: string): Friend[] {
    return this.state
      .user(userID)
      .friends()
      .map((relation) => friendView(relation.userID, relation.friend as FriendData, this.profileOf(relation.userID)));
  }

  groupsOf(userID: string): FriendGroup[] {
    const user = this.state.user(userID);
    return groupViews(user.meta.groups, user.friends());
  }

  /** Unread: received requests newer than the user's read mark. */
  requestsOf(userID: string): FriendApplicationListResult {
    const user = this.state.user(userID);
    const ordered = [...user.pending].sort((a, b) => a.time - b.time);
    return {
      friendApplicationList: ordered.map((record) => applicationView(record, this.card(record.userID))),
      unreadCount: ordered.filter((record) => record.type === 'Pendency_Type_ComeIn' && record.time > user.meta.readAt).length,
    };
  }

  /**
   * FRIEND_LIST_UPDATED for the user's instances. The push carries no list: each instance reads its own when
   * it emits (the SDK's throttle, EventHub `throttled`), as the server's notice carries only who was added or
   * removed; a 3000-friend list is not sent to other tabs on every change.
   */
  listChanged(userID: string, except?: Session): void {
    this.host.pushToUser(userID, EVENT.FRIEND_LIST_UPDATED, () => [], except);
  }

  isBlocked(owner: string, target: string): boolean {
    return this.blacklists.list(owner).includes(target);
  }

  /**
   * The server's notices after a committed change (relationship-module.js onRelationChainModified): a list
   * that gained or lost friends, a request list that changed (the SDK then fetches it again), and friend groups
   * whose members went with a deleted friend. `except`: the calling instance, when it emits on its own.
   */
  notify(touched: Touched, except?: Session): void {
    for (const userID of touched.lists) this.listChanged(userID, except);
    for (const userID of touched.requests) {
      this.host.pushToUser(userID, EVENT.FRIEND_APPLICATION_LIST_UPDATED, () => this.requestsOf(userID), except);
    }
    for (const userID of touched.groups) {
      this.host.pushToUser(userID, EVENT.FRIEND_GROUP_LIST_UPDATED, () => this.groupsOf(userID), except);
    }
  }
}

/** `owner`'s relation to `other` after staging, as a fresh object to change. */
export function relationIn(tx: FriendTx, owner: string, other: string): Relation {
  const current = tx.relation(owner, other);
  return current ? { ...current } : { userID: other, friend: null, follower: false };
}

/**
 * Ends `a`'s friendship with `b` (a no longer lists b), keeping both sides' records consistent. Returns
 * whether a listed b; a's groups are noted when b was in any.
 */
export function unfriend(tx: FriendTx, touched: Touched, a: string, b: string): boolean {
  const mine = relationIn(tx, a, b);
  if (!mine.friend) return false;
  if (mine.friend.groups.length > 0) touched.groups.add(a);
  tx.putRelation(a, { ...mine, friend: null });
  tx.putRelation(b, { ...relationIn(tx, b, a), follower: false });
  touched.lists.add(a);
  return true;
}

/** Makes `a` list `b` as a friend with `data`, if a does not already. */
export function befriend(tx: FriendTx, touched: Touched, a: string, b: string, data: FriendData): boolean {
  const mine = relationIn(tx, a, b);
  if (mine.friend) return false;
  tx.putRelation(a, { ...mine, friend: data });
  tx.putRelation(b, { ...relationIn(tx, b, a), follower: true });
  touched.lists.add(a);
  return true;
}

/** Drops every request between the two users, in both lists. */
export function dropRequestsBetween(tx: FriendTx, touched: Touched, a: string, b: string): void {
  for (const [owner, other] of [
    [a, b],
    [b, a],
  ] as const) {
    const pending = tx.pending(owner);
    const kept = pending.filter((record) => record.userID !== other);
    if (kept.length !== pending.length) {
      tx.setPending(owner, kept);
      touched.requests.add(owner);
    }
  }
}

/** `owner`'s list with `record` in place of any earlier request of the same user and direction. */
export function withRequest(pending: readonly PendingRecord[], record: PendingRecord): PendingRecord[] {
  return [...pending.filter((other) => !(other.userID === record.userID && other.type === record.type)), record];
}
