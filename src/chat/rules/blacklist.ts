import { RULE_CODE } from './codes';
import { RuleViolation, paramsViolation } from './violation';

/**
 * IDs one add/remove request may carry (REST black_list_add/black_list_delete "To_Account" and the SDK docs).
 * The Web SDK does not check it itself; the server does.
 */
export const BLACKLIST_MAX_PER_CALL = 1000;
/** Entries one account's blocklist may hold (usage limits; cannot be raised). */
export const BLACKLIST_MAX_TOTAL = 1000;

/** The SDK's schema for `userIDList`: required, an array (empty passes); non-string entries are sent on. */
export function readBlacklistOptions(api: string, options: unknown): unknown[] {
  const list: unknown = typeof options === 'object' && options !== null ? Reflect.get(options, 'userIDList') : undefined;
  if (!Array.isArray(list)) {
    throw paramsViolation(api, 'userIDList must be an array', { field: 'userIDList', rule: 'required' });
  }
  return [...list];
}

/**
 * What the SDK does before sending addToBlacklist (index.es.js BlacklistHandler.addBlacklist): a list that
 * is exactly the caller is refused with 2742; in any longer list the caller is silently dropped.
 */
export function addToBlacklistTargets(options: unknown, self: string): unknown[] {
  const list = readBlacklistOptions('addToBlacklist', options);
  if (list.length === 1 && list[0] === self) {
    throw new RuleViolation(RULE_CODE.CANNOT_ADD_SELF_TO_BLACKLIST, 'addToBlacklist: you cannot block yourself', {
      field: 'userIDList',
      rule: 'badValue',
    });
  }
  return list.filter((userID) => userID !== self);
}
