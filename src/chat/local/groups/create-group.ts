import { GROUP_NOTICE, TYPES } from '../../constants';
import type { GroupRole, GroupType } from '../../constants';
import type { CustomField, CreateGroupResult } from '../../types';
import type { Session } from '../core/session';
import { paramsFailed } from '../status';
import { announceNotice } from './announce';
import { GROUP_CODE } from './codes';
import { answer, refuse } from './context';
import type { GroupContext, GroupOutcome } from './context';
import { mergeGroupCustomFields, mergeMemberCustomFields, readMemberCustomFields, readProfileChanges } from './fields';
import { checkCustomGroupID, generateGroupID } from './group-id';
import {
  DEFAULT_INVITE_OPTION,
  DEFAULT_JOIN_OPTION,
  DEFAULT_MAX_MEMBERS,
  GROUP_TYPES,
  MAX_INITIAL_MEMBERS,
} from './limits';
import { stageJoin } from './membership';
import type { GroupRecord } from './model';
import { optionalArray, optionalNumber, readOptions, requireString } from './params';
import type { Options } from './params';
import { groupView } from './views';

const API = 'createGroup';

interface InitialMember {
  userID: string;
  role: GroupRole;
  customFields: CustomField[];
}

function readInitialMembers(options: Options, type: GroupType, ownerID: string): InitialMember[] {
  // The SDK drops the member list of an AVChatRoom ([GM] createGroup): nobody is added before joining.
  if (type === TYPES.GRP_AVCHATROOM) return [];
  const list = optionalArray(API, options, 'memberList') ?? [];
  if (list.length > MAX_INITIAL_MEMBERS) {
    // UNCONFIRMED code: 10005 is the server's "too many accounts in the request".
    throw refuse(GROUP_CODE.TOO_MANY_ACCOUNTS, `${API}: memberList may hold at most ${MAX_INITIAL_MEMBERS} members`);
  }
  const members = new Map<string, InitialMember>();
  for (const entry of list) {
    const userID: unknown = typeof entry === 'object' && entry !== null ? Reflect.get(entry, 'userID') : undefined;
    if (typeof userID !== 'string' || userID === '') {
      throw paramsFailed(API, 'every memberList entry needs a userID');
    }
    const role: unknown = Reflect.get(entry as object, 'role') ?? TYPES.GRP_MBR_ROLE_MEMBER;
    const adminAllowed = type !== TYPES.GRP_WORK;
    if (role !== TYPES.GRP_MBR_ROLE_MEMBER && !(adminAllowed && role === TYPES.GRP_MBR_ROLE_ADMIN)) {
      // UNCONFIRMED code: REST create_group takes Admin or Member, and Work groups have no admins.
      throw refuse(GROUP_CODE.INVALID_PARAMETER, `${API}: role ${String(role)} cannot be given to ${userID} in a ${type} group`);
    }
    const rawFields: unknown = Reflect.get(entry as object, 'memberCustomField');
    const customFields =
      rawFields === undefined ? [] : mergeMemberCustomFields(API, [], readMemberCustomFields(API, rawFields));
    if (userID !== ownerID && !members.has(userID)) members.set(userID, { userID, role: role as GroupRole, customFields });
  }
  return [...members.values()];
}

function readMaxMembers(ctx: GroupContext, options: Options, type: GroupType): number {
  const asked = optionalNumber(API, options, 'maxMemberNum');
  if (asked !== undefined && (!Number.isInteger(asked) || asked < 1)) {
    throw refuse(GROUP_CODE.INVALID_PARAMETER, `${API}: maxMemberNum must be a positive integer`);
  }
  const wanted = asked ?? DEFAULT_MAX_MEMBERS[type];
  // UNCONFIRMED: a maxMemberNum above the plan's cap is lowered to it (REST: "default: the plan's limit").
  return type === TYPES.GRP_AVCHATROOM ? wanted : Math.min(wanted, ctx.plan.maxMembersPerGroup);
}

/** createGroup: the SDK's checks in its order (schema, 2600, 2602), then the server's. */
export function createGroup(ctx: GroupContext, session: Session, raw: unknown): GroupOutcome<CreateGroupResult> {
  const options = readOptions(API, raw);
  requireString(API, options, 'name');
  const type = options.type as GroupType;
  if (!GROUP_TYPES.includes(type)) {
    throw refuse(GROUP_CODE.ILLEGAL_GROUP_TYPE, `${API}: type must be one of ${GROUP_TYPES.join(', ')}`);
  }
  const rawID = options.groupID;
  if (rawID !== undefined && rawID !== null && typeof rawID !== 'string') {
    throw paramsFailed(API, 'groupID must be a string');
  }
  const customID = typeof rawID === 'string' && rawID !== '' ? rawID : undefined;
  if (customID !== undefined) checkCustomGroupID(type, customID);

  const me = session.userID;
  const changes = readProfileChanges(API, options, type);
  const groupCustomField = mergeGroupCustomFields(API, [], changes.groupCustomField ?? []);
  const maxMemberCount = readMaxMembers(ctx, options, type);
  const initial = readInitialMembers(options, type, me);
  const state = ctx.state;

  if (ctx.atGroupLimit(me, type)) {
    throw refuse(GROUP_CODE.TOO_MANY_GROUPS, `${API}: ${me} is already in ${ctx.plan.maxGroupsPerUser} groups`);
  }
  if (customID !== undefined) {
    const existing = state.profile(customID);
    if (existing) {
      const mine = existing.ownerID === me;
      throw refuse(
        mine ? GROUP_CODE.GROUP_ID_IN_USE_BY_OWNER : GROUP_CODE.GROUP_ID_IN_USE,
        `${API}: groupID ${customID} is already used${mine ? ' by a group you own' : ''}`,
      );
    }
  }
  const unknown = initial.filter((member) => !ctx.accounts.exists(member.userID)).map((member) => member.userID);
  if (unknown.length > 0) {
    // UNCONFIRMED: the whole creation is refused with 10019 ("account does not exist").
    throw refuse(GROUP_CODE.ACCOUNT_NOT_FOUND, `${API}: no such account: ${unknown.join(', ')}`);
  }
  const overLimit = initial.filter((member) => ctx.atGroupLimit(member.userID, type)).map((member) => member.userID);
  const admitted = initial.filter((member) => !overLimit.includes(member.userID));
  if (maxMemberCount > 0 && 1 + admitted.length > maxMemberCount) {
    // UNCONFIRMED: 10038 ("member count limit") for an initial list that does not fit.
    throw refuse(GROUP_CODE.MEMBER_COUNT_LIMIT, `${API}: ${1 + admitted.length} members exceed maxMemberNum ${maxMemberCount}`);
  }

  const now = ctx.nowSec();
  const groupID = customID ?? generateGroupID(type, (id) => state.profile(id) !== undefined);
  const record: GroupRecord = {
    groupID,
    type,
    name: changes.name ?? '',
    avatar: changes.avatar ?? '',
    introduction: changes.introduction ?? '',
    notification: changes.notification ?? '',
    ownerID: me,
    createTime: now,
    infoSequence: 1,
    lastInfoTime: now,
    maxMemberCount,
    joinOption: changes.joinOption ?? DEFAULT_JOIN_OPTION[type],
    inviteOption: changes.inviteOption ?? DEFAULT_INVITE_OPTION[type],
    muteAllMembers: changes.muteAllMembers ?? false,
    // The SDK sends isSupportTopic for Communities only.
    isSupportTopic: type === TYPES.GRP_COMMUNITY && options.isSupportTopic === true,
    groupCustomField,
    memberCount: 0,
    nextSeq: 1,
    chunkNos: [],
    bans: [],
  };
  const tx = ctx.tx();
  tx.setProfile(record);
  const owner = stageJoin(tx, groupID, me, TYPES.GRP_MBR_ROLE_OWNER, now);
  for (const member of admitted) stageJoin(tx, groupID, member.userID, member.role, now, member.customFields);
  tx.commit();

  const created = state.profile(groupID) ?? record;
  // Notice 6 goes to the creator ("创建群(创建者接收, 不展示)", TIMGroupReportType kTIMGroupReport_Create):
  // its other instances; the Web SDK shows it as a message and does nothing else with it. UNCONFIRMED:
  // initial members are pulled in like invitees (notice 7, on which the SDK fetches the group and emits
  // the list), and no JOIN tip is sent for them (the group's first message is the SDK's own group_create
  // custom message).
  const invited = admitted.map((member) => member.userID);
  announceNotice(ctx, [me], created, { operationType: GROUP_NOTICE.CREATED, operatorID: me }, session);
  announceNotice(ctx, invited, created, { operationType: GROUP_NOTICE.INVITED, operatorID: me });
  // The SDK emits no list update for an AVChatRoom, nor for a Community with topics ([GM] createGroup).
  const emits = type !== TYPES.GRP_AVCHATROOM && !created.isSupportTopic;
  ctx.notifyLists(invited);
  if (emits) ctx.notifyLists([me], session);
  return answer({ group: groupView(created, owner), overLimitUserIDList: overLimit }, emits);
}
