import { TYPES } from './constants';
import type { CustomField } from './custom-field';
import type { Profile, UserFailure } from './profile-types';

/*
 * The relationship chain's objects and results as SDK 3.6.6 builds them (modules/relationship-module.js:
 * FriendHandler, FriendApplicationHandler, FriendGroupHandler); index.d.ts types every result `any`.
 */

export const ADD_FRIEND_TYPES = [TYPES.SNS_ADD_TYPE_SINGLE, TYPES.SNS_ADD_TYPE_BOTH] as const;
export const DELETE_FRIEND_TYPES = [TYPES.SNS_DELETE_TYPE_SINGLE, TYPES.SNS_DELETE_TYPE_BOTH] as const;
export const CHECK_FRIEND_TYPES = [TYPES.SNS_CHECK_TYPE_SINGLE, TYPES.SNS_CHECK_TYPE_BOTH] as const;
/** What a request is to the one reading the list: received (ComeIn) or sent (SendOut). */
export const FRIEND_APPLICATION_TYPES = [TYPES.SNS_APPLICATION_SENT_TO_ME, TYPES.SNS_APPLICATION_SENT_BY_ME] as const;
export const ACCEPT_FRIEND_TYPES = [TYPES.SNS_APPLICATION_AGREE, TYPES.SNS_APPLICATION_AGREE_AND_ADD] as const;
export const FRIEND_RELATIONS = [
  TYPES.SNS_TYPE_NO_RELATION,
  TYPES.SNS_TYPE_A_WITH_B,
  TYPES.SNS_TYPE_B_WITH_A,
  TYPES.SNS_TYPE_BOTH_WAY,
] as const;

export type AddFriendType = (typeof ADD_FRIEND_TYPES)[number];
export type DeleteFriendType = (typeof DELETE_FRIEND_TYPES)[number];
export type CheckFriendType = (typeof CHECK_FRIEND_TYPES)[number];
export type FriendApplicationType = (typeof FRIEND_APPLICATION_TYPES)[number];
export type AcceptFriendType = (typeof ACCEPT_FRIEND_TYPES)[number];
/** checkFriend's answer per user: A is the caller, B the user asked about. */
export type FriendRelation = (typeof FRIEND_RELATIONS)[number];

/**
 * A friend (class `pt`): the caller's relationship data about the user plus the user's profile. index.d.ts
 * also lists `wording`, which the runtime never sets; `addTime` is in seconds.
 */
export interface Friend {
  userID: string;
  /** ≤ 96 bytes; '' when none. */
  remark: string;
  /** Names of the caller's friend groups the friend is in. */
  groupList: string[];
  /** `AddSource_Type_<keyword>`. */
  source: string;
  addTime: number;
  /** `Tag_SNS_Custom_*` keys. */
  friendCustomField: CustomField[];
  profile: Profile;
}

/** A friend request (class `Fe`): `userID` is the other party, `time` in seconds. */
export interface FriendApplication {
  userID: string;
  avatar: string;
  nick: string;
  time: number;
  source: string;
  wording: string;
  type: FriendApplicationType;
}

/** getFriendApplicationList and FRIEND_APPLICATION_LIST_UPDATED. */
export interface FriendApplicationListResult {
  friendApplicationList: FriendApplication[];
  /** Received requests the caller has not marked read (setFriendApplicationRead). */
  unreadCount: number;
}

/** A friend group (class `It`). */
export interface FriendGroup {
  name: string;
  userIDList: string[];
  count: number;
}

/**
 * addFriend resolves for both outcomes the SDK treats as success: added (code 0), or a request now waits for
 * the other user's approval (code 30539, with the service's message).
 */
export interface AddFriendResult {
  userID: string;
  code: number;
  message?: string;
}

export interface FriendUserID {
  userID: string;
}

export interface DeleteFriendResult {
  successUserIDList: FriendUserID[];
  failureUserIDList: UserFailure[];
}

export interface FriendCheck {
  userID: string;
  code: 0;
  relation: FriendRelation;
}

export interface CheckFriendResult {
  successUserIDList: FriendCheck[];
  failureUserIDList: UserFailure[];
}

export interface FriendProfileResult {
  friendList: Friend[];
  failureUserIDList: UserFailure[];
}

export interface CreateFriendGroupResult {
  friendGroup: FriendGroup;
  failureUserIDList: UserFailure[];
}

/**
 * A user addToFriendGroup / removeFromFriendGroup could not move. The SDK names the user `to` here (it copies
 * the server's result item, FriendGroupHandler `_onGroupUpdated`), unlike every other failure list.
 */
export interface FriendGroupFailure {
  to: string;
  code: number;
  message: string;
}

export interface FriendGroupUpdateResult {
  friendGroup: FriendGroup;
  failureUserIDList: FriendGroupFailure[];
}
