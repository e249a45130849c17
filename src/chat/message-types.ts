/**
 * Messages and conversations as the SDK hands them out (@tencentcloud/chat 3.6.6: class `Hi` and the element
 * classes of index.es.js for messages, class `gn` for conversations; index.d.ts types all of them `any`).
 * Both backends produce exactly these shapes; stores and pages read nothing else.
 */
import type {
  ConversationType,
  GroupAtType,
  GroupNoticeType,
  GroupTipType,
  GroupType,
  InviteOption,
  JoinOption,
  MessagePriority,
  MessageRemindType,
  SendableConversationType,
} from './constants';
import { TYPES } from './constants';
import type { CustomField } from './custom-field';

export type MessageStatus = 'unSend' | 'success' | 'fail';
export type MessageFlow = 'in' | 'out';

// ---- payloads -------------------------------------------------------------------------------------------

export interface TextPayload {
  text: string;
}

/** One size of an image: [0] original (type 0), [1] thumbnail ≤ 198 px (type 1), [2] large ≤ 720 px (type 2). */
export interface ImageInfo {
  type: 0 | 1 | 2;
  /** 1 original, 2 large, 3 thumbnail. */
  sizeType: 1 | 2 | 3;
  size: number;
  width: number;
  height: number;
  url: string;
  imageUrl: string;
  instanceID: number;
}

export interface ImagePayload {
  uuid: string;
  /** JPG 1, GIF 2, PNG 3, BMP 4, unknown 255. */
  imageFormat: number;
  imageInfoArray: ImageInfo[];
}

export interface AudioPayload {
  uuid: string;
  url: string;
  remoteAudioUrl: string;
  /** Duration in seconds. */
  second: number;
  size: number;
  downloadFlag: number;
}

export interface FilePayload {
  uuid: string;
  fileName: string;
  fileSize: number;
  fileUrl: string;
  remoteFileUrl: string;
  downloadFlag: number;
}

export interface VideoPayload {
  videoFormat: string;
  /** Duration in seconds. */
  videoSecond: number;
  videoSize: number;
  videoUrl: string;
  remoteVideoUrl: string;
  videoUUID: string;
  videoDownloadFlag: number;
  thumbUUID: string;
  thumbFormat: string;
  thumbWidth: number;
  thumbHeight: number;
  thumbSize: number;
  thumbUrl: string;
  remoteThumbUrl: string;
  thumbDownloadFlag: number;
  snapshotUrl: string;
  snapshotWidth: number;
  snapshotHeight: number;
  snapshotSize: number;
  remoteSnapshotUrl: string;
}

/** At least one of the three is non-empty. */
export interface CustomPayload {
  data: string;
  description: string;
  extension: string;
}

export interface FacePayload {
  index: number;
  data: string;
}

export interface LocationPayload {
  description: string;
  longitude: number;
  latitude: number;
}

/** A message inside a merged message: what the SDK keeps of it (SimplifiedMessage in index.d.ts). */
export interface MergedMessageItem {
  ID: string;
  nick: string;
  avatar: string;
  from: string;
  time: number;
  messageBody: MessageBody[];
  cloudCustomData: string;
}

export interface MergerPayload {
  /** Non-empty when the list was too large to travel in the message (> 11264 B) and must be downloaded. */
  downloadKey: string;
  pbDownloadKey: string;
  messageList: MergedMessageItem[];
  title: string;
  abstractList: string[];
  compatibleText: string;
  version: number;
  layersOverLimit: boolean;
}

export interface GroupTipMember {
  userID: string;
  nick: string;
  avatar: string;
  /** GRP_TIP_MBR_PROFILE_UPDATED: seconds of mute given (0 = unmuted). */
  muteTime?: number;
  /**
   * GRP_TIP_MBR_KICKED_OUT: the reason given to deleteGroupMember (the SDK copies the server's
   * memberExtraInfo.reason onto every member, index.es.js Message.setGroupTipElement).
   */
  reason?: string;
}

/** newGroupProfile of GRP_TIP_GRP_PROFILE_UPDATED: only the keys that changed. */
export interface GroupTipProfileChange {
  groupName?: string;
  introduction?: string;
  notification?: string;
  avatar?: string;
  ownerID?: string;
  muteAllMembers?: boolean;
  joinOption?: JoinOption;
  inviteOption?: InviteOption;
  groupCustomField?: CustomField[];
}

/** TIMGroupTipElem: a change in a group, stored in the group's conversation. */
export interface GroupTipPayload {
  operatorID: string;
  operationType: GroupTipType;
  /** Whom it is about (default: the operator). */
  userIDList: string[];
  groupProfile: { from: string; groupID: string; groupName: string; to: string };
  operatorInfo: { userID: string; nick: string; avatar: string };
  memberList: GroupTipMember[];
  /** The member count after the change. */
  memberNum: number;
  newGroupProfile?: GroupTipProfileChange;
}

/** TIMGroupSystemNoticeElem: a notice to one user, in the `@TIM#SYSTEM` conversation. */
export interface GroupSystemNoticePayload {
  operatorID: string;
  operationType: GroupNoticeType;
  groupProfile: { from: string; groupID: string; name: string; to: string; groupType: GroupType };
  /** The applicant's note (join request) or the handler's reply (accepted/rejected). */
  handleMessage: string;
  /** With messageKey, identifies a join request to handleGroupApplication. */
  authentication: string;
  messageKey: number;
  /** Custom notices (255): the content. */
  userDefinedField: string;
}

/** What each message type carries. */
export interface MessagePayloads {
  [TYPES.MSG_TEXT]: TextPayload;
  [TYPES.MSG_IMAGE]: ImagePayload;
  [TYPES.MSG_AUDIO]: AudioPayload;
  [TYPES.MSG_FILE]: FilePayload;
  [TYPES.MSG_FACE]: FacePayload;
  [TYPES.MSG_VIDEO]: VideoPayload;
  [TYPES.MSG_LOCATION]: LocationPayload;
  [TYPES.MSG_GRP_TIP]: GroupTipPayload;
  [TYPES.MSG_GRP_SYS_NOTICE]: GroupSystemNoticePayload;
  [TYPES.MSG_CUSTOM]: CustomPayload;
  [TYPES.MSG_MERGER]: MergerPayload;
}

export type MessageBody = { [T in keyof MessagePayloads]: { type: T; payload: MessagePayloads[T] } }[keyof MessagePayloads];

// ---- the message ----------------------------------------------------------------------------------------

export interface RevokerInfo {
  userID: string;
  nick: string;
  avatar: string;
}

export interface ReadReceiptInfo {
  readCount?: number;
  unreadCount?: number;
  isPeerRead?: boolean;
  timestamp: number;
}

/** Every field of a message but its type and payload. */
export interface MessageFields {
  /** `${senderTinyID}-${clientTime}-${random}`, fixed when the message is created. */
  ID: string;
  /** `C2C<peer>`, `GROUP<groupID>` or `@TIM#SYSTEM`. */
  conversationID: string;
  conversationType: ConversationType;
  /** C2C: the receiver's userID; group: the groupID. */
  to: string;
  from: string;
  flow: MessageFlow;
  /** Seconds; the server's time once sent. */
  time: number;
  clientTime: number;
  /** Group: the server's sequence from 1; C2C: the client sequence. */
  sequence: number;
  clientSequence: number;
  random: number;
  status: MessageStatus;
  priority: MessagePriority;
  nick: string;
  avatar: string;
  /** The sender's name card in the group (non-AVChatRoom groups). */
  nameCard: string;
  /** userIDs, or TYPES.MSG_AT_ALL. */
  atUserList: string[];
  cloudCustomData: string;
  isRead: boolean;
  isPeerRead: boolean;
  isRevoked: boolean;
  revoker: string;
  revokerInfo: RevokerInfo;
  revokeReason: string;
  isDeleted: boolean;
  isModified: boolean;
  /** Increases with each modifyMessage. */
  version: number;
  needReadReceipt: boolean;
  readReceiptInfo: ReadReceiptInfo;
  hasRiskContent: boolean;
  isSystemMessage: boolean;
  isBroadcastMessage: boolean;
  isSupportExtension: boolean;
}

export type MessageOf<T extends keyof MessagePayloads> = MessageFields & { type: T; payload: MessagePayloads[T] };

/** The SDK's Message, discriminated by `type`. */
export type Message = { [T in keyof MessagePayloads]: MessageOf<T> }[keyof MessagePayloads];

/**
 * MESSAGE_REVOKED may carry a stub for a message the SDK does not hold in memory (index.es.js
 * `_onMessageRevoked`): enough to find it in a list.
 */
export interface RevokedMessageRef {
  ID?: string;
  conversationID: string;
  sequence: number;
  time?: number;
  isRevoked: true;
  revoker?: string;
  revokerInfo?: RevokerInfo;
  revokeReason?: string;
}

// ---- files the create*Message calls take ----------------------------------------------------------------

/** One entry of a chooser's `tempFiles` (uni.chooseImage: `path`; chooseMedia/chooseMessageFile: `tempFilePath`). */
export interface PickedTempFile {
  path?: string;
  tempFilePath?: string;
  size: number;
  name?: string;
  /** chooseMedia video: seconds, and the poster the platform made. */
  duration?: number;
  width?: number;
  height?: number;
  thumbTempFilePath?: string;
}

/** A chooser's result object: on H5 `tempFiles` hold browser Files; on mini programs, PickedTempFiles. */
export interface PickedFiles {
  tempFiles: Array<PickedTempFile | File>;
  tempFilePaths?: string[];
}

/** RecorderManager onStop's result (mini programs only; the SDK sends no audio from the Web). */
export interface RecordedAudio {
  tempFilePath: string;
  fileSize: number;
  /** Milliseconds. */
  duration: number;
}

/** wx.chooseVideo's result (mini programs; createVideoMessage also takes it, index.es.js createVideoMessage). */
export interface ChosenVideo {
  tempFilePath: string;
  size: number;
  /** Seconds. */
  duration: number;
  width: number;
  height: number;
  thumbTempFilePath?: string;
}

/**
 * The `payload.file` of createImage/Video/File/AudioMessage, in the shape the real SDK takes on the platform
 * at hand (index.es.js createImageMessage/createVideoMessage/createFileMessage): the platform adapter makes
 * it, the stores pass it on unread, and either backend consumes it.
 */
export type MessageFile = PickedFiles | RecordedAudio | ChosenVideo | File | HTMLInputElement;

// ---- conversations --------------------------------------------------------------------------------------

/** Conversation.lastMessage: blank values when the conversation has no message. */
export interface ConversationLastMessage {
  /** Seconds; 0 when there is no message. */
  lastTime: number;
  lastSequence: number;
  fromAccount: string;
  /** The SDK's preview text ('[Image]'…); screens build their own per type. */
  messageForShow: string;
  type: keyof MessagePayloads | '';
  payload: MessagePayloads[keyof MessagePayloads] | null;
  isRevoked: boolean;
  cloudCustomData: string;
  nick: string;
  nameCard: string;
  version: number;
  isPeerRead: boolean;
  revoker: string;
}

export interface GroupAtInfo {
  from: string;
  groupID: string;
  messageSequence: number;
  atTypeArray: GroupAtType[];
}

/** What a conversation row needs of the peer (C2C). The cloud SDK fills a stub `{userID}` later. */
export interface ConversationUserProfile {
  userID: string;
  nick: string;
  avatar: string;
}

/** What a conversation row needs of the group. */
export interface ConversationGroupProfile {
  groupID: string;
  name: string;
  avatar: string;
  type: GroupType;
}

export interface Conversation {
  conversationID: string;
  type: ConversationType;
  /** The group's type for group conversations; '' otherwise. */
  subType: GroupType | '';
  /** Always 0 in Meeting and AVChatRoom groups. */
  unreadCount: number;
  lastMessage: ConversationLastMessage;
  /** C2C only. */
  userProfile?: ConversationUserProfile;
  /** Groups only. */
  groupProfile?: ConversationGroupProfile;
  groupAtInfoList: GroupAtInfo[];
  /** The friend's remark (C2C with a friend); ''. */
  remark: string;
  isPinned: boolean;
  /** '' for C2C and system conversations whose remind type was never set. */
  messageRemindType: MessageRemindType | '';
  markList: number[];
  customData: string;
  conversationGroupList: string[];
  /** Local to the SDK instance, never synced. */
  draftText: string;
}

// ---- results --------------------------------------------------------------------------------------------

export interface MessageResult {
  message: Message;
}

export interface MessageListResult {
  /** Oldest first. */
  messageList: Message[];
  /** Pass it back for the next (older) page; '' when complete. */
  nextReqMessageID: string;
  isCompleted: boolean;
}

export interface DeleteMessageResult {
  messageList: Message[];
}

export interface ConversationListResult {
  conversationList: Conversation[];
  isSyncCompleted: boolean;
}

export interface ConversationResult {
  conversation: Conversation;
}

export interface ConversationIDResult {
  conversationID: string;
}

export interface ConversationIDListResult {
  conversationIDList: string[];
}

/** setMessageRemindType's C2C form ({userIDList}; index.es.js `_setC2CMsgRemindType`). */
export interface C2CRemindTypeResult {
  successUserIDList: Array<{ userID: string }>;
  failureUserIDList: Array<{ userID: string; code: number }>;
}

/** The sending options of sendMessage/resendMessage (index.d.ts types them `any`; index.es.js reads these). */
export interface SendMessageOptions {
  /** Delivered to online receivers only: not stored, not in history, no unread count. */
  onlineUserOnly?: boolean;
  offlinePushInfo?: {
    disablePush?: boolean;
    disableVoipPush?: boolean;
    title?: string;
    description?: string;
    extension?: string;
  };
  messageControlInfo?: {
    excludedFromUnreadCount?: boolean;
    excludedFromLastMessage?: boolean;
    excludedFromContentModeration?: boolean;
  };
}

/** The conversations a message can be created for. */
export interface MessageTarget {
  to: string;
  conversationType: SendableConversationType;
}
