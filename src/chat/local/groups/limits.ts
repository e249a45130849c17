import { TYPES } from '../../constants';
import type { GroupType, InviteOption, JoinOption } from '../../constants';

export { GROUP_TYPES, INVITE_OPTIONS, JOIN_OPTIONS, REMIND_TYPES } from '../../constants';

// The byte limits and key shape are rules the app checks too (src/chat/rules/group-fields.ts).
export { CUSTOM_KEY_SHAPE, GROUP_BYTES } from '../../rules/group-fields';

/** Per-app limits of the docs, applied per group (no console registers keys here). */
export const MAX_GROUP_CUSTOM_KEYS = 10;
export const MAX_MEMBER_CUSTOM_KEYS = 5;

export const SYSTEM_ID_PREFIX = '@TGS#';
export const COMMUNITY_ID_PREFIX = '@TGS#_';

/** Per-call caps (index.d.ts createGroup/addGroupMember/getGroupMemberProfile; group-module.js getGroupMemberList). */
export const MAX_INITIAL_MEMBERS = 500;
export const MAX_ADD_MEMBERS = 500;
export const MAX_DELETE_MEMBERS = 500;
export const MAX_MEMBER_PROFILE_QUERY = 50;
export const MEMBER_PAGE_DEFAULT = 15;
export const MEMBER_PAGE_MAX = 100;


/**
 * maxMemberNum when createGroup does not give one ([DTS] L541). AVChatRoom has no limit, which the group
 * reports as 0 (UNCONFIRMED: what the live service reports for "no limit").
 */
export const DEFAULT_MAX_MEMBERS: Record<GroupType, number> = {
  Private: 200,
  Public: 2000,
  ChatRoom: 10000,
  AVChatRoom: 0,
  Community: 100000,
};

/** Fixed for Work/Meeting/AVChatRoom (the SDK drops joinOption there); Public and Community may change it. */
export const DEFAULT_JOIN_OPTION: Record<GroupType, JoinOption> = {
  Private: TYPES.JOIN_OPTIONS_DISABLE_APPLY,
  Public: TYPES.JOIN_OPTIONS_NEED_PERMISSION,
  ChatRoom: TYPES.JOIN_OPTIONS_FREE_ACCESS,
  AVChatRoom: TYPES.JOIN_OPTIONS_FREE_ACCESS,
  Community: TYPES.JOIN_OPTIONS_FREE_ACCESS,
};

/**
 * Work groups let any member invite; for the other types the docs say the default inviteOption
 * forbids invitations, which matches the d.ts ("Public/Meeting: only the app admin can invite") until an
 * owner or admin opens it. AVChatRoom never takes invitations (2661). UNCONFIRMED for Community, which the
 * feature table marks as inviting and the HarmonyOS doc as not by default; the latter is followed.
 */
export const DEFAULT_INVITE_OPTION: Record<GroupType, InviteOption> = {
  Private: TYPES.INVITE_OPTIONS_FREE_ACCESS,
  Public: TYPES.INVITE_OPTIONS_DISABLE_INVITE,
  ChatRoom: TYPES.INVITE_OPTIONS_DISABLE_INVITE,
  AVChatRoom: TYPES.INVITE_OPTIONS_DISABLE_INVITE,
  Community: TYPES.INVITE_OPTIONS_DISABLE_INVITE,
};

/** The plan the embedded service emulates: Enterprise (6000 members per group, 5000 groups per user). */
export const DEFAULT_PLAN = { maxMembersPerGroup: 6000, maxGroupsPerUser: 5000 } as const;

/** Members are stored in chunks of this many join sequence numbers: a change rewrites ≤ 200 members. */
export const CHUNK_SIZE = 200;
/** The per-user index of groups is spread over this many keys (a storage-format constant: never change). */
export const INDEX_BUCKETS = 64;
/** Handled applications kept so that a second decision gets 10024 rather than "unknown". */
export const HANDLED_APPLICATIONS_KEPT = 50;
