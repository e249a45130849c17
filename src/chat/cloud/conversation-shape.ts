import { MESSAGE_TYPES, REMIND_TYPES, TYPES } from '../constants';
import type { ConversationType, GroupAtType, GroupType } from '../constants';
import { oneOf } from '../guards';
import type { Conversation, ConversationLastMessage, GroupAtInfo } from '../message-types';
import { toPayload } from './message-shape';
import { count, fields, flag, list, text, texts } from './read';
import type { Fields } from './read';

/*
 * The SDK's Conversation (@tencentcloud/chat 3.6.6, index.es.js class `gn`, lastMessage from `pn`) as our
 * Conversation: a plain copy. The SDK hangs its Profile / Group objects on it (userProfile, groupProfile) and
 * leaves messageRemindType undefined until it learns one; the app reads only what message-types.ts lists.
 */

function lastMessage(raw: unknown): ConversationLastMessage {
  const last = fields(raw);
  const type = oneOf(MESSAGE_TYPES, last.type) ? last.type : '';
  return {
    lastTime: count(last.lastTime),
    lastSequence: count(last.lastSequence),
    fromAccount: text(last.fromAccount),
    messageForShow: text(last.messageForShow),
    type,
    // `pn` hands out the message's own payload object; ours is a copy in our shape.
    payload: type !== '' && last.payload !== null && last.payload !== undefined ? toPayload(type, last.payload) : null,
    isRevoked: flag(last.isRevoked),
    cloudCustomData: text(last.cloudCustomData),
    nick: text(last.nick),
    nameCard: text(last.nameCard),
    version: count(last.version),
    isPeerRead: flag(last.isPeerRead),
    // `pn` starts revoker as null.
    revoker: text(last.revoker),
  };
}

const AT_TYPES: readonly GroupAtType[] = [TYPES.CONV_AT_ME, TYPES.CONV_AT_ALL, TYPES.CONV_AT_ALL_AT_ME];

/** groupAtInfoList entries without the SDK's private `__random` / `__sequence` and the topic ID. */
function groupAtInfo(raw: unknown): GroupAtInfo {
  const info = fields(raw);
  return {
    from: text(info.from),
    groupID: text(info.groupID),
    messageSequence: count(info.messageSequence),
    atTypeArray: list(info.atTypeArray).filter((value): value is GroupAtType => AT_TYPES.includes(value as GroupAtType)),
  };
}

function conversationType(raw: Fields): ConversationType {
  const type = raw.type;
  return type === TYPES.CONV_GROUP || type === TYPES.CONV_SYSTEM ? type : TYPES.CONV_C2C;
}

export function toConversation(raw: unknown): Conversation {
  const c = fields(raw);
  const type = conversationType(c);
  const conversation: Conversation = {
    conversationID: text(c.conversationID),
    type,
    subType: text(c.subType) as GroupType | '',
    unreadCount: count(c.unreadCount),
    lastMessage: lastMessage(c.lastMessage),
    groupAtInfoList: list(c.groupAtInfoList).map(groupAtInfo),
    remark: text(c.remark),
    isPinned: flag(c.isPinned),
    // The SDK leaves it undefined (or '') until it has read one (`_transMsgRemindType`).
    messageRemindType: oneOf(REMIND_TYPES, c.messageRemindType) ? c.messageRemindType : '',
    markList: list(c.markList).filter((value): value is number => typeof value === 'number'),
    customData: text(c.customData),
    conversationGroupList: texts(c.conversationGroupList),
    draftText: text(c.draftText),
  };
  if (type === TYPES.CONV_C2C) {
    const profile = fields(c.userProfile);
    conversation.userProfile = {
      // A stub Profile `{ userID }` until the SDK filled it (gn._initProfile); the ID is in the conversation's.
      userID: text(profile.userID, conversation.conversationID.slice(TYPES.CONV_C2C.length)),
      nick: text(profile.nick),
      avatar: text(profile.avatar),
    };
  } else if (type === TYPES.CONV_GROUP) {
    const group = fields(c.groupProfile);
    conversation.groupProfile = {
      groupID: text(group.groupID, conversation.conversationID.slice(TYPES.CONV_GROUP.length)),
      name: text(group.name),
      avatar: text(group.avatar),
      type: text(group.type, conversation.subType) as GroupType,
    };
  }
  return conversation;
}

export function toConversations(raw: unknown): Conversation[] {
  return list(raw).map(toConversation);
}
