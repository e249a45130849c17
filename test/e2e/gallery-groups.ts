import { ROUTES } from '@/src/app/routes';
import type { AppPage } from './app-page';

/** A screen of the gallery (gallery.test.ts): a page, what shows once it has loaded, and how to reach a state of it. */
export interface Screen {
  name: string;
  route: string;
  query?: Record<string, string>;
  /** What shows once the screen has loaded what it shows. */
  ready: string;
  /** Then type this text into this field (e.g. a value the service refuses)… */
  fill?: [selector: string, text: string];
  /** …and tap this (e.g. a cell that opens a sheet, or Save) and wait for `shows`. */
  tap?: string;
  shows?: string;
  /** Photograph the end of the page (what lies just above the tab bar) rather than its top. */
  end?: boolean;
  /** Steps a person takes once `ready` shows (typing, a sheet then a dialog), before `shows` is awaited. */
  before?: (app: AppPage) => Promise<void>;
}

const COFFEE = '@TGS#2DEMOPUBLIC';
const ALL_HANDS = '@TGS#3DEMOALLHANDS';

/** Types into the visible input or textarea inside `selector`. */
export async function fill(app: AppPage, selector: string, text: string): Promise<void> {
  const field = app.page.locator(`${selector} input, ${selector} textarea`).filter({ visible: true }).first();
  await field.fill(text);
}

/** Opens the sheet of `userID`'s row and picks its destructive action (Remove from group, in red in any language). */
async function removeAction(app: AppPage, userID: string): Promise<void> {
  await app.page.locator(`.member-${userID}`).filter({ visible: true }).first().click();
  await app.page.locator('.member-actions .wd-action-sheet__action[style*="--ui-danger"]').filter({ visible: true }).first().click();
}

/**
 * The group pages, signed in as alice: she owns Coffee Lovers (17 members, heidi's request waiting) and All
 * Hands (6000 members), so every cell, sheet and dialog of the group pages shows.
 */
export const GROUP_SCREENS: Screen[] = [
  { name: 'groups', route: ROUTES.groups, ready: '.group-row' },
  { name: 'group-create', route: ROUTES.groupCreate, ready: '.btn-submit-group' },
  { name: 'group-create-end', route: ROUTES.groupCreate, ready: '.btn-submit-group', end: true },
  { name: 'group-search', route: ROUTES.groupSearch, ready: '.btn-do-search' },
  {
    name: 'group-search-found',
    route: ROUTES.groupSearch,
    ready: '.btn-do-search',
    before: async (app) => {
      await fill(app, '.input-search-group', '@TGS#aDEMOLIVE');
      await app.page.locator('.btn-do-search').filter({ visible: true }).first().click();
    },
    shows: '.btn-join',
  },
  {
    name: 'group-search-not-found',
    route: ROUTES.groupSearch,
    ready: '.btn-do-search',
    before: async (app) => {
      await fill(app, '.input-search-group', '@TGS#1DEMOWORK');
      await app.page.locator('.btn-do-search').filter({ visible: true }).first().click();
    },
    shows: '.search-error',
  },
  { name: 'group-applications', route: ROUTES.groupApplications, ready: '.application-heidi' },
  { name: 'group-info', route: ROUTES.group, query: { groupID: COFFEE }, ready: '.group-title' },
  { name: 'group-info-end', route: ROUTES.group, query: { groupID: COFFEE }, ready: '.group-title', end: true },
  { name: 'group-info-sheet', route: ROUTES.group, query: { groupID: COFFEE }, ready: '.group-title', tap: '.cell-joinOption', shows: '.join-sheet .wd-action-sheet__action' },
  { name: 'group-edit', route: ROUTES.groupEdit, query: { groupID: COFFEE, field: 'notification' }, ready: '.input-group-notification' },
  { name: 'members', route: ROUTES.members, query: { groupID: COFFEE }, ready: '.member-row' },
  { name: 'members-sheet', route: ROUTES.members, query: { groupID: COFFEE }, ready: '.member-row', tap: '.member-dave', shows: '.member-actions .wd-action-sheet__action' },
  {
    name: 'members-remove',
    route: ROUTES.members,
    query: { groupID: COFFEE },
    ready: '.member-row',
    before: (app) => removeAction(app, 'grace'),
    shows: '.remove-dialog',
  },
  { name: 'members-6000', route: ROUTES.members, query: { groupID: ALL_HANDS }, ready: '.member-row' },
  {
    name: 'members-found',
    route: ROUTES.members,
    query: { groupID: ALL_HANDS },
    ready: '.member-row',
    before: (app) => fill(app, '.input-member-search', 'member5970'),
    shows: '.member-row--found',
  },
  { name: 'members-transfer', route: ROUTES.members, query: { groupID: COFFEE, mode: 'transfer' }, ready: '.member-row' },
  { name: 'member-fields', route: ROUTES.memberFields, query: { groupID: COFFEE, userID: 'alice' }, ready: '.cell-member-field' },
  {
    name: 'member-add',
    route: ROUTES.memberAdd,
    query: { groupID: COFFEE },
    ready: '.btn-submit-members',
    before: async (app) => {
      await fill(app, '.input-add-members', 'xavier, bob, nobody42');
      await app.page.locator('.btn-submit-members').filter({ visible: true }).first().click();
    },
    shows: '.add-outcome-failure',
  },
];
