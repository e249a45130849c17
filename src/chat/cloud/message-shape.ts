import { MESSAGE_PRIORITIES, MESSAGE_TYPES, TYPES } from '../constants';
import type { ConversationType, GroupNoticeType, GroupTipType, GroupType, MessagePriority } from '../constants';
import { oneOf } from '../guards';
import type {
  GroupTipMember,
  GroupTipProfileChange,
  ImageInfo,
  MergedMessageItem,
  Message,
  MessageBody,
  MessageFields,
  MessagePayloads,
  MessageStatus,
  ReadReceiptInfo,
  RevokedMessageRef,
} from '../message-types';
import { count, fields, flag, keyValues, list, text, texts } from './read';
import type { Fields } from './read';

/*
 * The SDK's Message instances (@tencentcloud/chat 3.6.6, index.es.js class `Hi` with its element classes) as
 * our Message: a plain copy with exactly the fields message-types.ts lists. Stores keep copies (Vue proxies);
 * the instance itself stays with the adapter (message-instances.ts), which the SDK needs back for every call.
 */

type PayloadReaders = { [T in keyof MessagePayloads]: (payload: Fields) => MessagePayloads[T] };

/**
 * imageInfoArray as the SDK hands it out once a message is sent or received: [0] original (sizeType 1),
 * [1] thumbnail (sizeType 3, ≤ 198 px), [2] large (sizeType 2, ≤ 720 px). The SDK builds the three sizes
 * in sizeType order 1, 2, 3 and swaps [1] and [2] (index.es.js `Tt`) when it knows the width (a received
 * image, `updateAccessSideImageInfoArray`) or when a send succeeds (`sendMessageInstance`), so a message not
 * sent yet still has them in the other order; reading by sizeType gives one order always.
 */
const IMAGE_SIZE_ORDER = [1, 3, 2] as const;

function imageInfoArray(raw: unknown): ImageInfo[] {
  const entries = list(raw).map(fields);
  const infos: ImageInfo[] = [];
  IMAGE_SIZE_ORDER.forEach((sizeType, index) => {
    const entry = entries.find((candidate) => count(candidate.sizeType) === sizeType);
    if (!entry) return;
    infos.push({
      type: index as ImageInfo['type'],
      sizeType,
      size: count(entry.size),
      width: count(entry.width),
      height: count(entry.height),
      url: text(entry.url),
      imageUrl: text(entry.imageUrl),
      instanceID: count(entry.instanceID),
    });
  });
  return infos;
}

function tipMember(raw: unknown): GroupTipMember {
  const member = fields(raw);
  const tip: GroupTipMember = { userID: text(member.userID), nick: text(member.nick), avatar: text(member.avatar) };
  if (member.muteTime !== undefined) tip.muteTime = count(member.muteTime);
  if (member.reason !== undefined) tip.reason = text(member.reason);
  return tip;
}

/** newGroupProfile of a profile tip: the keys that changed, muteAllMembers as the boolean the SDK makes of it. */
function profileChange(raw: unknown): GroupTipProfileChange {
  const change = fields(raw);
  const out: GroupTipProfileChange = {};
  for (const key of ['groupName', 'introduction', 'notification', 'avatar', 'ownerID'] as const) {
    if (key in change) out[key] = text(change[key]);
  }
  if ('muteAllMembers' in change) out.muteAllMembers = flag(change.muteAllMembers);
  if ('joinOption' in change) out.joinOption = text(change.joinOption) as GroupTipProfileChange['joinOption'];
  if ('inviteOption' in change) out.inviteOption = text(change.inviteOption) as GroupTipProfileChange['inviteOption'];
  if ('groupCustomField' in change) out.groupCustomField = keyValues(change.groupCustomField);
  return out;
}

function mergedItem(raw: unknown): MergedMessageItem {
  const item = fields(raw);
  return {
    ID: text(item.ID),
    nick: text(item.nick),
    avatar: text(item.avatar),
    from: text(item.from),
    time: count(item.time),
    messageBody: list(item.messageBody).flatMap((body): MessageBody[] => {
      const { type, payload } = fields(body);
      return oneOf(MESSAGE_TYPES, type) ? [{ type, payload: PAYLOADS[type](fields(payload)) } as MessageBody] : [];
    }),
    cloudCustomData: text(item.cloudCustomData),
  };
}

const PAYLOADS: PayloadReaders = {
  [TYPES.MSG_TEXT]: (p) => ({ text: text(p.text) }),
  [TYPES.MSG_IMAGE]: (p) => ({ uuid: text(p.uuid), imageFormat: count(p.imageFormat, 255), imageInfoArray: imageInfoArray(p.imageInfoArray) }),
  [TYPES.MSG_AUDIO]: (p) => ({
    uuid: text(p.uuid),
    url: text(p.url),
    remoteAudioUrl: text(p.remoteAudioUrl),
    second: count(p.second),
    size: count(p.size),
    downloadFlag: count(p.downloadFlag),
  }),
  [TYPES.MSG_FILE]: (p) => ({
    uuid: text(p.uuid),
    fileName: text(p.fileName),
    fileSize: count(p.fileSize),
    fileUrl: text(p.fileUrl),
    remoteFileUrl: text(p.remoteFileUrl),
    downloadFlag: count(p.downloadFlag),
  }),
  [TYPES.MSG_VIDEO]: (p) => ({
    videoFormat: text(p.videoFormat),
    videoSecond: count(p.videoSecond),
    videoSize: count(p.videoSize),
    videoUrl: text(p.videoUrl),
    remoteVideoUrl: text(p.remoteVideoUrl),
    videoUUID: text(p.videoUUID),
    videoDownloadFlag: count(p.videoDownloadFlag),
    thumbUUID: text(p.thumbUUID),
    thumbFormat: text(p.thumbFormat),
    thumbWidth: count(p.thumbWidth),
    thumbHeight: count(p.thumbHeight),
    thumbSize: count(p.thumbSize),
    thumbUrl: text(p.thumbUrl),
    remoteThumbUrl: text(p.remoteThumbUrl),
    thumbDownloadFlag: count(p.thumbDownloadFlag),
    snapshotUrl: text(p.snapshotUrl),
    snapshotWidth: count(p.snapshotWidth),
    snapshotHeight: count(p.snapshotHeight),
    snapshotSize: count(p.snapshotSize),
    remoteSnapshotUrl: text(p.remoteSnapshotUrl),
  }),
  [TYPES.MSG_CUSTOM]: (p) => ({ data: text(p.data), description: text(p.description), extension: text(p.extension) }),
  [TYPES.MSG_FACE]: (p) => ({ index: count(p.index), data: text(p.data) }),
  [TYPES.MSG_LOCATION]: (p) => ({ description: text(p.description), longitude: count(p.longitude), latitude: count(p.latitude) }),
  [TYPES.MSG_MERGER]: (p) => ({
    downloadKey: text(p.downloadKey),
    pbDownloadKey: text(p.pbDownloadKey),
    messageList: list(p.messageList).map(mergedItem),
    title: text(p.title),
    abstractList: texts(p.abstractList),
    compatibleText: text(p.compatibleText),
    version: count(p.version),
    layersOverLimit: flag(p.layersOverLimit),
  }),
  [TYPES.MSG_GRP_TIP]: (p) => {
    const group = fields(p.groupProfile);
    const operator = fields(p.operatorInfo);
    const operatorID = text(p.operatorID);
    const userIDList = texts(p.userIDList);
    const tip: MessagePayloads[typeof TYPES.MSG_GRP_TIP] = {
      operatorID,
      operationType: count(p.operationType) as GroupTipType,
      // Message.setGroupTipElement defaults it to the operator (index.es.js class `ki`).
      userIDList: userIDList.length > 0 ? userIDList : [operatorID],
      groupProfile: { from: text(group.from), groupID: text(group.groupID), groupName: text(group.groupName), to: text(group.to) },
      operatorInfo: { userID: text(operator.userID, operatorID), nick: text(operator.nick), avatar: text(operator.avatar) },
      memberList: list(p.memberList).map(tipMember),
      memberNum: count(p.memberNum),
    };
    if (p.newGroupProfile !== undefined) tip.newGroupProfile = profileChange(p.newGroupProfile);
    return tip;
  },
  [TYPES.MSG_GRP_SYS_NOTICE]: (p) => {
    const group = fields(p.groupProfile);
    return {
      operatorID: text(p.operatorID),
      operationType: count(p.operationType) as GroupNoticeType,
      groupProfile: {
        from: text(group.from),
        groupID: text(group.groupID),
        name: text(group.name),
        to: text(group.to),
        groupType: text(group.groupType) as GroupType,
      },
      handleMessage: text(p.handleMessage),
      authentication: text(p.authentication),
      messageKey: count(p.messageKey),
      userDefinedField: text(p.userDefinedField),
    };
  },
};

/** A payload of the given type, as message-types.ts shapes it (a copy: the SDK keeps mutating its own). */
export function toPayload<T extends keyof MessagePayloads>(type: T, payload: unknown): MessagePayloads[T] {
  return PAYLOADS[type](fields(payload));
}

const STATUSES: readonly MessageStatus[] = ['unSend', 'success', 'fail'];

function conversationTypeOf(raw: Fields): ConversationType {
  const type = raw.conversationType;
  if (type === TYPES.CONV_C2C || type === TYPES.CONV_GROUP || type === TYPES.CONV_SYSTEM) return type;
  const id = text(raw.conversationID);
  return id.startsWith(TYPES.CONV_GROUP) ? TYPES.CONV_GROUP : id === TYPES.CONV_SYSTEM ? TYPES.CONV_SYSTEM : TYPES.CONV_C2C;
}

function readReceipt(raw: unknown): ReadReceiptInfo {
  const info = fields(raw);
  const out: ReadReceiptInfo = { timestamp: count(info.timestamp) };
  if (typeof info.readCount === 'number') out.readCount = info.readCount;
  if (typeof info.unreadCount === 'number') out.unreadCount = info.unreadCount;
  if (typeof info.isPeerRead === 'boolean') out.isPeerRead = info.isPeerRead;
  return out;
}

function messageFields(m: Fields): MessageFields {
  const revokerInfo = fields(m.revokerInfo);
  return {
    ID: text(m.ID),
    conversationID: text(m.conversationID),
    conversationType: conversationTypeOf(m),
    to: text(m.to),
    from: text(m.from),
    flow: m.flow === 'out' ? 'out' : 'in',
    time: count(m.time),
    clientTime: count(m.clientTime),
    sequence: count(m.sequence),
    clientSequence: count(m.clientSequence),
    random: count(m.random),
    status: oneOf(STATUSES, m.status) ? m.status : 'success',
    priority: oneOf<MessagePriority>(MESSAGE_PRIORITIES, m.priority) ? m.priority : TYPES.MSG_PRIORITY_NORMAL,
    nick: text(m.nick),
    avatar: text(m.avatar),
    nameCard: text(m.nameCard),
    atUserList: texts(m.atUserList),
    cloudCustomData: text(m.cloudCustomData),
    isRead: flag(m.isRead),
    isPeerRead: flag(m.isPeerRead),
    isRevoked: flag(m.isRevoked),
    revoker: text(m.revoker),
    revokerInfo: { userID: text(revokerInfo.userID), nick: text(revokerInfo.nick), avatar: text(revokerInfo.avatar) },
    revokeReason: text(m.revokeReason),
    isDeleted: flag(m.isDeleted),
    isModified: flag(m.isModified),
    version: count(m.version),
    needReadReceipt: flag(m.needReadReceipt),
    readReceiptInfo: readReceipt(m.readReceiptInfo),
    hasRiskContent: flag(m.hasRiskContent),
    isSystemMessage: flag(m.isSystemMessage),
    isBroadcastMessage: flag(m.isBroadcastMessage),
    isSupportExtension: flag(m.isSupportExtension),
  };
}

/**
 * Our Message for an SDK message, or null for one of a type this template does not know: the SDK creates such
 * a message without an element (Message.setElement skips unknown element types), so it has no type to show.
 */
export function toMessageOrNull(raw: unknown): Message | null {
  const m = fields(raw);
  const type = m.type;
  if (!oneOf(MESSAGE_TYPES, type)) return null;
  // The union cannot follow `type` through the lookup; PAYLOADS pairs each type with its own payload.
  return { ...messageFields(m), type, payload: toPayload(type, m.payload) } as Message;
}

/** Our Message for a message the caller just handed to the SDK (always of a known type). */
export function toMessage(raw: unknown): Message {
  const message = toMessageOrNull(raw);
  if (!message) throw new TypeError(`The Chat SDK answered a message of an unknown type (${String(fields(raw).type)})`);
  return message;
}

/** The messages of a list, leaving out those of unknown types. */
export function toMessages(raw: unknown): Message[] {
  return list(raw).flatMap((item) => {
    const message = toMessageOrNull(item);
    return message ? [message] : [];
  });
}

/**
 * An entry of MESSAGE_REVOKED: the message when the SDK holds it, else its stub (C2CModule.onMsgRevoked,
 * index.es.js: `{ conversationID, sequence, ID?, time? }` plus the revoker it adds).
 */
export function toRevoked(raw: unknown): Message | RevokedMessageRef {
  const message = toMessageOrNull(raw);
  if (message) return message;
  const stub = fields(raw);
  const ref: RevokedMessageRef = { conversationID: text(stub.conversationID), sequence: count(stub.sequence), isRevoked: true };
  if (typeof stub.ID === 'string') ref.ID = stub.ID;
  if (stub.time !== undefined) ref.time = count(stub.time);
  if (typeof stub.revoker === 'string') ref.revoker = stub.revoker;
  if (stub.revokerInfo !== undefined) {
    const info = fields(stub.revokerInfo);
    ref.revokerInfo = { userID: text(info.userID), nick: text(info.nick), avatar: text(info.avatar) };
  }
  if (typeof stub.revokeReason === 'string') ref.revokeReason = stub.revokeReason;
  return ref;
}
