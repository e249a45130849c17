import { TYPES } from '../constants';
import type { AdminForbidType, AllowType, Gender } from '../constants';
import { ChatError } from '../errors';
import type { CustomField, Profile } from '../types';
import { sdkNickSize, utf8ByteLength } from './bytes';
import { LOCAL_CODE } from './codes';

export const GENDERS: readonly Gender[] = [TYPES.GENDER_UNKNOWN, TYPES.GENDER_FEMALE, TYPES.GENDER_MALE];
export const ALLOW_TYPES: readonly AllowType[] = [
  TYPES.ALLOW_TYPE_ALLOW_ANY,
  TYPES.ALLOW_TYPE_NEED_CONFIRM,
  TYPES.ALLOW_TYPE_DENY_ANY,
];
export const ADMIN_FORBID_TYPES: readonly AdminForbidType[] = [TYPES.FORBID_TYPE_NONE, TYPES.FORBID_TYPE_SEND_OUT];

const MAX_TEXT_BYTES = 500;
const MAX_LOCATION_BYTES = 16;
const MAX_UINT32 = 0xffffffff;
/** The SDK's own custom-key test is only `indexOf`; the stricter shape below is the server's. */
const SDK_CUSTOM_KEY_MARK = 'Tag_Profile_Custom';
/**
 * The docs say the keyword is "letters only, ≤ 8 bytes", yet their own examples register
 * `Tag_Profile_Custom_Test1`. We accept ASCII letters and digits so that the documented examples work.
 */
const CUSTOM_KEY_SHAPE = /^Tag_Profile_Custom_[A-Za-z0-9]{1,8}$/;

/**
 * A fresh account's profile. Matches the SDK's Profile class (`un`) except `gender`: `un` defaults it to ''
 * (no tag returned), which our `Gender` type cannot hold, so we use Gender_Type_Unknown, the server's own
 * "not set" value.
 */
export function defaultProfile(userID: string, now: number): Profile {
  return {
    userID,
    nick: '',
    gender: TYPES.GENDER_UNKNOWN,
    birthday: 0,
    location: '',
    selfSignature: '',
    allowType: TYPES.ALLOW_TYPE_ALLOW_ANY,
    language: 0,
    avatar: '',
    messageSettings: 0,
    adminForbidType: TYPES.FORBID_TYPE_NONE,
    level: 0,
    role: 0,
    lastUpdatedTime: now,
    profileCustomField: [],
  };
}

export function cloneProfile(profile: Profile): Profile {
  return { ...profile, profileCustomField: profile.profileCustomField.map((field) => ({ ...field })) };
}

type TextField = 'nick' | 'location' | 'selfSignature' | 'avatar';
type NumberField = 'birthday' | 'language' | 'level' | 'role' | 'messageSettings';

/** One tag of an update, in the order the SDK would send it (`profileItem`). */
export type ProfileItem =
  | { field: TextField; value: string }
  | { field: NumberField; value: number }
  | { field: 'gender'; value: Gender }
  | { field: 'allowType'; value: AllowType }
  | { field: 'adminForbidType'; value: AdminForbidType }
  | { field: 'custom'; key: string; value: string };

const TEXT_FIELDS: readonly string[] = ['nick', 'location', 'selfSignature', 'avatar'];
const NUMBER_FIELDS: readonly string[] = ['birthday', 'language', 'level', 'role'];

function invalid(tips: string): ChatError {
  return new ChatError(LOCAL_CODE.UPDATE_PROFILE_INVALID_PARAM, `updateMyProfile: invalid parameter, ${tips}`);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The SDK's `$e`: a number that is not NaN, or a Number object. */
function asSdkNumber(value: unknown): number | undefined {
  if (typeof value === 'number') return Number.isNaN(value) ? undefined : value;
  if (value instanceof Number) return value.valueOf();
  return undefined;
}

function oneOf<T extends string>(allowed: readonly T[], value: unknown): value is T {
  return typeof value === 'string' && (allowed as readonly string[]).includes(value);
}

function describe(value: unknown): string {
  try {
    return typeof value === 'string' ? JSON.stringify(value) : String(value);
  } catch {
    return typeof value;
  }
}

/**
 * What the SDK checks before sending (`un.validate` plus the `profileCustomField` schema), in its order:
 * custom fields first, then each own key. Returns the tags it would send; throws what it would reject with.
 */
export function validateProfileOptions(options: unknown): ProfileItem[] {
  if (!isRecord(options) || Object.keys(options).length === 0) throw invalid('empty options');

  const custom = options.profileCustomField;
  if (custom !== undefined && !Array.isArray(custom)) {
    throw new ChatError(
      LOCAL_CODE.PARAMS_VALIDATE_FAILED,
      'Params validate failed. updateMyProfile: profileCustomField must be an array',
    );
  }
  const customItems: ProfileItem[] = [];
  for (const entry of custom ?? []) {
    const key: unknown = isRecord(entry) ? entry.key : undefined;
    const value: unknown = isRecord(entry) ? entry.value : undefined;
    if (typeof key !== 'string' || !key.includes(SDK_CUSTOM_KEY_MARK)) {
      throw invalid('the keys of profileCustomField must start with Tag_Profile_Custom');
    }
    if (typeof value !== 'string') throw invalid(`the value of ${key} in profileCustomField must be a string`);
    customItems.push({ field: 'custom', key, value });
  }

  const items: ProfileItem[] = [];
  let firstProblem: string | undefined;
  const fail = (tips: string): void => {
    firstProblem ??= tips;
  };
  for (const key of Object.keys(options)) {
    const value = options[key];
    if (key === 'profileCustomField') {
      items.push(...customItems);
      continue;
    }
    if (value === undefined || value === null) {
      fail(`key:${key}, invalid value:${describe(value)}`);
      continue;
    }
    if (TEXT_FIELDS.includes(key)) {
      if (typeof value !== 'string') fail(`${key} must be a string`);
      else if (key === 'nick' && sdkNickSize(value) > MAX_TEXT_BYTES) {
        fail(`nick name limited: must less than or equal to 500 bytes, current size: ${sdkNickSize(value)} bytes`);
      } else items.push({ field: key as TextField, value });
    } else if (NUMBER_FIELDS.includes(key)) {
      const number = asSdkNumber(value);
      if (number === undefined) fail(`${key} must be a number`);
      else items.push({ field: key as NumberField, value: number });
    } else if (key === 'messageSettings') {
      if (value !== 0 && value !== 1) fail('messageSettings must be 0 or 1');
      else items.push({ field: 'messageSettings', value });
    } else if (key === 'gender') {
      if (!oneOf(GENDERS, value)) fail(`key:gender, invalid value:${describe(value)}`);
      else items.push({ field: 'gender', value });
    } else if (key === 'allowType') {
      if (!oneOf(ALLOW_TYPES, value)) fail(`key:allowType, invalid value:${describe(value)}`);
      else items.push({ field: 'allowType', value });
    } else if (key === 'adminForbidType') {
      if (!oneOf(ADMIN_FORBID_TYPES, value)) fail(`key:adminForbidType, invalid value:${describe(value)}`);
      else items.push({ field: 'adminForbidType', value });
    } else {
      fail(`unknown key:${key}`);
    }
  }
  if (firstProblem !== undefined) throw invalid(firstProblem);
  if (items.length === 0) {
    throw new ChatError(LOCAL_CODE.UPDATE_PROFILE_NO_KEY, 'updateMyProfile: no standard or custom field to update');
  }
  return items;
}

/** yyyymmdd that names a real calendar day. */
export function isCalendarDate(value: number): boolean {
  if (!Number.isInteger(value) || value < 10000101 || value > 99991231) return false;
  const year = Math.floor(value / 10000);
  const month = Math.floor(value / 100) % 100;
  const day = value % 100;
  if (month < 1 || month > 12 || day < 1) return false;
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return day <= daysInMonth;
}

export interface ProfileServerRules {
  /** Registered `Tag_Profile_Custom_*` keys; empty accepts any well-formed key. */
  customKeys: readonly string[];
}

function serverError(code: number, message: string): ChatError {
  return new ChatError(code, message);
}

/**
 * What the profile server refuses, checked item by item in request order so that the first bad tag decides.
 * Limits come from the Profile Management doc and ERRH codes; choices the docs leave open are marked.
 */
export function checkProfileItems(items: readonly ProfileItem[], rules: ProfileServerRules): void {
  for (const item of items) {
    switch (item.field) {
      case 'adminForbidType':
        // UNCONFIRMED: the docs say only an app admin may set it; 40008 (no write permission) is our guess at
        // what a normal user gets. An app user is never an admin here.
        throw serverError(
          LOCAL_CODE.PROFILE_NO_WRITE_PERMISSION,
          'updateMyProfile: only an app admin may set adminForbidType',
        );
      case 'nick':
      case 'selfSignature':
      case 'avatar':
        if (utf8ByteLength(item.value) > MAX_TEXT_BYTES) {
          throw serverError(LOCAL_CODE.PROFILE_VALUE_TOO_LONG, `updateMyProfile: ${item.field} exceeds 500 bytes`);
        }
        break;
      case 'location':
        // UNCONFIRMED: 16 bytes is the documented limit; 40601 ("value too long") is our choice of code.
        if (utf8ByteLength(item.value) > MAX_LOCATION_BYTES) {
          throw serverError(LOCAL_CODE.PROFILE_VALUE_TOO_LONG, 'updateMyProfile: location exceeds 16 bytes');
        }
        break;
      case 'birthday':
        // UNCONFIRMED: the server only requires a uint32. We also require a real yyyymmdd date (or 0 to clear)
        // because the app reads birthdays that way and would otherwise show nonsense.
        if (item.value !== 0 && !isCalendarDate(item.value)) {
          throw serverError(
            LOCAL_CODE.PROFILE_BAD_STANDARD_VALUE,
            `updateMyProfile: birthday must be a yyyymmdd date or 0, got ${item.value}`,
          );
        }
        break;
      case 'language':
      case 'level':
      case 'role':
        // UNCONFIRMED code: these tags are uint32 on the server.
        if (!Number.isInteger(item.value) || item.value < 0 || item.value > MAX_UINT32) {
          throw serverError(
            LOCAL_CODE.PROFILE_BAD_STANDARD_VALUE,
            `updateMyProfile: ${item.field} must be an unsigned 32-bit integer`,
          );
        }
        break;
      case 'custom': {
        const registered =
          rules.customKeys.length > 0 ? rules.customKeys.includes(item.key) : CUSTOM_KEY_SHAPE.test(item.key);
        if (!registered) {
          throw serverError(LOCAL_CODE.PROFILE_TAG_NOT_FOUND, `updateMyProfile: unknown profile tag ${item.key}`);
        }
        if (utf8ByteLength(item.value) > MAX_TEXT_BYTES) {
          throw serverError(LOCAL_CODE.PROFILE_VALUE_TOO_LONG, `updateMyProfile: ${item.key} exceeds 500 bytes`);
        }
        break;
      }
      default:
        break;
    }
  }
}

function setCustom(fields: CustomField[], key: string, value: string): boolean {
  const existing = fields.find((field) => field.key === key);
  if (existing) {
    if (existing.value === value) return false;
    existing.value = value;
    return true;
  }
  // UNCONFIRMED: '' is stored like any value (the SDK caches it that way); whether the server then omits
  // the tag from later reads is not documented.
  fields.push({ key, value });
  return true;
}

/** Returns a new profile; `changed` tells whether any value differs, which decides PROFILE_UPDATED. */
export function applyProfileItems(
  current: Profile,
  items: readonly ProfileItem[],
  now: number,
): { profile: Profile; changed: boolean } {
  const next = cloneProfile(current);
  let changed = false;
  for (const item of items) {
    switch (item.field) {
      case 'custom':
        changed = setCustom(next.profileCustomField, item.key, item.value) || changed;
        break;
      case 'gender':
        changed = changed || next.gender !== item.value;
        next.gender = item.value;
        break;
      case 'allowType':
        changed = changed || next.allowType !== item.value;
        next.allowType = item.value;
        break;
      case 'adminForbidType':
        changed = changed || next.adminForbidType !== item.value;
        next.adminForbidType = item.value;
        break;
      case 'nick':
      case 'location':
      case 'selfSignature':
      case 'avatar':
        changed = changed || next[item.field] !== item.value;
        next[item.field] = item.value;
        break;
      default:
        changed = changed || next[item.field] !== item.value;
        next[item.field] = item.value;
    }
  }
  // The SDK stamps its cached profile with Date.now() in milliseconds whenever a value changes (`_update`).
  if (changed) next.lastUpdatedTime = now;
  return { profile: next, changed };
}
