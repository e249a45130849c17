import type { ChatSDK } from '@tencentcloud/chat';
import type {
  MessagePriority,
  ReadAllScope,
  SendableConversationType,
  AdminForbidType,
  AllowType,
  Gender,
  GroupRole,
  GroupType,
  InviteOption,
  JoinOption,
  MessageRemindType,
} from './constants';
import type {
  AddGroupMemberResult,
  ChatEventHandler,
  CreateGroupResult,
  DeleteGroupMemberResult,
  GroupApplication,
  GroupApplicationListResult,
  GroupIDResult,
  GroupListResult,
  GroupMemberListResult,
  GroupMemberProfileResult,
  GroupMemberResult,
  GroupResult,
  JoinGroupResult,
  OnlineMemberCountResult,
  CustomField,
  ChatEventName,
  ChatResponse,
  GetUserStatusResult,
  LoginResult,
  Profile,
  SubscriptionResult,
  UserStatus,
} from './types';
import type {
  C2CRemindTypeResult,
  ConversationIDListResult,
  ConversationIDResult,
  ConversationListResult,
  ConversationResult,
  CustomPayload,
  DeleteMessageResult,
  FacePayload,
  LocationPayload,
  Message,
  MessageFile,
  MessageOf,
  MessageListResult,
  MessageResult,
  SendMessageOptions,
} from './message-types';
import type {
  AcceptFriendType,
  AddFriendResult,
  AddFriendType,
  CheckFriendResult,
  CheckFriendType,
  CreateFriendGroupResult,
  DeleteFriendResult,
  DeleteFriendType,
  Friend,
  FriendApplicationListResult,
  FriendApplicationType,
  FriendGroup,
  FriendGroupUpdateResult,
  FriendProfileResult,
} from './friend-types';
import type { GroupAttributeKeysResult, GroupAttributes, GroupAttributesResult } from './group-attribute-types';

type Options<K extends keyof ChatSDK> = ChatSDK[K] extends (options: infer O) => unknown ? O : never;

export type LoginOptions = Options<'login'>;
export type GetUserProfileOptions = Options<'getUserProfile'>;
/**
 * The SDK types gender/allowType/adminForbidType as its whole TYPES enum and custom fields as any[]; we
 * narrow them to the values the service accepts, so `TYPES.GENDER_MALE` type-checks without a cast.
 */
export type UpdateMyProfileOptions = Omit<
  Options<'updateMyProfile'>,
  'gender' | 'allowType' | 'adminForbidType' | 'profileCustomField'
> & {
  gender?: Gender;
  allowType?: AllowType;
  adminForbidType?: AdminForbidType;
  profileCustomField?: CustomField[];
};
export type SetSelfStatusOptions = Options<'setSelfStatus'>;
export type GetUserStatusOptions = Options<'getUserStatus'>;
export type SubscribeUserStatusOptions = Options<'subscribeUserStatus'>;
export type UnsubscribeUserStatusOptions = Options<'unsubscribeUserStatus'>;

export type BlacklistOptions = Options<'addToBlacklist'>;
export type GetGroupProfileOptions = Options<'getGroupProfile'>;

/** SDK options with its enum-typed and any[] fields narrowed to the values the service accepts. */
export type CreateGroupOptions = Omit<Options<'createGroup'>, 'type' | 'joinOption' | 'memberList' | 'groupCustomField'> & {
  type: GroupType;
  joinOption?: JoinOption;
  memberList?: Array<{ userID: string; role?: GroupRole; memberCustomField?: CustomField[] }>;
  groupCustomField?: CustomField[];
};
export type UpdateGroupProfileOptions = Omit<Options<'updateGroupProfile'>, 'joinOption' | 'groupCustomField'> & {
  joinOption?: JoinOption;
  /** Accepted by the service (REST and newer SDKs) although index.d.ts omits it. */
  inviteOption?: InviteOption;
  groupCustomField?: CustomField[];
};
export type JoinGroupOptions = Omit<Options<'joinGroup'>, 'type'> & { type?: GroupType };
export type ChangeGroupOwnerOptions = Options<'changeGroupOwner'>;
/**
 * The request to decide: an entry of getGroupApplicationList, or the join request notice itself (a
 * GRP_SYS_NOTICE message of operationType 1), which the SDK then deletes from `@TIM#SYSTEM`.
 */
export type HandleGroupApplicationOptions = Omit<Options<'handleGroupApplication'>, 'handleAction' | 'application' | 'message'> & {
  handleAction: 'Agree' | 'Reject';
} & ({ application: GroupApplication; message?: never } | { message: MessageOf<'TIMGroupSystemNoticeElem'>; application?: never });
export type GetGroupMemberListOptions = Omit<Options<'getGroupMemberList'>, 'offset' | 'role'> & {
  offset?: number;
  role?: GroupRole;
};
export type GetGroupMemberProfileOptions = Options<'getGroupMemberProfile'>;
export type AddGroupMemberOptions = Options<'addGroupMember'>;
export type DeleteGroupMemberOptions = Options<'deleteGroupMember'>;
export type SetGroupMemberMuteTimeOptions = Options<'setGroupMemberMuteTime'>;
export type SetGroupMemberRoleOptions = Omit<Options<'setGroupMemberRole'>, 'role'> & { role: GroupRole };
export type SetGroupMemberNameCardOptions = Options<'setGroupMemberNameCard'>;
export type SetGroupMemberCustomFieldOptions = Omit<Options<'setGroupMemberCustomField'>, 'memberCustomField'> & {
  memberCustomField: CustomField[];
};
/** A group's remind type (index.d.ts SET_MESSAGE_REMIND_TYPE_OPTIONS, groupID form). */
export type SetGroupRemindTypeOptions = { groupID: string; messageRemindType: MessageRemindType };
/** C2C conversations' remind type (the userIDList form; the SDK keeps the first 30 IDs). */
export type SetC2CRemindTypeOptions = { userIDList: string[]; messageRemindType: MessageRemindType };
/**
 * Both forms of setMessageRemindType, as the SDK tells them apart (MsgRemindHandler.set, index.es.js): a
 * `groupID` means the group form, else a `userIDList` the C2C form.
 */
export type SetMessageRemindTypeOptions = SetGroupRemindTypeOptions | SetC2CRemindTypeOptions;

/**
 * MESSAGE_OPTIONS of index.d.ts with `payload` (typed `any` there) given per message type, and its enum-typed
 * fields narrowed to the values the SDK takes.
 */
type MessageOptionsOf<P> = Omit<Options<'createTextMessage'>, 'conversationType' | 'priority' | 'payload' | 'onProgress'> & {
  conversationType: SendableConversationType;
  priority?: MessagePriority;
  payload: P;
};
/** The SDK calls onProgress with a number from 0 to 1 while it uploads the file. */
type WithUpload<P> = MessageOptionsOf<P> & { onProgress?: (percent: number) => void };

export type CreateTextMessageOptions = MessageOptionsOf<{ text: string }>;
/** atUserList: userIDs, or TYPES.MSG_AT_ALL. */
export type CreateTextAtMessageOptions = MessageOptionsOf<{ text: string; atUserList: string[] }>;
export type CreateImageMessageOptions = WithUpload<{ file: MessageFile }>;
export type CreateAudioMessageOptions = WithUpload<{ file: MessageFile }>;
export type CreateVideoMessageOptions = WithUpload<{ file: MessageFile }>;
export type CreateFileMessageOptions = WithUpload<{ file: MessageFile }>;
export type CreateCustomMessageOptions = MessageOptionsOf<Partial<CustomPayload>>;
export type CreateFaceMessageOptions = MessageOptionsOf<FacePayload>;
export type CreateLocationMessageOptions = MessageOptionsOf<LocationPayload>;
export type CreateMergerMessageOptions = MessageOptionsOf<{
  messageList: Message[];
  title: string;
  abstractList: string[];
  compatibleText: string;
}>;
export type CreateForwardMessageOptions = MessageOptionsOf<Message>;
/** `count` is missing from index.d.ts but read by the SDK (clamped to 15). */
export type GetMessageListOptions = Options<'getMessageList'> & { count?: number };
export type SetMessageReadOptions = Options<'setMessageRead'>;
export type SetAllMessageReadOptions = Omit<Options<'setAllMessageRead'>, 'scope'> & { scope?: ReadAllScope };
type ConversationFilter = Exclude<Exclude<Options<'getConversationList'>, undefined>, string[]>;
export type GetConversationListOptions =
  | string[]
  | (Omit<ConversationFilter, 'type'> & { type?: SendableConversationType });
export type DeleteConversationListOptions = Exclude<Options<'deleteConversation'>, string>;
export type PinConversationOptions = Options<'pinConversation'>;
export type SetConversationDraftOptions = Options<'setConversationDraft'>;

/**
 * The chat port: the part of the SDK instance this template uses, with the SDK's option types and our
 * typed results. Both backends implement it; stores are the only callers.
 */
export interface ChatPort extends MessagingPort, FriendPort {
  login(options: LoginOptions): Promise<ChatResponse<LoginResult>>;
  logout(): Promise<ChatResponse<Record<string, never>>>;
  isReady(): boolean;
  getLoginUser(): string;
  destroy(): Promise<void>;

  getMyProfile(): Promise<ChatResponse<Profile>>;
  getUserProfile(options: GetUserProfileOptions): Promise<ChatResponse<Profile[]>>;
  updateMyProfile(options: UpdateMyProfileOptions): Promise<ChatResponse<Profile>>;

  setSelfStatus(options: SetSelfStatusOptions): Promise<ChatResponse<UserStatus>>;
  getUserStatus(options: GetUserStatusOptions): Promise<ChatResponse<GetUserStatusResult>>;
  subscribeUserStatus(options: SubscribeUserStatusOptions): Promise<ChatResponse<SubscriptionResult>>;
  unsubscribeUserStatus(options?: UnsubscribeUserStatusOptions): Promise<ChatResponse<SubscriptionResult>>;

  getBlacklist(): Promise<ChatResponse<string[]>>;
  addToBlacklist(options: BlacklistOptions): Promise<ChatResponse<string[]>>;
  removeFromBlacklist(options: BlacklistOptions): Promise<ChatResponse<string[]>>;

  getGroupList(): Promise<ChatResponse<GroupListResult>>;
  getGroupProfile(options: GetGroupProfileOptions): Promise<ChatResponse<GroupResult>>;
  createGroup(options: CreateGroupOptions): Promise<ChatResponse<CreateGroupResult>>;
  updateGroupProfile(options: UpdateGroupProfileOptions): Promise<ChatResponse<GroupResult>>;
  dismissGroup(groupID: string): Promise<ChatResponse<GroupIDResult>>;
  joinGroup(options: JoinGroupOptions): Promise<ChatResponse<JoinGroupResult>>;
  quitGroup(groupID: string): Promise<ChatResponse<GroupIDResult>>;
  searchGroupByID(groupID: string): Promise<ChatResponse<GroupResult>>;
  getGroupOnlineMemberCount(groupID: string): Promise<ChatResponse<OnlineMemberCountResult>>;
  changeGroupOwner(options: ChangeGroupOwnerOptions): Promise<ChatResponse<GroupResult>>;
  getGroupApplicationList(): Promise<ChatResponse<GroupApplicationListResult>>;
  handleGroupApplication(options: HandleGroupApplicationOptions): Promise<ChatResponse<GroupResult>>;
  /** The group form answers the group (with the new selfInfo.messageRemindType); the C2C form is MessagingPort's. */
  setMessageRemindType(options: SetGroupRemindTypeOptions): Promise<ChatResponse<GroupResult>>;
  setMessageRemindType(options: SetC2CRemindTypeOptions): Promise<ChatResponse<C2CRemindTypeResult>>;

  getGroupMemberList(options: GetGroupMemberListOptions): Promise<ChatResponse<GroupMemberListResult>>;
  getGroupMemberProfile(options: GetGroupMemberProfileOptions): Promise<ChatResponse<GroupMemberProfileResult>>;
  addGroupMember(options: AddGroupMemberOptions): Promise<ChatResponse<AddGroupMemberResult>>;
  deleteGroupMember(options: DeleteGroupMemberOptions): Promise<ChatResponse<DeleteGroupMemberResult>>;
  setGroupMemberMuteTime(options: SetGroupMemberMuteTimeOptions): Promise<ChatResponse<GroupMemberResult>>;
  setGroupMemberRole(options: SetGroupMemberRoleOptions): Promise<ChatResponse<GroupMemberResult>>;
  setGroupMemberNameCard(options: SetGroupMemberNameCardOptions): Promise<ChatResponse<GroupMemberResult>>;
  setGroupMemberCustomField(options: SetGroupMemberCustomFieldOptions): Promise<ChatResponse<GroupMemberResult>>;

  on<E extends ChatEventName>(eventName: E, handler: ChatEventHandler<E>): void;
  off<E extends ChatEventName>(eventName: E, handler: ChatEventHandler<E>): void;
}

/*
 * Options of the relationship chain and group attribute calls: index.d.ts's, with its enum-typed fields (typed as
 * the whole TYPES enum there) narrowed to the values each call takes, `any` fields given their shape, and the
 * `type` fields the d.ts marks required but relationship-module.js defaults made optional.
 */
export type AddFriendOptions = Omit<Options<'addFriend'>, 'type'> & { type?: AddFriendType };
export type DeleteFriendOptions = Omit<Options<'deleteFriend'>, 'type'> & { type?: DeleteFriendType };
export type CheckFriendOptions = Omit<Options<'checkFriend'>, 'type'> & { type?: CheckFriendType };
export type GetFriendProfileOptions = Options<'getFriendProfile'>;
export type UpdateFriendOptions = Omit<Options<'updateFriend'>, 'friendCustomField'> & { friendCustomField?: CustomField[] };
export type AcceptFriendApplicationOptions = Omit<Options<'acceptFriendApplication'>, 'type'> & { type?: AcceptFriendType };
export type RefuseFriendApplicationOptions = Options<'refuseFriendApplication'>;
export type DeleteFriendApplicationOptions = Omit<Options<'deleteFriendApplication'>, 'type'> & {
  type?: FriendApplicationType;
};
export type CreateFriendGroupOptions = Omit<Options<'createFriendGroup'>, 'userIDList'> & { userIDList?: string[] };
export type DeleteFriendGroupOptions = Options<'deleteFriendGroup'>;
export type AddToFriendGroupOptions = Options<'addToFriendGroup'>;
export type RemoveFromFriendGroupOptions = Options<'removeFromFriendGroup'>;
/** index.d.ts's RENAME_FRIEND_GROUP_OPTIONS also lists handleMessage/message/application, which the runtime never reads. */
export type RenameFriendGroupOptions = Pick<Options<'renameFriendGroup'>, 'oldName' | 'newName'>;
export type InitGroupAttributesOptions = Omit<Options<'initGroupAttributes'>, 'groupAttributes'> & {
  groupAttributes: GroupAttributes;
};
export type SetGroupAttributesOptions = Omit<Options<'setGroupAttributes'>, 'groupAttributes'> & {
  groupAttributes: GroupAttributes;
};
/** An empty keyList deletes every attribute. */
export type DeleteGroupAttributesOptions = Options<'deleteGroupAttributes'>;
/** An empty keyList gets every attribute. */
export type GetGroupAttributesOptions = Options<'getGroupAttributes'>;

/** What accept/refuse/setRead resolve with: nothing to read (see FriendPort). */
export type NoData = Record<string, never>;

/**
 * The relationship chain (friends, friend requests, friend groups; seed 004, relationship-module.js) and group
 * attributes (group-module.js GroupAttributesHandler), part of ChatPort: the local backend implements it, the
 * cloud one forwards to the SDK.
 *
 * SDK 3.6.6 resolves acceptFriendApplication, refuseFriendApplication and setFriendApplicationRead with
 * `undefined` (FriendApplicationHandler's handlers return nothing); the port answers `{code: 0, data: {}}` like
 * every other call, so a backend forwarding to the SDK wraps those three.
 */
export interface FriendPort {
  /** The whole friend list the instance holds (kept current by FRIEND_LIST_UPDATED). */
  getFriendList(): Promise<ChatResponse<Friend[]>>;
  /** Resolves with code 0 (added) or 30539 (a request waits for the user's approval); rejects otherwise. */
  addFriend(options: AddFriendOptions): Promise<ChatResponse<AddFriendResult>>;
  /** Users who are not friends fail one by one with 2700; Delete_Type_Both by default. */
  deleteFriend(options: DeleteFriendOptions): Promise<ChatResponse<DeleteFriendResult>>;
  /** CheckResult_Type_Both by default. */
  checkFriend(options: CheckFriendOptions): Promise<ChatResponse<CheckFriendResult>>;
  /** Friends' data and profiles; users who are not friends fail one by one with 2700. */
  getFriendProfile(options: GetFriendProfileOptions): Promise<ChatResponse<FriendProfileResult>>;
  /** Remark and `Tag_SNS_Custom_*` fields of a friend (2700 for anyone else); resolves with the friend. */
  updateFriend(options: UpdateFriendOptions): Promise<ChatResponse<Friend>>;
  getFriendApplicationList(): Promise<ChatResponse<FriendApplicationListResult>>;
  /** Response_Action_AgreeAndAdd (both lists) by default. */
  acceptFriendApplication(options: AcceptFriendApplicationOptions): Promise<ChatResponse<NoData>>;
  refuseFriendApplication(options: RefuseFriendApplicationOptions): Promise<ChatResponse<NoData>>;
  /** Removes a request from the caller's list only (received by default); 2716 when it is not there. */
  deleteFriendApplication(options: DeleteFriendApplicationOptions): Promise<ChatResponse<NoData>>;
  /** Every received request counts as read. */
  setFriendApplicationRead(): Promise<ChatResponse<NoData>>;
  getFriendGroupList(): Promise<ChatResponse<FriendGroup[]>>;
  /** 2710 when the caller already has a group of that name. */
  createFriendGroup(options: CreateFriendGroupOptions): Promise<ChatResponse<CreateFriendGroupResult>>;
  /** 2711 for a group the caller does not have; resolves with the group as removed (its userIDList emptied). */
  deleteFriendGroup(options: DeleteFriendGroupOptions): Promise<ChatResponse<FriendGroup>>;
  /** Users who are not friends are left out. */
  addToFriendGroup(options: AddToFriendGroupOptions): Promise<ChatResponse<FriendGroupUpdateResult>>;
  removeFromFriendGroup(options: RemoveFromFriendGroupOptions): Promise<ChatResponse<FriendGroupUpdateResult>>;
  renameFriendGroup(options: RenameFriendGroupOptions): Promise<ChatResponse<FriendGroup>>;

  /** Replaces all of a group's attributes; resolves with the ones sent. */
  initGroupAttributes(options: InitGroupAttributesOptions): Promise<ChatResponse<GroupAttributesResult>>;
  /** Adds or changes the attributes sent; resolves with them. */
  setGroupAttributes(options: SetGroupAttributesOptions): Promise<ChatResponse<GroupAttributesResult>>;
  deleteGroupAttributes(options: DeleteGroupAttributesOptions): Promise<ChatResponse<GroupAttributeKeysResult>>;
  getGroupAttributes(options: GetGroupAttributesOptions): Promise<ChatResponse<GroupAttributesResult>>;
}

/** Messages and conversations (seed 004 and the 3.6.6 runtime), part of ChatPort. */
export interface MessagingPort {
  // ---- messages (create* are synchronous, as in the SDK; the message is sent by sendMessage) ----------------
  // A backend may hand out its own objects (the cloud SDK's Message instances): callers pass back the object
  // they were given, or a copy with the same ID, and the backend finds its own.
  createTextMessage(options: CreateTextMessageOptions): Message;
  createTextAtMessage(options: CreateTextAtMessageOptions): Message;
  /** Undefined where the platform cannot send that file (the SDK warns and returns nothing). */
  createImageMessage(options: CreateImageMessageOptions): Message | undefined;
  createAudioMessage(options: CreateAudioMessageOptions): Message | undefined;
  createVideoMessage(options: CreateVideoMessageOptions): Message | undefined;
  createFileMessage(options: CreateFileMessageOptions): Message | undefined;
  createCustomMessage(options: CreateCustomMessageOptions): Message;
  createFaceMessage(options: CreateFaceMessageOptions): Message;
  createLocationMessage(options: CreateLocationMessageOptions): Message;
  createMergerMessage(options: CreateMergerMessageOptions): Message;
  createForwardMessage(options: CreateForwardMessageOptions): Message;
  /** A merged message whose list was uploaded (payload.downloadKey): resolves with its messages filled in. */
  downloadMergerMessage(message: Message): Promise<Message>;
  sendMessage(message: Message, options?: SendMessageOptions): Promise<ChatResponse<MessageResult>>;
  resendMessage(message: Message, options?: SendMessageOptions): Promise<ChatResponse<MessageResult>>;
  revokeMessage(message: Message): Promise<ChatResponse<MessageResult>>;
  deleteMessage(messageList: Message[]): Promise<ChatResponse<DeleteMessageResult>>;
  modifyMessage(message: Message): Promise<ChatResponse<MessageResult>>;
  getMessageList(options: GetMessageListOptions): Promise<ChatResponse<MessageListResult>>;
  findMessage(messageID: string): Message | null;
  setMessageRead(options: SetMessageReadOptions): Promise<ChatResponse<Record<string, never>>>;
  setAllMessageRead(options?: SetAllMessageReadOptions): Promise<ChatResponse<Record<string, never>>>;

  // ---- conversations --------------------------------------------------------------------------------------
  getConversationList(options?: GetConversationListOptions): Promise<ChatResponse<ConversationListResult>>;
  getConversationProfile(conversationID: string): Promise<ChatResponse<ConversationResult>>;
  /** Clears the conversation's history too, unless `clearHistoryMessage: false` (the SDK's default is true). */
  deleteConversation(conversationID: string): Promise<ChatResponse<ConversationIDResult>>;
  deleteConversation(options: DeleteConversationListOptions): Promise<ChatResponse<ConversationIDListResult>>;
  pinConversation(options: PinConversationOptions): Promise<ChatResponse<ConversationIDResult>>;
  setConversationDraft(options: SetConversationDraftOptions): Promise<ChatResponse<ConversationResult>>;
  clearHistoryMessage(conversationID: string): Promise<ChatResponse<ConversationIDResult>>;
  /** Synchronous, as in the SDK: unread of every conversation but muted ones and `@TIM#SYSTEM`. */
  getTotalUnreadMessageCount(): number;
  /** The C2C form of setMessageRemindType ({userIDList}); ChatPort adds the groupID form beside it. */
  setMessageRemindType(options: SetC2CRemindTypeOptions): Promise<ChatResponse<C2CRemindTypeResult>>;
}
