import { TYPES } from '../../constants';
import type { FriendApplicationType } from '../../friend-types';

/**
 * The demo's relationship chain: friendships among the demo accounts (none with a pair that blocks each other,
 * DEMO_BLACKLISTS), alice's two friend groups, and requests waiting, so that every Contacts screen has
 * something to show when signed in as alice. Remarks and groups are the first user's view of the second.
 */
export interface DemoFriendship {
  a: string;
  b: string;
  /** Days ago the friendship was made. */
  days: number;
  remark?: string;
  groups?: string[];
}

export const DEMO_FRIEND_GROUPS: Readonly<Record<string, readonly string[]>> = {
  alice: ['Colleagues', '同学'],
};

export const DEMO_FRIENDSHIPS: readonly DemoFriendship[] = [
  { a: 'alice', b: 'bob', days: 400, groups: ['Colleagues'] },
  { a: 'alice', b: 'carol', days: 380, remark: 'Carol (design)', groups: ['Colleagues'] },
  { a: 'alice', b: 'dave', days: 300, groups: ['Colleagues'] },
  { a: 'alice', b: 'grace', days: 220 },
  { a: 'alice', b: 'lilei', days: 200, remark: '李雷（班长）', groups: ['同学'] },
  { a: 'alice', b: 'hanmeimei', days: 199, groups: ['同学'] },
  { a: 'alice', b: 'zhangwei', days: 120, groups: ['同学'] },
  { a: 'alice', b: 'wangfang', days: 90 },
  { a: 'alice', b: 'oscar', days: 60 },
  { a: 'alice', b: 'frank', days: 30 },
  { a: 'bob', b: 'carol', days: 350 },
  { a: 'bob', b: 'dave', days: 340 },
  { a: 'carol', b: 'frank', days: 100 },
  { a: 'lilei', b: 'hanmeimei', days: 500 },
];

export interface DemoRequest {
  from: string;
  to: string;
  hoursAgo: number;
  wording: string;
}

/** Waiting requests: judy's to alice (alice sees one unread), alice's to erin, who approves friends by hand. */
export const DEMO_REQUESTS: readonly DemoRequest[] = [
  { from: 'judy', to: 'alice', hoursAgo: 5, wording: 'Hi Alice, it’s Judy from the cooking class!' },
  { from: 'alice', to: 'erin', hoursAgo: 30, wording: 'Hi Erin, we met at the meetup.' },
  { from: 'victor', to: 'alice', hoursAgo: 48, wording: '我是维克多，一起跑步吧' },
];

export const DEMO_SOURCE = 'AddSource_Type_Demo';

export const SENT: FriendApplicationType = TYPES.SNS_APPLICATION_SENT_BY_ME;
export const RECEIVED: FriendApplicationType = TYPES.SNS_APPLICATION_SENT_TO_ME;
