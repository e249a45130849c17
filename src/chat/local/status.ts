import { TYPES } from '../constants';
import type { UserStatusType } from '../constants';
import { ChatError } from '../errors';
import type { UserFailure, UserStatus } from '../types';
import { LOCAL_CODE } from './codes';

/** SDK caps (UserStatusHandler MAX_*): longer lists are cut, not refused. */
export const MAX_STATUS_QUERY = 500;
export const MAX_STATUS_SUBSCRIBE = 100;
export const MAX_STATUS_UNSUBSCRIBE = 100;

/**
 * A user with a logged-in instance is online. Anyone else is UNLOGINED: the user-status doc says Web
 * logout never produces OFFLINE (that needs a native SDK going to background), and an account that never
 * logged in is UNLOGINED too.
 */
export function statusTypeFor(onlineInstances: number): UserStatusType {
  return onlineInstances > 0 ? TYPES.USER_STATUS_ONLINE : TYPES.USER_STATUS_UNLOGINED;
}

export function makeStatus(userID: string, statusType: UserStatusType, customStatus: string): UserStatus {
  return { userID, statusType, customStatus };
}

export function unknownUserFailure(userID: string): UserFailure {
  return { userID, code: LOCAL_CODE.ACCOUNT_NOT_FOUND, message: `user ${userID} does not exist` };
}

export function paramsFailed(api: string, detail: string): ChatError {
  return new ChatError(LOCAL_CODE.PARAMS_VALIDATE_FAILED, `Params validate failed. ${api}: ${detail}`);
}

/** The `userIDList` the SDK's schema accepts: an array, non-empty when `allowEmpty` is false. */
export function readUserIDList(api: string, options: unknown, allowEmpty: boolean): string[] {
  const list: unknown = typeof options === 'object' && options !== null ? Reflect.get(options, 'userIDList') : undefined;
  if (!Array.isArray(list)) throw paramsFailed(api, 'userIDList must be an array');
  if (!allowEmpty && list.length === 0) throw paramsFailed(api, 'userIDList must not be empty');
  return list.filter((id): id is string => typeof id === 'string');
}

/** The SDK cuts the list before sending; the answer then holds each ID once. */
export function uniqueCapped(ids: readonly string[], cap: number): string[] {
  return [...new Set(ids.slice(0, cap))];
}
