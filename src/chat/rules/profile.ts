import { TYPES } from '../constants';
import { isValidBirthday } from '@/src/utils/birthday';
import type { UpdateMyProfileOptions } from '../port';
import { utf8Bytes } from './bytes';
import { RuleViolation } from './violation';

/** Codes of the profile service (40xxx) and of the SDK's own updateMyProfile check (27xx). */
export const PROFILE_CODE = {
  INVALID_PARAM: 2721,
  NO_KEY: 2722,
  NO_WRITE_PERMISSION: 40008,
  TAG_NOT_FOUND: 40009,
  VALUE_TOO_LONG: 40601,
  BAD_STANDARD_VALUE: 40605,
} as const;

export const PROFILE_LIMITS = {
  nick: 500,
  selfSignature: 500,
  avatar: 500,
  location: 16,
  customValue: 500,
  customKeyword: 8,
  uint32: 4294967295,
} as const;

export const CUSTOM_KEY_PREFIX = 'Tag_Profile_Custom_';
// The docs say the keyword is letters only, yet their own examples (Tag_Profile_Custom_Test1) carry a
// digit and the console accepts them; we accept letters and digits.
const CUSTOM_KEY_PATTERN = /^Tag_Profile_Custom_[A-Za-z0-9]{1,8}$/;

const STRING_FIELDS = ['nick', 'selfSignature', 'avatar', 'location'] as const;
const NUMBER_FIELDS = ['birthday', 'language', 'level', 'role', 'messageSettings'] as const;
const ENUM_FIELDS = {
  gender: [TYPES.GENDER_UNKNOWN, TYPES.GENDER_FEMALE, TYPES.GENDER_MALE],
  allowType: [TYPES.ALLOW_TYPE_ALLOW_ANY, TYPES.ALLOW_TYPE_NEED_CONFIRM, TYPES.ALLOW_TYPE_DENY_ANY],
  adminForbidType: [TYPES.FORBID_TYPE_NONE, TYPES.FORBID_TYPE_SEND_OUT],
} as const;
const KNOWN_KEYS = new Set<string>([...STRING_FIELDS, ...NUMBER_FIELDS, ...Object.keys(ENUM_FIELDS), 'profileCustomField']);

/**
 * The SDK measures the nick with a helper that, through a bug (`charCodeAt[t]`), counts two bytes for every
 * UTF-16 unit; it refuses above 500 with 2721 before the request leaves. We mirror it so the app never sends
 * a nick the SDK would refuse.
 */
export function sdkNickBytes(nick: string): number {
  return nick.length * 2;
}

export function isWellFormedCustomKey(key: string): boolean {
  return CUSTOM_KEY_PATTERN.test(key);
}

function invalid(field: string, message: string, rule: RuleViolation['rule'] = 'badValue'): RuleViolation {
  return new RuleViolation(PROFILE_CODE.INVALID_PARAM, message, { field, rule });
}

function tooLong(field: string, code: number, limit: number, actual: number): RuleViolation {
  return new RuleViolation(code, `${field} is at most ${limit} bytes (got ${actual}).`, {
    field,
    rule: 'tooLong',
    limit,
    actual,
  });
}

function checkString(field: (typeof STRING_FIELDS)[number], value: unknown): RuleViolation | null {
  if (typeof value !== 'string') return invalid(field, `${field} must be a string.`);
  if (field === 'nick' && sdkNickBytes(value) > PROFILE_LIMITS.nick) {
    return tooLong(field, PROFILE_CODE.INVALID_PARAM, PROFILE_LIMITS.nick, sdkNickBytes(value));
  }
  const bytes = utf8Bytes(value);
  const limit = PROFILE_LIMITS[field];
  return bytes > limit ? tooLong(field, PROFILE_CODE.VALUE_TOO_LONG, limit, bytes) : null;
}

function checkNumber(field: (typeof NUMBER_FIELDS)[number], value: unknown): RuleViolation | null {
  if (typeof value !== 'number' || Number.isNaN(value)) return invalid(field, `${field} must be a number.`);
  if (field === 'messageSettings' && value !== 0 && value !== 1) {
    return invalid(field, 'messageSettings must be 0 or 1.');
  }
  if (!Number.isInteger(value) || value < 0 || value > PROFILE_LIMITS.uint32) {
    return new RuleViolation(PROFILE_CODE.BAD_STANDARD_VALUE, `${field} must be an integer from 0 to 4294967295.`, {
      field,
      rule: 'notInteger',
    });
  }
  // UNCONFIRMED: the server stores any uint32 birthday; the app's date picker writes yyyymmdd, so anything
  // that is not a real date is refused as a bad standard value rather than stored and shown as nonsense.
  if (field === 'birthday' && !isValidBirthday(value)) {
    return new RuleViolation(PROFILE_CODE.BAD_STANDARD_VALUE, `birthday ${value} is not a real yyyymmdd date.`, {
      field,
      rule: 'notDate',
    });
  }
  return null;
}

function checkCustomFields(value: unknown, registeredKeys: readonly string[]): RuleViolation | null {
  if (!Array.isArray(value)) return invalid('profileCustomField', 'profileCustomField must be an array.');
  const seen = new Set<string>();
  for (const entry of value as unknown[]) {
    const { key, value: fieldValue } = (entry ?? {}) as { key?: unknown; value?: unknown };
    if (typeof key !== 'string' || !key.includes('Tag_Profile_Custom')) {
      return invalid('profileCustomField', 'Custom profile keys must start with Tag_Profile_Custom.', 'badKey');
    }
    if (typeof fieldValue !== 'string') return invalid(key, `The value of ${key} must be a string.`);
    const registered = registeredKeys.length > 0 ? registeredKeys.includes(key) : isWellFormedCustomKey(key);
    if (!registered) {
      return new RuleViolation(PROFILE_CODE.TAG_NOT_FOUND, `${key} is not a registered custom profile field.`, {
        field: key,
        rule: 'badKey',
      });
    }
    if (seen.has(key)) return invalid(key, `${key} appears twice.`, 'duplicateKey');
    seen.add(key);
    const bytes = utf8Bytes(fieldValue);
    if (bytes > PROFILE_LIMITS.customValue) {
      return tooLong(key, PROFILE_CODE.VALUE_TOO_LONG, PROFILE_LIMITS.customValue, bytes);
    }
  }
  return null;
}

/**
 * Everything updateMyProfile refuses, client-side (27xx) or in the profile service (40xxx), as the first
 * violation found; null when the request would be accepted. `isAdmin` is whether the caller may write
 * admin-only fields (adminForbidType).
 */
export function checkProfileUpdate(
  options: UpdateMyProfileOptions | Record<string, unknown> | null | undefined,
  registeredKeys: readonly string[] = [],
  isAdmin = false,
): RuleViolation | null {
  if (!options || typeof options !== 'object' || Object.keys(options).length === 0) {
    return invalid('options', 'updateMyProfile needs at least one field.');
  }
  const entries = Object.entries(options as Record<string, unknown>);
  for (const [field, value] of entries) {
    if (!KNOWN_KEYS.has(field)) return invalid(field, `${field} is not a profile field.`);
    if (value === null || value === undefined) return invalid(field, `${field} has no value.`);
  }
  for (const [field, value] of entries) {
    let violation: RuleViolation | null = null;
    if ((STRING_FIELDS as readonly string[]).includes(field)) {
      violation = checkString(field as (typeof STRING_FIELDS)[number], value);
    } else if ((NUMBER_FIELDS as readonly string[]).includes(field)) {
      violation = checkNumber(field as (typeof NUMBER_FIELDS)[number], value);
    } else if (field in ENUM_FIELDS) {
      const allowed = ENUM_FIELDS[field as keyof typeof ENUM_FIELDS] as readonly string[];
      if (!allowed.includes(value as string)) violation = invalid(field, `${field} cannot be ${String(value)}.`);
      else if (field === 'adminForbidType' && !isAdmin) {
        violation = new RuleViolation(PROFILE_CODE.NO_WRITE_PERMISSION, 'Only an app admin may set adminForbidType.', {
          field,
          rule: 'badValue',
        });
      }
    } else {
      violation = checkCustomFields(value, registeredKeys);
    }
    if (violation) return violation;
  }
  return null;
}
