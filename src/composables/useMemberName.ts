import type { GroupMember } from '@/src/chat/types';
import { useFriendsStore } from '@/src/stores/friends';
import { memberName } from '@/src/utils/names';

/**
 * What a group member is called on this screen: the remark you gave them as a friend first, then their
 * group name card, nickname, userID (names.ts memberName), as WeChat names members. Follows the friend list.
 */
export function useMemberName(): (member: Pick<GroupMember, 'nameCard' | 'nick' | 'userID'>) => string {
  const friends = useFriendsStore();
  return (member) => memberName(member, friends.remarkOf(member.userID));
}
