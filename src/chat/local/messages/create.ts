import { MESSAGE_PRIORITIES, TYPES } from '../../constants';
import type { ConversationType, MessagePriority } from '../../constants';
import { ChatError } from '../../errors';
import { isRecord } from '../../guards';
import type { MergedMessageItem, Message, MessageFields, MessagePayloads } from '../../message-types';
import { paramsViolation } from '../../rules/violation';
import { MESSAGE_CODE } from './codes';
import { messageRandom, tinyIDOf } from './context';
import { clonePayload, withBody } from './views';

/** Who creates, and when: what the SDK reads from its login and clock when it builds a message. */
export interface Creator {
  userID: string;
  nick: string;
  avatar: string;
  /** The creator's name card in a group ('' elsewhere). */
  nameCard(groupID: string): string;
  /** Milliseconds. */
  now(): number;
  /** The SDK's per-instance clientSequence counter (index.es.js `_initSequence`). */
  nextClientSequence(): number;
}

export type Options = Record<string, unknown>;

export function fail(api: string, field: string, detail: string): ChatError {
  return paramsViolation(api, `${field} ${detail}`, { field, rule: 'badValue' });
}

/** The options object of a create call, with `to` and `conversationType` (index.es.js schemas: required strings). */
export function readCreateOptions(api: string, raw: unknown): Options & { to: string; conversationType: string; payload: Options } {
  if (!isRecord(raw)) throw fail(api, 'options', 'must be an object');
  for (const field of ['to', 'conversationType']) {
    if (typeof raw[field] !== 'string' || raw[field] === '') throw fail(api, field, 'is required and must be a non-empty string');
  }
  if (!isRecord(raw.payload)) throw fail(api, 'payload', 'is required and must be an object');
  return raw as Options & { to: string; conversationType: string; payload: Options };
}

/** 'High' … 'Lowest', or 1–4 for them (index.es.js `_computePriority`); anything else is Normal. */
function priorityOf(value: unknown): MessagePriority {
  if (typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= 4) return MESSAGE_PRIORITIES[value - 1];
  return MESSAGE_PRIORITIES.includes(value as MessagePriority) ? (value as MessagePriority) : TYPES.MSG_PRIORITY_NORMAL;
}

/**
 * A new message as the SDK's class `Hi` builds it for the sender: status unSend, flow out, read,
 * ID `${tinyID}-${clientTime}-${random}`; time is the creation time until the server's replaces it; a C2C
 * message's sequence is its clientSequence, a group message's is 0 until sent.
 */
export function newMessage<T extends keyof MessagePayloads>(
  creator: Creator,
  options: Options & { to: string; conversationType: string },
  type: T,
  payload: MessagePayloads[T],
): Message {
  const now = creator.now();
  const clientTime = Math.floor(now / 1000);
  const random = messageRandom();
  const clientSequence = creator.nextClientSequence();
  const conversationType = options.conversationType as ConversationType;
  const group = conversationType === TYPES.CONV_GROUP;
  const atUserList = isRecord(options.payload) && Array.isArray(options.payload.atUserList) ? options.payload.atUserList.filter((id): id is string => typeof id === 'string') : [];
  const fields: MessageFields = {
    ID: `${tinyIDOf(creator.userID)}-${clientTime}-${random}`,
    conversationID: `${conversationType}${options.to}`,
    conversationType,
    to: options.to,
    from: creator.userID,
    flow: 'out',
    time: Math.ceil(now / 1000),
    clientTime,
    sequence: conversationType === TYPES.CONV_C2C ? clientSequence : 0,
    clientSequence,
    random,
    status: 'unSend',
    priority: priorityOf(options.priority),
    nick: creator.nick,
    avatar: creator.avatar,
    nameCard: group ? creator.nameCard(options.to) : '',
    atUserList,
    cloudCustomData: typeof options.cloudCustomData === 'string' ? options.cloudCustomData : '',
    isRead: true,
    isPeerRead: false,
    isRevoked: false,
    revoker: '',
    revokerInfo: { userID: '', nick: '', avatar: '' },
    revokeReason: '',
    isDeleted: false,
    isModified: false,
    version: 0,
    needReadReceipt: options.needReadReceipt === true || options.needReadReceipt === 1,
    readReceiptInfo: { timestamp: 0 },
    hasRiskContent: false,
    isSystemMessage: false,
    isBroadcastMessage: false,
    isSupportExtension: options.isSupportExtension === true,
  };
  return withBody(fields, { ty: type, p: payload } as Parameters<typeof withBody>[1]);
}

// ---- payloads of the plain types (index.es.js validators `createTextMessage` … `createMergerMessage`) -----

export function textPayload(api: string, payload: Options): MessagePayloads[typeof TYPES.MSG_TEXT] {
  if (typeof payload.text !== 'string') throw fail(api, 'payload.text', 'must be a string');
  if (payload.text === '') throw fail(api, 'payload.text', 'must not be empty');
  if (payload.atUserList !== undefined && payload.atUserList !== null && !Array.isArray(payload.atUserList)) {
    throw fail(api, 'payload.atUserList', 'must be an array');
  }
  return { text: payload.text };
}

export function customPayload(api: string, payload: Options): MessagePayloads[typeof TYPES.MSG_CUSTOM] {
  const read = (name: 'data' | 'description' | 'extension'): string => {
    const value = payload[name];
    if (value && typeof value !== 'string') throw fail(api, `payload.${name}`, 'must be a string');
    return typeof value === 'string' ? value : '';
  };
  return { data: read('data'), description: read('description'), extension: read('extension') };
}

export function facePayload(api: string, payload: Options): MessagePayloads[typeof TYPES.MSG_FACE] {
  if (typeof payload.index !== 'number') throw fail(api, 'payload.index', 'must be a number');
  if (typeof payload.data !== 'string') throw fail(api, 'payload.data', 'must be a string');
  return { index: payload.index, data: payload.data };
}

export function locationPayload(api: string, payload: Options): MessagePayloads[typeof TYPES.MSG_LOCATION] {
  if (typeof payload.description !== 'string') throw fail(api, 'payload.description', 'must be a string');
  if (typeof payload.longitude !== 'number') throw fail(api, 'payload.longitude', 'must be a number');
  if (typeof payload.latitude !== 'number') throw fail(api, 'payload.latitude', 'must be a number');
  return { description: payload.description, longitude: payload.longitude, latitude: payload.latitude };
}

/** What a merged message keeps of each message (index.es.js `Vi`). */
function mergedItem(message: Message): MergedMessageItem {
  return {
    ID: message.ID,
    nick: message.nick,
    avatar: message.avatar,
    from: message.from,
    time: message.time,
    messageBody: [{ type: message.type, payload: clonePayload(message.payload) } as MergedMessageItem['messageBody'][number]],
    cloudCustomData: message.cloudCustomData,
  };
}

/** A message list and compatibleText are required; failed messages cannot be merged (index.es.js createMergerMessage). */
export function mergerPayload(api: string, payload: Options): MessagePayloads[typeof TYPES.MSG_MERGER] {
  const list = payload.messageList;
  if (!Array.isArray(list) || list.length === 0) throw fail(api, 'payload.messageList', 'must be a non-empty array');
  if (typeof payload.compatibleText !== 'string' || payload.compatibleText === '') throw fail(api, 'payload.compatibleText', 'is required');
  const messages = list.filter((entry): entry is Message => isRecord(entry) && typeof entry.ID === 'string' && typeof entry.type === 'string');
  if (messages.length !== list.length) throw fail(api, 'payload.messageList', 'must hold messages');
  if (messages.some((message) => message.status === 'fail')) throw fail(api, 'payload.messageList', 'must not hold failed messages');
  const abstractList = Array.isArray(payload.abstractList) ? payload.abstractList.filter((entry): entry is string => typeof entry === 'string') : [];
  return {
    downloadKey: '',
    pbDownloadKey: '',
    messageList: messages.map(mergedItem),
    title: typeof payload.title === 'string' ? payload.title : '',
    abstractList,
    compatibleText: payload.compatibleText,
    version: 0,
    layersOverLimit: false,
  };
}

/**
 * createForwardMessage's payload is a message: a group tip cannot be forwarded (2453), anything that is not
 * a message is 2454 (index.es.js createForwardMessage).
 */
export function forwardedBody(payload: unknown): Pick<Message, 'type' | 'payload' | 'cloudCustomData'> {
  if (!isRecord(payload) || typeof payload.type !== 'string' || !isRecord(payload.payload)) {
    throw new ChatError(MESSAGE_CODE.FORWARD_INVALID_ELEMENTS, 'createForwardMessage: payload must be a message');
  }
  if (payload.type === TYPES.MSG_GRP_TIP) throw new ChatError(MESSAGE_CODE.FORWARD_TYPE_INVALID, 'createForwardMessage: group tips cannot be forwarded');
  const message = payload as unknown as Message;
  return { type: message.type, payload: message.payload, cloudCustomData: message.cloudCustomData };
}
