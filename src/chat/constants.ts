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
} as const;

export type Gender = typeof TYPES.GENDER_UNKNOWN | typeof TYPES.GENDER_FEMALE | typeof TYPES.GENDER_MALE;
export type AllowType =
  | typeof TYPES.ALLOW_TYPE_ALLOW_ANY
  | typeof TYPES.ALLOW_TYPE_NEED_CONFIRM
  | typeof TYPES.ALLOW_TYPE_DENY_ANY;
export type AdminForbidType = typeof TYPES.FORBID_TYPE_NONE | typeof TYPES.FORBID_TYPE_SEND_OUT;
export type KickedOutType =
  | typeof TYPES.KICKED_OUT_MULT_ACCOUNT
  | typeof TYPES.KICKED_OUT_MULT_DEVICE
  | typeof TYPES.KICKED_OUT_USERSIG_EXPIRED
  | typeof TYPES.KICKED_OUT_REST_API;
export type NetState =
  | typeof TYPES.NET_STATE_CONNECTED
  | typeof TYPES.NET_STATE_CONNECTING
  | typeof TYPES.NET_STATE_DISCONNECTED;
export type UserStatusType =
  | typeof TYPES.USER_STATUS_UNKNOWN
  | typeof TYPES.USER_STATUS_ONLINE
  | typeof TYPES.USER_STATUS_OFFLINE
  | typeof TYPES.USER_STATUS_UNLOGINED;
export type GroupType =
  | typeof TYPES.GRP_WORK
  | typeof TYPES.GRP_PUBLIC
  | typeof TYPES.GRP_MEETING
  | typeof TYPES.GRP_AVCHATROOM
  | typeof TYPES.GRP_COMMUNITY;
export type GroupRole =
  | typeof TYPES.GRP_MBR_ROLE_OWNER
  | typeof TYPES.GRP_MBR_ROLE_ADMIN
  | typeof TYPES.GRP_MBR_ROLE_MEMBER
  | typeof TYPES.GRP_MBR_ROLE_CUSTOM;
export type JoinOption =
  | typeof TYPES.JOIN_OPTIONS_FREE_ACCESS
  | typeof TYPES.JOIN_OPTIONS_NEED_PERMISSION
  | typeof TYPES.JOIN_OPTIONS_DISABLE_APPLY;
/** Who may invite (addGroupMember): a separate enum from JoinOption, with 'DisableInvite' for its third value. */
export type InviteOption =
  | typeof TYPES.INVITE_OPTIONS_FREE_ACCESS
  | typeof TYPES.INVITE_OPTIONS_NEED_PERMISSION
  | typeof TYPES.INVITE_OPTIONS_DISABLE_INVITE;
export type JoinStatus =
  | typeof TYPES.JOIN_STATUS_SUCCESS
  | typeof TYPES.JOIN_STATUS_ALREADY_IN_GROUP
  | typeof TYPES.JOIN_STATUS_WAIT_APPROVAL;
export type MessageRemindType =
  | typeof TYPES.MSG_REMIND_ACPT_AND_NOTE
  | typeof TYPES.MSG_REMIND_ACPT_NOT_NOTE
  | typeof TYPES.MSG_REMIND_DISCARD
  | typeof TYPES.NOT_RECEIVE_OFFLINE_PUSH_EXCEPT_AT;
