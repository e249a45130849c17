import type { GroupMember } from '@/src/chat/types';

/** What a member is called in a group: the group name card, else the nickname, else the userID. */
export function memberName(member: Pick<GroupMember, 'nameCard' | 'nick' | 'userID'>): string {
  return member.nameCard || member.nick || member.userID;
}
