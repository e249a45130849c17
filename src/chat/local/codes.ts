import { RULE_CODE } from '../rules/codes';

/**
 * Every code the embedded service raises. Most are the SDK's or the server's own numbers (the SDK's error
 * table in @tencentcloud/chat/index.es.js, V2TIMErrorCode.h of the native SDKs, and
 * https://web.sdk.qcloud.com/im/doc/zh-cn/module-ERROR_CODE.html); the few that have no real equivalent are
 * marked LOCAL. The codes
 * of refused requests (RULE_CODE, including the code-less -1) come from the shared rules.
 */
export const LOCAL_CODE = {
  ...RULE_CODE,

  /** Reasons the SDK gives for calls made while not ready (ModuleManager `_reason`, index.es.js `oi`). */
  LOGGING_IN: 3000,
  LOGIN_FAILED: 3001,
  KICKED_OUT_MULT_DEVICE: 3002,
  KICKED_OUT_MULT_ACCOUNT: 3003,
  LOGGED_OUT: 3005,

  /**
   * Relationship-chain server codes: a malformed request (30001, also what each entry of a batch gets for
   * "already blocked" / "not blocked", which the SDK drops) and a blocklist that would pass its 1000 entries.
   */
  SNS_INVALID_PARAM: 30001,
  BLACKLIST_FULL: 30013,

  /**
   * UNCONFIRMED: the code the status service puts in `failureUserList` for an account that does not exist.
   * 70107 is the account service's "account does not exist".
   */
  ACCOUNT_NOT_FOUND: 70107,

  /**
   * LOCAL: the device storage refused a write (quota, private mode). No server has this failure; 2903 is the
   * SDK's catch-all "uncaught error", the closest meaning it has.
   */
  STORAGE_WRITE_FAILED: 2903,
} as const;

export type LocalCode = (typeof LOCAL_CODE)[keyof typeof LOCAL_CODE];
