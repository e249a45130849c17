import { EVENT, TYPES } from '../constants';
import type { KickedOutType, NetState } from '../constants';
import { ChatError } from '../errors';
import type {
  BlacklistOptions,
  ChatPort,
  CreateAudioMessageOptions,
  CreateCustomMessageOptions,
  CreateFaceMessageOptions,
  CreateFileMessageOptions,
  CreateForwardMessageOptions,
  CreateImageMessageOptions,
  CreateLocationMessageOptions,
  CreateMergerMessageOptions,
  CreateTextAtMessageOptions,
  CreateTextMessageOptions,
  CreateVideoMessageOptions,
  DeleteConversationListOptions,
  GetConversationListOptions,
  GetMessageListOptions,
  MessagingPort,
  PinConversationOptions,
  SetAllMessageReadOptions,
  SetC2CRemindTypeOptions,
  SetConversationDraftOptions,
  SetMessageReadOptions,
  GetUserProfileOptions,
  GetUserStatusOptions,
  LoginOptions,
  SetSelfStatusOptions,
  SubscribeUserStatusOptions,
  UnsubscribeUserStatusOptions,
  UpdateMyProfileOptions,
} from '../port';
import type {
  ChatEventHandler,
  ChatEventName,
  ChatEventPayloads,
  ChatResponse,
  GetUserStatusResult,
  LoginResult,
  Profile,
  SubscriptionResult,
  UserFailure,
  UserStatus,
} from '../types';
import { LOCAL_CODE } from './codes';
import { ok } from './core/answer';
import { EventHub } from './events';
import { addToBlacklistTargets, readBlacklistOptions } from '../rules/blacklist';
import { validateProfileOptions } from '../rules/profile';
import { validateCustomStatus } from '../rules/status';
import { checkUserIDParam } from '../rules/user-id';
import { cloneProfile } from './profile-rules';
import type { Session, SessionEndpoint } from './core/session';
import type { ServerCore } from './server';
import type { GroupContext, GroupOutcome } from './groups/context';
import type { InstanceMessaging } from './messages/service';
import type {
  C2CRemindTypeResult,
  ConversationIDListResult,
  ConversationIDResult,
  ConversationListResult,
  ConversationResult,
  DeleteMessageResult,
  Message,
  MessageListResult,
  MessageResult,
  SendMessageOptions,
} from '../message-types';
import { getGroupApplicationList, handleGroupApplication } from './groups/applications';
import { createGroup } from './groups/create-group';
import {
  changeGroupOwner,
  dismissGroup,
  getGroupList,
  getGroupOnlineMemberCount,
  getGroupProfile,
  searchGroupByID,
  setMessageRemindType,
  updateGroupProfile,
} from './groups/group-ops';
import { joinGroup, quitGroup } from './groups/join-quit';
import { addGroupMember, deleteGroupMember } from './groups/member-add-remove';
import {
  setGroupMemberCustomField,
  setGroupMemberMuteTime,
  setGroupMemberNameCard,
  setGroupMemberRole,
} from './groups/member-edit';
import { getGroupMemberList, getGroupMemberProfile } from './groups/member-list';
import type {
  AddGroupMemberOptions,
  ChangeGroupOwnerOptions,
  CreateGroupOptions,
  DeleteGroupMemberOptions,
  GetGroupMemberListOptions,
  GetGroupMemberProfileOptions,
  GetGroupProfileOptions,
  HandleGroupApplicationOptions,
  JoinGroupOptions,
  SetGroupMemberCustomFieldOptions,
  SetGroupMemberMuteTimeOptions,
  SetGroupMemberNameCardOptions,
  SetGroupMemberRoleOptions,
  SetGroupRemindTypeOptions,
  UpdateGroupProfileOptions,
} from '../port';
import type {
  AddGroupMemberResult,
  CreateGroupResult,
  DeleteGroupMemberResult,
  GroupApplicationListResult,
  GroupIDResult,
  GroupListResult,
  GroupMemberListResult,
  GroupMemberProfileResult,
  GroupMemberResult,
  GroupResult,
  JoinGroupResult,
  OnlineMemberCountResult,
} from '../types';
import {
  MAX_STATUS_QUERY,
  MAX_STATUS_SUBSCRIBE,
  MAX_STATUS_UNSUBSCRIBE,
  makeStatus,
  paramsFailed,
  readUserIDList,
  uniqueCapped,
  unknownUserFailure,
} from './status';
import type {
  AcceptFriendApplicationOptions,
  AddFriendOptions,
  AddToFriendGroupOptions,
  CheckFriendOptions,
  CreateFriendGroupOptions,
  DeleteFriendApplicationOptions,
  DeleteFriendGroupOptions,
  DeleteFriendOptions,
  DeleteGroupAttributesOptions,
  FriendPort,
  GetFriendProfileOptions,
  GetGroupAttributesOptions,
  InitGroupAttributesOptions,
  NoData,
  RefuseFriendApplicationOptions,
  RemoveFromFriendGroupOptions,
  RenameFriendGroupOptions,
  SetGroupAttributesOptions,
  UpdateFriendOptions,
} from '../port';
import type {
  AddFriendResult,
  CheckFriendResult,
  CreateFriendGroupResult,
  DeleteFriendResult,
  Friend,
  FriendApplicationListResult,
  FriendGroup,
  FriendGroupUpdateResult,
  FriendProfileResult,
} from '../friend-types';
import type { GroupAttributeKeysResult, GroupAttributesResult } from '../group-attribute-types';
import { FriendInstance } from './friends/instance';
import { GroupAttributeInstance } from './groups/attribute-instance';

/** A group operation (src/chat/local/groups): the shared context, the caller's session, the SDK call's raw argument. */
type GroupOp<T> = (ctx: GroupContext, session: Session, raw: unknown) => GroupOutcome<T>;

/** The SDK keeps at most this many IDs of one getUserProfile call (ProfileHandler MAX_USER_COUNT). */
const MAX_PROFILE_QUERY = 1000;

const NOT_READY_TEXT: Record<number, string> = {
  [LOCAL_CODE.NOT_LOGGED_IN]: 'not logged in',
  [LOCAL_CODE.LOGGING_IN]: 'logging in; wait for SDK_READY',
  [LOCAL_CODE.LOGIN_FAILED]: 'the last login failed',
  [LOCAL_CODE.KICKED_OUT_MULT_ACCOUNT]: 'kicked out by a login of the same account elsewhere',
  [LOCAL_CODE.LOGGED_OUT]: 'logged out',
};

function readLoginOption(options: unknown, name: 'userID' | 'userSig'): unknown {
  return typeof options === 'object' && options !== null ? Reflect.get(options, name) : undefined;
}

/** The SDK's login schema: userID (the shared rule), then userSig, each a non-empty string. */
function readCredentials(options: unknown): { userID: string; userSig: string } {
  const userID = readLoginOption(options, 'userID');
  const violation = checkUserIDParam(userID);
  if (violation) throw violation;
  const userSig = readLoginOption(options, 'userSig');
  if (typeof userSig !== 'string' || userSig.length === 0) {
    throw paramsFailed('login', 'userSig is required and must be a non-empty string');
  }
  return { userID: String(userID), userSig };
}

/**
 * One SDK instance talking to the embedded service. What the real SDK decides on the device (readiness,
 * parameter checks, caps, answering its own status) happens here; what the server decides is in ServerCore.
 */
export class LocalClient implements ChatPort, MessagingPort, SessionEndpoint {
  private session: Session | null = null;
  /** Messages and conversations of the current login (./messages); null when logged out. */
  private messaging: InstanceMessaging | null = null;
  private ready = false;
  /** The code calls get while not ready; the SDK's ModuleManager `_reason`. */
  private notReadyReason: number = LOCAL_CODE.NOT_LOGGED_IN;
  private readonly hub: EventHub;
  /** The SDK's relationship module and group attribute handler of this instance. */
  private readonly friends: FriendInstance;
  private readonly attributes: GroupAttributeInstance;

  constructor(private readonly core: ServerCore) {
    const emit = <E extends ChatEventName>(eventName: E, makeData: () => ChatEventPayloads[E]) => this.hub.emit(eventName, makeData);
    this.friends = new FriendInstance(core.friends.ctx, emit);
    this.attributes = new GroupAttributeInstance(core.groupAttributes, core.clock, emit);
    this.hub = new EventHub((eventName, error) => core.reportHandlerError(eventName, error), {
      throttled: {
        timers: core.eventTimers,
        read: { [EVENT.FRIEND_LIST_UPDATED]: () => (this.session ? core.friends.ctx.listOf(this.session.userID) : []) },
      },
      observers: {
        [EVENT.GROUP_ATTRIBUTES_UPDATED]: (read) => this.attributes.heard(this.session, read()),
        // The SDK's conversation module patches its C2C conversations' remarks whenever the friend list
        // changes, its own updateFriend included (relationship-module.js `_onFriendListUpdated`).
        [EVENT.FRIEND_LIST_UPDATED]: () => this.messaging?.state.patchRemarks(),
      },
    });
  }

  // ---- login ------------------------------------------------------------------------------------------

  async login(options: LoginOptions): Promise<ChatResponse<LoginResult>> {
    const { userID } = readCredentials(options);
    // The SDK answers a second login with success whatever userID it names, and stays the first user.
    if (this.session) return ok({ repeatLogin: true });
    this.notReadyReason = LOCAL_CODE.LOGGING_IN;
    let session: Session;
    try {
      session = this.core.openSession(this, userID);
    } catch (error) {
      this.notReadyReason = LOCAL_CODE.LOGIN_FAILED;
      throw error;
    }
    this.session = session;
    const messaging = this.core.messages.open(session, (eventName, makeData) => this.hub.emit(eventName, makeData));
    this.messaging = messaging;
    // The SDK becomes ready after the login promise has resolved, once its first sync finishes.
    this.core.schedule(() => {
      if (this.session !== session || this.ready) return;
      this.ready = true;
      this.friends.announce(session);
      // The SDK fetches the blocklist while logging in and announces it, even when empty.
      this.hub.emit(EVENT.BLACKLIST_UPDATED, () => this.core.blacklists.list(session.userID));
      this.hub.emit(EVENT.SDK_READY, () => undefined);
      this.core.messages.ready(messaging, (eventName, makeData) => this.hub.emit(eventName, makeData));
    });
    return ok({ repeatLogin: false });
  }

  async logout(): Promise<ChatResponse<Record<string, never>>> {
    const session = this.session;
    if (!session) throw new ChatError(LOCAL_CODE.NOT_LOGGED_IN, 'logout: not logged in');
    this.session = null;
    this.endMessaging();
    this.ready = false;
    this.notReadyReason = LOCAL_CODE.LOGGED_OUT;
    this.core.closeSession(session);
    // The SDK resets (and emits SDK_NOT_READY) before its logout promise resolves.
    this.hub.emit(EVENT.SDK_NOT_READY, () => undefined);
    return ok({});
  }

  isReady(): boolean {
    return this.ready;
  }

  getLoginUser(): string {
    return this.session?.userID ?? '';
  }

  async destroy(): Promise<void> {
    if (this.session) await this.logout().catch(() => undefined);
    this.hub.clear();
    this.core.forgetEndpoint(this);
  }

  on<E extends ChatEventName>(eventName: E, handler: ChatEventHandler<E>): void {
    this.hub.on(eventName, handler);
  }

  off<E extends ChatEventName>(eventName: E, handler: ChatEventHandler<E>): void {
    this.hub.off(eventName, handler);
  }

  // ---- SessionEndpoint: called by the server -----------------------------------------------------------------------------

  /** @internal */
  receivePush<E extends ChatEventName>(session: Session, eventName: E, makeData: () => ChatEventPayloads[E]): void {
    if (this.session !== session) return;
    // The instance's memory (messages seen, @TIM#SYSTEM, conversation events) takes the push first.
    if (this.messaging && !this.messaging.state.onPush(eventName, makeData)) return;
    this.hub.emit(eventName, makeData);
  }

  /** @internal Emits the throttled events that are waiting (tests; the server's flushEvents). */
  flushEvents(): void {
    this.messaging?.state.flush();
    this.hub.flush();
  }

  private endMessaging(): void {
    this.messaging?.state.close();
    this.messaging = null;
  }

  /** @internal */
  receiveNetState(state: NetState): void {
    this.hub.emit(EVENT.NET_STATE_CHANGE, () => ({ state }));
  }

  /** @internal The instance stops at once; like the SDK it then emits KICKED_OUT and SDK_NOT_READY. */
  kickedOut(session: Session, type: KickedOutType): void {
    if (this.session !== session) return;
    this.session = null;
    this.endMessaging();
    this.ready = false;
    this.notReadyReason = LOCAL_CODE.KICKED_OUT_MULT_ACCOUNT;
    this.core.schedule(() => {
      this.hub.emit(EVENT.KICKED_OUT, () => ({ type }));
      this.hub.emit(EVENT.SDK_NOT_READY, () => undefined);
    });
  }

  /**
   * The SDK refuses every other call until SDK_READY, with the reason it is not ready, and also emits ERROR.
   */
  private requireReady(api: string): Session {
    if (this.ready && this.session) return this.session;
    const code = this.notReadyReason;
    const message = `${api}: the chat SDK is not ready (${NOT_READY_TEXT[code] ?? 'not ready'})`;
    this.hub.emit(EVENT.ERROR, () => ({ code, message }));
    throw new ChatError(code, message);
  }

  // ---- groups and group members (rules and state: ./groups) ---------------------------------------------

  /**
   * Runs a group call for the ready session. Where the SDK emits GROUP_LIST_UPDATED on the calling instance
   * before resolving (create, join, quit, dismiss, transfer), so does this; other instances hear it from the
   * server.
   */
  private groupCall<T>(api: string, op: GroupOp<T>, raw?: unknown): ChatResponse<T> {
    const session = this.requireReady(api);
    const { data, selfListChanged } = op(this.core.groups.ctx, session, raw);
    if (selfListChanged) this.hub.emit(EVENT.GROUP_LIST_UPDATED, () => this.core.groups.groupListOf(session.userID));
    return ok(data);
  }

  async getGroupList(): Promise<ChatResponse<GroupListResult>> {
    return this.groupCall('getGroupList', getGroupList);
  }

  async getGroupProfile(options: GetGroupProfileOptions): Promise<ChatResponse<GroupResult>> {
    return this.groupCall('getGroupProfile', getGroupProfile, options);
  }

  async createGroup(options: CreateGroupOptions): Promise<ChatResponse<CreateGroupResult>> {
    return this.groupCall('createGroup', createGroup, options);
  }

  async updateGroupProfile(options: UpdateGroupProfileOptions): Promise<ChatResponse<GroupResult>> {
    return this.groupCall('updateGroupProfile', updateGroupProfile, options);
  }

  async dismissGroup(groupID: string): Promise<ChatResponse<GroupIDResult>> {
    return this.groupCall('dismissGroup', dismissGroup, groupID);
  }

  async joinGroup(options: JoinGroupOptions): Promise<ChatResponse<JoinGroupResult>> {
    return this.groupCall('joinGroup', joinGroup, options);
  }

  async quitGroup(groupID: string): Promise<ChatResponse<GroupIDResult>> {
    return this.groupCall('quitGroup', quitGroup, groupID);
  }

  async searchGroupByID(groupID: string): Promise<ChatResponse<GroupResult>> {
    return this.groupCall('searchGroupByID', searchGroupByID, groupID);
  }

  async getGroupOnlineMemberCount(groupID: string): Promise<ChatResponse<OnlineMemberCountResult>> {
    return this.groupCall('getGroupOnlineMemberCount', getGroupOnlineMemberCount, groupID);
  }

  async changeGroupOwner(options: ChangeGroupOwnerOptions): Promise<ChatResponse<GroupResult>> {
    return this.groupCall('changeGroupOwner', changeGroupOwner, options);
  }

  async getGroupApplicationList(): Promise<ChatResponse<GroupApplicationListResult>> {
    return this.groupCall('getGroupApplicationList', getGroupApplicationList);
  }

  async handleGroupApplication(options: HandleGroupApplicationOptions): Promise<ChatResponse<GroupResult>> {
    return this.groupCall('handleGroupApplication', handleGroupApplication, options);
  }

  /** The groupID form is the group service's (a member setting); the userIDList form the conversations'. */
  async setMessageRemindType(options: SetGroupRemindTypeOptions): Promise<ChatResponse<GroupResult>>;
  async setMessageRemindType(options: SetC2CRemindTypeOptions): Promise<ChatResponse<C2CRemindTypeResult>>;
  async setMessageRemindType(
    options: SetGroupRemindTypeOptions | SetC2CRemindTypeOptions,
  ): Promise<ChatResponse<GroupResult> | ChatResponse<C2CRemindTypeResult>> {
    const raw: unknown = options;
    if (raw && typeof raw === 'object' && !('groupID' in raw) && Array.isArray(Reflect.get(raw, 'userIDList'))) {
      return this.messagingFor('setMessageRemindType').conversations.c2cRemindType(raw as Record<string, unknown>);
    }
    const answer = this.groupCall('setMessageRemindType', setMessageRemindType, options);
    // The SDK patches the group conversation's messageRemindType and emits the conversation list.
    this.messaging?.state.changed();
    return answer;
  }

  async getGroupMemberList(options: GetGroupMemberListOptions): Promise<ChatResponse<GroupMemberListResult>> {
    return this.groupCall('getGroupMemberList', getGroupMemberList, options);
  }

  async getGroupMemberProfile(options: GetGroupMemberProfileOptions): Promise<ChatResponse<GroupMemberProfileResult>> {
    return this.groupCall('getGroupMemberProfile', getGroupMemberProfile, options);
  }

  async addGroupMember(options: AddGroupMemberOptions): Promise<ChatResponse<AddGroupMemberResult>> {
    return this.groupCall('addGroupMember', addGroupMember, options);
  }

  async deleteGroupMember(options: DeleteGroupMemberOptions): Promise<ChatResponse<DeleteGroupMemberResult>> {
    return this.groupCall('deleteGroupMember', deleteGroupMember, options);
  }

  async setGroupMemberMuteTime(options: SetGroupMemberMuteTimeOptions): Promise<ChatResponse<GroupMemberResult>> {
    return this.groupCall('setGroupMemberMuteTime', setGroupMemberMuteTime, options);
  }

  async setGroupMemberRole(options: SetGroupMemberRoleOptions): Promise<ChatResponse<GroupMemberResult>> {
    return this.groupCall('setGroupMemberRole', setGroupMemberRole, options);
  }

  async setGroupMemberNameCard(options: SetGroupMemberNameCardOptions): Promise<ChatResponse<GroupMemberResult>> {
    return this.groupCall('setGroupMemberNameCard', setGroupMemberNameCard, options);
  }

  async setGroupMemberCustomField(options: SetGroupMemberCustomFieldOptions): Promise<ChatResponse<GroupMemberResult>> {
    return this.groupCall('setGroupMemberCustomField', setGroupMemberCustomField, options);
  }

  // ---- messages and conversations (rules and state: ./messages) -------------------------------------------

  private messagingFor(api: string): InstanceMessaging {
    this.requireReady(api);
    if (!this.messaging) throw new ChatError(LOCAL_CODE.NOT_LOGGED_IN, `${api}: not logged in`);
    return this.messaging;
  }

  createTextMessage(options: CreateTextMessageOptions): Message {
    return this.messagingFor('createTextMessage').messages.createText('createTextMessage', options);
  }

  createTextAtMessage(options: CreateTextAtMessageOptions): Message {
    return this.messagingFor('createTextAtMessage').messages.createText('createTextAtMessage', options);
  }

  createImageMessage(options: CreateImageMessageOptions): Message | undefined {
    return this.messagingFor('createImageMessage').messages.createMedia('createImageMessage', options, TYPES.MSG_IMAGE);
  }

  createAudioMessage(options: CreateAudioMessageOptions): Message | undefined {
    return this.messagingFor('createAudioMessage').messages.createMedia('createAudioMessage', options, TYPES.MSG_AUDIO);
  }

  createVideoMessage(options: CreateVideoMessageOptions): Message | undefined {
    return this.messagingFor('createVideoMessage').messages.createMedia('createVideoMessage', options, TYPES.MSG_VIDEO);
  }

  createFileMessage(options: CreateFileMessageOptions): Message | undefined {
    return this.messagingFor('createFileMessage').messages.createMedia('createFileMessage', options, TYPES.MSG_FILE);
  }

  createCustomMessage(options: CreateCustomMessageOptions): Message {
    return this.messagingFor('createCustomMessage').messages.createCustom(options);
  }

  createFaceMessage(options: CreateFaceMessageOptions): Message {
    return this.messagingFor('createFaceMessage').messages.createFace(options);
  }

  createLocationMessage(options: CreateLocationMessageOptions): Message {
    return this.messagingFor('createLocationMessage').messages.createLocation(options);
  }

  createMergerMessage(options: CreateMergerMessageOptions): Message {
    return this.messagingFor('createMergerMessage').messages.createMerger('createMergerMessage', options);
  }

  createForwardMessage(options: CreateForwardMessageOptions): Message {
    return this.messagingFor('createForwardMessage').messages.createForward(options);
  }

  async downloadMergerMessage(message: Message): Promise<Message> {
    return this.messagingFor('downloadMergerMessage').messages.downloadMerger(message);
  }

  async sendMessage(message: Message, options?: SendMessageOptions): Promise<ChatResponse<MessageResult>> {
    return this.messagingFor('sendMessage').messages.send(message, options);
  }

  async resendMessage(message: Message, options?: SendMessageOptions): Promise<ChatResponse<MessageResult>> {
    return this.messagingFor('resendMessage').messages.send(message, options, true);
  }

  async revokeMessage(message: Message): Promise<ChatResponse<MessageResult>> {
    return this.messagingFor('revokeMessage').messages.revoke(message);
  }

  async deleteMessage(messageList: Message[]): Promise<ChatResponse<DeleteMessageResult>> {
    return this.messagingFor('deleteMessage').messages.delete(messageList);
  }

  async modifyMessage(message: Message): Promise<ChatResponse<MessageResult>> {
    return this.messagingFor('modifyMessage').messages.modify(message);
  }

  async getMessageList(options: GetMessageListOptions): Promise<ChatResponse<MessageListResult>> {
    return this.messagingFor('getMessageList').messages.getMessageList(options);
  }

  findMessage(messageID: string): Message | null {
    return this.messagingFor('findMessage').messages.find(messageID);
  }

  async setMessageRead(options: SetMessageReadOptions): Promise<ChatResponse<Record<string, never>>> {
    return this.messagingFor('setMessageRead').messages.setMessageRead(options);
  }

  async setAllMessageRead(options?: SetAllMessageReadOptions): Promise<ChatResponse<Record<string, never>>> {
    return this.messagingFor('setAllMessageRead').messages.setAllMessageRead(options);
  }

  async getConversationList(options?: GetConversationListOptions): Promise<ChatResponse<ConversationListResult>> {
    return this.messagingFor('getConversationList').conversations.list(options);
  }

  async getConversationProfile(conversationID: string): Promise<ChatResponse<ConversationResult>> {
    return this.messagingFor('getConversationProfile').conversations.profile(conversationID);
  }

  async deleteConversation(conversationID: string): Promise<ChatResponse<ConversationIDResult>>;
  async deleteConversation(options: DeleteConversationListOptions): Promise<ChatResponse<ConversationIDListResult>>;
  async deleteConversation(
    options: string | DeleteConversationListOptions,
  ): Promise<ChatResponse<ConversationIDResult> | ChatResponse<ConversationIDListResult>> {
    return this.messagingFor('deleteConversation').conversations.delete(options);
  }

  async pinConversation(options: PinConversationOptions): Promise<ChatResponse<ConversationIDResult>> {
    return this.messagingFor('pinConversation').conversations.pin(options);
  }

  async setConversationDraft(options: SetConversationDraftOptions): Promise<ChatResponse<ConversationResult>> {
    return this.messagingFor('setConversationDraft').conversations.draft(options);
  }

  async clearHistoryMessage(conversationID: string): Promise<ChatResponse<ConversationIDResult>> {
    return this.messagingFor('clearHistoryMessage').conversations.clear(conversationID);
  }

  getTotalUnreadMessageCount(): number {
    return this.messagingFor('getTotalUnreadMessageCount').conversations.total();
  }

  // ---- profile ----------------------------------------------------------------------------------------

  async getMyProfile(): Promise<ChatResponse<Profile>> {
    const session = this.requireReady('getMyProfile');
    const profile = this.core.accounts.getProfile(session.userID);
    if (!profile) throw new ChatError(LOCAL_CODE.ACCOUNT_NOT_FOUND, `user ${session.userID} does not exist`);
    return ok(profile);
  }

  async getUserProfile(options: GetUserProfileOptions): Promise<ChatResponse<Profile[]>> {
    this.requireReady('getUserProfile');
    const userIDs = readUserIDList('getUserProfile', options, true);
    return ok(this.core.accounts.getProfiles(uniqueCapped(userIDs, MAX_PROFILE_QUERY)));
  }

  async updateMyProfile(options: UpdateMyProfileOptions): Promise<ChatResponse<Profile>> {
    const session = this.requireReady('updateMyProfile');
    const items = validateProfileOptions(options);
    const { profile, changed } = this.core.accounts.updateProfile(session, items);
    // The SDK emits on the calling instance before it resolves, and only if its copy changed.
    if (changed) this.hub.emit(EVENT.PROFILE_UPDATED, () => [cloneProfile(profile)]);
    return ok(profile);
  }

  // ---- user status ------------------------------------------------------------------------------------

  async setSelfStatus(options: SetSelfStatusOptions): Promise<ChatResponse<UserStatus>> {
    const session = this.requireReady('setSelfStatus');
    const customStatus = validateCustomStatus(options);
    this.core.status.setCustomStatus(session, customStatus);
    return ok(makeStatus(session.userID, TYPES.USER_STATUS_ONLINE, customStatus));
  }

  async getUserStatus(options: GetUserStatusOptions): Promise<ChatResponse<GetUserStatusResult>> {
    const session = this.requireReady('getUserStatus');
    const requested = readUserIDList('getUserStatus', options, false);
    // The SDK answers for the caller itself (first occurrence only) without asking the server.
    const selfIndex = requested.indexOf(session.userID);
    const others = selfIndex < 0 ? requested : requested.filter((_, index) => index !== selfIndex);
    const successUserList: UserStatus[] = [];
    const failureUserList: UserFailure[] = [];
    if (selfIndex >= 0) {
      const own = this.core.status.statusOf(session.userID);
      successUserList.push(makeStatus(session.userID, TYPES.USER_STATUS_ONLINE, own?.customStatus ?? ''));
    }
    for (const userID of uniqueCapped(others, MAX_STATUS_QUERY)) {
      const status = this.core.status.statusOf(userID);
      if (status) successUserList.push(status);
      else failureUserList.push(unknownUserFailure(userID));
    }
    return ok({ successUserList, failureUserList });
  }

  async subscribeUserStatus(options: SubscribeUserStatusOptions): Promise<ChatResponse<SubscriptionResult>> {
    const session = this.requireReady('subscribeUserStatus');
    const userIDs = uniqueCapped(readUserIDList('subscribeUserStatus', options, false), MAX_STATUS_SUBSCRIBE);
    return ok({ failureUserList: this.core.status.subscribe(session, userIDs) });
  }

  async unsubscribeUserStatus(options?: UnsubscribeUserStatusOptions): Promise<ChatResponse<SubscriptionResult>> {
    const session = this.requireReady('unsubscribeUserStatus');
    const list: unknown = options?.userIDList;
    // The SDK treats a missing, falsy or empty list as "unsubscribe from everyone".
    if (!list || (Array.isArray(list) && list.length === 0)) {
      return ok({ failureUserList: this.core.status.unsubscribe(session, 'all') });
    }
    const userIDs = uniqueCapped(readUserIDList('unsubscribeUserStatus', options, false), MAX_STATUS_UNSUBSCRIBE);
    return ok({ failureUserList: this.core.status.unsubscribe(session, userIDs) });
  }

  // ---- blocklist --------------------------------------------------------------------------------------

  /** The SDK answers from the copy it fetched at login, kept current by the server's notices. */
  async getBlacklist(): Promise<ChatResponse<string[]>> {
    const session = this.requireReady('getBlacklist');
    return ok(this.core.blacklists.list(session.userID));
  }

  async addToBlacklist(options: BlacklistOptions): Promise<ChatResponse<string[]>> {
    const session = this.requireReady('addToBlacklist');
    const userIDs = addToBlacklistTargets(options, session.userID);
    return ok(this.core.blacklists.add(session.userID, userIDs));
  }

  async removeFromBlacklist(options: BlacklistOptions): Promise<ChatResponse<string[]>> {
    const session = this.requireReady('removeFromBlacklist');
    const userIDs = readBlacklistOptions('removeFromBlacklist', options);
    return ok(this.core.blacklists.remove(session.userID, userIDs));
  }

  // ---- relationship chain and group attributes (rules and state: ./friends, ./groups/attribute*.ts) -------

  async getFriendList(): Promise<ChatResponse<Friend[]>> {
    return this.friends.getFriendList(this.requireReady('getFriendList'));
  }

  async addFriend(options: AddFriendOptions): Promise<ChatResponse<AddFriendResult>> {
    return this.friends.addFriend(this.requireReady('addFriend'), options);
  }

  async deleteFriend(options: DeleteFriendOptions): Promise<ChatResponse<DeleteFriendResult>> {
    return this.friends.deleteFriend(this.requireReady('deleteFriend'), options);
  }

  async checkFriend(options: CheckFriendOptions): Promise<ChatResponse<CheckFriendResult>> {
    return this.friends.checkFriend(this.requireReady('checkFriend'), options);
  }

  async getFriendProfile(options: GetFriendProfileOptions): Promise<ChatResponse<FriendProfileResult>> {
    return this.friends.getFriendProfile(this.requireReady('getFriendProfile'), options);
  }

  async updateFriend(options: UpdateFriendOptions): Promise<ChatResponse<Friend>> {
    return this.friends.updateFriend(this.requireReady('updateFriend'), options);
  }

  async getFriendApplicationList(): Promise<ChatResponse<FriendApplicationListResult>> {
    return this.friends.getFriendApplicationList(this.requireReady('getFriendApplicationList'));
  }

  async acceptFriendApplication(options: AcceptFriendApplicationOptions): Promise<ChatResponse<NoData>> {
    return this.friends.acceptFriendApplication(this.requireReady('acceptFriendApplication'), options);
  }

  async refuseFriendApplication(options: RefuseFriendApplicationOptions): Promise<ChatResponse<NoData>> {
    return this.friends.refuseFriendApplication(this.requireReady('refuseFriendApplication'), options);
  }

  async deleteFriendApplication(options: DeleteFriendApplicationOptions): Promise<ChatResponse<NoData>> {
    return this.friends.deleteFriendApplication(this.requireReady('deleteFriendApplication'), options);
  }

  async setFriendApplicationRead(): Promise<ChatResponse<NoData>> {
    return this.friends.setFriendApplicationRead(this.requireReady('setFriendApplicationRead'));
  }

  async getFriendGroupList(): Promise<ChatResponse<FriendGroup[]>> {
    return this.friends.getFriendGroupList(this.requireReady('getFriendGroupList'));
  }

  async createFriendGroup(options: CreateFriendGroupOptions): Promise<ChatResponse<CreateFriendGroupResult>> {
    return this.friends.createFriendGroup(this.requireReady('createFriendGroup'), options);
  }

  async deleteFriendGroup(options: DeleteFriendGroupOptions): Promise<ChatResponse<FriendGroup>> {
    return this.friends.deleteFriendGroup(this.requireReady('deleteFriendGroup'), options);
  }

  async addToFriendGroup(options: AddToFriendGroupOptions): Promise<ChatResponse<FriendGroupUpdateResult>> {
    return this.friends.addToFriendGroup(this.requireReady('addToFriendGroup'), options);
  }

  async removeFromFriendGroup(options: RemoveFromFriendGroupOptions): Promise<ChatResponse<FriendGroupUpdateResult>> {
    return this.friends.removeFromFriendGroup(this.requireReady('removeFromFriendGroup'), options);
  }

  async renameFriendGroup(options: RenameFriendGroupOptions): Promise<ChatResponse<FriendGroup>> {
    return this.friends.renameFriendGroup(this.requireReady('renameFriendGroup'), options);
  }

  async initGroupAttributes(options: InitGroupAttributesOptions): Promise<ChatResponse<GroupAttributesResult>> {
    return this.attributes.initGroupAttributes(this.requireReady('initGroupAttributes'), options);
  }

  async setGroupAttributes(options: SetGroupAttributesOptions): Promise<ChatResponse<GroupAttributesResult>> {
    return this.attributes.setGroupAttributes(this.requireReady('setGroupAttributes'), options);
  }

  async deleteGroupAttributes(options: DeleteGroupAttributesOptions): Promise<ChatResponse<GroupAttributeKeysResult>> {
    return this.attributes.deleteGroupAttributes(this.requireReady('deleteGroupAttributes'), options);
  }

  async getGroupAttributes(options: GetGroupAttributesOptions): Promise<ChatResponse<GroupAttributesResult>> {
    return this.attributes.getGroupAttributes(this.requireReady('getGroupAttributes'), options);
  }
}

/**
 * LocalClient answers every FriendPort call. Checked here rather than on the class line, which the other
 * ports extend as their domains land.
 */
type ImplementsFriendPort<T extends FriendPort> = T;
export type LocalFriendPort = ImplementsFriendPort<LocalClient>;
