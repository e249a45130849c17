export const ROUTES = {
  login: 'src/pages/login/login',
  profile: 'src/pages/profile/profile',
  profileEdit: 'src/pages/profile-edit/profile-edit',
  userSearch: 'src/pages/user-search/user-search',
  user: 'src/pages/user/user',
  blocklist: 'src/pages/blocklist/blocklist',
  groups: 'src/pages/groups/groups',
  groupCreate: 'src/pages/group-create/group-create',
  groupSearch: 'src/pages/group-search/group-search',
  groupApplications: 'src/pages/group-applications/group-applications',
  group: 'src/pages/group/group',
  members: 'src/pages/members/members',
  chatMerged: 'src/pages/chat-merged/chat-merged',
  groupEdit: 'src/pages/group-edit/group-edit',
  memberAdd: 'src/pages/member-add/member-add',
  memberFields: 'src/pages/member-fields/member-fields',
  conversations: 'src/pages/conversations/conversations',
  groupNotices: 'src/pages/group-notices/group-notices',
  contacts: 'src/pages/contacts/contacts',
  friendRequests: 'src/pages/friend-requests/friend-requests',
  friendApply: 'src/pages/friend-apply/friend-apply',
  friendRemark: 'src/pages/friend-remark/friend-remark',
  friendGroups: 'src/pages/friend-groups/friend-groups',
  friendGroup: 'src/pages/friend-group/friend-group',
  friendMembership: 'src/pages/friend-membership/friend-membership',
  groupAttributes: 'src/pages/group-attributes/group-attributes',
  /** The chat screen of one conversation (`?conversationID=C2C<userID>` or `GROUP<groupID>`). */
  chat: 'src/pages/chat/chat',
} as const;

export function pageUrl(route: string, query: Record<string, string> = {}): string {
  const search = Object.entries(query)
    .map(([key, value]) => `${key}=${encodeURIComponent(value)}`)
    .join('&');
  return search ? `/${route}?${search}` : `/${route}`;
}
