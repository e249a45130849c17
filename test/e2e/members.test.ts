/**
 * Member management in the H5 build, one test per flow, on the demo seed of the embedded chat service.
 * Coffee Lovers ☕ (@TGS#2DEMOPUBLIC, Public) has 17 members: owner alice, admin carol ("Carol (barista)"),
 * bob, dave (大卫), grace, frank ("Frank 🍞", muted) and eleven more demo users (ivan … walter). xavier and
 * heidi are demo users outside it.
 */
import { ROUTES } from '@/src/app/routes';
import { AppPage } from './app-page';
import { useH5App } from './h5-app';

const COFFEE = '@TGS#2DEMOPUBLIC';
const COFFEE_SIZE = 17;

const h5 = useH5App();

/** Signs in and opens the member list of a group, waiting until every member of the (small) group is loaded. */
async function openMembers(userID: string, groupID = COFFEE): Promise<AppPage> {
  const app = await h5.open();
  await app.signIn(userID);
  await app.go(ROUTES.members, { groupID });
  await app.page.locator('.members-end').waitFor();
  return app;
}

/** The userIDs of the rows on screen, top to bottom. */
function shownMembers(app: AppPage): Promise<string[]> {
  return app.page
    .locator('.member-row')
    .evaluateAll((rows) => rows.map((row) => /(?:^|\s)member-(?!row\b)(\S+)/.exec(row.className)?.[1] ?? '?'));
}

/** Waits until the rows on screen are exactly `expected` (in any order). */
async function expectShown(app: AppPage, expected: string[]): Promise<void> {
  const wanted = [...expected].sort();
  await app.page
    .waitForFunction(
      (ids) => {
        const shown = Array.from(document.querySelectorAll('.member-row'))
          .map((row) => /(?:^|\s)member-(?!row\b)(\S+)/.exec(row.className)?.[1] ?? '?')
          .sort();
        return JSON.stringify(shown) === JSON.stringify(ids);
      },
      wanted,
    )
    .catch(() => undefined);
  expect((await shownMembers(app)).sort()).toEqual(wanted);
}

function sheet(app: AppPage) {
  return app.page.locator('.wd-action-sheet');
}

/** Taps a member's row and returns the names of the actions the sheet offers. */
async function openSheet(app: AppPage, userID: string): Promise<string[]> {
  await app.tap(`.member-${userID}`);
  await sheet(app).locator('.wd-action-sheet__action').first().waitFor();
  return sheet(app).locator('.wd-action-sheet__action').allInnerTexts();
}

async function closeSheet(app: AppPage): Promise<void> {
  await sheet(app).locator('.wd-action-sheet__cancel').click();
  await sheet(app).locator('.wd-action-sheet__action').first().waitFor({ state: 'hidden' });
}

/** Taps a member's row and picks one action from the sheet. */
async function act(app: AppPage, userID: string, action: string): Promise<void> {
  await openSheet(app, userID);
  await sheet(app).locator('.wd-action-sheet__action').getByText(action, { exact: true }).click();
}

/** The uni prompt (an editable modal): its text field, visible. */
async function promptField(app: AppPage) {
  const field = app.page.locator('.uni-modal__textarea');
  await field.waitFor();
  return field;
}

/** Answers the open prompt with `text`. */
async function answerPrompt(app: AppPage, text: string): Promise<void> {
  const field = await promptField(app);
  await field.fill(text);
  await app.confirm();
  await field.waitFor({ state: 'hidden' });
}

function footer(app: AppPage): Promise<string> {
  return app.text('.members-loaded');
}

describe('member list: filter and search', () => {
  it('filters by role and searches the loaded members by name card, nickname or userID', async () => {
    const app = await openMembers('alice');
    expect(await shownMembers(app)).toHaveLength(COFFEE_SIZE);
    expect(await footer(app)).toBe(`${COFFEE_SIZE} of ${COFFEE_SIZE} loaded`);

    await app.tap('.chip-role-filter-Owner');
    await expectShown(app, ['alice']);
    expect(await app.text('.member-alice .role-badge')).toBe('Owner');
    expect(await app.text('.members-end')).toBe('All 1 members loaded');

    await app.tap('.chip-role-filter-Admin');
    await expectShown(app, ['carol']);
    expect(await app.text('.member-carol .member-name')).toBe('Carol (barista)');
    expect(await app.text('.member-carol .role-badge')).toBe('Admin');

    await app.tap('.chip-role-filter-Member');
    await app.page.locator('.members-end', { hasText: `All ${COFFEE_SIZE - 2} members loaded` }).waitFor();
    const ordinary = await shownMembers(app);
    expect(ordinary).toHaveLength(COFFEE_SIZE - 2);
    expect(ordinary).toEqual(expect.arrayContaining(['bob', 'dave', 'frank', 'grace']));
    expect(ordinary).not.toContain('alice');
    expect(ordinary).not.toContain('carol');
    expect(await app.page.locator('.member-row .role-badge').count()).toBe(0);

    // Search within the role filter: by nickname (dave is 大卫) …
    await app.type('member-search', '大卫');
    await expectShown(app, ['dave']);
    // … and carol is an admin, so no ordinary member matches her name.
    await app.type('member-search', 'carol');
    await expectShown(app, []);
    expect(await app.text('.list-footer')).toContain('No members match.');

    // Everyone again: the search now finds carol; then search by name card (case-insensitive) and by userID.
    await app.tap('.chip-role-filter-all');
    await expectShown(app, ['carol']);
    await app.type('member-search', '🍞');
    await expectShown(app, ['frank']);
    expect(await app.text('.member-frank .member-name')).toBe('Frank 🍞');
    await app.type('member-search', 'BARISTA');
    await expectShown(app, ['carol']);
    // judy's nickname is 朱迪: only her userID matches.
    await app.type('member-search', 'judy');
    await expectShown(app, ['judy']);

    await app.type('member-search', '');
    await app.page.waitForFunction((size) => document.querySelectorAll('.member-row').length === size, COFFEE_SIZE);
  });
});

describe('member roles', () => {
  it('the owner makes a member admin and removes admin again; the change is kept', async () => {
    const app = await openMembers('alice');
    expect(await app.page.locator('.member-dave .role-badge').count()).toBe(0);

    await act(app, 'dave', 'Make admin');
    await app.page.locator('.member-dave .role-badge', { hasText: 'Admin' }).waitFor();

    // The service has it: the Admin filter lists dave next to carol.
    await app.tap('.chip-role-filter-Admin');
    await expectShown(app, ['carol', 'dave']);
    await app.tap('.chip-role-filter-all');
    await app.page.locator('.members-end', { hasText: `All ${COFFEE_SIZE} members loaded` }).waitFor();

    const actions = await openSheet(app, 'dave');
    expect(actions).toContain('Remove admin');
    expect(actions).not.toContain('Make admin');
    await sheet(app).locator('.wd-action-sheet__action').getByText('Remove admin', { exact: true }).click();
    await app.page.locator('.member-dave .role-badge').waitFor({ state: 'detached' });

    await app.tap('.chip-role-filter-Admin');
    await expectShown(app, ['carol']);
  });
});

describe('name cards and member fields', () => {
  it("the owner edits a member's name card: the row shows it, search finds it, and it is kept", async () => {
    const app = await openMembers('alice');
    expect(await app.text('.member-dave .member-name')).toBe('大卫');

    await act(app, 'dave', 'Edit name card');
    await answerPrompt(app, 'Dave the Roaster');
    await app.page.locator('.member-dave .member-name', { hasText: 'Dave the Roaster' }).waitFor();
    expect(await app.text('.member-dave .member-sub')).toContain('dave');
    // The search finds the member by the new name card.
    await app.type('member-search', 'roaster');
    await expectShown(app, ['dave']);

    await app.reload();
    await app.page.locator('.members-end').waitFor();
    expect(await app.text('.member-dave .member-name')).toBe('Dave the Roaster');
    // The editor opens on the current name card.
    await act(app, 'dave', 'Edit name card');
    expect(await (await promptField(app)).inputValue()).toBe('Dave the Roaster');
    await app.page.locator('.uni-modal__btn_default').click();
    await app.page.locator('.uni-modal__textarea').waitFor({ state: 'hidden' });

    // Another member sees the same name card.
    const bob = await h5.open();
    await bob.signIn('bob');
    await bob.go(ROUTES.members, { groupID: COFFEE });
    await bob.page.locator('.member-dave .member-name', { hasText: 'Dave the Roaster' }).waitFor();
  });

  it("the owner edits a member's custom fields; the editor shows the stored fields, also after a reload", async () => {
    const app = await openMembers('alice');
    await act(app, 'dave', 'Edit member fields');
    expect(await (await promptField(app)).inputValue()).toBe('');
    await answerPrompt(app, 'team=roasting, shift=morning');

    // Opened again, the editor shows what was saved.
    await act(app, 'dave', 'Edit member fields');
    expect(await (await promptField(app)).inputValue()).toBe('team=roasting, shift=morning');
    await app.page.locator('.uni-modal__btn_default').click();
    await app.page.locator('.uni-modal__textarea').waitFor({ state: 'hidden' });

    // After a reload the editor must still open on the stored fields: a person edits what is there,
    // not an empty box that hides them.
    await app.reload();
    await app.page.locator('.members-end').waitFor();
    await act(app, 'dave', 'Edit member fields');
    expect(await (await promptField(app)).inputValue()).toBe('team=roasting, shift=morning');
  });
});

describe('removing members', () => {
  it('removes a member with a reason after confirming; the row goes and the count drops', async () => {
    const app = await openMembers('alice');
    await act(app, 'grace', 'Remove from group');
    const modal = app.page.locator('.uni-modal');
    await modal.locator('.uni-modal__bd', { hasText: 'Remove 格蕾丝 from the group?' }).waitFor();
    // Nothing happens before the confirmation.
    expect(await app.page.locator('.member-grace').count()).toBe(1);
    await app.confirm();
    await answerPrompt(app, 'Left for the tea club');

    await app.page.locator('.member-grace').waitFor({ state: 'detached' });
    expect(await shownMembers(app)).toHaveLength(COFFEE_SIZE - 1);
    await app.page.locator('.members-end', { hasText: `All ${COFFEE_SIZE - 1} members loaded` }).waitFor();

    // The service has removed her: a fresh list and the group's info count one member fewer.
    await app.go(ROUTES.group, { groupID: COFFEE });
    await app.page.locator('.member-count', { hasText: `${COFFEE_SIZE - 1} /` }).waitFor();
    await app.go(ROUTES.members, { groupID: COFFEE });
    await app.page.locator('.members-end', { hasText: `All ${COFFEE_SIZE - 1} members loaded` }).waitFor();
    expect(await app.page.locator('.member-grace').count()).toBe(0);
    expect(await footer(app)).toBe(`${COFFEE_SIZE - 1} of ${COFFEE_SIZE - 1} loaded`);
  });

  it('keeps the member when the removal is cancelled', async () => {
    const app = await openMembers('alice');
    await act(app, 'grace', 'Remove from group');
    await app.page.locator('.uni-modal__bd', { hasText: 'Remove 格蕾丝 from the group?' }).waitFor();
    await app.page.locator('.uni-modal__btn_default').click();
    await app.page.locator('.uni-modal__bd').waitFor({ state: 'hidden' });
    expect(await app.page.locator('.uni-modal__textarea').isVisible()).toBe(false);

    await app.go(ROUTES.group, { groupID: COFFEE });
    await app.page.locator('.member-count', { hasText: `${COFFEE_SIZE} /` }).waitFor();
    await app.go(ROUTES.members, { groupID: COFFEE });
    await app.page.locator('.members-end', { hasText: `All ${COFFEE_SIZE} members loaded` }).waitFor();
    expect(await app.page.locator('.member-grace').count()).toBe(1);
  });
});

describe('adding members', () => {
  it('adds several userIDs at once and tells, per user, who was added, who was in and who failed', async () => {
    const app = await openMembers('alice');
    expect(await app.page.locator('.member-xavier').count()).toBe(0);

    await app.type('add-members', 'xavier, bob heidi，no-such-user-42');
    await app.tap('.btn-add-members');
    await app.page.locator('.add-outcome').waitFor();
    expect(await app.text('.add-outcome')).toBe(
      'Added: xavier, heidi. Already in: bob. Failed: no-such-user-42. Over the limit: none.',
    );
    // The field empties for the next IDs.
    await app.page.waitForFunction(() => document.querySelector<HTMLInputElement>('.input-add-members input')?.value === '');

    await app.page.locator('.members-end', { hasText: `All ${COFFEE_SIZE + 2} members loaded` }).waitFor();
    await app.type('member-search', 'xavier');
    await expectShown(app, ['xavier']);
    expect(await app.page.locator('.member-xavier .role-badge').count()).toBe(0);
    await app.type('member-search', 'heidi');
    await expectShown(app, ['heidi']);
    await app.type('member-search', 'no-such');
    await expectShown(app, []);

    await app.go(ROUTES.group, { groupID: COFFEE });
    await app.page.locator('.member-count', { hasText: `${COFFEE_SIZE + 2} /` }).waitFor();
  });
});

describe('what each role may do', () => {
  it('a plain member gets no management actions on others, only on themself', async () => {
    const app = await openMembers('bob');
    expect(await app.text('.member-bob')).toContain('(me)');

    for (const other of ['dave', 'carol', 'alice', 'frank']) {
      expect(await openSheet(app, other)).toEqual(['View profile']);
      await closeSheet(app);
    }
    const own = await openSheet(app, 'bob');
    expect(own).toEqual(['View profile', 'Edit name card', 'Edit member fields']);
    await closeSheet(app);

    // What is left of the sheet for others works: it opens the profile.
    await act(app, 'dave', 'View profile');
    await app.page.waitForURL(/pages\/user\/user\?userID=dave/);
  });

  it('an admin manages ordinary members but not the owner, and appoints no admins', async () => {
    const app = await openMembers('carol');
    const onMember = await openSheet(app, 'dave');
    expect(onMember).toEqual(expect.arrayContaining(['View profile', 'Mute', 'Edit name card', 'Edit member fields', 'Remove from group']));
    expect(onMember).not.toContain('Make admin');
    expect(onMember).not.toContain('Transfer ownership');
    await closeSheet(app);

    expect(await openSheet(app, 'alice')).toEqual(['View profile']);
    await closeSheet(app);
  });
});
