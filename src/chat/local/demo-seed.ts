import { TYPES } from '../constants';
import type { Profile } from '../types';
import { defaultProfile } from './profile-rules';
import type { UserRecord } from './storage';

export const DEMO_USER_IDS = ['alice', 'bob', 'carol', 'dave', 'erin', 'frank', 'grace', 'heidi'] as const;

export function demoAvatar(userID: string): string {
  return `/static/avatars/${userID}.png`;
}

type DemoFields = Partial<Omit<Profile, 'userID' | 'avatar' | 'lastUpdatedTime'>> & { customStatus?: string };

/** Values stay inside the server limits (location ≤ 16 bytes, real yyyymmdd birthdays) so edits round-trip. */
const DEMO_FIELDS: Record<(typeof DEMO_USER_IDS)[number], DemoFields> = {
  alice: {
    nick: 'Alice',
    gender: TYPES.GENDER_FEMALE,
    selfSignature: 'Coffee first, then code.',
    birthday: 19950314,
    location: 'Shanghai',
    profileCustomField: [{ key: 'Tag_Profile_Custom_Test1', value: 'Cat person' }],
    customStatus: 'Working from home',
  },
  bob: {
    nick: '鲍勃',
    gender: TYPES.GENDER_MALE,
    selfSignature: '周末去爬山，有人一起吗？',
    birthday: 19920708,
    location: '北京',
    customStatus: '开会中',
  },
  carol: {
    nick: 'Carol 陈',
    gender: TYPES.GENDER_FEMALE,
    selfSignature: 'Design is how it works.',
    birthday: 19980101,
    location: 'Shenzhen',
    profileCustomField: [{ key: 'Tag_Profile_Custom_Test1', value: 'UI designer' }],
  },
  dave: {
    nick: '大卫',
    gender: TYPES.GENDER_MALE,
    selfSignature: '少说话，多写代码。',
    birthday: 19880229,
    location: '杭州',
    customStatus: '在路上',
  },
  erin: {
    nick: 'Erin',
    selfSignature: 'Night owl 🦉',
    birthday: 20010920,
    location: 'Singapore',
    allowType: TYPES.ALLOW_TYPE_NEED_CONFIRM,
  },
  frank: {
    nick: 'Frank 弗兰克',
    gender: TYPES.GENDER_MALE,
    selfSignature: 'Ask me about sourdough.',
    birthday: 19790511,
    location: 'London',
    profileCustomField: [{ key: 'Tag_Profile_Custom_Test1', value: 'Baker' }],
    customStatus: 'Do not disturb',
  },
  grace: {
    nick: '格蕾丝',
    gender: TYPES.GENDER_FEMALE,
    selfSignature: '今天也要开心呀',
    birthday: 19961203,
    location: '成都',
    profileCustomField: [{ key: 'Tag_Profile_Custom_Test1', value: '素食主义者' }],
    customStatus: '摸鱼中',
  },
  heidi: {
    nick: 'Heidi',
    gender: TYPES.GENDER_FEMALE,
    selfSignature: 'Mountains are calling.',
    birthday: 19930417,
    location: 'Zurich',
    allowType: TYPES.ALLOW_TYPE_DENY_ANY,
  },
};

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
