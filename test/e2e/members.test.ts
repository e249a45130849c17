/**
 * Member management in the H5 build, one test per flow, on the demo seed of the embedded chat service.
 * Coffee Lovers ☕ (@TGS#2DEMOPUBLIC, Public) has 17 members: owner alice, admin carol ("Carol (barista)"),
 * bob, dave (大卫), grace, frank ("Frank 🍞", muted) and eleven more demo users (ivan … walter). xavier and
 * heidi are demo users outside it. All Hands (@TGS#3DEMOALLHANDS) has 6000, the last one member5970.
 */
import { ROUTES } from '@/src/app/routes';
import { AppPage } from './app-page';
import { useH5App } from './h5-app';

const COFFEE = '@TGS#2DEMOPUBLIC';
const COFFEE_SIZE = 17;
const ALL_HANDS = '@TGS#3DEMOALLHANDS';
const LAST_OF_6000 = 'member5970';

const h5 = useH5App();

/** Signs in and opens the member list of a group, waiting until every member of the (small) group is loaded. */
async function openMembers(userID: string, groupID = COFFEE): Promise<AppPage> {
  const app = await h5.open();
  await app.signIn(userID);
  await app.go(ROUTES.members, { groupID });
  await app.page.locator(groupID === COFFEE ? '.members-end' : '.member-row').first().waitFor();
  return app;
}

/** The userIDs of the rows on screen, top to bottom. */
function shownMembers(app: AppPage): Promise<string[]> {
  return app.page
    .locator('.member-row')
    .filter({ visible: true })
    .evaluateAll((rows) => rows.map((row) => /(?:^|\s)member-(?!row\b)(\S+)/.exec(row.className)?.[1] ?? '?'));
}

/** Waits until the rows on screen are exactly `expected` (in any order). */
async function expectShown(app: AppPage, expected: string[]): Promise<void> {
  const wanted = [...expected].sort();
  await app.page
    .waitForFunction(
      (ids) => {
        const shown = Array.from(document.querySelectorAll('.member-row'))
          .filter((row) => (row as HTMLElement).offsetParent !== null)
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
  return app.page.locator('.member-actions');
}

/** Taps a member's row and returns the names of the actions the sheet offers. */
async function openSheet(app: AppPage, userID: string): Promise<string[]> {
  await app.page.locator(`.member-${userID}`).filter({ visible: true }).first().click();
  await sheet(app).locator('.wd-action-sheet__name').first().waitFor();
  return sheet(app).locator('.wd-action-sheet__name').allInnerTexts();
}

async function closeSheet(app: AppPage): Promise<void> {
  await sheet(app).locator('.wd-action-sheet__cancel').click();
  await sheet(app).locator('.wd-action-sheet__name').first().waitFor({ state: 'hidden' });
}

/** Taps a member's row and picks one action from the sheet. */
async function act(app: AppPage, userID: string, action: string): Promise<void> {
  await openSheet(app, userID);
  await sheet(app).locator('.wd-action-sheet__name').getByText(action, { exact: true }).click();
}

/** On a focused edit page: types `text` into the field and saves, then waits for the page to close. */
async function saveField(app: AppPage, input: string, text: string): Promise<void> {
  const field = app.page.locator(`.input-${input} input, .input-${input} textarea`).filter({ visible: true }).first();
  await field.waitFor();
  await field.fill(text);
  await app.page.locator('.btn-save-group').filter({ visible: true }).first().click();
  await field.waitFor({ state: 'detached' });
}

/** A fling to the very bottom of the list, without waiting for what it brings (uni's scroll-view scrolls an inner box). */
async function fling(app: AppPage): Promise<void> {
  await app.page.locator('.member-scroll').evaluate((root) => {
    const scroller = Array.from(root.querySelectorAll<HTMLElement>('*')).find((node) => ['auto', 'scroll'].includes(getComputedStyle(node).overflowY));
    scroller?.scrollTo(0, scroller.scrollHeight);
  });
  await app.page.evaluate(() => new Promise((done) => requestAnimationFrame(() => done(null))));
}

function footer(app: AppPage): Promise<string> {
  return app.text('.members-loaded');
}

/** How many members the footer says are loaded. */
async function loaded(app: AppPage): Promise<number> {
  return Number(/^(\d+) of/.exec(await footer(app))?.[1] ?? 0);
}

describe('member list: sections and search', () => {
  it('shows owner, admins and members in sections, and searches the loaded members by name card, nickname or userID', async () => {
    const app = await openMembers('alice');
    expect(await shownMembers(app)).toHaveLength(COFFEE_SIZE);
    expect(await footer(app)).toBe(`${COFFEE_SIZE} of ${COFFEE_SIZE} loaded`);
    expect(await app.page.locator('.members-section-title').allInnerTexts()).toEqual(['Owner', 'Admins', 'Members']);
    expect(await app.text('.member-alice .role-badge')).toBe('Owner');
    // alice's remark for carol, her friend, comes before carol's name card (Carol (barista)), as in WeChat.
    expect(await app.text('.member-carol .member-name')).toBe('Carol (design)');
    expect(await app.text('.member-carol .role-badge')).toBe('Admin');

    await app.type('member-search', '大卫');
    await expectShown(app, ['dave']);
    await app.type('member-search', '🍞');
    await expectShown(app, ['frank']);
    expect(await app.text('.member-frank .member-name')).toBe('Frank 🍞');
    await app.type('member-search', 'BARISTA');
    await expectShown(app, ['carol']);
    // judy's nickname is 朱迪: only her userID matches.
    await app.type('member-search', 'judy');
    await expectShown(app, ['judy']);
    await app.type('member-search', 'nobody-here');
    await expectShown(app, []);
    expect(await app.text('.list-footer')).toContain('No members match.');

    await app.type('member-search', '');
    await app.page.waitForFunction((size) => document.querySelectorAll('.member-row').length === size, COFFEE_SIZE);
  });

  it('finds a member of 6000 by exact userID while only the first page is loaded', async () => {
    const app = await openMembers('alice', ALL_HANDS);
    expect(await loaded(app)).toBe(100);

    await app.type('member-search', LAST_OF_6000);
    const found = app.page.locator(`.member-row--found.member-${LAST_OF_6000}`);
    await found.waitFor();
    expect(await found.innerText()).toContain('Member 5970');
    expect(await app.page.locator('.members-section-title').filter({ visible: true }).first().innerText()).toBe('Found by userID');
    // The lookup asked for one member, not for the pages before them.
    expect(await loaded(app)).toBe(100);

    // It is a member like any other: its actions work.
    await found.click();
    await sheet(app).locator('.wd-action-sheet__name').getByText('Mute', { exact: true }).click();
    await app.page.locator('.mute-sheet .wd-action-sheet__name').getByText('1 hour', { exact: true }).click();
    await app.page.locator(`.member-${LAST_OF_6000} .muted-badge`).waitFor();
  });
});

describe('the 6000-member list', () => {
  it('reaches the end after fast flings, with a loading row while it fetches and only a window of rows', async () => {
    const app = await openMembers('alice', ALL_HANDS);
    // The list fills the window below the search bar: no strip left blank under it.
    const gap = await app.page.locator('.member-scroll').evaluate((node) => window.innerHeight - node.getBoundingClientRect().bottom);
    expect(Math.abs(gap)).toBeLessThanOrEqual(1);

    let flings = 0;
    let most = 0;
    while ((await app.page.locator('.members-end').count()) === 0) {
      flings += 1;
      expect(flings).toBeLessThan(400);
      await fling(app);
      most = Math.max(most, await app.page.locator('.member-row').count());
      // Until the end, the last row of the list says it is loading.
      if ((await app.page.locator('.members-end').count()) === 0 && (await loaded(app)) < 6000) {
        expect(await app.page.locator('.members-loading').count()).toBe(1);
      }
    }
    expect(await footer(app)).toBe('6000 of 6000 loaded');
    expect(await app.text('.members-end')).toBe('All 6000 members loaded');
    expect(most).toBeLessThan(60);
    // The last page landed below the viewport: one more fling shows the last member.
    await fling(app);
    await app.page.locator(`.member-${LAST_OF_6000}`).waitFor();
    const numbers = await app.page.locator('.member-row').evaluateAll((rows) =>
      rows.map((row) => Number(/member-member(\d+)/.exec(row.className)?.[1] ?? 0)),
    );
    expect(Math.max(...numbers)).toBe(5970);
  });

  it('after one removal from the full list the footer counts it at once', async () => {
    const app = await openMembers('alice', ALL_HANDS);
    while ((await app.page.locator('.members-end').count()) === 0) await fling(app);
    await fling(app);
    await act(app, LAST_OF_6000, 'Remove from group');
    await app.page.locator('.remove-dialog .ui-dialog__confirm').click();
    await app.page.locator(`.member-${LAST_OF_6000}`).waitFor({ state: 'detached' });
    await app.page.locator('.members-loaded', { hasText: '5999 of 5999 loaded' }).waitFor();
  });
});

describe('member roles', () => {
  it('the owner makes a member admin and removes admin again; the sections follow and the change is kept', async () => {
    const app = await openMembers('alice');
    expect(await app.page.locator('.member-dave .role-badge').count()).toBe(0);

    await act(app, 'dave', 'Make admin');
    await app.page.locator('.member-dave .role-badge', { hasText: 'Admin' }).waitFor();

    await app.reload();
    await app.page.locator('.member-dave .role-badge', { hasText: 'Admin' }).waitFor();
    const actions = await openSheet(app, 'dave');
    expect(actions).toContain('Remove admin');
    expect(actions).not.toContain('Make admin');
    await sheet(app).locator('.wd-action-sheet__name').getByText('Remove admin', { exact: true }).click();
    await app.page.locator('.member-dave .role-badge').waitFor({ state: 'detached' });
  });
});

describe('name cards and member fields', () => {
  it("the owner edits a member's name card on its own page: the row shows it, search finds it, and it is kept", async () => {
    const app = await openMembers('alice');
    expect(await app.text('.member-dave .member-name')).toBe('大卫');

    await act(app, 'dave', 'Edit name card');
    await saveField(app, 'member-namecard', 'Dave the Roaster');
    await app.page.locator('.member-dave .member-name', { hasText: 'Dave the Roaster' }).waitFor();
    expect(await app.text('.member-dave .member-sub')).toContain('dave');
    await app.type('member-search', 'roaster');
    await expectShown(app, ['dave']);

    await app.reload();
    await app.page.locator('.members-end').waitFor();
    expect(await app.text('.member-dave .member-name')).toBe('Dave the Roaster');
    const bob = await h5.open();
    await bob.signIn('bob');
    await bob.go(ROUTES.members, { groupID: COFFEE });
    await bob.page.locator('.member-dave .member-name', { hasText: 'Dave the Roaster' }).waitFor();
  });

  it("the owner edits a member's fields as rows with display names; they are kept", async () => {
    const app = await openMembers('alice');
    await act(app, 'dave', 'Member fields');
    await app.page.locator('.cell-member-field-team').waitFor();
    expect(await app.page.locator('.cell-member-field .ui-cell__title').allInnerTexts()).toEqual(['Team', 'Department', 'Camera', 'Shift']);
    // No monospace "key=value" box anywhere.
    expect(await app.page.getByText('key=value').count()).toBe(0);

    await app.tap('.cell-member-field-team');
    await saveField(app, 'member-field-team', 'roasting');
    await app.page.locator('.value-member-field-team', { hasText: 'roasting' }).waitFor();
    await app.tap('.cell-member-field-shift');
    await saveField(app, 'member-field-shift', 'morning');
    await app.page.locator('.value-member-field-shift', { hasText: 'morning' }).waitFor();

    await app.reload();
    await app.page.locator('.value-member-field-team', { hasText: 'roasting' }).waitFor();
    expect(await app.text('.value-member-field-shift')).toBe('morning');
    expect(await app.text('.value-member-field-camera')).toBe('Not set');
  });
});

describe('removing members', () => {
  it('takes one dialog with the reason in it; the row goes and the count drops', async () => {
    const app = await openMembers('alice');
    await act(app, 'grace', 'Remove from group');
    const dialog = app.page.locator('.remove-dialog');
    await dialog.locator('.ui-dialog__content', { hasText: 'Remove 格蕾丝 from Coffee Lovers ☕?' }).waitFor();
    // The reason is asked in the same dialog: no second one, no system modal.
    expect(await app.page.locator('.uni-modal').filter({ visible: true }).count()).toBe(0);
    expect(await app.page.locator('.member-grace').count()).toBe(1);
    await dialog.locator('.input-remove-reason input').fill('Left for the tea club');
    await dialog.locator('.ui-dialog__confirm').click();

    await app.page.locator('.member-grace').waitFor({ state: 'detached' });
    await app.page.locator('.members-loaded', { hasText: `${COFFEE_SIZE - 1} of ${COFFEE_SIZE - 1} loaded` }).waitFor();
    expect(await app.page.locator('.uni-modal').filter({ visible: true }).count()).toBe(0);

    await app.go(ROUTES.group, { groupID: COFFEE });
    await app.page.locator('.member-count', { hasText: `${COFFEE_SIZE - 1} /` }).waitFor();
  });

  it('keeps the member when the removal is cancelled', async () => {
    const app = await openMembers('alice');
    await act(app, 'grace', 'Remove from group');
    const dialog = app.page.locator('.remove-dialog');
    await dialog.waitFor();
    await dialog.locator('.ui-dialog__cancel').click();
    await dialog.waitFor({ state: 'hidden' });

    await app.reload();
    await app.page.locator('.members-end', { hasText: `All ${COFFEE_SIZE} members loaded` }).waitFor();
    expect(await app.page.locator('.member-grace').count()).toBe(1);
  });
});

describe('adding members', () => {
  it('adds several userIDs at once and tells, per person, who was added, who was in and who failed', async () => {
    const app = await openMembers('alice');
    expect(await app.page.locator('.member-xavier').count()).toBe(0);

    await app.tap('.btn-add-members');
    const field = app.page.locator('.input-add-members input').filter({ visible: true }).first();
    await field.waitFor();
    await field.fill('xavier, bob heidi，no-such-user-42');
    await app.tap('.btn-submit-members');
    await app.page.locator('.add-outcome-success').waitFor();
    expect(await app.page.locator('.add-outcome-success .ui-cell__label').allInnerTexts()).toEqual(['xavier', 'heidi']);
    expect(await app.page.locator('.add-outcome-existed .ui-cell__label').allInnerTexts()).toEqual(['bob']);
    expect(await app.page.locator('.add-outcome-failure .ui-cell__title').allInnerTexts()).toEqual(['no-such-user-42']);
    // What was not added stays in the box to correct.
    await app.page.waitForFunction(() => document.querySelector<HTMLInputElement>('.input-add-members input')?.value === 'no-such-user-42');

    await app.page.locator('.uni-page-head-btn').filter({ visible: true }).first().click();
    await app.page.locator('.member-xavier').filter({ visible: true }).waitFor();
    await app.page.locator('.members-end', { hasText: `All ${COFFEE_SIZE + 2} members loaded` }).waitFor();
  });
});

describe('what each role may do', () => {
  it('a plain member gets no management actions on others, only on themself', async () => {
    const app = await openMembers('bob');
    expect(await app.text('.member-bob')).toContain('(me)');
    expect(await app.page.locator('.btn-add-members').count()).toBe(1);

    for (const other of ['dave', 'carol', 'alice', 'frank']) {
      expect(await openSheet(app, other)).toEqual(['View profile']);
      await closeSheet(app);
    }
    expect(await openSheet(app, 'bob')).toEqual(['View profile', 'Edit name card', 'Member fields']);
    await closeSheet(app);

    await act(app, 'dave', 'View profile');
    await app.page.waitForURL((url) => url.href.includes(`${ROUTES.user}?userID=dave`));
  });

  it('an admin manages ordinary members but not the owner, and appoints no admins', async () => {
    const app = await openMembers('carol');
    const onMember = await openSheet(app, 'dave');
    expect(onMember).toEqual(expect.arrayContaining(['View profile', 'Mute', 'Edit name card', 'Member fields', 'Remove from group']));
    expect(onMember).not.toContain('Make admin');
    expect(onMember).not.toContain('Transfer ownership');
    await closeSheet(app);

    expect(await openSheet(app, 'alice')).toEqual(['View profile']);
    await closeSheet(app);
  });
});
