import { GENDERS, TYPES } from '../constants';
import type { Gender } from '../constants';
import type { Profile } from '../types';

/**
 * The SDK leaves `gender` as '' for an account that never set it (class `un` in index.js starts every field
 * blank, and the server sends no Tag_Profile_IM_Gender); the app's types and pickers know the three TYPES
 * values only, so '' (or anything unknown) becomes GENDER_UNKNOWN, as the embedded service answers.
 */
export function normalizeProfile(profile: Profile): Profile {
  const gender: string = profile.gender;
  if ((GENDERS as readonly string[]).includes(gender)) return profile;
  return { ...profile, gender: TYPES.GENDER_UNKNOWN as Gender };
}

export function normalizeProfiles(profiles: readonly Profile[]): Profile[] {
  return profiles.map(normalizeProfile);
}
