import { ERROR_CODE } from '../errors';

/**
 * The codes the rules in this folder give: the SDK's and the servers' own numbers (ERROR_CODE), plus the two
 * that only the rules raise. The embedded service's LOCAL_CODE extends this table.
 */
export const RULE_CODE = {
  ...ERROR_CODE,

  /**
   * The SDK's parameter-schema middleware throws `Error('Params validate failed.')` with no code (a missing
   * or non-string userID, a non-array userIDList, an empty getUserStatus list…). `toErrorLike` reads a
   * code-less error as -1, so rejecting with -1 here makes both backends look the same to the app.
   */
  PARAMS_VALIDATE_FAILED: -1,

  /** Server profile code for writing a field only an app admin may write (ERRH). */
  PROFILE_NO_WRITE_PERMISSION: 40008,

  /** The SDK's own refusal of addToBlacklist({userIDList: [self]}) (index.es.js BlacklistHandler). */
  CANNOT_ADD_SELF_TO_BLACKLIST: 2742,
} as const;
