/**
 * Helpers of the group and member contract suites, in the SDK's terms only (ChatPort), so that they hold
 * against Tencent Cloud Chat as well as the embedded service.
 */
import { TYPES } from '@/src/chat/constants';
import type { GroupRole, GroupType } from '@/src/chat/constants';
import type { ChatPort, CreateGroupOptions } from '@/src/chat/port';
import type { Group, GroupMember } from '@/src/chat/types';
import { createTestUsers, eventsDelivered, freeTrial, rejectionCode } from './harness';

export const ALL_TYPES: GroupType[] = [
  TYPES.GRP_WORK,
  TYPES.GRP_PUBLIC,
  TYPES.GRP_MEETING,
  TYPES.GRP_AVCHATROOM,
  TYPES.GRP_COMMUNITY,
];

/** Types with an Admin role (Work and AVChatRoom have Owner and Member only: Tencent's group overview, https://cloud.tencent.com/document/product/269/75697). */
export const ADMIN_TYPES: GroupType[] = [TYPES.GRP_PUBLIC, TYPES.GRP_MEETING, TYPES.GRP_COMMUNITY];

export function uid(chat: ChatPort): string {
  return chat.getLoginUser();
}

/** Options the SDK typings would refuse at compile time. */
export function raw<T>(value: unknown): T {
  return value as T;
}

/** Unique per run: a custom groupID must not collide with earlier runs on the real service. */
export function customGroupID(type: GroupType, tag = 'g'): string {
  const unique = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 8)}`;
  return type === TYPES.GRP_COMMUNITY ? `@TGS#_ct${tag}${unique}` : `ct_${tag}_${unique}`;
}

/**
 * The code of a refusal, whether the call rejects or throws before returning a promise (the SDK's schema
 * middleware throws "Params validate failed." without a code: NaN here, -1 from the embedded service).
 */
export function refusal(call: () => Promise<unknown>): Promise<number> {
  return rejectionCode(Promise.resolve().then(call));
}

export function isSchemaFailure(code: number): boolean {
  return code === -1 || Number.isNaN(code);
}

export async function createGroupOf(
  owner: ChatPort,
  type: GroupType,
  members: ChatPort[] = [],
  extra: Partial<CreateGroupOptions> = {},
): Promise<Group> {
  const room = type === TYPES.GRP_AVCHATROOM;
  const { group } = (
    await owner.createGroup({
      type,
      name: `ct ${type}`,
      ...(room ? {} : { memberList: members.map((member) => ({ userID: uid(member) })) }),
      ...extra,
    })
  ).data;
  // An AVChatRoom takes no member list; its owner enters it like everyone else, as the doc asks.
  if (room) {
    await owner.joinGroup({ groupID: group.groupID });
    for (const member of members) await member.joinGroup({ groupID: group.groupID });
  }
  return group;
}

/** Every member, page by page as an app would read them. */
export async function allMembers(chat: ChatPort, groupID: string, count = 100): Promise<GroupMember[]> {
  const members: GroupMember[] = [];
  let offset = 0;
  for (let page = 0; page < 100; page++) {
    const { data } = await chat.getGroupMemberList({ groupID, count, offset });
    members.push(...data.memberList);
    if (data.offset === 0) return members;
    offset = data.offset;
  }
  throw new Error('member paging did not finish');
}

/** What a refused call must leave as it was: the profile and every member's role, card and mute. */
export async function snapshot(chat: ChatPort, groupID: string): Promise<unknown> {
  const { group } = (await chat.getGroupProfile({ groupID })).data;
  const members = (await allMembers(chat, groupID)).map(({ userID, role, nameCard, muteUntil }) => ({ userID, role, nameCard, muteUntil }));
  members.sort((a, b) => a.userID.localeCompare(b.userID));
  const { selfInfo, ...profile } = group;
  return { profile, role: selfInfo.role, members };
}

export type SquadRole = 'Owner' | 'Admin' | 'Member' | 'Outsider';

/**
 * A group of `type` with an owner, an admin and a second admin (where the type has admins), two members
 * and someone outside it: the actors and targets of the permission matrix.
 */
export interface Squad {
  type: GroupType;
  groupID: string;
  owner: ChatPort;
  admin: ChatPort;
  admin2: ChatPort;
  member: ChatPort;
  member2: ChatPort;
  outsider: ChatPort;
  actor(role: SquadRole): ChatPort;
}

export async function squad(type: GroupType): Promise<Squad> {
  const [owner, admin, admin2, member, member2, outsider] = await createTestUsers(6);
  const hasAdmins = ADMIN_TYPES.includes(type);
  const inside = hasAdmins ? [admin, admin2, member, member2] : [member, member2];
  const group = await createGroupOf(owner, type, inside);
  if (hasAdmins) {
    for (const promoted of [admin, admin2]) {
      await owner.setGroupMemberRole({ groupID: group.groupID, userID: uid(promoted), role: TYPES.GRP_MBR_ROLE_ADMIN as GroupRole });
    }
  }
  // Let the notices of the set-up reach everyone, so that a test watching for events sees only its own.
  await eventsDelivered();
  const byRole: Record<SquadRole, ChatPort> = { Owner: owner, Admin: admin, Member: member, Outsider: outsider };
  return { type, groupID: group.groupID, owner, admin, admin2, member, member2, outsider, actor: (role) => byRole[role] };
}

export function roleOf(members: GroupMember[], userID: string): string | undefined {
  return members.find((member) => member.userID === userID)?.role;
}

/** A matrix cell: allowed, refused with a documented code, or refused with a code the docs leave open. */
export type Expectation = true | number | 'refused';

export type MatrixTable = Partial<Record<GroupType, Partial<Record<SquadRole, Expectation>>>>;

export function cells(table: MatrixTable): Array<[GroupType, SquadRole, Expectation]> {
  const list: Array<[GroupType, SquadRole, Expectation]> = [];
  for (const type of ALL_TYPES) {
    for (const [role, expected] of Object.entries(table[type] ?? {})) list.push([type, role as SquadRole, expected]);
  }
  if (!freeTrial) return list;
  // Free Trial budget (harness.ts): each role's outcome is shown once, on the first type (in ALL_TYPES order:
  // Work, Public, Meeting, AVChatRoom, Community) where it occurs; the local run covers every cell.
  const seen = new Set<string>();
  return list.filter(([, role, expected]) => {
    const key = `${role}:${String(expected)}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** The same cells for Public, Meeting and Community. */
export function adminTypes(row: Partial<Record<SquadRole, Expectation>>): MatrixTable {
  return Object.fromEntries(ADMIN_TYPES.map((type) => [type, row]));
}

/**
 * Runs one cell: an allowed action must succeed and `verify` its effect; a refused one must be refused
 * (with the code, when documented) and leave the group exactly as it was.
 */
export async function expectCell(
  group: Squad,
  role: SquadRole,
  expected: Expectation,
  run: (actor: ChatPort) => Promise<unknown>,
  verify: () => Promise<void>,
): Promise<void> {
  const before = await snapshot(group.owner, group.groupID);
  if (expected === true) {
    await run(group.actor(role));
    await verify();
    return;
  }
  const code = await refusal(() => run(group.actor(role)));
  if (typeof expected === 'number') expect(code).toBe(expected);
  expect(await snapshot(group.owner, group.groupID)).toEqual(before);
}
