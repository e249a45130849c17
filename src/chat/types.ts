import type { AdminForbidType, AllowType, Gender, KickedOutType, NetState, UserStatusType } from './constants';
import { EVENT } from './constants';

/** `{ key, value }` entries of profileCustomField; the service stores strings only. */
export interface CustomField {
  key: string;
  value: string;
}

/** The SDK's Profile object (class `un` in index.es.js); the SDK types it as `any`. */
export interface Profile {
  userID: string;
  nick: string;
  gender: Gender;
  birthday: number;
  location: string;
  selfSignature: string;
  allowType: AllowType;
  language: number;
  avatar: string;
  messageSettings: number;
  adminForbidType: AdminForbidType;
  level: number;
  role: number;
  lastUpdatedTime: number;
  profileCustomField: CustomField[];
}

export interface UserStatus {
  userID: string;
  statusType: UserStatusType;
  customStatus: string;
}

export interface UserFailure {
  userID: string;
  code: number;
  message: string;
}

export interface GetUserStatusResult {
  successUserList: UserStatus[];
  failureUserList: UserFailure[];
}

export interface SubscriptionResult {
  failureUserList: UserFailure[];
}

export interface LoginResult {
  repeatLogin: boolean;
}

/** Every resolved call of the SDK: `imResponse`. */
export interface ChatResponse<T> {
  code: 0;
  data: T;
}

export interface ChatEvent<T> {
  name: string;
  data: T;
}

/** The payload of each event the template listens to, keyed by the SDK's event names. */
export interface ChatEventPayloads {
  [EVENT.SDK_READY]: undefined;
  [EVENT.SDK_NOT_READY]: undefined;
  [EVENT.PROFILE_UPDATED]: Profile[];
  [EVENT.USER_STATUS_UPDATED]: UserStatus[];
  [EVENT.BLACKLIST_UPDATED]: string[];
  [EVENT.GROUP_LIST_UPDATED]: unknown[];
  [EVENT.KICKED_OUT]: { type: KickedOutType };
  [EVENT.ERROR]: { code: number; message: string };
  [EVENT.NET_STATE_CHANGE]: { state: NetState };
}

export type ChatEventName = keyof ChatEventPayloads;
export type ChatEventHandler<E extends ChatEventName> = (event: ChatEvent<ChatEventPayloads[E]>) => void;
