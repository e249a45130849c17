import { LOCAL_CODE } from '../codes';

/**
 * The codes the group service answers with: the SDK's own client-side refusals (26xx, group-module.js) and
 * the group server's codes (10xxx, V2TIMErrorCode.h of the native SDKs). Where no source settles which code
 * the server sends (UNCONFIRMED), the choice is made, and explained, where the code is raised.
 */
export const GROUP_CODE = {
  /** The SDK's schema middleware: a code-less "Params validate failed." read as -1 (rules/codes.ts). */
  PARAMS_VALIDATE_FAILED: LOCAL_CODE.PARAMS_VALIDATE_FAILED,

  ILLEGAL_GROUP_TYPE: 2600,
  ILLEGAL_GROUP_ID: 2602,
  GROUP_NOT_FOUND_LOCALLY: 2603,
  AVCHATROOM_CANNOT_CHANGE_OWNER: 2620,
  CANNOT_CHANGE_OWNER_TO_SELF: 2621,
  NOT_IN_GROUP: 2623,
  AVCHATROOM_CANNOT_INVITE: 2661,
  NOT_GROUP_OWNER: 2681,
  INVALID_MEMBER_ROLE: 2683,
  CANNOT_SET_OWN_ROLE: 2684,
  CANNOT_MUTE_SELF: 2685,
  INVALID_BAN_DURATION: 2686,
  NOT_SUPPORTED_IN_AVCHATROOM: 2687,

  INVALID_PARAMETER: 10004,
  TOO_MANY_ACCOUNTS: 10005,
  PERMISSION_DENIED: 10007,
  OWNER_CANNOT_QUIT: 10009,
  GROUP_NOT_FOUND: 10010,
  GROUP_FULL: 10014,
  INVALID_GROUP_ID: 10015,
  ACCOUNT_NOT_FOUND: 10019,
  GROUP_ID_IN_USE: 10021,
  ALREADY_HANDLED: 10024,
  GROUP_ID_IN_USE_BY_OWNER: 10025,
  TOO_MANY_GROUPS: 10037,
  MEMBER_COUNT_LIMIT: 10038,

  STORAGE_WRITE_FAILED: LOCAL_CODE.STORAGE_WRITE_FAILED,
} as const;
