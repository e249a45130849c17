/**
 * Every page of the app, and so the mini program package it ships in. WeChat downloads the main package
 * before the first screen, a subpackage when one of its pages opens (or earlier, by pages.json's
 * `preloadRule`).
 *
 * The rule: the tab pages (src/app/tabs.ts) and the first screen live in the main package, under
 * `src/pages/`; every other page lives in the subpackage of its domain, under that subpackage's root
 * (`<root>/<page>/<page>.vue`). A new page goes into one of SUBPACKAGES, declared in pages.json under that
 * root's `subPackages` entry; a main-package page that is not a tab needs a line in MAIN_PAGE_REASONS.
 * test/unit/app/packages.test.ts fails until pages.json, this file and the tabs agree, and the mini program
 * suite checks the built packages against WeChat's rules (test/mp/packages.test.ts).
 */
export const SUBPACKAGES = {
  /** Profile editing, user cards, search and the blocklist (friends and contacts join it). */
  people: 'src/subpackages/people',
  /** Group info, members, creation, search and join requests (group notices join it). */
  groups: 'src/subpackages/groups',
  /** A conversation and a forwarded chat history. */
  chat: 'src/subpackages/chat',
  /**
   * No pages: the chat backend (embedded service, or SDK + upload plugin in cloud mode), loaded with
   * WeChat's require.async by the build (build/mp-packages.ts) while the login page shows.
   */
  backend: 'src/subpackages/backend',
  /**
   * No pages: the pinyin reader (src/utils/pinyin-reader.ts with its table, ≈ 29 KB), loaded with
   * require.async by the screens that sort contacts A–Z (src/platform/load-pinyin.ts).
   */
  pinyin: 'src/subpackages/pinyin',
} as const;

export type SubpackageName = keyof typeof SUBPACKAGES;

export const ROUTES = {
  login: 'src/pages/login/login',
  profile: 'src/pages/profile/profile',
  groups: 'src/subpackages/groups/groups/groups',
  profileEdit: 'src/subpackages/people/profile-edit/profile-edit',
  userSearch: 'src/subpackages/people/user-search/user-search',
  user: 'src/subpackages/people/user/user',
  blocklist: 'src/subpackages/people/blocklist/blocklist',
  groupCreate: 'src/subpackages/groups/group-create/group-create',
  groupSearch: 'src/subpackages/groups/group-search/group-search',
  groupApplications: 'src/subpackages/groups/group-applications/group-applications',
  group: 'src/subpackages/groups/group/group',
  members: 'src/subpackages/groups/members/members',
  groupEdit: 'src/subpackages/groups/group-edit/group-edit',
  memberAdd: 'src/subpackages/groups/member-add/member-add',
  memberFields: 'src/subpackages/groups/member-fields/member-fields',
  chatMerged: 'src/subpackages/chat/chat-merged/chat-merged',
  conversations: 'src/pages/conversations/conversations',
  groupNotices: 'src/subpackages/groups/group-notices/group-notices',
  contacts: 'src/pages/contacts/contacts',
  friendRequests: 'src/subpackages/people/friend-requests/friend-requests',
  friendApply: 'src/subpackages/people/friend-apply/friend-apply',
  friendRemark: 'src/subpackages/people/friend-remark/friend-remark',
  friendGroups: 'src/subpackages/people/friend-groups/friend-groups',
  friendGroup: 'src/subpackages/people/friend-group/friend-group',
  friendMembership: 'src/subpackages/people/friend-membership/friend-membership',
  groupAttributes: 'src/subpackages/groups/group-attributes/group-attributes',
  /** The chat screen of one conversation (`?conversationID=C2C<userID>` or `GROUP<groupID>`). */
  chat: 'src/subpackages/chat/chat/chat',
} as const;

/**
 * Main-package pages that are not tab pages, each with the reason it cannot wait for a subpackage. Every
 * other non-tab page must be in a subpackage: the checks above fail otherwise.
 */
export const MAIN_PAGE_REASONS: Readonly<Record<string, string>> = {
  [ROUTES.login]: 'the first screen: it must paint before any subpackage has downloaded',
};

/** The subpackage a route lives in, or null for the main package. */
export function subpackageOf(route: string): SubpackageName | null {
  const entry = Object.entries(SUBPACKAGES).find(([, root]) => route.startsWith(`${root}/`));
  return entry ? (entry[0] as SubpackageName) : null;
}

export function pageUrl(route: string, query: Record<string, string> = {}): string {
  const search = Object.entries(query)
    .map(([key, value]) => `${key}=${encodeURIComponent(value)}`)
    .join('&');
  return search ? `/${route}?${search}` : `/${route}`;
}
