import { ROUTES } from '@/src/app/routes';
import { useH5App } from './h5-app';

jest.setTimeout(90000);

const COFFEE = '@TGS#2DEMOPUBLIC';

const h5 = useH5App();

describe('group events arrive live (three tabs, no reload)', () => {
  it("a join request appears on the owner's open request page, and approving it updates a member's open group page", async () => {
    const [alice, bob] = await h5.twoTabs('alice', 'bob');
    const quinn = await h5.signedIn('quinn');

    // Both pages are open before anything happens, and neither is reloaded or navigated again.
    await alice.go(ROUTES.groupApplications);
    await alice.page.locator('.application-heidi').waitFor();
    await bob.go(ROUTES.group, { groupID: COFFEE });
    await bob.page.locator('.member-count').waitFor();
    const before = Number((await bob.text('.member-count')).split('/')[0].trim());

    await quinn.go(ROUTES.groupSearch);
    await quinn.type('search-group', COFFEE);
    await quinn.tap('.btn-do-search');
    await quinn.tap('.btn-join');
    await quinn.page.locator('.join-outcome', { hasText: 'waiting for an admin' }).waitFor();

    // The request notice (GRP_SYS_NOTICE 1) reaches alice's page as it is.
    await alice.front();
    await alice.page.locator('.application-quinn').waitFor();
    await alice.tap('.application-quinn .btn-agree');
    await alice.page.locator('.application-quinn').waitFor({ state: 'detached' });

    // The JOIN tip carries the new member count to bob's open group page.
    await bob.front();
    await bob.page.locator('.member-count', { hasText: `${before + 1} /` }).waitFor();
  });
});
