import type { FriendApplicationType } from '../../friend-types';
import type { CustomField } from '../../types';

/**
 * What the relationship chain keeps per user, as opposed to the SDK-shaped objects it answers with
 * (views.ts). Each user's record of another user holds both directions: whether the other is on this user's
 * friend list (with the friend fields), and whether this user is on theirs, so that checkFriend and the
 * profile pushes to friends read one user's data only.
 */
export interface FriendData {
  /** Tag_SNS_IM_Remark; '' when none. */
  remark: string;
  /** Tag_SNS_IM_Group: names of the owner's friend groups. */
  groups: string[];
  /** Tag_SNS_IM_AddSource. */
  source: string;
  /** Tag_SNS_IM_AddTime, seconds. */
  addTime: number;
  /** Tag_SNS_Custom_* fields. */
  custom: CustomField[];
}

export interface Relation {
  userID: string;
  /** Set when `userID` is on the owner's friend list. */
  friend: FriendData | null;
  /** The owner is on `userID`'s friend list. */
  follower: boolean;
}

/** A friend request in one party's list: `userID` is the other party. */
export interface PendingRecord {
  userID: string;
  type: FriendApplicationType;
  source: string;
  wording: string;
  /** Seconds. */
  time: number;
  /** SendOut only: the remark and group the requester asked for, applied when the request is accepted. */
  remark: string;
  groupName: string;
}

export interface SnsMeta {
  /** Chunk numbers holding at least one relation, ascending. */
  chunks: number[];
  /** The owner's friend groups, in creation order. */
  groups: string[];
  /** Seconds: received requests up to this time count as read (setFriendApplicationRead). */
  readAt: number;
}

export function emptyMeta(): SnsMeta {
  return { chunks: [], groups: [], readAt: 0 };
}

export function hasRelation(relation: Relation): boolean {
  return relation.friend !== null || relation.follower;
}
