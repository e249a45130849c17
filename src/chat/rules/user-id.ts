import { utf8Bytes } from './bytes';
import { RuleViolation } from './violation';

export const USER_ID_MAX_BYTES = 32;
// UNCONFIRMED: the exact code the service gives an empty or over-long userID; 70402 is the account
// service's "invalid parameter", which is what the login call's server answers for a malformed identifier.
export const USER_ID_INVALID_CODE = 70402;

export function checkUserID(userID: unknown): RuleViolation | null {
  if (typeof userID !== 'string' || userID.trim() === '') {
    return new RuleViolation(USER_ID_INVALID_CODE, 'userID is required.', { field: 'userID', rule: 'required' });
  }
  const bytes = utf8Bytes(userID);
  if (bytes > USER_ID_MAX_BYTES) {
    return new RuleViolation(USER_ID_INVALID_CODE, `userID is at most ${USER_ID_MAX_BYTES} bytes (got ${bytes}).`, {
      field: 'userID',
      rule: 'tooLong',
      limit: USER_ID_MAX_BYTES,
      actual: bytes,
    });
  }
  return null;
}
