import { TYPES } from '../../constants';
import type { GroupRole, GroupType, InviteOption, JoinOption } from '../../constants';

/**
 * The permission matrix of shared/notes/tencent-chat-rules.md §3 as plain functions. `role` undefined means
 * "not a member". Community's 'Custom' role has a member's powers.
 */

const { GRP_WORK: WORK, GRP_AVCHATROOM: AV } = TYPES;
const OWNER = TYPES.GRP_MBR_ROLE_OWNER;
const ADMIN = TYPES.GRP_MBR_ROLE_ADMIN;

function rank(role: GroupRole | undefined): number {
  if (role === OWNER) return 3;
  if (role === ADMIN) return 2;
  return role === undefined ? 0 : 1;
}

/** Work: any member; AVChatRoom: the owner; the others: owner and admins. */
export function mayModifyProfile(type: GroupType, role: GroupRole | undefined): boolean {
  if (role === undefined) return false;
  if (type === WORK) return true;
  if (type === AV) return role === OWNER;
  return rank(role) >= 2;
}

/** Kick (and, for AVChatRoom, ban): Work and AVChatRoom owner only; elsewhere the owner, or an admin over members. */
export function mayKick(type: GroupType, actor: GroupRole | undefined, target: GroupRole): boolean {
  if (target === OWNER) return false;
  if (type === WORK || type === AV) return actor === OWNER;
  return rank(actor) >= 2 && rank(actor) > rank(target);
}

/** Mute: same as kick; Work groups cannot mute at all (checked before this). */
export function mayMute(type: GroupType, actor: GroupRole | undefined, target: GroupRole): boolean {
  return mayKick(type, actor, target);
}

/** Name card and member custom fields: owner anyone, admin self and members, member self only. */
export function mayEditMember(actor: GroupRole | undefined, target: GroupRole, isSelf: boolean): boolean {
  if (actor === undefined) return false;
  if (isSelf) return true;
  if (actor === OWNER) return true;
  return actor === ADMIN && rank(target) === 1;
}

export function mayManageApplications(role: GroupRole | undefined): boolean {
  return rank(role) >= 2;
}

export type AdmissionMode = 'direct' | 'approval' | 'refused';

/** What a request to join does, by type and joinOption (§1.4). */
export function joinMode(type: GroupType, joinOption: JoinOption): AdmissionMode {
  if (type === WORK) return 'refused';
  if (type === TYPES.GRP_PUBLIC || type === TYPES.GRP_COMMUNITY) {
    if (joinOption === TYPES.JOIN_OPTIONS_FREE_ACCESS) return 'direct';
    return joinOption === TYPES.JOIN_OPTIONS_NEED_PERMISSION ? 'approval' : 'refused';
  }
  return 'direct';
}

/**
 * What an invitation by a member with `role` does (Web SDK Group doc, v2.27.0+): FreeAccess lets any member
 * add people; NeedPermission lets owner and admins add directly while a member's invitees wait for their
 * approval; DisableInvite stops everyone, owner included (only the app admin, via REST, may then add).
 */
export function inviteMode(inviteOption: InviteOption, role: GroupRole): AdmissionMode {
  if (inviteOption === TYPES.INVITE_OPTIONS_FREE_ACCESS) return 'direct';
  if (inviteOption === TYPES.INVITE_OPTIONS_NEED_PERMISSION) return rank(role) >= 2 ? 'direct' : 'approval';
  return 'refused';
}

/** Types whose owner may not leave (10009): every type but Work. */
export function ownerMayQuit(type: GroupType): boolean {
  return type === WORK;
}

/** Roles setGroupMemberRole accepts, as the SDK checks them: Custom only in a Community (`@TGS#_` ID). */
export function assignableRoles(groupID: string): GroupRole[] {
  const roles: GroupRole[] = [ADMIN, TYPES.GRP_MBR_ROLE_MEMBER];
  if (groupID.startsWith('@TGS#_')) roles.push(TYPES.GRP_MBR_ROLE_CUSTOM);
  return roles;
}
