import type { Friend, FriendApplication, FriendGroup } from '../../friend-types';
import type { Profile } from '../../types';
import type { FriendData, PendingRecord, Relation } from './model';

/** The SDK-shaped objects the relationship chain answers with, built from its records. */

export function friendView(userID: string, friend: FriendData, profile: Profile): Friend {
  return {
    userID,
    remark: friend.remark,
    groupList: [...friend.groups],
    source: friend.source,
    addTime: friend.addTime,
    friendCustomField: friend.custom.map((field) => ({ ...field })),
    profile,
  };
}

export function applicationView(record: PendingRecord, card: { nick: string; avatar: string }): FriendApplication {
  return {
    userID: record.userID,
    avatar: card.avatar,
    nick: card.nick,
    time: record.time,
    source: record.source,
    wording: record.wording,
    type: record.type,
  };
}

/** Each group with the friends in it, in the order of the friend list. */
export function groupViews(names: readonly string[], friends: readonly Relation[]): FriendGroup[] {
  return names.map((name) => groupView(name, friends));
}

export function groupView(name: string, friends: readonly Relation[]): FriendGroup {
  const userIDList = friends.filter((relation) => relation.friend?.groups.includes(name)).map((relation) => relation.userID);
  return { name, userIDList, count: userIDList.length };
}
