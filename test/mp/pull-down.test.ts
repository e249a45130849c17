/**
 * Pull-to-refresh on the compiled pages that enable it (pages.json): the page's pull-down handler stops the
 * spinner once its load has answered, and the page still shows what it showed. What runs on a pull-down
 * (and in which order) is covered in test/unit/app/page-data.test.ts. Signed in as alice on fresh demo data.
 */
import { ROUTES, app, createStorage, flush, loadUrl, page, signIn, text, unloadApp } from './harness';
import { pageUrl } from '@/src/app/routes';
import { en } from '@/src/locales/en';
import { DEMO_FIELDS } from '@/src/chat/local/demo-people';

const COFFEE = '@TGS#2DEMOPUBLIC';

beforeEach(async () => {
  await signIn('alice', createStorage());
});

afterEach(() => {
  expect(app().errors).toEqual([]);
  unloadApp();
});

/** Pulls the current page down, as WeChat does, and lets the app settle. */
async function pullDown(): Promise<void> {
  const { instance } = page();
  const handler = instance.onPullDownRefresh as (() => unknown) | undefined;
  if (!handler) throw new Error(`${page().route} has no onPullDownRefresh`);
  handler.call(instance);
  await flush();
}

const cases: Array<{ name: string; url: string; title: string; shows: [selector: string, text: string] }> = [
  { name: 'my profile', url: pageUrl(ROUTES.profile), title: en.profile.title, shows: ['.nick', DEMO_FIELDS.alice.nick ?? 'alice'] },
  { name: "bob's card", url: pageUrl(ROUTES.user, { userID: 'bob' }), title: en.user.title, shows: ['.nick', DEMO_FIELDS.bob.nick ?? 'bob'] },
  { name: 'the blocklist', url: pageUrl(ROUTES.blocklist), title: en.blocklist.title, shows: ['.blocked-mallory', 'mallory'] },
  { name: 'my groups', url: pageUrl(ROUTES.groups), title: en.groups.title, shows: ['.group-_TGS_2DEMOPUBLIC .group-name', 'Coffee'] },
  { name: 'join requests', url: pageUrl(ROUTES.groupApplications), title: en.applications.title, shows: ['.application-heidi', 'Heidi'] },
  { name: 'a group', url: pageUrl(ROUTES.group, { groupID: COFFEE }), title: en.group.title, shows: ['.group-title', 'Coffee'] },
  { name: "a group's members", url: pageUrl(ROUTES.members, { groupID: COFFEE }), title: en.members.title, shows: ['.members-loaded', '17 of 17'] },
];

describe('pull-to-refresh', () => {
  test.each(cases)('$name: a pull-down stops the spinner and keeps the content', async ({ url, title, shows: [selector, expected] }) => {
    await loadUrl(url);
    expect(app().wx.titles).toContain(title);
    expect(app().wx.stopPullDownRefresh).toBe(0);

    await pullDown();

    expect(app().wx.stopPullDownRefresh).toBe(1);
    expect(text(selector)).toContain(expected);
  });
});
