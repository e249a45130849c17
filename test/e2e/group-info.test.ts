/**
 * The group settings page in the H5 build, as WeChat's "chat info" of a group: cells that open a focused
 * edit page or a sheet, each saving on its own; what a plain member may do; transfer by picking a member;
 * leave and dismiss; another group's address showing that group at once; a live-stream group counted by
 * who is in it. Coffee Lovers ☕ (@TGS#2DEMOPUBLIC): owner alice, admin carol, bob an ordinary member.
 */
import { ROUTES } from '@/src/app/routes';
import { AppPage } from './app-page';
import { useH5App } from './h5-app';

const COFFEE = '@TGS#2DEMOPUBLIC';
const COFFEE_NAME = 'Coffee Lovers ☕';
const COFFEE_ROW = '.group-_TGS_2DEMOPUBLIC';
const WORK = '@TGS#1DEMOWORK';
const LIVE = '@TGS#aDEMOLIVE';

const h5 = useH5App();

async function openCoffee(app: AppPage): Promise<void> {
  await app.go(ROUTES.group, { groupID: COFFEE });
  await app.page.locator('.group-title', { hasText: COFFEE_NAME }).waitFor();
}

/** The groups list, reached the way a person does: the Contacts tab, then Group chats. */
async function openGroupChats(app: AppPage): Promise<void> {
  await app.front();
  await app.page.locator('.uni-tabbar__item', { hasText: 'Contacts' }).click();
  await app.tap('.entry-group-chats');
  await app.page.locator('.btn-create-group').waitFor();
}

/** The title in the navigation bar, once it reads `expected`. */
async function titleShows(app: AppPage, expected: string): Promise<void> {
  await app.page.locator('.uni-page-head__title', { hasText: expected }).filter({ visible: true }).first().waitFor();
}

/** Opens a cell's edit page, types `text`, saves, and waits to be back on the group page. */
async function editText(app: AppPage, cell: string, input: string, text: string): Promise<void> {
  await app.tap(cell);
  const field = app.page.locator(`.input-${input} input, .input-${input} textarea`).filter({ visible: true }).first();
  await field.waitFor();
  await field.fill(text);
  await app.page.locator('.btn-save-group').filter({ visible: true }).first().click();
  await field.waitFor({ state: 'detached' });
}

/** Taps a cell that opens a sheet and picks the choice that reads `label`. */
async function choose(app: AppPage, cell: string, label: string): Promise<void> {
  await app.tap(cell);
  await app.page.locator('.wd-action-sheet__name').filter({ visible: true }).getByText(label, { exact: true }).click();
}

/** The open confirmation dialog's text, read before answering it. */
async function dialogText(app: AppPage): Promise<{ title: string; content: string }> {
  const modal = app.page.locator('.uni-modal:visible');
  await modal.waitFor();
  return {
    title: await modal.locator('.uni-modal__title').innerText(),
    content: await modal.locator('.uni-modal__bd').innerText(),
  };
}

function count(app: AppPage, selector: string): Promise<number> {
  return app.page.locator(selector).filter({ visible: true }).count();
}

describe('group settings', () => {
  it('the owner edits name, notice and introduction on their own pages, joining and mute-all in place; they stay after a reload', async () => {
    const alice = await h5.signedIn('alice');
    await openCoffee(alice);
    await titleShows(alice, `${COFFEE_NAME} (17)`);
    expect(await alice.text('.group-owner')).toBe('Alice');
    // Nothing on this page waits for a Save.
    expect(await count(alice, '.btn-save-group')).toBe(0);

    await editText(alice, '.cell-group-name', 'group-name', 'Tea Lovers 🍵');
    await alice.page.locator('.group-title', { hasText: 'Tea Lovers 🍵' }).waitFor();
    await titleShows(alice, 'Tea Lovers 🍵 (17)');
    await editText(alice, '.cell-group-notification', 'group-notification', 'Tasting moved to Sunday 15:00.');
    await editText(alice, '.cell-group-introduction', 'group-introduction', 'Leaves, kettles and gongfu cha.');
    await choose(alice, '.cell-joinOption', 'Anyone can join');
    await alice.page.locator('.value-joinOption', { hasText: 'Anyone can join' }).waitFor();
    await alice.tap('.cell-muteAll');
    await alice.page.locator('.switch-muteAll.ui-switch--on').waitFor();

    await alice.reload();
    await alice.page.locator('.group-title', { hasText: 'Tea Lovers 🍵' }).waitFor();
    expect(await alice.text('.cell-group-notification')).toContain('Tasting moved to Sunday 15:00.');
    expect(await alice.text('.cell-group-introduction')).toContain('Leaves, kettles and gongfu cha.');
    expect(await alice.text('.value-joinOption')).toBe('Anyone can join');
    expect(await count(alice, '.switch-muteAll.ui-switch--on')).toBe(1);
    // Untouched settings keep their values.
    expect(await alice.text('.value-inviteOption')).toBe('Invitations need approval');

    // The Groups tab lists the group under its new name.
    await alice.go(ROUTES.groups);
    await alice.page.locator(`${COFFEE_ROW} .group-name`, { hasText: 'Tea Lovers 🍵' }).waitFor();
  });

  it('Back from an edit page with unsaved typing asks once; Keep editing keeps it, Discard saves nothing', async () => {
    const alice = await h5.signedIn('alice');
    await openCoffee(alice);
    await alice.tap('.cell-group-name');
    const field = alice.page.locator('.input-group-name input').filter({ visible: true }).first();
    await field.waitFor();
    await field.fill('Half-typed name');

    await alice.page.locator('.uni-page-head-btn').filter({ visible: true }).first().click();
    const asked = await dialogText(alice);
    expect(asked).toEqual({ title: 'Discard your changes?', content: 'What you typed has not been saved.' });
    await alice.page.locator('.uni-modal__btn_default').click();
    await alice.page.locator('.uni-modal').waitFor({ state: 'hidden' });
    // Still editing, with what was typed.
    expect(await field.inputValue()).toBe('Half-typed name');

    await alice.page.locator('.uni-page-head-btn').filter({ visible: true }).first().click();
    await dialogText(alice);
    await alice.confirm();
    await field.waitFor({ state: 'detached' });
    await alice.page.locator('.group-title', { hasText: COFFEE_NAME }).waitFor();

    // Nothing typed, nothing asked.
    await alice.tap('.cell-group-name');
    await alice.page.locator('.input-group-name input').filter({ visible: true }).first().waitFor();
    await alice.page.locator('.uni-page-head-btn').filter({ visible: true }).first().click();
    await alice.page.locator('.group-title', { hasText: COFFEE_NAME }).filter({ visible: true }).waitFor();
    expect(await alice.page.locator('.uni-modal').filter({ visible: true }).count()).toBe(0);
  });

  it('a plain member sees the settings read-only and sets his own name card, notifications and pin', async () => {
    const bob = await h5.signedIn('bob');
    await openGroupChats(bob);
    // A row opens the group's chat (as WeChat's group chats list does); its settings are one route away.
    await bob.page.locator(COFFEE_ROW).waitFor();
    await openCoffee(bob);
    expect(await bob.text('.group-role')).toBe('Member');

    for (const cell of ['group-name', 'group-notification', 'group-introduction', 'group-avatar', 'joinOption', 'inviteOption']) {
      expect([cell, await count(bob, `.cell-${cell} .ui-cell__arrow`)]).toEqual([cell, 0]);
    }
    expect(await bob.text('.value-joinOption')).toBe('Needs approval');
    expect(await count(bob, '.switch-muteAll.ui-switch--disabled')).toBe(1);
    await bob.tap('.cell-muteAll');
    expect(await count(bob, '.switch-muteAll.ui-switch--on')).toBe(0);
    expect(await count(bob, '.btn-transfer')).toBe(0);
    expect(await count(bob, '.btn-dismiss')).toBe(0);
    expect(await count(bob, '.btn-quit')).toBe(1);

    await editText(bob, '.cell-my-namecard', 'my-namecard', 'Bob the Brewer');
    await bob.page.locator('.value-my-namecard', { hasText: 'Bob the Brewer' }).waitFor();
    await bob.page.locator('.preview-name', { hasText: 'Bob the Brewer' }).waitFor();

    await choose(bob, '.cell-remind', 'Mute notifications');
    await bob.page.locator('.value-remind', { hasText: 'Mute notifications' }).waitFor();
    await bob.tap('.cell-pin');
    await bob.page.locator('.switch-pin.ui-switch--on').waitFor();

    await bob.reload();
    await bob.page.locator('.switch-pin.ui-switch--on').waitFor();
    await bob.page.locator('.value-my-namecard', { hasText: 'Bob the Brewer' }).waitFor();
    await bob.page.locator('.value-remind', { hasText: 'Mute notifications' }).waitFor();
    expect(await count(bob, '.cell-group-name .ui-cell__arrow')).toBe(0);
  });

  it('the owner transfers ownership by picking a member, after one confirmation (two tabs)', async () => {
    const [alice, bob] = await h5.twoTabs('alice', 'bob');
    await openCoffee(alice);
    expect(await alice.text('.group-role')).toBe('Owner');
    expect(await count(alice, '.input-new-owner')).toBe(0);

    await alice.tap('.btn-transfer');
    await titleShows(alice, 'Choose the new owner');
    await alice.page.locator('.member-bob').filter({ visible: true }).first().click();
    const dialog = await dialogText(alice);
    expect(dialog.title).toBe('Transfer ownership');
    expect(dialog.content).toBe('Make 鲍勃 the owner of Coffee Lovers ☕? You become an ordinary member and lose the owner’s rights.');
    await alice.confirm();

    // Back on the group's settings, as an ordinary member.
    await alice.page.locator('.group-owner', { hasText: '鲍勃' }).filter({ visible: true }).waitFor();
    await alice.page.locator('.group-role', { hasText: 'Member' }).filter({ visible: true }).waitFor();
    expect(await count(alice, '.btn-transfer')).toBe(0);
    expect(await count(alice, '.btn-dismiss')).toBe(0);
    expect(await count(alice, '.btn-quit')).toBe(1);

    await openCoffee(bob);
    await bob.page.locator('.group-role', { hasText: 'Owner' }).waitFor();
    expect(await bob.text('.group-owner')).toBe('鲍勃');
    expect(await count(bob, '.btn-transfer')).toBe(1);
    expect(await count(bob, '.cell-group-name .ui-cell__arrow')).toBe(1);
  });

  it('a member leaves after one confirmation saying what happens, and the group is gone from the Groups tab', async () => {
    const bob = await h5.signedIn('bob');
    await openGroupChats(bob);
    // A row opens the group's chat (as WeChat's group chats list does); its settings are one route away.
    await bob.page.locator(COFFEE_ROW).waitFor();
    await openCoffee(bob);

    await bob.tap('.btn-quit');
    const dialog = await dialogText(bob);
    expect(dialog.title).toBe('Leave group');
    expect(dialog.content).toBe('Leave Coffee Lovers ☕? You will stop receiving its messages; to return you need to join again.');
    await bob.confirm();

    await bob.page.locator('.btn-create-group').waitFor();
    await bob.page.locator(COFFEE_ROW).waitFor({ state: 'detached' });
    await bob.reload();
    await bob.page.locator('.group-_TGS_1DEMOWORK').waitFor();
    expect(await bob.page.locator(COFFEE_ROW).count()).toBe(0);
  });

  it('the owner dismisses the group after confirming; it is gone for a member too (two tabs)', async () => {
    const [alice, bob] = await h5.twoTabs('alice', 'bob');
    await openGroupChats(bob);
    await bob.page.locator(COFFEE_ROW).waitFor();

    await openGroupChats(alice);
    // A row opens the group's chat (as WeChat's group chats list does); its settings are one route away.
    await alice.page.locator(COFFEE_ROW).waitFor();
    await openCoffee(alice);
    await alice.tap('.btn-dismiss');
    const dialog = await dialogText(alice);
    expect(dialog.title).toBe('Dismiss group');
    expect(dialog.content).toBe('Dismiss Coffee Lovers ☕ for all 17 members? This cannot be undone.');
    await alice.confirm();
    await alice.page.locator('.btn-create-group').waitFor();
    await alice.page.locator(COFFEE_ROW).waitFor({ state: 'detached' });

    await bob.front();
    await bob.page.locator(COFFEE_ROW).waitFor({ state: 'detached' });
    // Opening it by its ID now says it is gone, with nothing to retry.
    await bob.go(ROUTES.group, { groupID: COFFEE });
    await bob.page.locator('.group-not-found').waitFor();
    expect(await count(bob, '.btn-quit')).toBe(0);
    expect(await count(bob, '.ui-state__retry')).toBe(0);
  });

  it('an address with another groupID shows that group at once, not the one open before', async () => {
    const alice = await h5.signedIn('alice');
    await openCoffee(alice);
    await alice.go(ROUTES.group, { groupID: WORK });
    await alice.page.locator('.group-title', { hasText: 'Design Review 设计评审' }).waitFor();
    await titleShows(alice, 'Design Review 设计评审');
    expect(await alice.text('.group-id')).toBe(WORK);

    await alice.go(ROUTES.members, { groupID: COFFEE });
    await alice.page.locator('.member-carol').first().waitFor();
    await alice.go(ROUTES.members, { groupID: '@TGS#3DEMOALLHANDS' });
    await alice.page.locator('.members-loaded', { hasText: '100 of 6000 loaded' }).waitFor();
    await titleShows(alice, 'Group members (6000)');
  });

  it('a live-stream group the user joined is in the Groups tab, and its count, title and member grid agree', async () => {
    const erin = await h5.signedIn('erin');
    await erin.go(ROUTES.groupSearch);
    await erin.type('search-group', LIVE);
    await erin.tap('.btn-do-search');
    await erin.tap('.btn-join');
    await erin.page.locator('.join-outcome', { hasText: 'You joined the group.' }).waitFor();

    await erin.go(ROUTES.groups);
    const row = erin.page.locator('.group-_TGS_aDEMOLIVE');
    await row.locator('.group-name', { hasText: 'Live: Friday Demo 🎥' }).waitFor();
    await row.getByText('Live stream · 1 online').waitFor();

    await erin.go(ROUTES.group, { groupID: LIVE });
    await erin.page.locator('.group-title', { hasText: 'Live: Friday Demo 🎥' }).waitFor();
    await titleShows(erin, 'Live: Friday Demo 🎥 (1)');
    expect(await erin.text('.member-count')).toBe('1 online');
    expect(await count(erin, '.preview-member')).toBe(1);
  });
});
