import type { Message as SdkMessage } from '@tencentcloud/chat';
import { EVENT } from '../constants';
import type { ChatEventName, ChatEventPayloads } from '../types';
import { toConversations } from './conversation-shape';
import { toApplicationList, toAttributesUpdate, toFriendGroups, toFriends } from './friend-shape';
import type { MessageInstances } from './message-instances';
import { toMessages, toRevoked } from './message-shape';
import { count, list } from './read';

type Shapers = { [E in ChatEventName]?: (data: unknown, instances: MessageInstances) => ChatEventPayloads[E] };

/** The messages of an event, their instances kept for the calls the app makes with them next. */
function messagesOf(data: unknown, instances: MessageInstances) {
  for (const item of list(data)) instances.remember(item as SdkMessage);
  return toMessages(data);
}

/**
 * The events whose data the SDK builds from its own objects, and how each is handed to the app: plain copies
 * in our shapes. The SDK emits its live instances (messages, its conversation list, its friend map's values);
 * a listener that stored them would see them change under it.
 */
const SHAPERS: Shapers = {
  [EVENT.MESSAGE_RECEIVED]: messagesOf,
  [EVENT.MESSAGE_MODIFIED]: messagesOf,
  [EVENT.MESSAGE_READ_BY_PEER]: messagesOf,
  // Each entry is the message, or a stub for one not in the SDK's memory (C2CModule.onMsgRevoked, index.es.js).
  [EVENT.MESSAGE_REVOKED]: (data, instances) =>
    list(data).map((item) => {
      const revoked = toRevoked(item);
      if ('type' in revoked) instances.remember(item as SdkMessage);
      return revoked;
    }),
  [EVENT.CONVERSATION_LIST_UPDATED]: (data) => toConversations(data),
  [EVENT.TOTAL_UNREAD_MESSAGE_COUNT_UPDATED]: (data) => count(data),
  [EVENT.FRIEND_LIST_UPDATED]: (data) => toFriends(data),
  [EVENT.FRIEND_GROUP_LIST_UPDATED]: (data) => toFriendGroups(data),
  [EVENT.FRIEND_APPLICATION_LIST_UPDATED]: (data) => toApplicationList(data),
  [EVENT.GROUP_ATTRIBUTES_UPDATED]: (data) => toAttributesUpdate(data),
};

/** The event's data as the app gets it; events without a shaper pass as they are. */
export function shapeEventData(name: ChatEventName, data: unknown, instances: MessageInstances): unknown {
  const shaper = SHAPERS[name] as ((data: unknown, instances: MessageInstances) => unknown) | undefined;
  return shaper ? shaper(data, instances) : data;
}
