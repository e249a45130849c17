import { TYPES } from '../constants';
import type { Profile } from '../types';

/** Order is the login page's order; the first eight are the original demo cast (tests rely on them). */
export const DEMO_USER_IDS = [
  'alice', 'bob', 'carol', 'dave', 'erin', 'frank', 'grace', 'heidi',
  'ivan', 'judy', 'mallory', 'niaj', 'olivia', 'peggy', 'rupert', 'sybil', 'trent', 'victor', 'walter', 'yvonne',
  'lilei', 'hanmeimei', 'zhangwei', 'wangfang', 'liuyang', 'chenjing', 'oscar', 'wendy', 'xavier', 'quinn',
] as const;

export type DemoUserID = (typeof DEMO_USER_IDS)[number];

export type DemoFields = Partial<Omit<Profile, 'userID' | 'avatar' | 'lastUpdatedTime'>> & { customStatus?: string };

const F = TYPES.GENDER_FEMALE;
const M = TYPES.GENDER_MALE;
const TAG = 'Tag_Profile_Custom_Test1';
const tag = (value: string) => [{ key: TAG, value }];

/**
 * Values stay inside the server limits (location ≤ 16 bytes, i.e. five Chinese characters; real yyyymmdd
 * birthdays) so that every field round-trips through updateMyProfile unchanged.
 */
export const DEMO_FIELDS: Record<DemoUserID, DemoFields> = {
  alice: {
    nick: 'Alice',
    gender: F,
    selfSignature: 'Coffee first, then code.',
    birthday: 19950314,
    location: 'Shanghai',
    profileCustomField: tag('Cat person'),
    customStatus: 'Working from home',
  },
  bob: { nick: '鲍勃', gender: M, selfSignature: '周末去爬山，有人一起吗？', birthday: 19920708, location: '北京', customStatus: '开会中' },
  carol: {
    nick: 'Carol 陈',
    gender: F,
    selfSignature: 'Design is how it works.',
    birthday: 19980101,
    location: 'Shenzhen',
    profileCustomField: tag('UI designer'),
  },
  dave: { nick: '大卫', gender: M, selfSignature: '少说话，多写代码。', birthday: 19880229, location: '杭州', customStatus: '在路上' },
  erin: {
    nick: 'Erin',
    selfSignature: 'Night owl 🦉',
    birthday: 20010920,
    location: 'Singapore',
    allowType: TYPES.ALLOW_TYPE_NEED_CONFIRM,
  },
  frank: {
    nick: 'Frank 弗兰克',
    gender: M,
    selfSignature: 'Ask me about sourdough.',
    birthday: 19790511,
    location: 'London',
    profileCustomField: tag('Baker'),
    customStatus: 'Do not disturb',
  },
  grace: {
    nick: '格蕾丝',
    gender: F,
    selfSignature: '今天也要开心呀',
    birthday: 19961203,
    location: '成都',
    profileCustomField: tag('素食主义者'),
    customStatus: '摸鱼中',
  },
  heidi: {
    nick: 'Heidi',
    gender: F,
    selfSignature: 'Mountains are calling.',
    birthday: 19930417,
    location: 'Zurich',
    allowType: TYPES.ALLOW_TYPE_DENY_ANY,
  },
  ivan: { nick: 'Ivan', gender: M, selfSignature: 'Chess, tea, repeat.', birthday: 19850602, location: 'Tallinn', customStatus: 'On a train' },
  judy: { nick: '朱迪', gender: F, selfSignature: '正在学做饭 🍳', birthday: 19990815, location: '广州', profileCustomField: tag('美食博主') },
  mallory: {
    nick: 'Mallory',
    selfSignature: 'Trust, but verify.',
    birthday: 19900101,
    location: 'Unknown',
    allowType: TYPES.ALLOW_TYPE_DENY_ANY,
    customStatus: 'Up to something',
  },
  niaj: { nick: 'Niaj', gender: M, selfSignature: 'Bass player, part-time coder.', birthday: 19970321, location: 'Bangalore' },
  olivia: {
    nick: 'Olivia 欧',
    gender: F,
    selfSignature: 'Reading: The Three-Body Problem',
    birthday: 19940706,
    location: 'Toronto',
    profileCustomField: tag('Bookworm'),
    customStatus: 'Reading',
  },
  peggy: { nick: '佩奇', gender: F, selfSignature: '', birthday: 20030110, location: '南京', customStatus: '考试周，勿扰' },
  rupert: { nick: 'Rupert', gender: M, selfSignature: 'Ships in bottles.', birthday: 19681124, location: 'Dublin', level: 3 },
  sybil: {
    nick: '希薇尔',
    gender: F,
    selfSignature: '猫奴一枚 🐱',
    birthday: 19910909,
    location: '台北',
    allowType: TYPES.ALLOW_TYPE_NEED_CONFIRM,
    profileCustomField: tag('铲屎官'),
  },
  trent: { nick: 'Trent', gender: M, selfSignature: 'Ops on call this week.', birthday: 19870418, location: 'Seattle', customStatus: 'On call' },
  victor: { nick: '维克多', gender: M, selfSignature: '跑步使我快乐', birthday: 19830227, location: '西安', customStatus: '跑步中' },
  walter: { nick: 'Walter', selfSignature: '', birthday: 0, location: '' },
  yvonne: {
    nick: 'Yvonne 伊冯',
    gender: F,
    selfSignature: 'Plants > people 🌱',
    birthday: 19960530,
    location: 'Melbourne',
    profileCustomField: tag('Gardener'),
  },
  lilei: { nick: '李雷', gender: M, selfSignature: 'How are you? Fine, thank you.', birthday: 19860901, location: '上海', customStatus: '在上课' },
  hanmeimei: {
    nick: '韩梅梅',
    gender: F,
    selfSignature: '英语课代表',
    birthday: 19870301,
    location: '上海',
    profileCustomField: tag('课代表'),
  },
  zhangwei: { nick: '张伟', gender: M, selfSignature: '全国最常见的名字', birthday: 19900618, location: '天津', level: 7 },
  wangfang: { nick: '王芳', gender: F, selfSignature: '爱摄影，爱旅行。', birthday: 19930808, location: '昆明', customStatus: '在大理' },
  liuyang: { nick: '刘洋', gender: M, selfSignature: '', birthday: 19891212, location: '重庆', allowType: TYPES.ALLOW_TYPE_NEED_CONFIRM },
  chenjing: {
    nick: '陈静',
    gender: F,
    selfSignature: '静水流深',
    birthday: 19950505,
    location: '苏州',
    profileCustomField: tag('书法'),
    customStatus: '练字中',
  },
  oscar: { nick: 'Oscar', gender: M, selfSignature: 'Grumpy but reliable.', birthday: 19760214, location: 'New York' },
  wendy: { nick: 'Wendy 温蒂', gender: F, selfSignature: 'Second star to the right.', birthday: 20000229, location: 'Hong Kong', customStatus: 'Flying' },
  xavier: { nick: 'Xavier', gender: M, selfSignature: 'Ça va ?', birthday: 19921031, location: 'Paris', profileCustomField: tag('Cyclist') },
  quinn: { nick: 'Quinn', selfSignature: 'They/them. Coffee snob.', birthday: 19980716, location: 'Vancouver', customStatus: 'Brewing' },
};

/** Who blocks whom from the start, so the blocklist screens have something to show. */
export const DEMO_BLACKLISTS: Readonly<Record<string, readonly DemoUserID[]>> = {
  alice: ['mallory'],
  bob: ['mallory', 'trent'],
  sybil: ['rupert'],
};
