import { TYPES } from '../../constants';
import type { GroupRole, GroupType, InviteOption, JoinOption } from '../../constants';
import { COMMUNITY_ID_PREFIX } from './limits';

/**
 * What joining and inviting do, and which roles may be assigned (index.d.ts joinGroup/addGroupMember/
 * setGroupMemberRole; the group feature table, https://cloud.tencent.com/document/product/269/75697).
 * Who may do what is in ../../rules/group-permissions.ts, shared with the pages.
 */

const { GRP_WORK: WORK } = TYPES;
const OWNER = TYPES.GRP_MBR_ROLE_OWNER;
const ADMIN = TYPES.GRP_MBR_ROLE_ADMIN;

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
  if (inviteOption === TYPES.INVITE_OPTIONS_NEED_PERMISSION) return role === OWNER || role === ADMIN ? 'direct' : 'approval';
  return 'refused';
}

/** Roles setGroupMemberRole accepts, as the SDK checks them: Custom only in a Community (`@TGS#_` ID). */
export function assignableRoles(groupID: string): GroupRole[] {
  const roles: GroupRole[] = [ADMIN, TYPES.GRP_MBR_ROLE_MEMBER];
  if (groupID.startsWith(COMMUNITY_ID_PREFIX)) roles.push(TYPES.GRP_MBR_ROLE_CUSTOM);
  return roles;
}
