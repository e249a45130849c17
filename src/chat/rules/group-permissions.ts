import { TYPES, type GroupRole, type GroupType, type InviteOption } from '../constants';

/**
 * Who may do what in a group, per group type and role: the permission matrix of Tencent Cloud Chat's group
 * feature table (https://cloud.tencent.com/document/product/269/75697), the SDK's index.d.ts (joinGroup,
 * setGroupMemberRole, setGroupMemberNameCard, changeGroupOwner) and the role checks of
 * @tencentcloud/chat/modules/group-module.js. Pages use it to show only what is allowed; the service
 * enforces the same rules.
 */

const { GRP_WORK: WORK, GRP_AVCHATROOM: AV, GRP_PUBLIC: PUBLIC, GRP_COMMUNITY: COMMUNITY } = TYPES;
const OWNER = TYPES.GRP_MBR_ROLE_OWNER;
const ADMIN = TYPES.GRP_MBR_ROLE_ADMIN;
const MEMBER = TYPES.GRP_MBR_ROLE_MEMBER;

function isManager(role: GroupRole): boolean {
  return role === OWNER || role === ADMIN;
}

/** Name, avatar, introduction, notification, custom fields, mute-all. */
export function canEditGroupProfile(type: GroupType, role: GroupRole): boolean {
  if (type === WORK) return true;
  if (type === AV) return role === OWNER;
  return isManager(role);
}

/** The SDK silently drops joinOption except for Public and Community groups. */
export function canEditJoinOption(type: GroupType, role: GroupRole): boolean {
  return (type === PUBLIC || type === COMMUNITY) && canEditGroupProfile(type, role);
}

export function canEditInviteOption(type: GroupType, role: GroupRole): boolean {
  return type !== WORK && type !== AV && canEditGroupProfile(type, role);
}

/** Work groups do not support muting. */
export function canMuteAll(type: GroupType, role: GroupRole): boolean {
  return type !== WORK && canEditGroupProfile(type, role);
}

/**
 * AVChatRoom: nobody (2661). Otherwise the group's inviteOption decides, for every role (Web SDK Group doc):
 * FreeAccess lets anyone in the group add people, NeedPermission too (owner and admins directly, a member's
 * invitees wait for approval), DisableInvite nobody, owner included. Work groups default to FreeAccess, the
 * other types to DisableInvite.
 */
export function canInvite(type: GroupType, _role: GroupRole, inviteOption: InviteOption): boolean {
  return type !== AV && inviteOption !== TYPES.INVITE_OPTIONS_DISABLE_INVITE;
}

/** Outranks: the owner over everyone, an admin over ordinary members. */
function outranks(mine: GroupRole, theirs: GroupRole): boolean {
  if (mine === OWNER) return theirs !== OWNER;
  return mine === ADMIN && (theirs === MEMBER || theirs === TYPES.GRP_MBR_ROLE_CUSTOM);
}

export function canKick(type: GroupType, mine: GroupRole, theirs: GroupRole, isSelf: boolean): boolean {
  if (isSelf || type === AV) return false;
  if (type === WORK) return mine === OWNER && theirs !== OWNER;
  return outranks(mine, theirs);
}

export function canMute(type: GroupType, mine: GroupRole, theirs: GroupRole, isSelf: boolean): boolean {
  if (isSelf || type === WORK) return false;
  if (type === AV) return mine === OWNER && theirs !== OWNER;
  return outranks(mine, theirs);
}

/** Only the owner appoints admins; Work and AVChatRoom have no admin role. */
export function canSetRole(type: GroupType, mine: GroupRole, theirs: GroupRole, isSelf: boolean): boolean {
  if (isSelf || type === WORK || type === AV) return false;
  return mine === OWNER && theirs !== OWNER;
}

/** Owner: anyone; admin: self and members; member: self. Not in AVChatRoom (2687). */
export function canSetNameCard(type: GroupType, mine: GroupRole, theirs: GroupRole, isSelf: boolean): boolean {
  if (type === AV) return false;
  return isSelf || outranks(mine, theirs);
}

export function canSetMemberCustomField(type: GroupType, mine: GroupRole, theirs: GroupRole, isSelf: boolean): boolean {
  return canSetNameCard(type, mine, theirs, isSelf);
}

export function canTransferOwner(type: GroupType, role: GroupRole): boolean {
  return type !== AV && role === OWNER;
}

/** Work groups can only be dismissed by an app admin through the REST API. */
export function canDismiss(type: GroupType, role: GroupRole): boolean {
  return type !== WORK && role === OWNER;
}

/** Owners of every type but Work must transfer ownership first (10009). */
export function canQuit(type: GroupType, role: GroupRole): boolean {
  return type === WORK || role !== OWNER;
}

export function canHandleApplications(role: GroupRole): boolean {
  return isManager(role);
}

/** Admin is a role only in Public, Meeting and Community groups. */
export function rolesOf(type: GroupType): GroupRole[] {
  return type === WORK || type === AV ? [OWNER, MEMBER] : [OWNER, ADMIN, MEMBER];
}
