import type { Message, MessageFields } from '@/src/chat/message-types';

/**
 * Every key of our Message, checked against message-types.ts by the compiler (a key missing here or not in
 * the type fails typecheck): a normalised message has exactly these, nothing of the SDK's instance besides.
 */
const FIELDS: Record<keyof MessageFields | keyof Pick<Message, 'type' | 'payload'>, true> = {
  ID: true,
  conversationID: true,
  conversationType: true,
  to: true,
  from: true,
  flow: true,
  time: true,
  clientTime: true,
  sequence: true,
  clientSequence: true,
  random: true,
  status: true,
  priority: true,
  nick: true,
  avatar: true,
  nameCard: true,
  atUserList: true,
  cloudCustomData: true,
  isRead: true,
  isPeerRead: true,
  isRevoked: true,
  revoker: true,
  revokerInfo: true,
  revokeReason: true,
  isDeleted: true,
  isModified: true,
  version: true,
  needReadReceipt: true,
  readReceiptInfo: true,
  hasRiskContent: true,
  isSystemMessage: true,
  isBroadcastMessage: true,
  isSupportExtension: true,
  type: true,
  payload: true,
};

export const MESSAGE_KEYS: readonly string[] = Object.keys(FIELDS).sort();
