/**
 * The SDK's TYPES and EVENT values this template uses, copied so that the local backend and the pages
 * never import the SDK (the local-mode bundle must not contain it). test/unit/cloud/constants.test.ts compares
 * every entry with the real `@tencentcloud/chat` values.
 */
export const TYPES = {
  GENDER_UNKNOWN: 'Gender_Type_Unknown',
  GENDER_FEMALE: 'Gender_Type_Female',
  GENDER_MALE: 'Gender_Type_Male',
  ALLOW_TYPE_ALLOW_ANY: 'AllowType_Type_AllowAny',
  ALLOW_TYPE_NEED_CONFIRM: 'AllowType_Type_NeedConfirm',
  ALLOW_TYPE_DENY_ANY: 'AllowType_Type_DenyAny',
  FORBID_TYPE_NONE: 'AdminForbid_Type_None',
  FORBID_TYPE_SEND_OUT: 'AdminForbid_Type_SendOut',
  KICKED_OUT_MULT_ACCOUNT: 'multipleAccount',
  KICKED_OUT_MULT_DEVICE: 'multipleDevice',
  KICKED_OUT_USERSIG_EXPIRED: 'userSigExpired',
  KICKED_OUT_REST_API: 'REST_API_Kick',
  NET_STATE_CONNECTED: 'connected',
  NET_STATE_CONNECTING: 'connecting',
  NET_STATE_DISCONNECTED: 'disconnected',
  USER_STATUS_UNKNOWN: 0,
  USER_STATUS_ONLINE: 1,
  USER_STATUS_OFFLINE: 2,
  USER_STATUS_UNLOGINED: 3,
  GRP_WORK: 'Private',
  GRP_PUBLIC: 'Public',
  GRP_MEETING: 'ChatRoom',
  GRP_AVCHATROOM: 'AVChatRoom',
  GRP_COMMUNITY: 'Community',
  GRP_MBR_ROLE_OWNER: 'Owner',
  GRP_MBR_ROLE_ADMIN: 'Admin',
  GRP_MBR_ROLE_MEMBER: 'Member',
  GRP_MBR_ROLE_CUSTOM: 'Custom',
  JOIN_OPTIONS_FREE_ACCESS: 'FreeAccess',
  JOIN_OPTIONS_NEED_PERMISSION: 'NeedPermission',
  JOIN_OPTIONS_DISABLE_APPLY: 'DisableApply',
  INVITE_OPTIONS_FREE_ACCESS: 'FreeAccess',
  INVITE_OPTIONS_NEED_PERMISSION: 'NeedPermission',
  INVITE_OPTIONS_DISABLE_INVITE: 'DisableInvite',
  JOIN_STATUS_SUCCESS: 'JoinedSuccess',
  JOIN_STATUS_ALREADY_IN_GROUP: 'AlreadyInGroup',
  JOIN_STATUS_WAIT_APPROVAL: 'WaitAdminApproval',
  MSG_REMIND_ACPT_AND_NOTE: 'AcceptAndNotify',
  MSG_REMIND_ACPT_NOT_NOTE: 'AcceptNotNotify',
  MSG_REMIND_DISCARD: 'Discard',
  NOT_RECEIVE_OFFLINE_PUSH_EXCEPT_AT: 'AcceptNotNotifyExceptAt',
  MSG_TEXT: 'TIMTextElem',
  MSG_IMAGE: 'TIMImageElem',
  MSG_AUDIO: 'TIMSoundElem',
  MSG_FILE: 'TIMFileElem',
  MSG_FACE: 'TIMFaceElem',
  MSG_VIDEO: 'TIMVideoFileElem',
  MSG_LOCATION: 'TIMLocationElem',
  MSG_GRP_TIP: 'TIMGroupTipElem',
  MSG_GRP_SYS_NOTICE: 'TIMGroupSystemNoticeElem',
  MSG_CUSTOM: 'TIMCustomElem',
  MSG_MERGER: 'TIMRelayElem',
  MSG_PRIORITY_HIGH: 'High',
  MSG_PRIORITY_NORMAL: 'Normal',
  MSG_PRIORITY_LOW: 'Low',
  MSG_PRIORITY_LOWEST: 'Lowest',
  MSG_AT_ALL: '__kImSDK_MesssageAtALL__',
  CONV_C2C: 'C2C',
  CONV_GROUP: 'GROUP',
  CONV_SYSTEM: '@TIM#SYSTEM',
  CONV_AT_ME: 1,
  CONV_AT_ALL: 2,
  CONV_AT_ALL_AT_ME: 3,
  GRP_TIP_MBR_JOIN: 1,
  GRP_TIP_MBR_QUIT: 2,
  GRP_TIP_MBR_KICKED_OUT: 3,
  GRP_TIP_MBR_SET_ADMIN: 4,
  GRP_TIP_MBR_CANCELED_ADMIN: 5,
  GRP_TIP_GRP_PROFILE_UPDATED: 6,
  GRP_TIP_MBR_PROFILE_UPDATED: 7,
  GRP_TIP_BAN_AVCHATROOM_MEMBER: 10,
  GRP_TIP_UNBAN_AVCHATROOM_MEMBER: 11,
  READ_ALL_C2C_MSG: 'readAllC2CMessage',
  READ_ALL_GROUP_MSG: 'readAllGroupMessage',
  READ_ALL_MSG: 'readAllMessage',
  SNS_ADD_TYPE_SINGLE: 'Add_Type_Single',
  SNS_ADD_TYPE_BOTH: 'Add_Type_Both',
  SNS_DELETE_TYPE_SINGLE: 'Delete_Type_Single',
  SNS_DELETE_TYPE_BOTH: 'Delete_Type_Both',
  SNS_APPLICATION_TYPE_BOTH: 'Pendency_Type_Both',
  SNS_APPLICATION_SENT_TO_ME: 'Pendency_Type_ComeIn',
  SNS_APPLICATION_SENT_BY_ME: 'Pendency_Type_SendOut',
  SNS_APPLICATION_AGREE: 'Response_Action_Agree',
  SNS_APPLICATION_AGREE_AND_ADD: 'Response_Action_AgreeAndAdd',
  SNS_CHECK_TYPE_BOTH: 'CheckResult_Type_Both',
  SNS_CHECK_TYPE_SINGLE: 'CheckResult_Type_Single',
  SNS_TYPE_NO_RELATION: 'CheckResult_Type_NoRelation',
  SNS_TYPE_A_WITH_B: 'CheckResult_Type_AWithB',
  SNS_TYPE_B_WITH_A: 'CheckResult_Type_BWithA',
  SNS_TYPE_BOTH_WAY: 'CheckResult_Type_BothWay',
} as const;

export const EVENT = {
  SDK_READY: 'sdkStateReady',
  SDK_NOT_READY: 'sdkStateNotReady',
  PROFILE_UPDATED: 'onProfileUpdated',
  USER_STATUS_UPDATED: 'onUserStatusUpdated',
  BLACKLIST_UPDATED: 'blacklistUpdated',
  GROUP_LIST_UPDATED: 'onGroupListUpdated',
  KICKED_OUT: 'kickedOut',
  ERROR: 'error',
  NET_STATE_CHANGE: 'netStateChange',
  MESSAGE_RECEIVED: 'onMessageReceived',
  MESSAGE_MODIFIED: 'onMessageModified',
  MESSAGE_REVOKED: 'onMessageRevoked',
  MESSAGE_READ_BY_PEER: 'onMessageReadByPeer',
  CONVERSATION_LIST_UPDATED: 'onConversationListUpdated',
  TOTAL_UNREAD_MESSAGE_COUNT_UPDATED: 'onTotalUnreadMessageCountUpdated',
  FRIEND_LIST_UPDATED: 'onFriendListUpdated',
  FRIEND_GROUP_LIST_UPDATED: 'onFriendGroupListUpdated',
  FRIEND_APPLICATION_LIST_UPDATED: 'onFriendApplicationListUpdated',
  GROUP_ATTRIBUTES_UPDATED: 'groupAttributesUpdated',
} as const;

/*
 * The enums whose members are also needed at run time (validation, decoding, pickers), listed once. Error
 * messages join these arrays, so their order is part of the behaviour.
 */
export const GENDERS = [TYPES.GENDER_UNKNOWN, TYPES.GENDER_FEMALE, TYPES.GENDER_MALE] as const;
export const ALLOW_TYPES = [
  TYPES.ALLOW_TYPE_ALLOW_ANY,
  TYPES.ALLOW_TYPE_NEED_CONFIRM,
  TYPES.ALLOW_TYPE_DENY_ANY,
] as const;
export const ADMIN_FORBID_TYPES = [TYPES.FORBID_TYPE_NONE, TYPES.FORBID_TYPE_SEND_OUT] as const;
export const KICKED_OUT_TYPES = [
  TYPES.KICKED_OUT_MULT_ACCOUNT,
  TYPES.KICKED_OUT_MULT_DEVICE,
  TYPES.KICKED_OUT_USERSIG_EXPIRED,
  TYPES.KICKED_OUT_REST_API,
] as const;
export const GROUP_TYPES = [
  TYPES.GRP_PUBLIC,
  TYPES.GRP_WORK,
  TYPES.GRP_MEETING,
  TYPES.GRP_AVCHATROOM,
  TYPES.GRP_COMMUNITY,
] as const;
/** A muteTime is a uint32 on the server; 4294967295 means "for ever". */
export const MAX_MUTE_SECONDS = 0xffffffff;

export const GROUP_ROLES = [
  TYPES.GRP_MBR_ROLE_OWNER,
  TYPES.GRP_MBR_ROLE_ADMIN,
  TYPES.GRP_MBR_ROLE_MEMBER,
  TYPES.GRP_MBR_ROLE_CUSTOM,
] as const;
export const JOIN_OPTIONS = [
  TYPES.JOIN_OPTIONS_FREE_ACCESS,
  TYPES.JOIN_OPTIONS_NEED_PERMISSION,
  TYPES.JOIN_OPTIONS_DISABLE_APPLY,
] as const;
/** Who may invite (addGroupMember): a separate enum from JOIN_OPTIONS, with 'DisableInvite' for its third value. */
export const INVITE_OPTIONS = [
  TYPES.INVITE_OPTIONS_FREE_ACCESS,
  TYPES.INVITE_OPTIONS_NEED_PERMISSION,
  TYPES.INVITE_OPTIONS_DISABLE_INVITE,
] as const;
export const REMIND_TYPES = [
  TYPES.MSG_REMIND_ACPT_AND_NOTE,
  TYPES.MSG_REMIND_ACPT_NOT_NOTE,
  TYPES.MSG_REMIND_DISCARD,
  TYPES.NOT_RECEIVE_OFFLINE_PUSH_EXCEPT_AT,
] as const;

export type Gender = (typeof GENDERS)[number];
export type AllowType = (typeof ALLOW_TYPES)[number];
export type AdminForbidType = (typeof ADMIN_FORBID_TYPES)[number];
export type KickedOutType = (typeof KICKED_OUT_TYPES)[number];
export type NetState =
  | typeof TYPES.NET_STATE_CONNECTED
  | typeof TYPES.NET_STATE_CONNECTING
  | typeof TYPES.NET_STATE_DISCONNECTED;
export type UserStatusType =
  | typeof TYPES.USER_STATUS_UNKNOWN
  | typeof TYPES.USER_STATUS_ONLINE
  | typeof TYPES.USER_STATUS_OFFLINE
  | typeof TYPES.USER_STATUS_UNLOGINED;
export type GroupType = (typeof GROUP_TYPES)[number];
export type GroupRole = (typeof GROUP_ROLES)[number];
export type JoinOption = (typeof JOIN_OPTIONS)[number];
export type InviteOption = (typeof INVITE_OPTIONS)[number];
export type JoinStatus =
  | typeof TYPES.JOIN_STATUS_SUCCESS
  | typeof TYPES.JOIN_STATUS_ALREADY_IN_GROUP
  | typeof TYPES.JOIN_STATUS_WAIT_APPROVAL;
export type MessageRemindType = (typeof REMIND_TYPES)[number];

export const MESSAGE_TYPES = [
  TYPES.MSG_TEXT,
  TYPES.MSG_IMAGE,
  TYPES.MSG_AUDIO,
  TYPES.MSG_FILE,
  TYPES.MSG_FACE,
  TYPES.MSG_VIDEO,
  TYPES.MSG_LOCATION,
  TYPES.MSG_GRP_TIP,
  TYPES.MSG_GRP_SYS_NOTICE,
  TYPES.MSG_CUSTOM,
  TYPES.MSG_MERGER,
] as const;
export const MESSAGE_PRIORITIES = [
  TYPES.MSG_PRIORITY_HIGH,
  TYPES.MSG_PRIORITY_NORMAL,
  TYPES.MSG_PRIORITY_LOW,
  TYPES.MSG_PRIORITY_LOWEST,
] as const;
export const READ_ALL_SCOPES = [TYPES.READ_ALL_C2C_MSG, TYPES.READ_ALL_GROUP_MSG, TYPES.READ_ALL_MSG] as const;

export type MessageType = (typeof MESSAGE_TYPES)[number];
export type MessagePriority = (typeof MESSAGE_PRIORITIES)[number];
export type ConversationType = typeof TYPES.CONV_C2C | typeof TYPES.CONV_GROUP | typeof TYPES.CONV_SYSTEM;
/** What a message can be sent to: one user or one group (the system conversation only receives). */
export type SendableConversationType = typeof TYPES.CONV_C2C | typeof TYPES.CONV_GROUP;
export type ReadAllScope = (typeof READ_ALL_SCOPES)[number];
export type GroupAtType = typeof TYPES.CONV_AT_ME | typeof TYPES.CONV_AT_ALL | typeof TYPES.CONV_AT_ALL_AT_ME;
/** GRP_TIP operationType values (index.d.ts TYPES.GRP_TIP_*). */
export type GroupTipType =
  | typeof TYPES.GRP_TIP_MBR_JOIN
  | typeof TYPES.GRP_TIP_MBR_QUIT
  | typeof TYPES.GRP_TIP_MBR_KICKED_OUT
  | typeof TYPES.GRP_TIP_MBR_SET_ADMIN
  | typeof TYPES.GRP_TIP_MBR_CANCELED_ADMIN
  | typeof TYPES.GRP_TIP_GRP_PROFILE_UPDATED
  | typeof TYPES.GRP_TIP_MBR_PROFILE_UPDATED
  | typeof TYPES.GRP_TIP_BAN_AVCHATROOM_MEMBER
  | typeof TYPES.GRP_TIP_UNBAN_AVCHATROOM_MEMBER;

/**
 * GRP_SYS_NOTICE operationType values. The SDK has no constants for them; these names follow the
 * GroupSystemNoticePayload table of the SDK docs (1–10, 255) and TIMGroupReportType (11–16).
 */
export const GROUP_NOTICE = {
  JOIN_REQUEST: 1,
  JOIN_ACCEPTED: 2,
  JOIN_REJECTED: 3,
  KICKED_OUT: 4,
  DISMISSED: 5,
  CREATED: 6,
  INVITED: 7,
  QUIT: 8,
  SET_ADMIN: 9,
  CANCELED_ADMIN: 10,
  RECYCLED: 11,
  INVITE_REQUEST: 12,
  INVITE_ACCEPTED: 13,
  INVITE_REFUSED: 14,
  /** Banned from an AVChatRoom: the SDK drops the room (group-module.js _onReceivedGroupSystemNotice case 21). */
  AVCHATROOM_BANNED: 21,
  CUSTOM: 255,
} as const;
export type GroupNoticeType = (typeof GROUP_NOTICE)[keyof typeof GROUP_NOTICE];

