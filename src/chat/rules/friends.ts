import { utf8Bytes } from './bytes';
import { RuleViolation, paramsViolation } from './violation';

/**
 * The relationship chain's rules, shared by the embedded service and the app (which checks before sending).
 * Limits: usage limits (https://trtc.io/zh/document/34381: 3000 friends, 100 pending requests, 32 friend
 * groups, group name 30 bytes, remark 96 bytes) and the relationship chain fields
 * (https://cloud.tencent.com/document/product/269/1501: AddSource_Type_<letters ≤ 8 bytes>, wording ≤ 256
 * bytes, group names not empty, Tag_SNS_Custom_<keyword ≤ 8> with string values ≤ 500 bytes).
 */
export const FRIEND_LIMITS = {
  maxFriends: 3000,
  /** Requests one user may have waiting, received and sent together (UNCONFIRMED which ones count: both here). */
  maxPending: 100,
  maxGroups: 32,
  remarkBytes: 96,
  wordingBytes: 256,
  groupNameBytes: 30,
  sourceKeywordBytes: 8,
  customKeywordBytes: 8,
  customValueBytes: 500,
  /** userIDs per checkFriend (index.d.ts CHECK_FRIEND_OPTIONS). */
  maxCheck: 1000,
  /** deleteFriend keeps the first 1000 userIDs (relationship-module.js FriendHandler.deleteFriend). */
  maxDelete: 1000,
} as const;

/**
 * The codes the relationship chain answers with: the SDK's own (27xx, index.es.js error table: NOT_MY_FRIEND,
 * FRIEND_GRP_EXISTED, FRIEND_GRP_NOT_EXIST, FRIEND_APPLICATION_NOT_EXIST) and the server's (3xxxx,
 * V2TIMErrorCode.h ERR_SVR_FRIENDSHIP_*).
 */
export const FRIEND_CODE = {
  NOT_MY_FRIEND: 2700,
  FRIEND_GROUP_EXISTS: 2710,
  FRIEND_GROUP_NOT_FOUND: 2711,
  APPLICATION_NOT_FOUND: 2716,
  INVALID_PARAMETERS: 30001,
  ACCOUNT_NOT_FOUND: 30003,
  ADD_FRIEND_DENIED: 30009,
  FRIEND_COUNT_LIMIT: 30010,
  GROUP_COUNT_LIMIT: 30011,
  PENDING_LIMIT: 30012,
  PEER_FRIEND_COUNT_LIMIT: 30014,
  IN_SELF_BLACKLIST: 30515,
  ALLOW_TYPE_DENY_ANY: 30516,
  IN_PEER_BLACKLIST: 30525,
  /** Not a failure: addFriend resolves with it when the request waits for approval. */
  ALLOW_TYPE_NEED_CONFIRM: 30539,
  PENDING_NOT_FOUND: 30614,
} as const;

export const FRIEND_CUSTOM_PREFIX = 'Tag_SNS_Custom_';

function tooLong(field: string, limit: number, actual: number, what: string): RuleViolation {
  return new RuleViolation(FRIEND_CODE.INVALID_PARAMETERS, `${what} is ${actual} bytes; at most ${limit} bytes are allowed`, {
    field,
    rule: 'tooLong',
    limit,
    actual,
  });
}

/**
 * What the app checks before sending a remark: the server's byte limit (30001), which also keeps it under the
 * SDK's count of 96 characters.
 */
export function remarkBytesViolation(remark: string): RuleViolation | null {
  const bytes = utf8Bytes(remark);
  return bytes > FRIEND_LIMITS.remarkBytes ? tooLong('remark', FRIEND_LIMITS.remarkBytes, bytes, 'The remark') : null;
}

export function wordingViolation(wording: string): RuleViolation | null {
  const bytes = utf8Bytes(wording);
  return bytes > FRIEND_LIMITS.wordingBytes ? tooLong('wording', FRIEND_LIMITS.wordingBytes, bytes, 'The greeting') : null;
}

/** Friend group names: not empty, at most 30 bytes (30001). */
export function groupNameViolation(field: string, name: string): RuleViolation | null {
  if (name === '') {
    return new RuleViolation(FRIEND_CODE.INVALID_PARAMETERS, 'A friend group name must not be empty', { field, rule: 'required' });
  }
  const bytes = utf8Bytes(name);
  return bytes > FRIEND_LIMITS.groupNameBytes ? tooLong(field, FRIEND_LIMITS.groupNameBytes, bytes, 'The friend group name') : null;
}

/**
 * updateFriend's friendCustomField as the SDK's schema checks it (index.es.js): an array of {key, value}, each
 * key containing Tag_SNS_Custom with a keyword of at most 8 characters, each value a string (-1 otherwise);
 * then the server's 500-byte cap on values (30001).
 */
export function friendCustomFieldViolation(api: string, fields: unknown): RuleViolation | null {
  if (fields === undefined || fields === null) return null;
  if (!Array.isArray(fields)) {
    return paramsViolation(api, 'friendCustomField must be an array', { field: 'friendCustomField', rule: 'badValue' });
  }
  for (const field of fields as unknown[]) {
    const key: unknown = field && typeof field === 'object' ? Reflect.get(field, 'key') : undefined;
    const value: unknown = field && typeof field === 'object' ? Reflect.get(field, 'value') : undefined;
    if (typeof key !== 'string' || !key.includes('Tag_SNS_Custom')) {
      return paramsViolation(api, `friendCustomField keys must start with ${FRIEND_CUSTOM_PREFIX}`, {
        field: 'friendCustomField',
        rule: 'badKey',
      });
    }
    if (typeof value !== 'string') {
      return paramsViolation(api, `the value of ${key} must be a string`, { field: 'friendCustomField', rule: 'badValue' });
    }
    if (key.replace(FRIEND_CUSTOM_PREFIX, '').length > FRIEND_LIMITS.customKeywordBytes) {
      return paramsViolation(api, `the keyword of ${key} must be at most ${FRIEND_LIMITS.customKeywordBytes} characters`, {
        field: 'friendCustomField',
        rule: 'badKey',
      });
    }
    const bytes = utf8Bytes(value);
    if (bytes > FRIEND_LIMITS.customValueBytes) {
      return tooLong('friendCustomField', FRIEND_LIMITS.customValueBytes, bytes, `The value of ${key}`);
    }
  }
  return null;
}
