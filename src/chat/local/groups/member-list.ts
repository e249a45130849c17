import { GROUP_ROLES, TYPES } from '../../constants';
import type { GroupRole } from '../../constants';
import type { GroupMember, GroupMemberListResult, GroupMemberProfileResult } from '../../types';
import type { Session } from '../core/session';
import { paramsFailed } from '../status';
import { GROUP_CODE } from './codes';
import { answer, refuse } from './context';
import type { GroupContext, GroupOutcome } from './context';
import { MAX_MEMBER_PROFILE_QUERY, MEMBER_PAGE_DEFAULT, MEMBER_PAGE_MAX } from './limits';
import type { MemberRecord } from './model';
import { optionalArray, optionalNumber, readOptions, requireArray, requireString, stringList } from './params';
import type { Options } from './params';
import { memberOf, membersAfter } from './reader';
import { memberView } from './views';
import type { KeyFilter } from './views';

const LIST_ROLES: readonly GroupRole[] = GROUP_ROLES.filter((role) => role !== TYPES.GRP_MBR_ROLE_CUSTOM);

/**
 * `offset` is a cursor, not an index: the join sequence number of the last member already seen, 0 to start.
 * Members are listed in join order and sequence numbers are never reused, so pages neither repeat nor skip
 * anyone while others join or leave between pages (someone who joins meanwhile appears at the end). In a
 * group nobody has left, sequence n is the n-th member, so the cursor equals the SDK's `offset + count`.
 * Community's string `next` cursor is accepted in its numeric form.
 */
function readCursor(api: string, options: Options): number {
  const offset = options.offset;
  if (offset === undefined || offset === null || offset === '') return 0;
  if (typeof offset === 'number' && Number.isInteger(offset) && offset >= 0) return offset;
  if (typeof offset === 'string' && /^\d+$/.test(offset)) return Number(offset);
  throw paramsFailed(api, 'offset must be a cursor returned by the last page');
}

/**
 * count: 15 by default, at most 100 ([GM] limit). UNCONFIRMED: a count below 1 is taken as the default (the
 * SDK would send limit 0, which the REST API reads as "everyone"). The SDK ends paging when a page comes back
 * shorter than the count it asked for; comparing with the clamped count here (not the SDK's raw count > 100,
 * which ends paging after the first page) keeps paging going.
 */
function readCount(api: string, options: Options): number {
  const count = optionalNumber(api, options, 'count');
  if (count === undefined || count < 1) return MEMBER_PAGE_DEFAULT;
  return Math.min(MEMBER_PAGE_MAX, Math.floor(count));
}

function view(ctx: GroupContext, member: MemberRecord, filter: KeyFilter | 'none'): GroupMember {
  return memberView(member, ctx.accounts.card(member.userID), ctx.accounts.isOnline(member.userID), filter);
}

/**
 * An AVChatRoom lists the members online, as its member-list API does (AV_MBR_LIST); they are few, so they
 * are found through the online accounts instead of the stored members.
 */
function onlineRoomMembers(ctx: GroupContext, groupID: string, afterSeq: number): MemberRecord[] {
  return ctx.accounts
    .onlineUserIDs()
    .map((userID) => memberOf(ctx.state, groupID, userID))
    .filter((member): member is MemberRecord => member !== undefined && member.seq > afterSeq)
    .sort((a, b) => a.seq - b.seq);
}

export function getGroupMemberList(ctx: GroupContext, session: Session, raw: unknown): GroupOutcome<GroupMemberListResult> {
  const api = 'getGroupMemberList';
  const options = readOptions(api, raw);
  const groupID = requireString(api, options, 'groupID');
  const count = readCount(api, options);
  const cursor = readCursor(api, options);
  // The SDK passes a role filter only when it is Owner, Admin or Member, and ignores anything else.
  const role = LIST_ROLES.find((candidate) => candidate === options.role);
  const local = ctx.localGroup(groupID, session.userID);
  // The SDK answers an empty finished list, without asking, for a group it does not have ([GM] L4543).
  if (!local) return answer({ memberList: [], offset: 0 });

  const source =
    local.group.type === TYPES.GRP_AVCHATROOM ? onlineRoomMembers(ctx, groupID, cursor) : membersAfter(ctx.state, groupID, cursor);
  const page: MemberRecord[] = [];
  let more = false;
  for (const member of source) {
    if (role !== undefined && member.role !== role) continue;
    if (page.length === count) {
      more = true;
      break;
    }
    page.push(member);
  }
  const offset = more ? page[page.length - 1].seq : 0;
  return answer({ memberList: page.map((member) => view(ctx, member, 'none')), offset });
}

/**
 * At most 50 IDs are asked (the rest dropped); the answer keeps request order and leaves out non-members.
 * AVChatRoom members have no stored profile (2687). UNCONFIRMED: a non-member asking gets 10007.
 */
export function getGroupMemberProfile(ctx: GroupContext, session: Session, raw: unknown): GroupOutcome<GroupMemberProfileResult> {
  const api = 'getGroupMemberProfile';
  const options = readOptions(api, raw);
  const groupID = requireString(api, options, 'groupID');
  const userIDs = stringList(api, 'userIDList', requireArray(api, options, 'userIDList')).slice(0, MAX_MEMBER_PROFILE_QUERY);
  const filterList = optionalArray(api, options, 'memberCustomFieldFilter');
  const filter = filterList === undefined ? undefined : stringList(api, 'memberCustomFieldFilter', filterList);
  if (ctx.localGroup(groupID, session.userID)?.group.type === TYPES.GRP_AVCHATROOM) {
    throw refuse(GROUP_CODE.NOT_SUPPORTED_IN_AVCHATROOM, `${api}: AVChatRoom members have no profiles`);
  }
  ctx.requireGroup(api, groupID);
  ctx.requireMember(api, groupID, session.userID);
  const memberList: GroupMember[] = [];
  for (const userID of userIDs) {
    const member = memberOf(ctx.state, groupID, userID);
    if (member) memberList.push(view(ctx, member, filter));
  }
  return answer({ memberList });
}
