import { ROUTES } from '@/src/app/routes';
import { fill, type Screen } from './gallery-groups';

const COFFEE = '@TGS#2DEMOPUBLIC';

/**
 * The Contacts screens, signed in as alice: ten friends (two with remarks), two friend groups, judy's and
 * victor's requests waiting for her and hers to erin, bob a friend, ivan a stranger who accepts everyone,
 * sybil one who approves by hand, heidi one who takes no requests.
 */
export const CONTACT_SCREENS: Screen[] = [
  { name: 'contacts', route: ROUTES.contacts, ready: '.contact-row' },
  { name: 'contacts-end', route: ROUTES.contacts, ready: '.contact-row', end: true, shows: '.contacts-count' },
  {
    name: 'contacts-search',
    route: ROUTES.contacts,
    ready: '.contact-row',
    before: (app) => fill(app, '.input-contact-search', 'li'),
    shows: '.contact-lilei',
  },
  { name: 'friend-requests', route: ROUTES.friendRequests, ready: '.request-judy' },
  { name: 'friend-requests-sheet', route: ROUTES.friendRequests, ready: '.request-judy', tap: '.request-judy', shows: '.wd-action-sheet__action' },
  { name: 'friend-accept', route: ROUTES.friendRemark, query: { userID: 'judy', mode: 'accept' }, ready: '.remark-wording' },
  { name: 'friend-remark', route: ROUTES.friendRemark, query: { userID: 'carol' }, ready: '.btn-save-remark' },
  { name: 'friend-apply', route: ROUTES.friendApply, query: { userID: 'sybil' }, ready: '.input-wording' },
  { name: 'friend-apply-add', route: ROUTES.friendApply, query: { userID: 'ivan' }, ready: '.apply-hint' },
  { name: 'friend-groups', route: ROUTES.friendGroups, ready: '.friend-group-row' },
  { name: 'friend-group', route: ROUTES.friendGroup, query: { name: 'Colleagues' }, ready: '.pick-row' },
  {
    name: 'friend-group-error',
    route: ROUTES.friendGroup,
    ready: '.pick-row',
    before: async (app) => {
      await fill(app, '.input-friend-group-name', '同学');
      await app.tap('.btn-save-friend-group');
    },
    shows: '.friend-group-name-error',
  },
  { name: 'friend-membership', route: ROUTES.friendMembership, query: { userID: 'carol' }, ready: '.membership-row' },
  { name: 'user-card-friend', route: ROUTES.user, query: { userID: 'carol' }, ready: '.btn-send-message' },
  { name: 'user-card-friend-end', route: ROUTES.user, query: { userID: 'carol' }, ready: '.btn-delete-friend', end: true },
  { name: 'user-card-stranger', route: ROUTES.user, query: { userID: 'ivan' }, ready: '.btn-add-friend' },
  { name: 'user-card-request', route: ROUTES.user, query: { userID: 'judy' }, ready: '.btn-accept-request' },
  { name: 'user-card-no-requests', route: ROUTES.user, query: { userID: 'heidi' }, ready: '.hint-not-accepting' },
  { name: 'user-search-friend', route: ROUTES.userSearch, query: { purpose: 'friend' }, ready: '.btn-find-user' },
  {
    name: 'group-attributes',
    route: ROUTES.groupAttributes,
    query: { groupID: COFFEE },
    ready: '.btn-save-attribute',
    before: async (app) => {
      await fill(app, '.input-attribute-key', 'topic');
      await fill(app, '.input-attribute-value', 'Saturday cupping: bring beans from your last trip');
      await app.tap('.btn-save-attribute');
      await app.page.locator('.attribute-0').filter({ visible: true }).first().waitFor();
      // The "Saved" toast goes before the screen is photographed.
      await app.page.locator('uni-toast').first().waitFor({ state: 'hidden' });
    },
    shows: '.attribute-0',
  },
  {
    name: 'group-attributes-error',
    route: ROUTES.groupAttributes,
    query: { groupID: COFFEE },
    ready: '.btn-save-attribute',
    before: async (app) => {
      await fill(app, '.input-attribute-key', 'k'.repeat(40));
      await app.tap('.btn-save-attribute');
    },
    shows: '.attribute-error',
  },
];
