import { ROUTES } from '@/src/app/routes';
import { AppPage } from './app-page';
import { useH5App } from './h5-app';

/** alice owns it, carol is an admin, bob an ordinary member (src/chat/local/groups/demo-groups.ts). */
const COFFEE = '@TGS#2DEMOPUBLIC';
const COFFEE_NAME = 'Coffee Lovers ☕';
const COFFEE_ROW = '.group-_TGS_2DEMOPUBLIC';

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

/** What an input of the page shows, once it shows `expected` (or what it shows when time is up). */
async function inputShows(app: AppPage, selector: string, expected: string): Promise<string> {
  const input = app.page.locator(`${selector} input`).first();
  await input.waitFor();
  await app.page
    .waitForFunction(
      ({ css, value }) => (document.querySelector(css) as HTMLInputElement | null)?.value === value,
      { css: `${selector} input`, value: expected },
    )
    .catch(() => undefined);
  return input.inputValue();
}

/** Lets the page draw what a tap changed (two animation frames), before checking that something did not change. */
async function drawn(app: AppPage): Promise<void> {
  await app.page.evaluate(
    () => new Promise<void>((done) => requestAnimationFrame(() => requestAnimationFrame(() => done()))),
  );
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

/** The text shown next to a label of the page, e.g. 'Joining'. */
function rowValue(app: AppPage, label: string): Promise<string> {
  const labelled = app.page.locator('.row-label', { hasText: new RegExp(`^${label}$`) });
  return app.page.locator('.row', { has: labelled }).locator('.row-value').first().innerText();
}

async function count(app: AppPage, selector: string): Promise<number> {
  return app.page.locator(selector).count();
}

describe('group info page', () => {
  it('the owner edits name, introduction, notice, joining and mute-all, and they stay after a reload', async () => {
    const alice = await h5.signedIn('alice');
    await openCoffee(alice);
    expect(await alice.text('.group-owner')).toBe('Alice');
    // Nothing changed yet, so nothing to save.
    expect(await count(alice, '.btn-save-group')).toBe(0);

    await alice.type('group-name', 'Tea Lovers 🍵');
    await alice.type('group-introduction', 'Leaves, kettles and gongfu cha.');
    await alice.type('group-notification', 'Tasting moved to Sunday 15:00.');
    await alice.tap('.chip-joinOption-FreeAccess');
    await alice.tap('.switch-muteAll');
    await alice.page.locator('.switch-muteAll .uni-switch-input-checked').waitFor();
    await alice.page.locator('.btn-save-group').waitFor();

    await alice.tap('.btn-save-group');
    await alice.page.locator('uni-toast', { hasText: 'Group saved' }).waitFor();
    await alice.page.locator('.btn-save-group').waitFor({ state: 'detached' });
    expect(await alice.text('.group-title')).toBe('Tea Lovers 🍵');
    expect(await count(alice, '.group-save-error')).toBe(0);

    await alice.reload();
    await alice.page.locator('.group-title', { hasText: 'Tea Lovers 🍵' }).waitFor();
    expect(await inputShows(alice, '.input-group-name', 'Tea Lovers 🍵')).toBe('Tea Lovers 🍵');
    expect(await inputShows(alice, '.input-group-introduction', 'Leaves, kettles and gongfu cha.')).toBe(
      'Leaves, kettles and gongfu cha.',
    );
    expect(await inputShows(alice, '.input-group-notification', 'Tasting moved to Sunday 15:00.')).toBe(
      'Tasting moved to Sunday 15:00.',
    );
    expect(await alice.text('.chip-joinOption-FreeAccess.selected')).toBe('Anyone can join');
    expect(await count(alice, '.chip-joinOption-NeedPermission.selected')).toBe(0);
    expect(await count(alice, '.switch-muteAll .uni-switch-input-checked')).toBe(1);
    // Untouched fields keep their values.
    expect(await alice.text('.chip-inviteOption-NeedPermission.selected')).toBe('Invitations need approval');
    expect(await count(alice, '.btn-save-group')).toBe(0);

    // The Groups tab lists the group under its new name.
    await alice.go(ROUTES.groups);
    await alice.page.locator('.btn-create-group').waitFor();
    await alice.page.locator(`${COFFEE_ROW} .group-name`, { hasText: 'Tea Lovers 🍵' }).waitFor();
  });

  it('a plain member sees the owner-only fields read-only and sets their own name card and message remind type', async () => {
    const bob = await h5.signedIn('bob');
    await openGroupChats(bob);
    await bob.tap(COFFEE_ROW);
    await bob.page.locator('.group-title', { hasText: COFFEE_NAME }).waitFor();
    expect(await bob.text('.who')).toContain('Public · Member');

    // Owner-only fields are shown as text, not as inputs or choices.
    for (const input of ['name', 'avatar', 'introduction', 'notification']) {
      expect(await count(bob, `.input-group-${input}`)).toBe(0);
    }
    expect(await bob.text('.group-introduction')).toBe('Beans, grinders and latte art. Ask to join!');
    expect(await bob.text('.group-notification')).toBe('Tasting on Saturday 10:00 at the usual place.');
    expect(await rowValue(bob, 'Joining')).toBe('Needs approval');
    expect(await rowValue(bob, 'Inviting')).toBe('Invitations need approval');
    expect(await count(bob, '.chip[class*="chip-joinOption-"]')).toBe(0);
    expect(await count(bob, '.chip[class*="chip-inviteOption-"]')).toBe(0);
    expect(await count(bob, '.add-group-field')).toBe(0);
    expect(await count(bob, '[class*="input-group-field-"]')).toBe(0);
    // Mute-all is shown switched off and cannot be switched on.
    expect(await bob.page.locator('.switch-muteAll').getAttribute('disabled')).toBe('true');
    await bob.tap('.switch-muteAll');
    await drawn(bob);
    expect(await count(bob, '.switch-muteAll .uni-switch-input-checked')).toBe(0);
    expect(await count(bob, '.btn-save-group')).toBe(0);
    // No owner actions; leaving is offered.
    expect(await count(bob, '.btn-transfer')).toBe(0);
    expect(await count(bob, '.input-new-owner')).toBe(0);
    expect(await count(bob, '.btn-dismiss')).toBe(0);
    expect(await count(bob, '.btn-quit')).toBe(1);

    // His own name card: saved, the Save button goes away and the member preview shows it.
    expect(await inputShows(bob, '.input-my-namecard', '')).toBe('');
    await bob.type('my-namecard', 'Bob the Brewer');
    await bob.tap('.btn-save-namecard');
    await bob.page.locator('uni-toast', { hasText: 'Group saved' }).waitFor();
    await bob.page.locator('.btn-save-namecard').waitFor({ state: 'detached' });
    await bob.page.locator('.preview-name', { hasText: 'Bob the Brewer' }).waitFor();
    expect(await count(bob, '.field-error')).toBe(0);

    // His message remind type.
    expect(await bob.text('.chip-remind-AcceptAndNotify.selected')).toBe('Notify me');
    await bob.tap('.chip-remind-AcceptNotNotify');
    await bob.page.locator('.chip-remind-AcceptNotNotify.selected').waitFor();
    expect(await count(bob, '.chip-remind-AcceptAndNotify.selected')).toBe(0);

    await bob.reload();
    await bob.page.locator('.group-title', { hasText: COFFEE_NAME }).waitFor();
    expect(await inputShows(bob, '.input-my-namecard', 'Bob the Brewer')).toBe('Bob the Brewer');
    await bob.page.locator('.chip-remind-AcceptNotNotify.selected').waitFor();
    expect(await bob.text('.chip-remind-AcceptNotNotify.selected')).toBe('Receive silently');
    await bob.page.locator('.preview-name', { hasText: 'Bob the Brewer' }).waitFor();
    // Still a member: the group's own fields did not become editable.
    expect(await count(bob, '.input-group-name')).toBe(0);

    // The page opened straight from its address (here: after the reload, without the Groups tab) saves a name card
    // the same way: the Save button goes away once it is saved.
    await bob.type('my-namecard', 'Bob, head brewer');
    await bob.tap('.btn-save-namecard');
    await bob.page.locator('uni-toast', { hasText: 'Group saved' }).waitFor();
    await bob.page.locator('.preview-name', { hasText: 'Bob, head brewer' }).waitFor();
    await bob.page.locator('.btn-save-namecard').waitFor({ state: 'detached' });
  });

  it('the owner transfers ownership to a member after confirming, then is an ordinary member (two tabs)', async () => {
    const [alice, bob] = await h5.twoTabs('alice', 'bob');
    await openCoffee(alice);
    expect(await alice.text('.who')).toContain('Public · Owner');

    await alice.type('new-owner', 'bob');
    await alice.tap('.btn-transfer');
    const dialog = await dialogText(alice);
    expect(dialog.title).toBe('Transfer ownership');
    // It names who gets the group and what the owner loses.
    expect(dialog.content).toMatch(
      /^Make 鲍勃 the owner of Coffee Lovers ☕\? You become an ordinary member and lose the owner’s rights\.$/,
    );
    await alice.confirm();

    await alice.page.locator('uni-toast', { hasText: 'Ownership transferred' }).waitFor();
    await alice.page.locator('.group-owner', { hasText: '鲍勃' }).waitFor();
    await alice.page.locator('.who', { hasText: 'Public · Member' }).waitFor();
    expect(await count(alice, '.btn-transfer')).toBe(0);
    expect(await count(alice, '.btn-dismiss')).toBe(0);
    expect(await count(alice, '.input-group-name')).toBe(0);
    expect(await count(alice, '.chip[class*="chip-joinOption-"]')).toBe(0);
    expect(await count(alice, '.btn-quit')).toBe(1);

    // bob sees himself as the owner, with the owner's actions.
    await openCoffee(bob);
    await bob.page.locator('.who', { hasText: 'Public · Owner' }).waitFor();
    expect(await bob.text('.group-owner')).toBe('鲍勃');
    expect(await count(bob, '.btn-transfer')).toBe(1);
    expect(await count(bob, '.btn-dismiss')).toBe(1);
    expect(await count(bob, '.btn-quit')).toBe(0);
    expect(await count(bob, '.input-group-name')).toBe(1);
  });

  it('a member leaves the group after confirming, and it is gone from their Groups tab', async () => {
    const bob = await h5.signedIn('bob');
    await openGroupChats(bob);
    await bob.tap(COFFEE_ROW);
    await bob.page.locator('.group-title', { hasText: COFFEE_NAME }).waitFor();

    await bob.tap('.btn-quit');
    const dialog = await dialogText(bob);
    expect(dialog.title).toBe('Leave group');
    expect(dialog.content).toBe(
      'Leave Coffee Lovers ☕? You will stop receiving its messages; to return you need to join again.',
    );
    await bob.confirm();

    // Back on the Groups tab, without the group.
    await bob.page.locator('.btn-create-group').waitFor();
    await bob.page.locator(COFFEE_ROW).waitFor({ state: 'detached' });
    await bob.page.locator('.group-_TGS_1DEMOWORK').waitFor();

    // Still gone once the list is loaded afresh.
    await bob.reload();
    await bob.page.locator('.group-_TGS_1DEMOWORK').waitFor();
    expect(await count(bob, COFFEE_ROW)).toBe(0);
  });

  it('the owner dismisses the group after confirming; it is gone from their and a member’s Groups tab (two tabs)', async () => {
    const [alice, bob] = await h5.twoTabs('alice', 'bob');
    await openGroupChats(bob);
    await bob.page.locator(COFFEE_ROW).waitFor();

    await openGroupChats(alice);
    await alice.tap(COFFEE_ROW);
    await alice.page.locator('.group-title', { hasText: COFFEE_NAME }).waitFor();
    await alice.tap('.btn-dismiss');
    const dialog = await dialogText(alice);
    expect(dialog.title).toBe('Dismiss group');
    expect(dialog.content).toBe('Dismiss Coffee Lovers ☕ for all 17 members? This cannot be undone.');
    await alice.confirm();

    await alice.page.locator('.btn-create-group').waitFor();
    await alice.page.locator(COFFEE_ROW).waitFor({ state: 'detached' });
    await alice.page.locator('.group-_TGS_3DEMOALLHANDS').waitFor();

    // bob's Groups tab drops it too.
    await bob.front();
    await bob.page.locator(COFFEE_ROW).waitFor({ state: 'detached' });
    await bob.page.locator('.group-_TGS_1DEMOWORK').waitFor();

    // Opening it by its ID now says it is gone.
    await bob.go(ROUTES.group, { groupID: COFFEE });
    await bob.page.locator('.group-not-found').waitFor();
    expect(await count(bob, '.btn-quit')).toBe(0);
  });
});
