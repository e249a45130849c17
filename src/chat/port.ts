import type { ChatSDK } from '@tencentcloud/chat';
import type {
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
export type HandleGroupApplicationOptions = Omit<Options<'handleGroupApplication'>, 'handleAction' | 'application'> & {
  handleAction: 'Agree' | 'Reject';
  application: GroupApplication;
};
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
export type SetGroupRemindTypeOptions = { groupID: string; messageRemindType: MessageRemindType };

/**
 * The chat port: the part of the SDK instance this template uses, with the SDK's option types and our
 * typed results. Both backends implement it; stores are the only callers.
 */
export interface ChatPort {
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
  setMessageRemindType(options: SetGroupRemindTypeOptions): Promise<ChatResponse<GroupResult>>;

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
