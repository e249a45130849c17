import type { Profile } from '../types';
import { DEMO_FIELDS, DEMO_USER_IDS } from './demo-people';
import { defaultProfile } from './profile-rules';
import type { UserRecord } from './accounts/user-store';

export { DEMO_BLACKLISTS, DEMO_USER_IDS } from './demo-people';

export function demoAvatar(userID: string): string {
  return `/static/avatars/${userID}.png`;
}

export function demoRecords(now: number): UserRecord[] {
  return DEMO_USER_IDS.map((userID) => {
    const { customStatus = '', profileCustomField = [], ...fields } = DEMO_FIELDS[userID];
    const profile: Profile = {
      ...defaultProfile(userID, now),
      ...fields,
      avatar: demoAvatar(userID),
      profileCustomField: profileCustomField.map((field) => ({ ...field })),
    };
    return { profile, customStatus, subscriptions: [] };
  });
}
