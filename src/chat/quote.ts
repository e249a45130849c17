import { TYPES } from './constants';
import type { MessageType } from './constants';
import type { Message } from './message-types';

/**
 * The quote (reply) reference a message carries in `cloudCustomData`, in the JSON TUIKit writes and reads so
 * that quotes show in TUIKit-based apps too: `{"messageReply": {...}}` (TUIKit
 * `TUIChat/message-list/message-elements/message-quote/interface.ts`, IQuoteContent / ICloudCustomData).
 *
 * UNCONFIRMED: which fields TUIKit's engine always writes (messageSequence and messageTime are read here as
 * optional), and the `version` it writes (1 here). The reference is plain JSON in cloudCustomData, so other
 * keys already there are kept.
 */
export interface MessageReply {
  messageID: string;
  /** Text messages: the text; merged messages: the title; '' for other types (screens show the type). */
  messageAbstract: string;
  /** The name shown for the quoted sender (name card, nick or userID). */
  messageSender: string;
  /** The quoted message's type as V2TIMElemType numbers (TUIKit MessageQuoteTypeEnum). */
  messageType: number;
  version: number;
  messageSequence?: number;
  messageTime?: number;
}

export const QUOTE_VERSION = 1;

/** MessageQuoteTypeEnum (TUIKit), i.e. V2TIMElemType: text 1 … merger 10; group system notices are not quotable. */
const QUOTE_TYPE: Record<MessageType, number> = {
  [TYPES.MSG_TEXT]: 1,
  [TYPES.MSG_CUSTOM]: 2,
  [TYPES.MSG_IMAGE]: 3,
  [TYPES.MSG_AUDIO]: 4,
  [TYPES.MSG_VIDEO]: 5,
  [TYPES.MSG_FILE]: 6,
  [TYPES.MSG_LOCATION]: 7,
  [TYPES.MSG_FACE]: 8,
  [TYPES.MSG_GRP_TIP]: 9,
  [TYPES.MSG_MERGER]: 10,
  [TYPES.MSG_GRP_SYS_NOTICE]: 0,
};

const TYPE_OF_NUMBER = new Map(Object.entries(QUOTE_TYPE).map(([type, value]) => [value, type as MessageType]));

/** The message type a reference names; undefined for numbers TUIKit does not define. */
export function quotedType(reply: MessageReply): MessageType | undefined {
  return reply.messageType === 0 ? undefined : TYPE_OF_NUMBER.get(reply.messageType);
}

/** The sender's name as a chat shows it: group name card, nick, else the userID. */
export function senderName(message: Pick<Message, 'nameCard' | 'nick' | 'from'>): string {
  return message.nameCard || message.nick || message.from;
}

/** The reference to put into a reply's cloudCustomData. */
export function replyTo(message: Message): MessageReply {
  const messageAbstract =
    message.type === TYPES.MSG_TEXT ? message.payload.text : message.type === TYPES.MSG_MERGER ? message.payload.title : '';
  return {
    messageID: message.ID,
    messageAbstract,
    messageSender: senderName(message),
    messageType: QUOTE_TYPE[message.type],
    version: QUOTE_VERSION,
    messageSequence: message.sequence,
    messageTime: message.time,
  };
}

function parseObject(cloudCustomData: string): Record<string, unknown> | null {
  if (!cloudCustomData) return null;
  try {
    const value: unknown = JSON.parse(cloudCustomData);
    return value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}

/**
 * `cloudCustomData` with the reference added. Other JSON keys already there stay; a value that is not a JSON
 * object cannot hold the reference and is replaced.
 */
export function withReply(cloudCustomData: string, reply: MessageReply): string {
  return JSON.stringify({ ...(parseObject(cloudCustomData) ?? {}), messageReply: reply });
}

/** The reference a message carries, or null (no cloudCustomData, not JSON, or no well-formed messageReply). */
export function replyOf(message: Pick<Message, 'cloudCustomData'>): MessageReply | null {
  const reply = parseObject(message.cloudCustomData)?.messageReply;
  if (!reply || typeof reply !== 'object') return null;
  const fields = reply as Record<string, unknown>;
  const { messageID, messageAbstract, messageSender, messageType, version, messageSequence, messageTime } = fields;
  if (typeof messageID !== 'string' || messageID === '') return null;
  return {
    messageID,
    messageAbstract: typeof messageAbstract === 'string' ? messageAbstract : '',
    messageSender: typeof messageSender === 'string' ? messageSender : '',
    messageType: typeof messageType === 'number' ? messageType : 0,
    version: typeof version === 'number' ? version : QUOTE_VERSION,
    ...(typeof messageSequence === 'number' ? { messageSequence } : {}),
    ...(typeof messageTime === 'number' ? { messageTime } : {}),
  };
}
