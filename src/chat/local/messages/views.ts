import { TYPES } from '../../constants';
import type { ConversationType, GroupType, MessageRemindType } from '../../constants';
import type {
  Conversation,
  ConversationGroupProfile,
  ConversationLastMessage,
  ConversationUserProfile,
  GroupAtInfo,
  Message,
  MessageFields,
  MessagePayloads,
} from '../../message-types';
import type { StoredMessage } from './model';

/**
 * The SDK's Message and Conversation objects for one viewer, built from stored records. Every call builds
 * fresh objects, so no two callers or listeners share one.
 */

/** What a message looks like depends on who looks: direction, read state, the conversation's name. */
export interface MessageViewContext {
  viewer: string;
  conversationType: ConversationType;
  /** The conversation as the viewer names it (C2C<peer>, GROUP<id>, @TIM#SYSTEM). */
  conversationID: string;
  /** Group: the groupID; C2C: '' (each message's receiver is the pair member that did not send it). */
  groupID: string;
  /** C2C: the other member of the pair (the viewer for a chat with oneself). */
  peer: string;
  /** The viewer's messages up to this position are read. */
  readK: number;
  /** C2C: the peer has read up to this position. */
  peerReadK: number;
  /** Current nick and avatar of a user (revokerInfo). */
  card(userID: string): { nick: string; avatar: string };
}

export function clonePayload<T>(payload: T): T {
  return JSON.parse(JSON.stringify(payload)) as T;
}

/**
 * The SDK's `messageForShow` (index.es.js `Rt`). The local service has no SDKAppID, which the SDK reads as
 * an international app (`isIntl`: SDKAppID 0), so the English texts are used.
 */
export function messageForShow(type: keyof MessagePayloads, payload: MessagePayloads[keyof MessagePayloads]): string {
  switch (type) {
    case TYPES.MSG_TEXT:
      return (payload as MessagePayloads[typeof TYPES.MSG_TEXT]).text;
    case TYPES.MSG_IMAGE:
      return '[Image]';
    case TYPES.MSG_LOCATION:
      return '[Location]';
    case TYPES.MSG_AUDIO:
      return '[Voice]';
    case TYPES.MSG_VIDEO:
      return '[Video]';
    case TYPES.MSG_FILE:
      return '[File]';
    case TYPES.MSG_CUSTOM:
      return '[Custom Messages]';
    case TYPES.MSG_GRP_TIP:
      return '[Group Notification]';
    case TYPES.MSG_GRP_SYS_NOTICE:
      return '[Group System Message]';
    case TYPES.MSG_FACE:
      return '[Animated Sticker]';
    case TYPES.MSG_MERGER:
      return '[Chat Record]';
    default:
      return '';
  }
}

/** A Message from its fields and a stored type/payload pair (which the union keeps matched). */
export function withBody(fields: MessageFields, body: Pick<StoredMessage, 'ty' | 'p'>): Message {
  return { ...fields, type: body.ty, payload: clonePayload(body.p) } as Message;
}

export function messageView(stored: StoredMessage, context: MessageViewContext): Message {
  const out = stored.f === context.viewer;
  const c2c = context.conversationType === TYPES.CONV_C2C;
  const revoker = stored.rv?.by ?? '';
  const fields: MessageFields = {
    ID: stored.id,
    conversationID: context.conversationID,
    conversationType: context.conversationType,
    to: c2c ? (out ? context.peer : context.viewer) : context.conversationType === TYPES.CONV_SYSTEM ? context.viewer : context.groupID,
    from: stored.f,
    flow: out ? 'out' : 'in',
    time: stored.tm,
    clientTime: stored.ct,
    sequence: context.conversationType === TYPES.CONV_GROUP ? stored.k : stored.cs,
    clientSequence: stored.cs,
    random: stored.r,
    status: 'success',
    priority: stored.pr ?? TYPES.MSG_PRIORITY_NORMAL,
    nick: stored.n ?? '',
    avatar: stored.a ?? '',
    nameCard: stored.nc ?? '',
    atUserList: [...(stored.at ?? [])],
    cloudCustomData: stored.cd ?? '',
    isRead: out || stored.k <= context.readK,
    isPeerRead: c2c && out && stored.k <= context.peerReadK,
    isRevoked: stored.rv !== undefined,
    revoker,
    revokerInfo: revoker ? { userID: revoker, ...context.card(revoker) } : { userID: '', nick: '', avatar: '' },
    revokeReason: stored.rv?.reason ?? '',
    isDeleted: false,
    isModified: (stored.v ?? 0) > 0,
    version: stored.v ?? 0,
    needReadReceipt: stored.rr === 1,
    readReceiptInfo: { timestamp: 0 },
    hasRiskContent: false,
    isSystemMessage: stored.ty === TYPES.MSG_GRP_SYS_NOTICE,
    isBroadcastMessage: false,
    isSupportExtension: false,
  };
  return withBody(fields, stored);
}

/** Conversation.lastMessage for no message (index.es.js `pn` with nothing). */
export function emptyLastMessage(): ConversationLastMessage {
  return {
    lastTime: 0,
    lastSequence: 0,
    fromAccount: '',
    messageForShow: '',
    payload: null,
    type: '',
    isRevoked: false,
    cloudCustomData: '',
    nick: '',
    nameCard: '',
    version: 0,
    isPeerRead: false,
    revoker: '',
  };
}

/** Conversation.lastMessage of a message (index.es.js `pn`). */
export function lastMessageOf(message: Message): ConversationLastMessage {
  return {
    lastTime: message.time,
    lastSequence: message.sequence,
    fromAccount: message.from,
    messageForShow: messageForShow(message.type, message.payload),
    payload: clonePayload(message.payload),
    type: message.type,
    isRevoked: message.isRevoked,
    cloudCustomData: message.cloudCustomData,
    nick: message.nick,
    nameCard: message.nameCard,
    version: message.version,
    isPeerRead: message.isPeerRead,
    revoker: message.revoker,
  };
}

/** Conversation.lastMessage straight from the stored message (one copy of the payload, no Message built). */
export function lastMessageOfStored(stored: StoredMessage, context: MessageViewContext): ConversationLastMessage {
  const c2c = context.conversationType === TYPES.CONV_C2C;
  return {
    lastTime: stored.tm,
    lastSequence: context.conversationType === TYPES.CONV_GROUP ? stored.k : stored.cs,
    fromAccount: stored.f,
    messageForShow: messageForShow(stored.ty, stored.p),
    payload: clonePayload(stored.p),
    type: stored.ty,
    isRevoked: stored.rv !== undefined,
    cloudCustomData: stored.cd ?? '',
    nick: stored.n ?? '',
    nameCard: stored.nc ?? '',
    version: stored.v ?? 0,
    isPeerRead: c2c && stored.f === context.viewer && stored.k <= context.peerReadK,
    revoker: stored.rv?.by ?? '',
  };
}

export interface ConversationParts {
  conversationID: string;
  type: ConversationType;
  subType: GroupType | '';
  unreadCount: number;
  lastMessage: ConversationLastMessage;
  userProfile?: ConversationUserProfile;
  groupProfile?: ConversationGroupProfile;
  groupAtInfoList?: GroupAtInfo[];
  isPinned: boolean;
  messageRemindType: MessageRemindType | '';
  /** A C2C conversation with a friend: the remark the viewer gave them. */
  remark?: string;
}

/** The SDK's Conversation (class `gn`): what the service derives, plus the instance's draft. */
export function conversationView(parts: ConversationParts, draftText = ''): Conversation {
  const conversation: Conversation = {
    conversationID: parts.conversationID,
    type: parts.type,
    subType: parts.subType,
    unreadCount: parts.unreadCount,
    lastMessage: parts.lastMessage,
    groupAtInfoList: parts.groupAtInfoList ?? [],
    remark: parts.remark ?? '',
    isPinned: parts.isPinned,
    messageRemindType: parts.messageRemindType,
    markList: [],
    customData: '',
    conversationGroupList: [],
    draftText,
  };
  if (parts.userProfile) conversation.userProfile = parts.userProfile;
  if (parts.groupProfile) conversation.groupProfile = parts.groupProfile;
  return conversation;
}

/** A conversation with the millisecond of its last message, which breaks ties between equal `lastTime`s. */
export interface ListedConversation {
  conversation: Conversation;
  ms: number;
}

/**
 * The SDK's order (index.es.js `_sortConvList`): pinned with a last message, newest first; pinned without;
 * the others with a last message, newest first; the others without.
 */
export function sortConversations(entries: readonly ListedConversation[]): Conversation[] {
  const rank = (conversation: Conversation): number =>
    (conversation.isPinned ? 0 : 2) + (conversation.lastMessage.lastTime ? 0 : 1);
  return entries
    .map((entry, index) => ({ ...entry, index }))
    .sort(
      (a, b) =>
        rank(a.conversation) - rank(b.conversation) ||
        b.conversation.lastMessage.lastTime - a.conversation.lastMessage.lastTime ||
        b.ms - a.ms ||
        a.index - b.index,
    )
    .map(({ conversation }) => conversation);
}
