import { TYPES } from '@/src/chat/constants';
import type { MessageFields } from '@/src/chat/message-types';

/** Every field of a message but its type and payload, as a fresh SDK message has them, with `overrides`. */
export function messageFields(overrides: Partial<MessageFields> = {}): MessageFields {
  return {
    ID: 'id',
    conversationID: 'C2Cbob',
    conversationType: TYPES.CONV_C2C,
    to: 'bob',
    from: 'alice',
    flow: 'out',
    time: 1,
    clientTime: 1,
    sequence: 1,
    clientSequence: 1,
    random: 1,
    status: 'success',
    priority: TYPES.MSG_PRIORITY_NORMAL,
    nick: '',
    avatar: '',
    nameCard: '',
    atUserList: [],
    cloudCustomData: '',
    isRead: true,
    isPeerRead: false,
    isRevoked: false,
    revoker: '',
    revokerInfo: { userID: '', nick: '', avatar: '' },
    revokeReason: '',
    isDeleted: false,
    isModified: false,
    version: 0,
    needReadReceipt: false,
    readReceiptInfo: { timestamp: 0 },
    hasRiskContent: false,
    isSystemMessage: false,
    isBroadcastMessage: false,
    isSupportExtension: false,
    ...overrides,
  };
}
