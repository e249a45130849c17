import type { Profile } from '../../profile-types';
import type { StorageWrite } from './stored';

/*
 * How the domains below the relationship chain (accounts, the blocklist) tell it what it must follow, without
 * importing it: the server passes them these hooks, and the friends domain implements them.
 */

/** A change another domain prepared: its writes go into the caller's commit, `apply` runs once that succeeded. */
export interface StagedChange {
  writes: StorageWrite[];
  apply(): void;
}

/**
 * Blocking ends what the relationship chain holds between the two users: friendships both ways and pending
 * requests (seed 001: "the two-way friend relationship is terminated when either A or B is blacklisted").
 * Null when there is nothing between them.
 */
export interface BlockHook {
  stageBlock(userID: string, blocked: readonly string[]): StagedChange | null;
}

/**
 * What the messaging domain reads of the relationship chain: the remark `owner` gave `userID` ('' when `owner`
 * does not list `userID` as a friend), which C2C conversations carry (index.es.js ConversationModule
 * `checkAndPatchRemark`, run by relationship-module.js `_onFriendListUpdated`).
 */
export interface FriendRemarks {
  remarkOf(owner: string, userID: string): string;
}

/** Told of every committed profile change, so that the user's friends hear of it. */
export type ProfileListener = (profile: Profile) => void;
