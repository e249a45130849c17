import { utf8Bytes } from './bytes';
import { RULE_CODE } from './codes';
import { RuleViolation, paramsViolation } from './violation';

export const USER_ID_MAX_BYTES = 32;

/**
 * What the SDK's login schema refuses before sending: a userID that is missing, not a string or empty
 * (code-less "Params validate failed.", -1). It does not trim: ' ' is a userID.
 */
export function checkUserIDParam(userID: unknown): RuleViolation | null {
  if (typeof userID === 'string' && userID.length > 0) return null;
  return paramsViolation('login', 'userID is required and must be a non-empty string', {
    field: 'userID',
    rule: 'required',
  });
}

/** What the account server refuses: a userID over 32 UTF-8 bytes. */
export function checkUserIDBytes(userID: string): RuleViolation | null {
  const actual = utf8Bytes(userID);
  if (actual <= USER_ID_MAX_BYTES) return null;
  // UNCONFIRMED: the 32-byte limit is documented; 70402 ("invalid parameter") is our choice of code.
  return new RuleViolation(RULE_CODE.ACCOUNT_INVALID_PARAM, `login: userID exceeds ${USER_ID_MAX_BYTES} bytes`, {
    field: 'userID',
    rule: 'tooLong',
    limit: USER_ID_MAX_BYTES,
    actual,
  });
}

/** Everything login refuses about a userID, SDK first, as the service would answer; null when accepted. */
export function checkUserID(userID: unknown): RuleViolation | null {
  return checkUserIDParam(userID) ?? checkUserIDBytes(String(userID));
}
