import { TYPES } from '../constants';
import type { ProfileItem } from '../rules/profile';
import type { CustomField, Profile } from '../types';

type StandardItem = Exclude<ProfileItem, { field: 'custom' }>;

/**
 * The embedded service's profile records: defaults, copies and applying an accepted update. The rules that
 * decide what is accepted are the shared ones in src/chat/rules/profile.ts.
 */

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

/** Sets one standard field; true when the value differs from the one it replaces. */
function assign<K extends StandardItem['field']>(profile: Profile, item: { field: K; value: Profile[K] }): boolean {
  const changed = profile[item.field] !== item.value;
  profile[item.field] = item.value;
  return changed;
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
    if (item.field === 'custom') changed = setCustom(next.profileCustomField, item.key, item.value) || changed;
    else changed = assign(next, item) || changed;
  }
  // The SDK stamps its cached profile with Date.now() in milliseconds whenever a value changes (`_update`).
  if (changed) next.lastUpdatedTime = now;
  return { profile: next, changed };
}
