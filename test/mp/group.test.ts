/**
 * The compiled group info, group edit and member management pages (dist/build/mp-weixin) on the embedded
 * local chat service: Coffee Lovers (Public, owner alice, admin carol, frank muted) and All Hands (6000
 * members). Pages are opened with the groupID as onLoad receives it once decoded (the URL the app builds is
 * percent-encoded; see groups.test.ts for following it).
 */
import { ROUTES, app, attr, createStorage, event, exists, findAll, flush, loadPage, signIn, tap, tapText, text, texts, type, unloadApp, value } from './harness';
import type { MpStorage } from './harness';
import { eventually } from '../wait';
import { pageUrl } from '@/src/app/routes';
import { en } from '@/src/locales/en';
import { zhHans } from '@/src/locales/zh-Hans';

const COFFEE = '@TGS#2DEMOPUBLIC';
const COFFEE_NAME = 'Coffee Lovers ☕';
const ALL_HANDS = '@TGS#3DEMOALLHANDS';
const profileKey = (groupID: string) => `chat:grp:p:${groupID}`;

function storedName(storage: MpStorage, groupID: string): string {
  return (JSON.parse(String(storage.get(profileKey(groupID)))) as { name: string }).name;
}

/** alice on Coffee Lovers' member list, asking to remove a member: the sheet of actions, then Remove. */
async function openRemoveDialog(userID: string): Promise<void> {
  await signIn('alice', storage);
  await loadPage(ROUTES.members, { groupID: COFFEE });
  expect(exists('.remove-dialog')).toBe(false);
  tap(`.member-${userID}`);
  await flush();
  tapText('.member-actions .ui-sheet__name', en.members.remove);
  await flush();
}

/** The number of members the footer says are loaded. */
function loadedCount(): number {
  return Number(/^(\d+) of/.exec(text('.members-loaded'))?.[1]);
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
  test('the owner sees the settings as cells she may edit, and the owner-only actions', async () => {
    await signIn('alice', storage);
    await loadPage(ROUTES.group, { groupID: COFFEE });

    // The title names the group and its size.
    expect(app().wx.titles).toContain(`${COFFEE_NAME} (17)`);
    expect(text('.group-title')).toBe(COFFEE_NAME);
    expect(text('.group-id')).toBe(COFFEE);
    expect(text('.group-owner')).toBe('Alice');
    expect(text('.member-count')).toBe('17 / 2000');
    expect(text('.value-joinOption')).toBe(en.group.joinOptions.NeedPermission);
    // Editable cells carry a chevron.
    for (const cell of ['.cell-group-name', '.cell-group-notification', '.cell-group-introduction', '.cell-joinOption', '.cell-inviteOption']) {
      expect([cell, exists(`${cell} .ui-cell__arrow`)]).toEqual([cell, true]);
    }
    expect(exists('.btn-dismiss')).toBe(true);
    expect(exists('.btn-transfer')).toBe(true);
    // Nothing waits to be saved on this page.
    expect(exists('.btn-save-group')).toBe(false);
    // The member grid: the first members, then + and −.
    expect(findAll('.preview-member').length).toBeGreaterThan(0);
    // alice's remark for her friend carol comes before carol's name card (Carol (barista)).
    expect(texts('.preview-name')).toContain('Carol (design)');
    expect(exists('.grid-add')).toBe(true);
    expect(exists('.grid-remove')).toBe(true);
    expect(text('.link-members')).toContain(en.group.seeAll);
  });

  test('an ordinary member sees the settings read-only, may only leave, and keeps his own name card and notifications', async () => {
    await signIn('bob', storage);
    await loadPage(ROUTES.group, { groupID: COFFEE });

    expect(text('.group-title')).toBe(COFFEE_NAME);
    for (const cell of ['.cell-group-name', '.cell-group-notification', '.cell-group-introduction', '.cell-joinOption', '.cell-inviteOption', '.cell-group-avatar']) {
      expect([cell, exists(`${cell} .ui-cell__arrow`)]).toEqual([cell, false]);
    }
    expect(text('.cell-group-introduction')).toContain('Beans, grinders and latte art. Ask to join!');
    expect(exists('.switch-muteAll.ui-switch--disabled')).toBe(true);
    expect(exists('.btn-dismiss')).toBe(false);
    expect(exists('.btn-transfer')).toBe(false);
    expect(exists('.btn-quit')).toBe(true);
    // He may invite (invitations need approval) but remove nobody.
    expect(exists('.grid-add')).toBe(true);
    expect(exists('.grid-remove')).toBe(false);
    // His own name card and notifications stay his.
    expect(exists('.cell-my-namecard .ui-cell__arrow')).toBe(true);
    expect(text('.value-remind')).toBe(en.group.remindTypes.AcceptAndNotify);

    // Tapping a read-only cell opens nothing.
    tap('.cell-group-name');
    await flush();
    expect(app().wx.navigateTo).toEqual([]);

    // Notifications: one sheet with what each choice means.
    tap('.cell-remind');
    await flush();
    expect(texts('.remind-sheet .ui-sheet__name')).toEqual(Object.values(en.group.remindTypes));
    expect(texts('.remind-sheet .ui-sheet__description')).toEqual(Object.values(en.group.remindHelp));
    tapText('.remind-sheet .ui-sheet__name', en.group.remindTypes.AcceptNotNotify);
    await flush();
    expect(text('.value-remind')).toBe(en.group.remindTypes.AcceptNotNotify);
  });

  test('the owner switches mute-all and the joining option; each saves at once', async () => {
    await signIn('alice', storage);
    await loadPage(ROUTES.group, { groupID: COFFEE });

    tap('.cell-muteAll');
    await flush();
    expect(exists('.switch-muteAll.ui-switch--on')).toBe(true);
    tap('.cell-joinOption');
    await flush();
    tapText('.join-sheet .ui-sheet__name', en.group.joinOptions.FreeAccess);
    await flush();
    expect(text('.value-joinOption')).toBe(en.group.joinOptions.FreeAccess);

    const stored = JSON.parse(String(storage.get(profileKey(COFFEE)))) as { muteAllMembers: boolean; joinOption: string };
    expect(stored).toMatchObject({ muteAllMembers: true, joinOption: 'FreeAccess' });
  });

  test('cells open their focused edit page; + adds people, − and transfer pick from the member list', async () => {
    await signIn('alice', storage);
    await loadPage(ROUTES.group, { groupID: COFFEE });

    tap('.cell-group-name');
    tap('.cell-my-namecard');
    tap('.grid-add');
    tap('.grid-remove');
    tap('.btn-transfer');
    tap('.link-members');
    await flush();

    expect(app().wx.navigateTo).toEqual([
      pageUrl(ROUTES.groupEdit, { groupID: COFFEE, field: 'name' }),
      pageUrl(ROUTES.groupEdit, { groupID: COFFEE, field: 'nameCard' }),
      pageUrl(ROUTES.memberAdd, { groupID: COFFEE }),
      pageUrl(ROUTES.members, { groupID: COFFEE, mode: 'remove' }),
      pageUrl(ROUTES.members, { groupID: COFFEE, mode: 'transfer' }),
      pageUrl(ROUTES.members, { groupID: COFFEE }),
    ]);
  });

  test("pin to top pins the group's chat in the chat list, and stays pinned", async () => {
    await signIn('bob', storage);
    await loadPage(ROUTES.group, { groupID: COFFEE });
    expect(exists('.switch-pin.ui-switch--on')).toBe(false);

    tap('.cell-pin');
    await flush();
    expect(exists('.switch-pin.ui-switch--on')).toBe(true);

    // A fresh start of the app: the service kept it.
    await signIn('bob', storage);
    await loadPage(ROUTES.group, { groupID: COFFEE });
    expect(exists('.switch-pin.ui-switch--on')).toBe(true);
  });

  test('the group avatar comes from the album, not a URL field', async () => {
    await signIn('alice', storage);
    await loadPage(ROUTES.group, { groupID: COFFEE });
    expect(exists('.input-group-avatar')).toBe(false);

    tap('.cell-group-avatar');
    await flush();
    tapText('.avatar-sheet .ui-sheet__name', en.group.avatarAlbum);
    await flush();

    expect(app().wx.toasts.map((toast) => toast.title)).toContain(en.group.avatarDone);
    const avatar = (JSON.parse(String(storage.get(profileKey(COFFEE)))) as { avatar: string }).avatar;
    expect(avatar).toBe(app().wx.savedFiles[0]);
  });
});

describe('group edit page', () => {
  test('the owner renames the group on its own page: Save there, and the group shows it', async () => {
    await signIn('alice', storage);
    await loadPage(ROUTES.groupEdit, { groupID: COFFEE, field: 'name' });
    expect(app().wx.titles).toContain(en.group.name);
    expect(value('.input-group-name')).toBe(COFFEE_NAME);

    type('.input-group-name', 'Tea & Coffee');
    await flush();
    tap('.btn-save-group');
    await flush();

    expect(exists('.group-save-error')).toBe(false);
    expect(app().wx.toasts.map((toast) => toast.title)).toContain(en.group.saved);
    expect(app().wx.navigateBack).toEqual([1]);
    expect(storedName(storage, COFFEE)).toBe('Tea & Coffee');

    await signIn('bob', storage);
    await loadPage(ROUTES.group, { groupID: COFFEE });
    expect(text('.group-title')).toBe('Tea & Coffee');
  });

  test('WeChat asks before Back drops what was typed, and stops asking once it is saved', async () => {
    await signIn('alice', storage);
    await loadPage(ROUTES.groupEdit, { groupID: COFFEE, field: 'notification' });

    type('.input-group-notification', 'Cupping on Sunday');
    await flush();
    expect(app().wx.leaveAlerts.at(-1)).toBe(en.group.edit.unsaved);
    // Typed back to what it was: nothing to lose.
    type('.input-group-notification', 'Tasting on Saturday 10:00 at the usual place.');
    await flush();
    expect(app().wx.leaveAlerts.at(-1)).toBeNull();

    type('.input-group-notification', 'Cupping on Sunday');
    await flush();
    tap('.btn-save-group');
    await flush();
    expect(app().wx.leaveAlerts.at(-1)).toBeNull();
    expect(app().wx.navigateBack).toEqual([1]);
  });

  test('a name over the limit is refused with the limit, the text stays, nothing is stored', async () => {
    await signIn('alice', storage);
    await loadPage(ROUTES.groupEdit, { groupID: COFFEE, field: 'name' });
    const before = storage.snapshot();
    const long = '咖啡'.repeat(20);

    type('.input-group-name', long);
    await flush();
    tap('.btn-save-group');
    await flush();

    expect(text('.group-save-error')).toBe(en.group.edit.tooLong.replace('{max}', '100').replace('{bytes}', '120'));
    expect(value('.input-group-name')).toBe(long);
    expect(storage.snapshot()).toEqual(before);
    expect(app().wx.navigateBack).toEqual([]);
  });

  test("a member's fields are rows with display names, each edited on its own page", async () => {
    await signIn('alice', storage);
    await loadPage(ROUTES.memberFields, { groupID: COFFEE, userID: 'dave' });
    expect(texts('.cell-member-field .ui-cell__title')).toEqual(['Team', 'Department', 'Camera', 'Shift']);

    tap('.cell-member-field-team');
    await flush();
    expect(app().wx.navigateTo).toEqual([pageUrl(ROUTES.groupEdit, { groupID: COFFEE, field: 'memberCustom', userID: 'dave', key: 'team' })]);
    await loadPage(ROUTES.groupEdit, { groupID: COFFEE, field: 'memberCustom', userID: 'dave', key: 'team' });
    expect(app().wx.titles).toContain('Team');
    type('.input-member-field-team', 'roasting');
    await flush();
    tap('.btn-save-group');
    await flush();

    await loadPage(ROUTES.memberFields, { groupID: COFFEE, userID: 'dave' });
    expect(text('.value-member-field-team')).toBe('roasting');
  });
});

describe('members', () => {
  test('lists the members in role sections, with name cards and mutes', async () => {
    await signIn('alice', storage);
    await loadPage(ROUTES.members, { groupID: COFFEE });

    expect(findAll('.member-row')).toHaveLength(17);
    expect(texts('.members-section-title')).toEqual([en.members.sections.owner, en.members.sections.admins, en.members.sections.members]);
    expect(text('.member-alice')).toContain(en.members.me);
    expect(text('.member-alice .role-badge')).toBe(en.groups.roles.Owner);
    expect(text('.member-carol')).toContain('Carol (design)');
    expect(text('.member-carol .role-badge')).toBe(en.groups.roles.Admin);
    expect(exists('.member-frank .muted-badge')).toBe(true);
    expect(exists('.member-dave .muted-badge')).toBe(false);
    expect(text('.members-end')).toBe(en.members.end.replace('{count}', '17'));
    // As owner alice may add members.
    expect(exists('.btn-add-members')).toBe(true);
    expect(app().wx.titles).toContain(en.members.titleCount.replace('{count}', '17'));
  });

  test('the owner mutes dave for 10 minutes: one sheet of actions, one of durations', async () => {
    await signIn('alice', storage);
    await loadPage(ROUTES.members, { groupID: COFFEE });

    tap('.member-dave');
    await flush();
    expect(text('.member-actions .ui-sheet__title')).toBe(en.members.actions.replace('{name}', '大卫'));
    // What the owner may do to an ordinary member (the list grows with the app; these must be there).
    expect(texts('.member-actions .ui-sheet__name')[0]).toBe(en.members.openCard);
    expect(texts('.member-actions .ui-sheet__name')).toEqual(
      expect.arrayContaining([en.members.makeAdmin, en.members.mute, en.members.nameCard, en.members.customFields, en.members.remove]),
    );

    tapText('.member-actions .ui-sheet__name', en.members.mute);
    await flush();
    expect(texts('.mute-sheet .ui-sheet__name')).toEqual(Object.values(en.members.durations));
    tapText('.mute-sheet .ui-sheet__name', en.members.durations.m10);
    await flush();

    expect(text('.member-dave .muted-badge')).toBe(en.members.mutedFor.replace('{time}', '10 min'));
    // The service keeps the mute: a fresh load of the list shows 10 minutes left.
    await loadPage(ROUTES.members, { groupID: COFFEE });
    expect(text('.member-dave .muted-badge')).toBe(en.members.mutedFor.replace('{time}', '10 min'));
  });

  test('mute time left reads in Chinese in the Chinese app', async () => {
    await signIn('alice', storage, { language: 'zh_CN' });
    await loadPage(ROUTES.members, { groupID: COFFEE });
    tap('.member-dave');
    await flush();
    tapText('.member-actions .ui-sheet__name', zhHans.members.mute);
    await flush();
    tapText('.mute-sheet .ui-sheet__name', zhHans.members.durations.d1);
    await flush();

    // A day, worded in Chinese.
    expect(text('.member-dave .muted-badge')).toBe(zhHans.members.mutedFor.replace('{time}', '1天0小时'));
    expect(text('.member-dave .muted-badge')).not.toMatch(/\dh|\dm\b/);
  });

  test('removing a member takes one dialog, with the reason in it; the count drops at once', async () => {
    await openRemoveDialog('grace');
    expect(text('.remove-dialog .ui-dialog__content')).toBe(en.members.removeConfirm.replace('{name}', '格蕾丝').replace('{group}', COFFEE_NAME));
    type('.input-remove-reason', 'Left for the tea club');
    await flush();
    // Nothing happens before the answer.
    expect(exists('.member-grace')).toBe(true);
    tap('.remove-dialog .ui-dialog__confirm');
    await flush();

    expect(exists('.member-grace')).toBe(false);
    await eventually(() => expect(exists('.remove-dialog')).toBe(false));
    // No second dialog: no system modal at all.
    expect(app().wx.modals).toEqual([]);
    expect(text('.members-loaded')).toBe(en.members.loaded.replace('{count}', '16').replace('{total}', '16'));
    expect((JSON.parse(String(storage.get(profileKey(COFFEE)))) as { memberCount: number }).memberCount).toBe(16);
  });

  test('the remove dialog (UiPopup) shows its title, question, field and two answers; its mask does not close it; Cancel closes it and keeps the member', async () => {
    await openRemoveDialog('grace');
    expect(exists('.ui-popup--center.ui-popup--open')).toBe(true);
    expect(text('.remove-dialog .ui-dialog__title')).toBe(en.members.remove);
    expect(text('.remove-dialog .ui-dialog__content')).toBe(en.members.removeConfirm.replace('{name}', '格蕾丝').replace('{group}', COFFEE_NAME));
    expect(attr('.input-remove-reason', 'placeholder')).toBe(en.members.reason);
    expect(text('.remove-dialog .ui-dialog__cancel')).toBe(en.common.cancel);
    expect(text('.remove-dialog .ui-dialog__confirm')).toBe(en.members.removeShort);
    // Removing someone is destructive: that answer is red.
    expect(exists('.remove-dialog .ui-dialog__confirm--danger')).toBe(true);

    // A question that needs an answer: a tap on the dimmed page beside it does nothing.
    tap('.ui-popup--center .ui-popup__mask');
    await flush();
    expect(exists('.ui-popup--center.ui-popup--open')).toBe(true);

    type('.input-remove-reason', 'Never mind');
    await flush();
    tap('.remove-dialog .ui-dialog__cancel');
    await flush();
    // It fades out, then leaves the page.
    await eventually(() => expect(exists('.ui-popup')).toBe(false));
    expect(exists('.member-grace')).toBe(true);
    expect(app().wx.modals).toEqual([]);
  });

  test('an ordinary member can only open profiles from the sheet', async () => {
    await signIn('bob', storage);
    await loadPage(ROUTES.members, { groupID: COFFEE });
    expect(text('.member-bob')).toContain(en.members.me);

    tap('.member-dave');
    await flush();
    expect(texts('.member-actions .ui-sheet__name')).toEqual([en.members.openCard]);

    tapText('.member-actions .ui-sheet__name', en.members.openCard);
    await flush();
    expect(app().wx.navigateTo).toEqual([pageUrl(ROUTES.user, { userID: 'dave' })]);
  });

  test('transfer mode: tapping a member hands them the group after one confirmation', async () => {
    await signIn('alice', storage);
    await loadPage(ROUTES.members, { groupID: COFFEE, mode: 'transfer' });
    expect(app().wx.titles).toContain(en.members.transferTitle);

    tap('.member-dave');
    await flush();

    expect(app().wx.modals).toHaveLength(1);
    expect(app().wx.modals[0].content).toBe(en.group.transferConfirm.replace('{name}', '大卫').replace('{group}', COFFEE_NAME));
    expect(app().wx.navigateBack).toEqual([1]);
    expect((JSON.parse(String(storage.get(profileKey(COFFEE)))) as { ownerID: string }).ownerID).toBe('dave');
  });

  test('a 6000-member group renders only a window of rows and keeps loading while the end is in view', async () => {
    await signIn('alice', storage);
    await loadPage(ROUTES.members, { groupID: ALL_HANDS });

    const rowsAtRest = findAll('.member-row').length;
    expect(rowsAtRest).toBeGreaterThan(0);
    expect(rowsAtRest).toBeLessThan(40);
    expect(loadedCount()).toBe(100);
    expect(exists('.members-end')).toBe(false);
    expect(exists('.members-loading')).toBe(true);
    // The spinner is the app's own (UiSpinner), not wot's loading, in the mini program.
    expect(exists('.members-loading__spinner')).toBe(true);
    expect(exists('.wd-loading')).toBe(false);

    // A fling ends at the bottom of what is loaded: a scroll event, and no scrolltolower after it.
    event('.member-scroll', 'scroll', { scrollTop: 100 * 64 });
    await flush();
    expect(loadedCount()).toBe(200);
    // Resting at the new bottom, the next page comes too.
    event('.member-scroll', 'scroll', { scrollTop: 200 * 64 });
    await flush();
    expect(loadedCount()).toBe(300);
    expect(findAll('.member-row').length).toBeLessThan(40);
    expect(exists('.members-loading')).toBe(true);
  });

  test('a member beyond the loaded pages is found by exact userID', async () => {
    await signIn('alice', storage);
    await loadPage(ROUTES.members, { groupID: ALL_HANDS });
    expect(loadedCount()).toBe(100);

    type('.input-member-search', 'member0900');
    event('.input-member-search', 'confirm', { value: 'member0900' });
    await flush();

    expect(exists('.member-row--found.member-member0900')).toBe(true);
    expect(texts('.members-section-title')).toContain(en.members.sections.found);
    expect(loadedCount()).toBe(100);
  });
});
