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
