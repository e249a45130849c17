/**
 * The compiled group info and member management pages (dist/build/mp-weixin) on the embedded local chat
 * service: Coffee Lovers (Public, owner alice, admin carol, frank muted) and All Hands (6000 members).
 * Pages are opened with the groupID as onLoad receives it once decoded (the URL the app builds is
 * percent-encoded; see groups.test.ts for following it).
 */
import { ROUTES, app, createStorage, event, exists, findAll, flush, loadPage, signIn, tap, tapText, text, texts, type, unloadApp, value } from './harness';
import type { MpStorage } from './harness';
import { pageUrl } from '@/src/app/routes';
import { en } from '@/src/locales/en';

const COFFEE = '@TGS#2DEMOPUBLIC';
const COFFEE_NAME = 'Coffee Lovers ☕';
const ALL_HANDS = '@TGS#3DEMOALLHANDS';
const profileKey = (groupID: string) => `chat:grp:p:${groupID}`;

function storedName(storage: MpStorage, groupID: string): string {
  return (JSON.parse(String(storage.get(profileKey(groupID)))) as { name: string }).name;
}

let storage: MpStorage;

beforeEach(() => {
  storage = createStorage();
});

afterEach(() => {
  expect(app().errors).toEqual([]);
  unloadApp();
});

describe('group info', () => {
  test('the owner gets an editable form and the owner-only actions', async () => {
    await signIn('alice', storage);
    await loadPage(ROUTES.group, { groupID: COFFEE });

    expect(text('.group-title')).toBe(COFFEE_NAME);
    expect(text('.group-id')).toContain(COFFEE);
    expect(text('.group-owner')).toBe('Alice');
    expect(text('.member-count')).toBe('17 / 2000');
    expect(exists('.input-group-name')).toBe(true);
    expect(value('.input-group-name')).toBe(COFFEE_NAME);
    expect(exists('.input-group-introduction')).toBe(true);
    expect(exists('.chip-joinOption-NeedPermission.selected')).toBe(true);
    expect(exists('.btn-dismiss')).toBe(true);
    expect(exists('.btn-transfer')).toBe(true);
    // Nothing edited yet.
    expect(exists('.btn-save-group')).toBe(false);
    // The members preview shows the first members.
    expect(findAll('.preview-member').length).toBeGreaterThan(0);
    expect(texts('.preview-name')).toContain('Carol (barista)');
    expect(text('.link-members')).toContain(en.group.seeAll.replace('{count}', '17'));
  });

  test('an ordinary member sees the profile read-only and may only leave', async () => {
    await signIn('bob', storage);
    await loadPage(ROUTES.group, { groupID: COFFEE });

    expect(text('.group-title')).toBe(COFFEE_NAME);
    expect(exists('.input-group-name')).toBe(false);
    expect(exists('.input-group-introduction')).toBe(false);
    expect(text('.group-introduction')).toBe('Beans, grinders and latte art. Ask to join!');
    expect(exists('.chip-joinOption-NeedPermission')).toBe(false);
    expect(exists('.btn-dismiss')).toBe(false);
    expect(exists('.btn-transfer')).toBe(false);
    expect(exists('.btn-quit')).toBe(true);
    // His own name card stays his to edit.
    expect(exists('.input-my-namecard')).toBe(true);
  });

  test('the owner renames the group: the title shows it and members see it', async () => {
    await signIn('alice', storage);
    await loadPage(ROUTES.group, { groupID: COFFEE });

    type('.input-group-name', 'Tea & Coffee');
    await flush();
    expect(exists('.btn-save-group')).toBe(true);
    // Not saved yet.
    expect(text('.group-title')).toBe(COFFEE_NAME);

    tap('.btn-save-group');
    await flush();

    expect(exists('.group-save-error')).toBe(false);
    expect(text('.group-title')).toBe('Tea & Coffee');
    expect(value('.input-group-name')).toBe('Tea & Coffee');
    expect(exists('.btn-save-group')).toBe(false);
    expect(app().wx.toasts.map((toast) => toast.title)).toContain(en.group.saved);
    expect(storedName(storage, COFFEE)).toBe('Tea & Coffee');

    await signIn('bob', storage);
    await loadPage(ROUTES.group, { groupID: COFFEE });
    expect(text('.group-title')).toBe('Tea & Coffee');
  });

  test('"Manage members" opens the member list of this group', async () => {
    await signIn('alice', storage);
    await loadPage(ROUTES.group, { groupID: COFFEE });

    tap('.link-members');
    await flush();

    expect(app().wx.navigateTo).toEqual([pageUrl(ROUTES.members, { groupID: COFFEE })]);
  });
});

describe('members', () => {
  test('lists the members with roles, name cards and mutes', async () => {
    await signIn('alice', storage);
    await loadPage(ROUTES.members, { groupID: COFFEE });

    expect(findAll('.member-row')).toHaveLength(17);
    expect(text('.member-alice')).toContain(en.members.me);
    expect(text('.member-alice .role-badge')).toBe(en.groups.roles.Owner);
    expect(text('.member-carol')).toContain('Carol (barista)');
    expect(text('.member-carol .role-badge')).toBe(en.groups.roles.Admin);
    expect(exists('.member-frank .muted-badge')).toBe(true);
    expect(exists('.member-dave .muted-badge')).toBe(false);
    expect(text('.members-end')).toBe(en.members.end.replace('{count}', '17'));
    // As owner alice may add members.
    expect(exists('.input-add-members')).toBe(true);
    expect(app().wx.titles).toContain(en.members.title);
  });

  test('the owner mutes dave for 10 minutes through the action sheets', async () => {
    await signIn('alice', storage);
    await loadPage(ROUTES.members, { groupID: COFFEE });

    tap('.member-dave');
    await flush();
    expect(text('.wd-action-sheet__header')).toBe(en.members.actions.replace('{name}', '大卫'));
    // What the owner may do to an ordinary member (the list grows with the app; these must be there).
    expect(texts('.wd-action-sheet__action')[0]).toBe(en.members.openCard);
    expect(texts('.wd-action-sheet__action')).toEqual(
      expect.arrayContaining([en.members.makeAdmin, en.members.mute, en.members.nameCard, en.members.remove]),
    );

    tapText('.wd-action-sheet__action', en.members.mute);
    await flush();
    // The second sheet picks how long.
    expect(texts('.wd-action-sheet__action')).toEqual(Object.values(en.members.durations));

    tapText('.wd-action-sheet__action', en.members.durations.m10);
    await flush();

    expect(exists('.member-dave .muted-badge')).toBe(true);
    expect(text('.member-dave .muted-badge')).toContain('muted');

    // The service keeps the mute: a fresh load of the list shows 10 minutes left.
    await loadPage(ROUTES.members, { groupID: COFFEE });
    expect(text('.member-dave .muted-badge')).toBe(`· ${en.members.mutedFor.replace('{time}', '10m')}`);
  });

  test('an ordinary member can only open profiles from the sheet', async () => {
    await signIn('bob', storage);
    await loadPage(ROUTES.members, { groupID: COFFEE });
    expect(text('.member-bob')).toContain(en.members.me);

    tap('.member-dave');
    await flush();
    expect(texts('.wd-action-sheet__action')).toEqual([en.members.openCard]);

    tapText('.wd-action-sheet__action', en.members.openCard);
    await flush();
    expect(app().wx.navigateTo).toEqual([pageUrl(ROUTES.user, { userID: 'dave' })]);
  });

  test('a 6000-member group renders only a window of rows and loads more on scroll', async () => {
    await signIn('alice', storage);
    await loadPage(ROUTES.members, { groupID: ALL_HANDS });

    const rowsAtRest = findAll('.member-row').length;
    expect(rowsAtRest).toBeGreaterThan(0);
    expect(rowsAtRest).toBeLessThan(40);
    const loadedAtRest = Number(text('.members-loaded').match(/^(\d+) of 6000/)?.[1]);
    expect(loadedAtRest).toBeGreaterThan(0);
    expect(loadedAtRest).toBeLessThan(6000);
    expect(exists('.members-end')).toBe(false);

    // The user scrolls to the end of what is loaded: the next page comes, the window stays small.
    event('.member-scroll', 'scroll', { scrollTop: loadedAtRest * 64 - 500 });
    event('.member-scroll', 'scrolltolower', {});
    await flush();

    const loadedAfter = Number(text('.members-loaded').match(/^(\d+) of 6000/)?.[1]);
    expect(loadedAfter).toBeGreaterThan(loadedAtRest);
    expect(findAll('.member-row').length).toBeLessThan(40);
  });
});
