import { TYPES } from '../../constants';
import type { GroupRole, GroupType, InviteOption, JoinOption } from '../../constants';
import type { CustomField } from '../../types';
import { DEMO_USER_IDS } from '../demo-seed';
import { bulkMemberID } from './accounts';
import { addApplication } from './applications';
import type { GroupContext } from './context';
import { DEFAULT_INVITE_OPTION, DEFAULT_JOIN_OPTION, DEFAULT_MAX_MEMBERS } from './limits';
import { stageJoin } from './membership';
import type { BulkMembers, GroupRecord, MemberRecord } from './model';
import { memberOf } from './reader';
import type { GroupTx } from './tx';

/**
 * The demo's groups: one of each type with owners, admins, members, mutes, name cards and custom fields, a
 * request waiting for alice's approval, and a 6000-member meeting group whose bulk members have no account
 * records (see accounts.ts). Written in one transaction straight into storage, without the API's checks:
 * the whole seed takes a few tens of milliseconds.
 */

const DAY = 86_400;
export const BIG_GROUP_ID = '@TGS#3DEMOALLHANDS';
export const DEMO_PUBLIC_GROUP_ID = '@TGS#2DEMOPUBLIC';

interface MemberSeed {
  userID: string;
  role?: GroupRole;
  nameCard?: string;
  mutedFor?: number;
  customFields?: CustomField[];
}

interface GroupSeed {
  groupID: string;
  type: GroupType;
  name: string;
  introduction: string;
  notification: string;
  owner: string;
  members: MemberSeed[];
  joinOption?: JoinOption;
  inviteOption?: InviteOption;
  customFields?: CustomField[];
  maxMemberCount?: number;
}

function groupRecord(ctx: GroupContext, seed: GroupSeed, now: number): GroupRecord {
  const limit = seed.maxMemberCount ?? DEFAULT_MAX_MEMBERS[seed.type];
  return {
    groupID: seed.groupID,
    type: seed.type,
    name: seed.name,
    avatar: '',
    introduction: seed.introduction,
    notification: seed.notification,
    ownerID: seed.owner,
    createTime: now - 30 * DAY,
    infoSequence: 1,
    lastInfoTime: now - 30 * DAY,
    maxMemberCount: seed.type === TYPES.GRP_AVCHATROOM ? limit : Math.min(limit, ctx.plan.maxMembersPerGroup),
    joinOption: seed.joinOption ?? DEFAULT_JOIN_OPTION[seed.type],
    inviteOption: seed.inviteOption ?? DEFAULT_INVITE_OPTION[seed.type],
    muteAllMembers: false,
    isSupportTopic: false,
    groupCustomField: seed.customFields ?? [],
    memberCount: 0,
    nextSeq: 1,
    chunkNos: [],
    bans: [],
  };
}

function stageSeed(ctx: GroupContext, tx: GroupTx, seed: GroupSeed, now: number): void {
  tx.setProfile(groupRecord(ctx, seed, now));
  const members: MemberSeed[] = [{ userID: seed.owner, role: TYPES.GRP_MBR_ROLE_OWNER }, ...seed.members];
  members.forEach((entry, index) => {
    const joined = now - 30 * DAY + index * 60;
    const member = stageJoin(tx, seed.groupID, entry.userID, entry.role ?? TYPES.GRP_MBR_ROLE_MEMBER, joined);
    if (entry.nameCard || entry.mutedFor || entry.customFields) {
      const edited: MemberRecord = {
        ...member,
        nameCard: entry.nameCard ?? '',
        muteUntil: entry.mutedFor ? now + entry.mutedFor : 0,
        customFields: entry.customFields ?? [],
      };
      tx.putMember(seed.groupID, edited);
    }
  });
}

function pick(available: readonly string[], wanted: readonly string[]): string[] {
  return wanted.filter((userID) => available.includes(userID));
}

/** Members of the big group beyond the demo accounts: every 500th muted, the first 40 with name cards. */
function bulkSeeds(bulk: BulkMembers): MemberSeed[] {
  const seeds: MemberSeed[] = [];
  for (let number = 1; number <= bulk.count; number++) {
    const seed: MemberSeed = { userID: bulkMemberID(bulk, number) };
    if (number % 500 === 0) seed.mutedFor = 7 * DAY;
    if (number <= 40) seed.nameCard = `Team ${1 + (number % 8)} · ${String(number).padStart(bulk.digits, '0')}`;
    if (number <= 10) seed.customFields = [{ key: 'dept', value: ['R&D', 'Sales', 'Ops'][number % 3] }];
    seeds.push(seed);
  }
  return seeds;
}

export function seedDemoGroups(ctx: GroupContext, now: number): void {
  const users: string[] = DEMO_USER_IDS.filter((userID) => ctx.accounts.hasRecord(userID));
  const has = (userID: string): boolean => users.includes(userID);
  if (!has('alice')) return;
  const extras = users.filter((userID) => !['alice', 'bob', 'carol', 'dave', 'erin', 'frank', 'grace', 'heidi'].includes(userID));
  const member = (userID: string, extra: Omit<MemberSeed, 'userID'> = {}): MemberSeed => ({ userID, ...extra });
  const seeds: GroupSeed[] = [];
  if (has('bob')) {
    seeds.push({
      groupID: '@TGS#1DEMOWORK',
      type: TYPES.GRP_WORK,
      name: 'Design Review 设计评审',
      introduction: 'Weekly design critique for the Phoenix app.',
      notification: 'Bring two screens you are unsure about.',
      owner: 'bob',
      members: [
        member('alice', { nameCard: 'Alice · iOS', customFields: [{ key: 'team', value: 'mobile' }] }),
        ...pick(users, ['carol', 'dave', 'erin']).map((userID) => member(userID)),
      ],
      customFields: [{ key: 'project', value: 'Phoenix' }],
    });
  }
  seeds.push({
    groupID: DEMO_PUBLIC_GROUP_ID,
    type: TYPES.GRP_PUBLIC,
    name: 'Coffee Lovers ☕',
    introduction: 'Beans, grinders and latte art. Ask to join!',
    notification: 'Tasting on Saturday 10:00 at the usual place.',
    owner: 'alice',
    joinOption: TYPES.JOIN_OPTIONS_NEED_PERMISSION,
    inviteOption: TYPES.INVITE_OPTIONS_NEED_PERMISSION,
    members: [
      ...pick(users, ['carol']).map((userID) => member(userID, { role: TYPES.GRP_MBR_ROLE_ADMIN, nameCard: 'Carol (barista)' })),
      ...pick(users, ['bob', 'dave', 'grace']).map((userID) => member(userID)),
      ...pick(users, ['frank']).map((userID) => member(userID, { mutedFor: DAY, nameCard: 'Frank 🍞' })),
      ...extras.slice(0, Math.ceil(extras.length / 2)).map((userID) => member(userID)),
    ],
    customFields: [
      { key: 'level', value: 'high' },
      { key: 'city', value: 'Shanghai' },
    ],
  });
  if (has('carol')) {
    seeds.push({
      groupID: '@TGS#3DEMOMEETING',
      type: TYPES.GRP_MEETING,
      name: 'Weekly Sync 周会',
      introduction: 'Monday stand-up for the whole team.',
      notification: 'Agenda in the doc; keep updates under two minutes.',
      owner: 'carol',
      inviteOption: TYPES.INVITE_OPTIONS_FREE_ACCESS,
      members: [
        member('alice', { role: TYPES.GRP_MBR_ROLE_ADMIN }),
        ...pick(users, ['bob', 'erin', 'heidi']).map((userID) => member(userID)),
        ...pick(users, ['dave']).map((userID) => member(userID, { mutedFor: 3600 })),
      ],
    });
  }
  if (has('dave')) {
    seeds.push({
      groupID: '@TGS#aDEMOLIVE',
      type: TYPES.GRP_AVCHATROOM,
      name: 'Live: Friday Demo 🎥',
      introduction: 'Live stream of the Friday product demo.',
      notification: 'Starts 17:00.',
      owner: 'dave',
      members: [member('alice'), ...pick(users, ['erin', 'grace']).map((userID) => member(userID))],
    });
  }
  if (has('grace')) {
    seeds.push({
      groupID: '@TGS#_DEMOCOMMUNITY',
      type: TYPES.GRP_COMMUNITY,
      name: 'Photography Club 摄影社',
      introduction: 'Street, film and everything in between.',
      notification: 'Theme of the month: reflections.',
      owner: 'grace',
      members: [
        member('alice', { role: TYPES.GRP_MBR_ROLE_ADMIN, customFields: [{ key: 'camera', value: 'Fuji X100V' }] }),
        ...pick(users, ['heidi']).map((userID) => member(userID, { role: TYPES.GRP_MBR_ROLE_ADMIN })),
        ...pick(users, ['frank']).map((userID) => member(userID, { role: TYPES.GRP_MBR_ROLE_CUSTOM, nameCard: 'Frank (judge)' })),
        ...pick(users, ['bob', 'carol', 'erin']).map((userID) => member(userID)),
        ...extras.slice(Math.ceil(extras.length / 2)).map((userID) => member(userID)),
      ],
      customFields: [{ key: 'theme', value: 'street' }],
    });
  }
  const bigSize = Math.min(6000, ctx.plan.maxMembersPerGroup);
  const admins = pick(users, ['bob', 'carol']);
  const others = users.filter((userID) => userID !== 'alice' && !admins.includes(userID));
  const bulk: BulkMembers = { prefix: 'member', digits: 4, count: Math.max(0, bigSize - 1 - admins.length - others.length) };
  seeds.push({
    groupID: BIG_GROUP_ID,
    type: TYPES.GRP_MEETING,
    name: 'All Hands 全员大群',
    introduction: `The whole company: ${bigSize} members.`,
    notification: 'Scroll the member list: it pages through all of them.',
    owner: 'alice',
    maxMemberCount: bigSize,
    members: [
      ...admins.map((userID) => member(userID, { role: TYPES.GRP_MBR_ROLE_ADMIN })),
      ...others.map((userID) => member(userID)),
      ...bulkSeeds(bulk),
    ],
  });

  const tx = ctx.tx();
  tx.setMeta({ bulk });
  for (const seed of seeds) stageSeed(ctx, tx, seed, now);
  // heidi asks alice's Public group (the one request alice sees in getGroupApplicationList).
  const applicant = has('heidi') ? 'heidi' : users.find((userID) => !memberOf(tx, DEMO_PUBLIC_GROUP_ID, userID));
  if (applicant && !memberOf(tx, DEMO_PUBLIC_GROUP_ID, applicant)) {
    const note = 'I brew a mean pour-over!';
    addApplication(tx, { type: 0, groupID: DEMO_PUBLIC_GROUP_ID, applicant, userID: '', note, time: now - 3600 });
  }
  tx.commit();
}
