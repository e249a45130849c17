import { TYPES, type GroupRole } from '@/src/chat/constants';
import type { GroupSelfInfo } from '@/src/chat/types';

/**
 * The caller's role in a group. A group seen from outside has the SDK's blank selfInfo (role ''),
 * which counts as a plain member.
 */
export function myRoleIn(group: { selfInfo: Pick<GroupSelfInfo, 'role'> } | null | undefined): GroupRole {
  return group?.selfInfo.role || TYPES.GRP_MBR_ROLE_MEMBER;
}
