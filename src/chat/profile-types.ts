import type { AdminForbidType, AllowType, Gender } from './constants';
import type { CustomField } from './custom-field';

/*
 * The profile shapes, apart from types.ts so that the relationship chain's types (friend-types.ts, whose
 * Friend carries a Profile) can use them while types.ts names the relationship chain's events.
 */

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

export interface UserFailure {
  userID: string;
  code: number;
  message: string;
}
