import { ROUTES } from '@/src/app/routes';
import { useH5App } from './h5-app';

const COFFEE = '@TGS#2DEMOPUBLIC';

const h5 = useH5App();

describe('people: cards and the blocklist', () => {
  it('finds a user by ID, blocks them with confirmation, and unblocks them from the blocklist', async () => {
    const app = await h5.open();
    await app.signIn('alice');
    await app.openMe();
    await app.tap('.link-find-user');
    await app.type('find-user', 'bob');
    await app.tap('.btn-find-user');
    await app.page.locator('.btn-block').waitFor();
    expect(await app.text('.field-gender')).toBe('Male');

    await app.tap('.btn-block');
    await app.confirm();
    await app.page.locator('.blocked-badge').waitFor();

    await app.go(ROUTES.blocklist);
    await app.page.locator('.blocked-bob').waitFor();
    expect(await app.page.locator('.blocked-mallory').count()).toBe(1);
    await app.tap('.blocked-bob .btn-unblock');
    await app.confirm();
    await app.page.locator('.blocked-bob').waitFor({ state: 'detached' });
    expect(await app.page.locator('.blocked-mallory').count()).toBe(1);
  });

  it('adds several users to the blocklist by userID and says which ones were left out', async () => {
    const app = await h5.open();
    await app.signIn('alice');
    await app.go(ROUTES.blocklist);
    await app.page.locator('.blocked-mallory').waitFor();
    await app.type('block-ids', 'bob, nobody42, carol');
    await app.tap('.btn-add-block');
    await app.page.locator('.blocked-carol').waitFor();
    expect(await app.page.locator('.blocked-bob').count()).toBe(1);
    expect(await app.text('.field-error')).toBe('Not blocked: nobody42 (no such user, or yourself)');
    // What was not done stays in the box, to correct and send again.
    await app.page.waitForFunction(() => document.querySelector<HTMLInputElement>('.input-block-ids input')?.value === 'nobody42');
  });

  it("copies a card's userID, and one's own card leads to my profile", async () => {
    const app = await h5.open();
    await h5.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: h5.url });
    await app.signIn('alice');
    await app.go(ROUTES.user, { userID: 'alice' });
    await app.tap('.btn-edit-mine');
    await app.page.locator('.btn-logout').waitFor();

    await app.go(ROUTES.user, { userID: 'bob' });
    await app.tap('.user-id');
    await app.page.getByText('userID copied').waitFor();
    expect(await app.page.evaluate(() => navigator.clipboard.readText())).toBe('bob');
  });

  it("shows bob's status change live on alice's open card (two tabs)", async () => {
    const [alice, bob] = await h5.twoTabs('alice', 'bob');
    await alice.go(ROUTES.user, { userID: 'bob' });
    await alice.page.locator('.online-state').waitFor();
    expect(await alice.text('.online-state')).toBe('Online');

    await bob.openMe();
    await bob.editField('customStatus', 'Brewing coffee');
    // A hidden tab's card stops watching (onHide unsubscribes) and catches up when shown again, so look at
    // alice's tab the way a person would: bring it to the front.
    await alice.front();
    await alice.page.locator('.custom-status', { hasText: 'Brewing coffee' }).waitFor();

    await bob.tap('.btn-logout');
    await bob.confirm();
    await alice.front();
    await alice.page.locator('.online-state', { hasText: 'Not signed in' }).waitFor();
  });
});

describe('groups', () => {
  it('creates a group of a chosen type and opens its info', async () => {
    const app = await h5.open();
    await app.signIn('erin');
    await app.go(ROUTES.groupCreate);
    await app.tap('.group-type-Public');
    await app.page.locator('.group-type-Public.selected').waitFor();
    expect(await app.text('.group-type-Public .group-type__help')).toContain('ask to join');
    await app.type('group-name', 'Browser test group');
    await app.type('group-members', 'bob, carol');
    await app.tap('.btn-submit-group');
    await app.page.locator('.group-title', { hasText: 'Browser test group' }).waitFor();
    expect(await app.text('.member-count')).toMatch(/^3 \//);
  });

  it('a join request appears for the owner and approval adds the member (two tabs)', async () => {
    const [alice, quinn] = await h5.twoTabs('alice', 'quinn');
    await quinn.go(ROUTES.groupSearch);
    await quinn.type('search-group', COFFEE);
    await quinn.tap('.btn-do-search');
    await quinn.tap('.btn-join');
    await quinn.page.locator('.join-outcome', { hasText: 'waiting for an admin' }).waitFor();

    await alice.go(ROUTES.groupApplications);
    await alice.page.locator('.application-quinn').waitFor();
    await alice.tap('.application-quinn .btn-agree');
    await alice.page.locator('.application-quinn').waitFor({ state: 'detached' });

    await alice.go(ROUTES.members, { groupID: COFFEE });
    await alice.page.locator('.member-quinn').waitFor();
  });

  it("an admin's mute shows on another member's list (two tabs)", async () => {
    const [alice, bob] = await h5.twoTabs('alice', 'bob');
    await alice.go(ROUTES.members, { groupID: COFFEE });
    await alice.tap('.member-dave');
    await alice.page.locator('.member-actions .wd-action-sheet__name').getByText('Mute', { exact: true }).click();
    await alice.page.locator('.mute-sheet .wd-action-sheet__name').getByText('1 hour', { exact: true }).click();
    await alice.page.locator('.member-dave .muted-badge').waitFor();

    await bob.go(ROUTES.members, { groupID: COFFEE });
    await bob.page.locator('.member-dave .muted-badge').waitFor();
    expect(await bob.text('.member-dave .muted-badge')).toContain('Muted');
  });

  it('renders only rows near the viewport in the 6000-member group and loads pages on scroll', async () => {
    const app = await h5.open();
    await app.signIn('alice');
    await app.go(ROUTES.members, { groupID: '@TGS#3DEMOALLHANDS' });
    await app.page.locator('.member-row').first().waitFor();
    const atRest = await app.page.locator('.member-row').count();
    expect(atRest).toBeLessThan(40);
    const pagesFetched = async () => Number(await app.page.locator('.members-loaded').getAttribute('data-pages'));
    for (let i = 0; i < 5; i += 1) {
      const before = await pagesFetched();
      // Scroll to the end of the list, as a person does, until the next page is fetched. uni's scroll-view reports
      // reaching the end only while scrolling down and at most every 200 ms, so each poll moves the list: back a
      // little when it is at the end, else to the end.
      await app.page.waitForFunction(
        (fetched) => {
          if (Number(document.querySelector('.members-loaded')?.getAttribute('data-pages')) > fetched) return true;
          const root = document.querySelector('.member-scroll');
          const scroller = root
            ? [root, ...Array.from(root.querySelectorAll('*'))].find(
                (node) => node.scrollHeight > node.clientHeight + 10 && getComputedStyle(node).overflowY !== 'visible',
              )
            : undefined;
          if (scroller) {
            const end = scroller.scrollHeight - scroller.clientHeight;
            scroller.scrollTo(0, scroller.scrollTop >= end - 1 ? end - 100 : end);
          }
          return false;
        },
        before,
        { polling: 250 },
      );
    }
    expect(await app.page.locator('.member-row').count()).toBeLessThan(40);
    // The rows on screen now belong to later pages: scrolling fetched them, a page at a time.
    const numbers = await app.page.locator('.member-row').evaluateAll((rows) =>
      rows.map((row) => Number(/member-member(\d+)/.exec(row.className)?.[1] ?? 0)),
    );
    expect(Math.max(...numbers)).toBeGreaterThan(100);
    expect(Math.max(...numbers)).toBeLessThan(6000);
  });
});
