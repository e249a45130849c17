import { FRIEND_CODE, FRIEND_LIMITS, remarkBytesViolation } from './friends';
import { RuleViolation, paramsViolation } from './violation';

/**
 * The checks of what a caller passes to addFriend and updateFriend that the real SDK and server make, and so
 * the embedded service makes too (src/chat/local/friends). The app never sends such values: its forms allow
 * only valid ones, checked with ./friends.ts. Field rules: https://cloud.tencent.com/document/product/269/1501.
 */

export const ADD_SOURCE_PREFIX = 'AddSource_Type_';

/**
 * What the SDK's schema checks of addFriend.source (index.es.js validator): required, `AddSource_Type_`
 * prefix, a keyword of at most 8 characters. Failing it is the code-less "Params validate failed." (-1).
 */
export function sdkSourceViolation(api: string, source: unknown): RuleViolation | null {
  if (typeof source !== 'string' || source === '') {
    return paramsViolation(api, 'source is required and must be a string', { field: 'source', rule: 'required' });
  }
  if (!source.startsWith(ADD_SOURCE_PREFIX)) {
    return paramsViolation(api, `source must start with ${ADD_SOURCE_PREFIX}`, { field: 'source', rule: 'badValue' });
  }
  if (source.length - ADD_SOURCE_PREFIX.length > FRIEND_LIMITS.sourceKeywordBytes) {
    return paramsViolation(api, `the keyword of source must be at most ${FRIEND_LIMITS.sourceKeywordBytes} characters`, {
      field: 'source',
      rule: 'tooLong',
      limit: FRIEND_LIMITS.sourceKeywordBytes,
      actual: source.length - ADD_SOURCE_PREFIX.length,
    });
  }
  return null;
}

/** The server's rule for the keyword: English letters only (relationship chain fields doc); 30001 otherwise. */
export function serverSourceViolation(source: string): RuleViolation | null {
  const keyword = source.slice(ADD_SOURCE_PREFIX.length);
  if (/^[A-Za-z]+$/.test(keyword)) return null;
  return new RuleViolation(FRIEND_CODE.INVALID_PARAMETERS, `the keyword of source must be English letters, got "${keyword}"`, {
    field: 'source',
    rule: 'badValue',
  });
}

/**
 * The SDK checks a remark's length in characters (`96 < remark.length`, index.es.js addFriend/updateFriend
 * schemas, -1); the server counts bytes (30001).
 */
export function remarkViolation(api: string, remark: unknown): RuleViolation | null {
  if (remark === undefined || remark === null) return null;
  if (typeof remark !== 'string') return paramsViolation(api, 'remark must be a string', { field: 'remark', rule: 'badValue' });
  if (remark.length > FRIEND_LIMITS.remarkBytes) {
    return paramsViolation(api, `remark must be at most ${FRIEND_LIMITS.remarkBytes} characters`, {
      field: 'remark',
      rule: 'tooLong',
      limit: FRIEND_LIMITS.remarkBytes,
      actual: remark.length,
    });
  }
  return remarkBytesViolation(remark);
}
