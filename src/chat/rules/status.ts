import { utf8Bytes } from './bytes';
import { RULE_CODE } from './codes';
import { RuleViolation, paramsViolation } from './violation';

/** The documented limit of a user's custom status, in UTF-8 bytes. */
export const MAX_CUSTOM_STATUS_BYTES = 100;

/**
 * The SDK's schema for setSelfStatus (a string, '' allowed; else the code-less -1) plus the documented
 * 100-byte limit. Returns the custom status to store; throws a RuleViolation on field 'customStatus'.
 */
export function validateCustomStatus(options: unknown): string {
  const value: unknown = typeof options === 'object' && options !== null ? Reflect.get(options, 'customStatus') : undefined;
  if (typeof value !== 'string') {
    throw paramsViolation('setSelfStatus', 'customStatus must be a string', { field: 'customStatus', rule: 'badValue' });
  }
  const actual = utf8Bytes(value);
  if (actual > MAX_CUSTOM_STATUS_BYTES) {
    // UNCONFIRMED: the limit is documented, the server's code for breaking it is not; 70402 is the account
    // service's "invalid parameter".
    throw new RuleViolation(RULE_CODE.ACCOUNT_INVALID_PARAM, 'setSelfStatus: customStatus exceeds 100 bytes', {
      field: 'customStatus',
      rule: 'tooLong',
      limit: MAX_CUSTOM_STATUS_BYTES,
      actual,
    });
  }
  return value;
}
