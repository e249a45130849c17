import { EVENT } from '../../constants';
import { ChatError } from '../../errors';
import type { Profile } from '../../types';
import { cloneProfile } from '../profile-rules';
import type { ServiceHost } from '../core/host';
import type { BlockHook, FriendRemarks, StagedChange } from '../core/relations';
import type { BlacklistService } from '../blacklist';
import { FriendContext, Touched, dropRequestsBetween, unfriend } from './context';
import type { FriendAccounts } from './context';
import { DEMO_FRIEND_GROUPS, DEMO_FRIENDSHIPS, DEMO_REQUESTS, DEMO_SOURCE, RECEIVED, SENT } from './demo';
import { FriendState } from './state';
import { FriendStore } from './store';

export interface FriendServiceOptions {
  seed?: 'demo' | 'none';
}

const DAY = 86_400;

/**
 * The relationship chain of the embedded service: friends, friend requests and friend groups (state in
 * ./state, chunked storage in ./store, operations in ./requests, ./friend-ops and ./friend-groups, each taking
 * `ctx`). It also keeps the blocklist's promise (blocking ends friendships and requests, through BlockHook) and
 * sends profile changes to the friends of the user who made them.
 */
export class FriendService implements BlockHook, FriendRemarks {
  readonly ctx: FriendContext;

  constructor(
    private readonly host: ServiceHost,
    accounts: FriendAccounts,
    blacklists: Pick<BlacklistService, 'list'>,
    options: FriendServiceOptions = {},
  ) {
    const store = new FriendStore(host.storage, host.keyPrefix, host.problems);
    const state = new FriendState(store);
    this.ctx = new FriendContext(host, state, accounts, blacklists);
    host.watchExternalKeys(store.prefix, (key) => state.forget(key));
    if (options.seed === 'demo' && !store.hasAny()) {
      try {
        this.seedDemo();
      } catch (error) {
        // The store has listed the failed write in `problems`; the service runs on without demo friends.
        if (!(error instanceof ChatError)) throw error;
      }
    }
  }

  remarkOf(owner: string, userID: string): string {
    return this.ctx.state.user(owner).relations.get(userID)?.friend?.remark ?? '';
  }

  /**
   * Blocking someone ends the friendship both ways and drops the requests between the two (seed 001 and 004:
   * "either one adding the other to the blocklist removes them from each other's friend list"). The writes
   * join the blocklist's own, so a full storage refuses the whole block.
   */
  stageBlock(userID: string, blocked: readonly string[]): StagedChange | null {
    const tx = this.ctx.tx();
    const touched = new Touched();
    for (const target of blocked) {
      if (target === userID) continue;
      unfriend(tx, touched, userID, target);
      unfriend(tx, touched, target, userID);
      dropRequestsBetween(tx, touched, userID, target);
    }
    if (tx.isEmpty) return null;
    const { writes, apply } = tx.prepare();
    return {
      writes,
      apply: () => {
        apply();
        this.ctx.notify(touched);
      },
    };
  }

  /**
   * Friends hear of a profile change (index.d.ts PROFILE_UPDATED: "the profile of the current user or profiles
   * of friends"): everyone who lists the user gets PROFILE_UPDATED, and FRIEND_LIST_UPDATED since the friend's
   * profile is part of their list (relationship-module.js onFriendProfileModified).
   */
  profileChanged(profile: Profile): void {
    const user = this.ctx.state.user(profile.userID);
    for (const relation of user.relations.values()) {
      if (!relation.follower) continue;
      this.host.pushToUser(relation.userID, EVENT.PROFILE_UPDATED, () => [cloneProfile(profile)]);
      this.ctx.listChanged(relation.userID);
    }
  }

  /** Demo friendships, groups and requests among the demo accounts that exist. */
  private seedDemo(): void {
    const ctx = this.ctx;
    const exists = (userID: string) => ctx.accounts.hasUser(userID);
    const now = ctx.nowSec();
    const tx = ctx.tx();
    for (const [owner, groups] of Object.entries(DEMO_FRIEND_GROUPS)) {
      if (exists(owner)) tx.setMeta(owner, { ...tx.meta(owner), groups: [...groups], readAt: now - DAY });
    }
    for (const { a, b, days, remark = '', groups = [] } of DEMO_FRIENDSHIPS) {
      if (!exists(a) || !exists(b) || ctx.isBlocked(a, b) || ctx.isBlocked(b, a)) continue;
      const addTime = now - days * DAY;
      const base = { source: DEMO_SOURCE, addTime, custom: [] };
      tx.putRelation(a, { userID: b, friend: { ...base, remark, groups: [...groups] }, follower: true });
      tx.putRelation(b, { userID: a, friend: { ...base, remark: '', groups: [] }, follower: true });
    }
    for (const { from, to, hoursAgo, wording } of DEMO_REQUESTS) {
      if (!exists(from) || !exists(to)) continue;
      const record = { source: DEMO_SOURCE, wording, time: now - hoursAgo * 3600, remark: '', groupName: '' };
      tx.setPending(from, [...tx.pending(from), { ...record, userID: to, type: SENT }]);
      tx.setPending(to, [...tx.pending(to), { ...record, userID: from, type: RECEIVED }]);
    }
    if (!tx.isEmpty) tx.commit();
  }
}
