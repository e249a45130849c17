import { ADMIN_FORBID_TYPES, ALLOW_TYPES, GENDERS } from '../constants';
import type { AdminForbidType, AllowType, Gender } from '../constants';
import type { UpdateMyProfileOptions } from '../port';
import { isRecord, oneOf } from '../guards';
import { isValidBirthday } from './birthday';
import { sdkNickBytes, utf8Bytes } from './bytes';
import { RULE_CODE } from './codes';
import { RuleViolation, paramsViolation } from './violation';
import type { RuleKind, ViolationDetail } from './violation';

/**
 * The rules of updateMyProfile, in two steps as the real service applies them: what the SDK refuses on the
 * device before sending (`validateProfileOptions`: 2721, 2722, -1) and what the profile server refuses
 * (`checkProfileItems`: 40008, 40009, 40601, 40605). The embedded service runs them as the SDK and the
 * server; the app runs both (`checkProfileUpdate`) so that it never sends what would be refused. Every
 * refusal is a RuleViolation.
 */

export { ADMIN_FORBID_TYPES, ALLOW_TYPES, GENDERS };

export const PROFILE_LIMITS = {
  /** nick, selfSignature, avatar and custom values, in UTF-8 bytes (the nick also as the SDK measures it). */
  text: 500,
  location: 16,
  uint32: 0xffffffff,
} as const;

export const CUSTOM_KEY_PREFIX = 'Tag_Profile_Custom_';
/** The SDK's own custom-key test is only `indexOf`; the stricter shape below is the server's. */
const SDK_CUSTOM_KEY_MARK = 'Tag_Profile_Custom';
/**
 * The docs say the keyword is "letters only, ≤ 8 bytes", yet their own examples register
 * `Tag_Profile_Custom_Test1`. We accept ASCII letters and digits so that the documented examples work.
 */
const CUSTOM_KEY_SHAPE = /^Tag_Profile_Custom_[A-Za-z0-9]{1,8}$/;

/** Whether the server takes a custom key when no list of registered keys is configured. */
export function isWellFormedCustomKey(key: string): boolean {
  return CUSTOM_KEY_SHAPE.test(key);
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

type EnumItem = Extract<ProfileItem, { field: 'gender' | 'allowType' | 'adminForbidType' }>;
type EnumField = EnumItem['field'];

/** The enum-valued fields and the values each takes. */
const ENUM_VALUES: { readonly [F in EnumField]: readonly Extract<EnumItem, { field: F }>['value'][] } = {
  gender: GENDERS,
  allowType: ALLOW_TYPES,
  adminForbidType: ADMIN_FORBID_TYPES,
};

function isEnumField(key: string): key is EnumField {
  return Object.prototype.hasOwnProperty.call(ENUM_VALUES, key);
}

function invalid(tips: string, field: string, rule: RuleKind = 'badValue', extra: Partial<ViolationDetail> = {}): RuleViolation {
  return new RuleViolation(RULE_CODE.UPDATE_PROFILE_INVALID_PARAM, `updateMyProfile: invalid parameter, ${tips}`, {
    ...extra,
    field,
    rule,
  });
}

/** The SDK's `$e`: a number that is not NaN, or a Number object. */
function asSdkNumber(value: unknown): number | undefined {
  if (typeof value === 'number') return Number.isNaN(value) ? undefined : value;
  if (value instanceof Number) return value.valueOf();
  return undefined;
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
 * Duplicate custom keys pass (the server keeps the last).
 */
export function validateProfileOptions(options: unknown): ProfileItem[] {
  if (!isRecord(options) || Object.keys(options).length === 0) throw invalid('empty options', 'options');

  const custom = options.profileCustomField;
  if (custom !== undefined && !Array.isArray(custom)) {
    throw paramsViolation('updateMyProfile', 'profileCustomField must be an array', {
      field: 'profileCustomField',
      rule: 'badValue',
    });
  }
  const customItems: ProfileItem[] = [];
  for (const entry of custom ?? []) {
    const key: unknown = isRecord(entry) ? entry.key : undefined;
    const value: unknown = isRecord(entry) ? entry.value : undefined;
    if (typeof key !== 'string' || !key.includes(SDK_CUSTOM_KEY_MARK)) {
      throw invalid('the keys of profileCustomField must start with Tag_Profile_Custom', 'profileCustomField', 'badKey');
    }
    if (typeof value !== 'string') throw invalid(`the value of ${key} in profileCustomField must be a string`, key);
    customItems.push({ field: 'custom', key, value });
  }

  const items: ProfileItem[] = [];
  let firstProblem: RuleViolation | undefined;
  const fail = (problem: RuleViolation): void => {
    firstProblem ??= problem;
  };
  for (const key of Object.keys(options)) {
    const value = options[key];
    if (key === 'profileCustomField') {
      items.push(...customItems);
      continue;
    }
    if (value === undefined || value === null) {
      fail(invalid(`key:${key}, invalid value:${describe(value)}`, key));
      continue;
    }
    if (TEXT_FIELDS.includes(key)) {
      if (typeof value !== 'string') fail(invalid(`${key} must be a string`, key));
      else if (key === 'nick' && sdkNickBytes(value) > PROFILE_LIMITS.text) {
        const actual = sdkNickBytes(value);
        fail(
          invalid(`nick name limited: must less than or equal to 500 bytes, current size: ${actual} bytes`, key, 'tooLong', {
            limit: PROFILE_LIMITS.text,
            actual,
          }),
        );
      } else items.push({ field: key as TextField, value });
    } else if (NUMBER_FIELDS.includes(key)) {
      const number = asSdkNumber(value);
      if (number === undefined) fail(invalid(`${key} must be a number`, key));
      else items.push({ field: key as NumberField, value: number });
    } else if (key === 'messageSettings') {
      if (value !== 0 && value !== 1) fail(invalid('messageSettings must be 0 or 1', key));
      else items.push({ field: 'messageSettings', value });
    } else if (isEnumField(key)) {
      const allowed: readonly string[] = ENUM_VALUES[key];
      if (!oneOf(allowed, value)) fail(invalid(`key:${key}, invalid value:${describe(value)}`, key));
      else items.push({ field: key, value } as EnumItem);
    } else {
      fail(invalid(`unknown key:${key}`, key));
    }
  }
  if (firstProblem !== undefined) throw firstProblem;
  if (items.length === 0) {
    throw new RuleViolation(RULE_CODE.UPDATE_PROFILE_NO_KEY, 'updateMyProfile: no standard or custom field to update', {
      field: 'options',
      rule: 'required',
    });
  }
  return items;
}

export interface ProfileServerRules {
  /** Registered `Tag_Profile_Custom_*` keys; empty accepts any well-formed key. */
  customKeys: readonly string[];
  /** Whether the caller is an app admin, who alone may write adminForbidType. Default false. */
  isAdmin?: boolean;
}

function tooLong(code: number, message: string, field: string, limit: number, actual: number): RuleViolation {
  return new RuleViolation(code, message, { field, rule: 'tooLong', limit, actual });
}

/** The server's byte limit of a text tag (40601). */
function checkTextBytes(field: string, value: string, limit: number): void {
  const actual = utf8Bytes(value);
  if (actual > limit) {
    throw tooLong(RULE_CODE.PROFILE_VALUE_TOO_LONG, `updateMyProfile: ${field} exceeds ${limit} bytes`, field, limit, actual);
  }
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
        // what a normal user gets.
        if (!rules.isAdmin) {
          throw new RuleViolation(
            RULE_CODE.PROFILE_NO_WRITE_PERMISSION,
            'updateMyProfile: only an app admin may set adminForbidType',
            { field: item.field, rule: 'badValue' },
          );
        }
        break;
      case 'nick':
      case 'selfSignature':
      case 'avatar':
        checkTextBytes(item.field, item.value, PROFILE_LIMITS.text);
        break;
      case 'location':
        // UNCONFIRMED: 16 bytes is the documented limit; 40601 ("value too long") is our choice of code.
        checkTextBytes(item.field, item.value, PROFILE_LIMITS.location);
        break;
      case 'birthday':
        // UNCONFIRMED: the server only requires a uint32. We also require a real yyyymmdd date (or 0 to clear)
        // because the app reads birthdays that way and would otherwise show nonsense.
        if (!isValidBirthday(item.value)) {
          throw new RuleViolation(
            RULE_CODE.PROFILE_BAD_STANDARD_VALUE,
            `updateMyProfile: birthday must be a yyyymmdd date or 0, got ${item.value}`,
            { field: item.field, rule: 'notDate' },
          );
        }
        break;
      case 'language':
      case 'level':
      case 'role':
        // UNCONFIRMED code: these tags are uint32 on the server.
        if (!Number.isInteger(item.value) || item.value < 0 || item.value > PROFILE_LIMITS.uint32) {
          throw new RuleViolation(
            RULE_CODE.PROFILE_BAD_STANDARD_VALUE,
            `updateMyProfile: ${item.field} must be an unsigned 32-bit integer`,
            { field: item.field, rule: 'notInteger' },
          );
        }
        break;
      case 'custom': {
        const registered =
          rules.customKeys.length > 0 ? rules.customKeys.includes(item.key) : isWellFormedCustomKey(item.key);
        if (!registered) {
          throw new RuleViolation(RULE_CODE.PROFILE_TAG_NOT_FOUND, `updateMyProfile: unknown profile tag ${item.key}`, {
            field: item.key,
            rule: 'badKey',
          });
        }
        checkTextBytes(item.key, item.value, PROFILE_LIMITS.text);
        break;
      }
      default:
        break;
    }
  }
}

/**
 * Everything updateMyProfile refuses, on the device (27xx, -1) or in the profile service (40xxx), as the
 * violation the service would answer with; null when the request would be accepted. `registeredKeys` are the
 * app's registered custom keys (empty: any well-formed key); `isAdmin` is whether the caller may write
 * admin-only fields (adminForbidType).
 */
export function checkProfileUpdate(
  options: UpdateMyProfileOptions | Record<string, unknown> | null | undefined,
  registeredKeys: readonly string[] = [],
  isAdmin = false,
): RuleViolation | null {
  try {
    checkProfileItems(validateProfileOptions(options), { customKeys: registeredKeys, isAdmin });
    return null;
  } catch (error) {
    if (error instanceof RuleViolation) return error;
    throw error;
  }
}
