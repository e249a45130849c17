import type {
  GroupRole,
  GroupType,
  InviteOption,
  JoinOption,
  JoinStatus,
  KickedOutType,
  MessageRemindType,
  NetState,
  UserStatusType,
} from './constants';
import { EVENT } from './constants';
import type { Conversation, Message, RevokedMessageRef } from './message-types';

import type { CustomField } from './custom-field';
import type { Profile, UserFailure } from './profile-types';
import type { Friend, FriendApplicationListResult, FriendGroup } from './friend-types';
import type { GroupAttributesUpdate } from './group-attribute-types';

export type { CustomField } from './custom-field';
export type { Profile, UserFailure } from './profile-types';

export interface UserStatus {
  userID: string;
  statusType: UserStatusType;
  customStatus: string;
}

export interface GetUserStatusResult {
  successUserList: UserStatus[];
  failureUserList: UserFailure[];
}

export interface SubscriptionResult {
  failureUserList: UserFailure[];
}

/**
 * The caller's own membership, as Group.selfInfo. A group seen from outside (searchGroupByID, or the profile
 * of a group one is not in) carries the SDK's blank selfInfo: role and messageRemindType '' (class Fo).
 */
export interface GroupSelfInfo {
  userID: string;
  role: GroupRole | '';
  joinTime: number;
  nameCard: string;
  messageRemindType: MessageRemindType | '';
  memberCustomField: CustomField[];
}

/** Group.lastMessage (class Fo); all blank until the group has messages. */
export interface GroupLastMessage {
  lastTime: number;
  lastSequence: number;
  fromAccount: string;
  messageForShow: string;
}

/** The SDK's Group object (class Fo in group-module.js); times are in seconds. */
export interface Group {
  groupID: string;
  name: string;
  avatar: string;
  type: GroupType;
  introduction: string;
  notification: string;
  ownerID: string;
  createTime: number;
  infoSequence: number;
  lastInfoTime: number;
  selfInfo: GroupSelfInfo;
  lastMessage: GroupLastMessage;
  nextMessageSeq: number;
  memberCount: number;
  maxMemberCount: number;
  joinOption: JoinOption;
  inviteOption: InviteOption;
  groupCustomField: CustomField[];
  muteAllMembers: boolean;
  isSupportTopic: boolean;
}

/** The SDK's GroupMember object (class Ho); muteUntil and joinTime in seconds. */
export interface GroupMember {
  userID: string;
  avatar: string;
  nick: string;
  role: GroupRole;
  joinTime: number;
  lastSendMsgTime: number;
  nameCard: string;
  muteUntil: number;
  memberCustomField: CustomField[];
  isOnline: boolean;
}

/**
 * An entry of getGroupApplicationList, in the shape the SDK builds it (GroupSystemNoticeHandler
 * `_handlePendencyResult`): a request to join a group the caller administers (applicationType 0), or a
 * member's invitation waiting for approval (applicationType 2, `userID` = the invitee). `authentication` and
 * `messageKey` identify it to handleGroupApplication.
 */
export interface GroupApplication {
  applicant: string;
  applicantNick: string;
  groupID: string;
  groupName: string;
  applicationType: number;
  userID: string;
  note: string;
  authentication: string;
  messageKey: number;
}

export interface GroupListResult {
  groupList: Group[];
  isSyncCompleted: boolean;
}

export interface GroupResult {
  group: Group;
}

export interface CreateGroupResult {
  group: Group;
  overLimitUserIDList: string[];
}

export interface JoinGroupResult {
  status: JoinStatus;
  group?: Group;
}

export interface GroupIDResult {
  groupID: string;
}

export interface GroupApplicationListResult {
  applicationList: GroupApplication[];
}

export interface GroupMemberListResult {
  memberList: GroupMember[];
  /** 0 when there are no more members. */
  offset: number;
}

export interface GroupMemberProfileResult {
  memberList: GroupMember[];
}

export interface AddGroupMemberResult {
  successUserIDList: string[];
  failureUserIDList: string[];
  existedUserIDList: string[];
  overLimitUserIDList: string[];
  group?: Group;
}

export interface DeleteGroupMemberResult {
  group: Group;
  userIDList: string[];
}

export interface GroupMemberResult {
  group: Group;
  member: GroupMember;
}

export interface OnlineMemberCountResult {
  memberCount: number;
}

export interface LoginResult {
  repeatLogin: boolean;
}

/** Every resolved call of the SDK: `imResponse`. */
export interface ChatResponse<T> {
  code: 0;
  data: T;
}

export interface ChatEvent<T> {
  name: string;
  data: T;
}

/** The payload of each event the template listens to, keyed by the SDK's event names. */
export interface ChatEventPayloads {
  [EVENT.SDK_READY]: undefined;
  [EVENT.SDK_NOT_READY]: undefined;
  [EVENT.PROFILE_UPDATED]: Profile[];
  [EVENT.USER_STATUS_UPDATED]: UserStatus[];
  [EVENT.BLACKLIST_UPDATED]: string[];
  [EVENT.GROUP_LIST_UPDATED]: Group[];
  [EVENT.KICKED_OUT]: { type: KickedOutType };
  [EVENT.ERROR]: { code: number; message: string };
  [EVENT.NET_STATE_CHANGE]: { state: NetState };
  /** New messages, group tips and group system notices, and the account's own messages sent elsewhere. */
  [EVENT.MESSAGE_RECEIVED]: Message[];
  [EVENT.MESSAGE_MODIFIED]: Message[];
  [EVENT.MESSAGE_REVOKED]: Array<Message | RevokedMessageRef>;
  /** C2C messages of mine the peer has read (isPeerRead now true). */
  [EVENT.MESSAGE_READ_BY_PEER]: Message[];
  /** The whole list, sorted (pinned first, then by last message), at most once a second. */
  [EVENT.CONVERSATION_LIST_UPDATED]: Conversation[];
  /** At most once a second. */
  [EVENT.TOTAL_UNREAD_MESSAGE_COUNT_UPDATED]: number;
  /** The whole friend list, at most once a second (the SDK re-reads it when it emits). */
  [EVENT.FRIEND_LIST_UPDATED]: Friend[];
  /** The whole friend group list. */
  [EVENT.FRIEND_GROUP_LIST_UPDATED]: FriendGroup[];
  /** Requests received and sent, and how many received ones are unread. */
  [EVENT.FRIEND_APPLICATION_LIST_UPDATED]: FriendApplicationListResult;
  /** A group's attributes changed: all of them now, and which keys changed or went. */
  [EVENT.GROUP_ATTRIBUTES_UPDATED]: GroupAttributesUpdate;
}

export type ChatEventName = keyof ChatEventPayloads;
export type ChatEventHandler<E extends ChatEventName> = (event: ChatEvent<ChatEventPayloads[E]>) => void;

/** An account the login page offers (local mode's demo data). */
export interface DemoAccount {
  userID: string;
  nick: string;
  avatar: string;
}
