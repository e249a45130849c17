import { TYPES } from '@/src/chat/constants';
import type { Friend } from '@/src/chat/friend-types';
import type { Conversation } from '@/src/chat/message-types';
import type { GroupMember } from '@/src/chat/types';

/*
 * What a person or a conversation is called wherever a name shows, as WeChat does: the remark you gave a friend
 * first, then what they call themselves (in a group: the group name card, then the nickname), then the userID.
 * Callers pass the remark they know (the friends store's remarkOf; '' for someone who is not a friend).
 */

export interface NamedPerson {
  userID: string;
  nick?: string;
  /** The remark the signed-in user gave this person as a friend ('' when none). */
  remark?: string;
}

/** A person outside a group: the remark, else the nickname, else the userID. */
export function personName(person: NamedPerson): string {
  return person.remark || person.nick || person.userID;
}

/** A friend of the Contacts list: the remark, else the nickname, else the userID. */
export function friendName(friend: Pick<Friend, 'remark' | 'userID'> & { profile: Pick<Friend['profile'], 'nick'> }): string {
  return personName({ userID: friend.userID, nick: friend.profile.nick, remark: friend.remark });
}

/** What a member is called in a group: your remark for them, else the group name card, else the nickname, else the userID. */
export function memberName(member: Pick<GroupMember, 'nameCard' | 'nick' | 'userID'>, remark = ''): string {
  return remark || member.nameCard || member.nick || member.userID;
}

/**
 * A conversation's title: a C2C chat by its remark (Conversation.remark, which the SDK fills from the friend
 * list) or the peer's nickname or userID; a group by its name or groupID.
 */
export function conversationName(conversation: Pick<Conversation, 'conversationID' | 'type' | 'remark' | 'userProfile' | 'groupProfile'>): string {
  if (conversation.type === TYPES.CONV_C2C) {
    const userID = conversation.userProfile?.userID || conversation.conversationID.slice(TYPES.CONV_C2C.length);
    return personName({ userID, nick: conversation.userProfile?.nick, remark: conversation.remark });
  }
  if (conversation.type === TYPES.CONV_GROUP) {
    return conversation.groupProfile?.name || conversation.groupProfile?.groupID || conversation.conversationID.slice(TYPES.CONV_GROUP.length);
  }
  return conversation.conversationID;
}
