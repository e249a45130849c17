import { TYPES } from '../constants';
import type {
  AddFriendResult,
  CheckFriendResult,
  DeleteFriendResult,
  Friend,
  FriendApplication,
  FriendApplicationListResult,
  FriendCheck,
  FriendGroup,
  FriendGroupFailure,
  FriendRelation,
  FriendProfileResult,
} from '../friend-types';
import { FRIEND_APPLICATION_TYPES, FRIEND_RELATIONS } from '../friend-types';
import type { GroupAttributes, GroupAttributesUpdate } from '../group-attribute-types';
import { oneOf } from '../guards';
import type { Profile, UserFailure } from '../profile-types';
import { normalizeProfile } from './normalize';
import { count, fields, keyValues, list, text, texts } from './read';

/*
 * The relationship chain's objects as SDK 3.6.6 builds them (relationship-module.js: Friend class `pt` with a
 * Profile, FriendApplication `Fe`, FriendGroup `It`) as plain copies in friend-types.ts's shapes. The SDK hands
 * out its cached instances (getFriendList answers its own map's values), which a store must not be able to
 * change under it.
 */

export function toFriend(raw: unknown): Friend {
  const friend = fields(raw);
  const userID = text(friend.userID);
  // The Profile starts blank (only userID) until the SDK's profile request for the friend list answers.
  const profile = { ...fields(friend.profile) } as unknown as Profile;
  return {
    userID,
    remark: text(friend.remark),
    groupList: texts(friend.groupList),
    source: text(friend.source),
    addTime: count(friend.addTime),
    friendCustomField: keyValues(friend.friendCustomField),
    profile: normalizeProfile({ ...profile, userID: text(profile.userID, userID), profileCustomField: keyValues(profile.profileCustomField) }),
  };
}

export const toFriends = (raw: unknown): Friend[] => list(raw).map(toFriend);

function toApplication(raw: unknown): FriendApplication {
  const application = fields(raw);
  return {
    userID: text(application.userID),
    avatar: text(application.avatar),
    nick: text(application.nick),
    time: count(application.time),
    source: text(application.source),
    wording: text(application.wording),
    type: oneOf(FRIEND_APPLICATION_TYPES, application.type) ? application.type : TYPES.SNS_APPLICATION_SENT_TO_ME,
  };
}

export function toApplicationList(raw: unknown): FriendApplicationListResult {
  const data = fields(raw);
  return { friendApplicationList: list(data.friendApplicationList).map(toApplication), unreadCount: count(data.unreadCount) };
}

/** A friend group; `name` stands in when the SDK answers nothing (renameFriendGroup when its map lost the group). */
export function toFriendGroup(raw: unknown, name = ''): FriendGroup {
  const group = fields(raw);
  const userIDList = texts(group.userIDList);
  return { name: text(group.name, name), userIDList, count: userIDList.length };
}

export const toFriendGroups = (raw: unknown): FriendGroup[] => list(raw).map((group) => toFriendGroup(group));

function userFailure(raw: unknown): UserFailure {
  const failure = fields(raw);
  return { userID: text(failure.userID), code: count(failure.code), message: text(failure.message) };
}

export const toUserFailures = (raw: unknown): UserFailure[] => list(raw).map(userFailure);

/** addFriend's two resolved outcomes: added (code 0) or waiting for approval (30539, with the SDK's message). */
export function toAddFriendResult(raw: unknown, to: string): AddFriendResult {
  const data = fields(raw);
  const result: AddFriendResult = { userID: text(data.userID, to), code: count(data.code) };
  if (typeof data.message === 'string') result.message = data.message;
  return result;
}

export function toDeleteFriendResult(raw: unknown): DeleteFriendResult {
  const data = fields(raw);
  return {
    successUserIDList: list(data.successUserIDList).map((item) => ({ userID: text(fields(item).userID) })),
    failureUserIDList: toUserFailures(data.failureUserIDList),
  };
}

export function toCheckFriendResult(raw: unknown): CheckFriendResult {
  const data = fields(raw);
  return {
    successUserIDList: list(data.successUserIDList).map((item): FriendCheck => {
      const check = fields(item);
      const relation: FriendRelation = oneOf(FRIEND_RELATIONS, check.relation) ? check.relation : TYPES.SNS_TYPE_NO_RELATION;
      return { userID: text(check.userID), code: 0, relation };
    }),
    failureUserIDList: toUserFailures(data.failureUserIDList),
  };
}

export function toFriendProfileResult(raw: unknown): FriendProfileResult {
  const data = fields(raw);
  return { friendList: toFriends(data.friendList), failureUserIDList: toUserFailures(data.failureUserIDList) };
}

/** addToFriendGroup / removeFromFriendGroup failures, which the SDK names by `to` (FriendGroupHandler._onGroupUpdated). */
export function toGroupFailures(raw: unknown): FriendGroupFailure[] {
  return list(raw).map((item) => {
    const failure = fields(item);
    return { to: text(failure.to), code: count(failure.code), message: text(failure.message) };
  });
}

export function toGroupAttributes(raw: unknown): GroupAttributes {
  const attributes: GroupAttributes = {};
  for (const [key, value] of Object.entries(fields(raw))) if (typeof value === 'string') attributes[key] = value;
  return attributes;
}

export function toAttributesUpdate(raw: unknown): GroupAttributesUpdate {
  const update = fields(raw);
  return {
    groupID: text(update.groupID),
    groupAttributes: toGroupAttributes(update.groupAttributes),
    updatedKeyList: texts(update.updatedKeyList),
    deletedKeyList: texts(update.deletedKeyList),
  };
}
