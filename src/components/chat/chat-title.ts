import { TYPES } from '@/src/chat/constants';
import type { Conversation } from '@/src/chat/message-types';

/** What a conversation is called: the friend's remark, else the nick, else the userID; a group's name, else its ID. */
export function conversationName(conversation: Pick<Conversation, 'type' | 'conversationID' | 'remark' | 'userProfile' | 'groupProfile'>): string {
  if (conversation.type === TYPES.CONV_GROUP) {
    return conversation.groupProfile?.name || conversation.groupProfile?.groupID || conversation.conversationID.slice(TYPES.CONV_GROUP.length);
  }
  return conversation.remark || conversation.userProfile?.nick || conversation.userProfile?.userID || conversation.conversationID.slice(TYPES.CONV_C2C.length);
}
