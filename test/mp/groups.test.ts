/**
 * The compiled group list, group creation, group search and join-request pages (dist/build/mp-weixin) on the
 * embedded local chat service with its demo groups. Every test starts on a fresh device storage.
 */
import {
  ROUTES,
  app,
  createStorage,
  exists,
  findAll,
  flush,
  loadUrl,
  signIn,
  tap,
  text,
  texts,
  type,
  unloadApp,
  value,
} from './harness';
import type { MpStorage } from './harness';
import { pageUrl } from '@/src/app/routes';
import { en } from '@/src/locales/en';
import { errorCodeTexts } from '@/src/locales/error-texts';
import { zhHans } from '@/src/locales/zh-Hans';

const COFFEE = '@TGS#2DEMOPUBLIC';
const COFFEE_NAME = 'Coffee Lovers ☕';
/** alice's groups in the demo (the Live AVChatRoom is not in a group list, as in the SDK). */
const ALICE_GROUPS = ['@TGS#1DEMOWORK', COFFEE, '@TGS#3DEMOMEETING', '@TGS#_DEMOCOMMUNITY', '@TGS#3DEMOALLHANDS'];

/** GroupRow's class for a groupID: '@' and '#' become '_'. */
const rowOf = (groupID: string) => `.group-${groupID.replace(/[^A-Za-z0-9_-]/g, '_')}`;
/** The local service keeps a group's profile under `chat:grp:p:<groupID>`. */
const profileKey = (groupID: string) => `chat:grp:p:${groupID}`;

interface StoredGroup {
  groupID: string;
  type: string;
  name: string;
  ownerID: string;
  memberCount: number;
}

function storedGroup(storage: MpStorage, groupID: string): StoredGroup | undefined {
  return storage.has(profileKey(groupID)) ? (JSON.parse(String(storage.get(profileKey(groupID)))) as StoredGroup) : undefined;
}

/** The one query parameter of a recorded URL, decoded. */
function queryOf(url: string, name: string): string {
  return new URLSearchParams(url.split('?')[1] ?? '').get(name) ?? '';
}

let storage: MpStorage;

beforeEach(() => {
  storage = createStorage();
});

afterEach(() => {
  expect(app().errors).toEqual([]);
  unloadApp();
});

describe('groups tab', () => {
  test("lists alice's groups with her role, and the waiting join request", async () => {
    await signIn('alice', storage);
    await loadUrl(pageUrl(ROUTES.groups));

    expect(findAll('.group-row')).toHaveLength(ALICE_GROUPS.length);
    for (const groupID of ALICE_GROUPS) expect(exists(rowOf(groupID))).toBe(true);
    expect(text(`${rowOf(COFFEE)} .group-name`)).toBe(COFFEE_NAME);
    expect(text(rowOf(COFFEE))).toContain(en.groups.members.replace('{count}', '17'));
    expect(text(`${rowOf(COFFEE)} .role-badge`)).toBe(en.groups.roles.Owner);
    // alice is an ordinary member of bob's Work group: no badge there.
    expect(exists(`${rowOf('@TGS#1DEMOWORK')} .role-badge`)).toBe(false);
    // heidi's request to join Coffee Lovers waits for alice: the entry counts it.
    expect(text('.requests-banner')).toContain(en.groups.requests);
    expect(text('.requests-badge')).toBe('1');
    expect(app().wx.titles).toContain(en.groups.title);
    // Coffee Lovers has no picture: its first members' avatars make its 9-grid.
    expect(findAll(`.group-avatar-${rowOf(COFFEE).slice('.group-'.length)} .ui-group-avatar__tile`)).toHaveLength(9);
  });

  test("tapping a group opens its chat, as WeChat's group list does; the group page decodes an encoded groupID", async () => {
    await signIn('alice', storage);
    await loadUrl(pageUrl(ROUTES.groups));

    tap(rowOf(COFFEE));
    await flush();

    expect(app().wx.navigateTo).toEqual([pageUrl(ROUTES.chat, { conversationID: `GROUP${COFFEE}` })]);
    // WeChat hands the query to onLoad as written in the URL (percent-encoded); the group page (reached from
    // the chat's title) must decode it to find the group.
    await loadUrl(pageUrl(ROUTES.group, { groupID: COFFEE }));
    expect(exists('.group-not-found') ? text('.group-not-found') : '').toBe('');
    expect(text('.group-title')).toBe(COFFEE_NAME);
  });

  test('the entries open the join requests, create and search', async () => {
    await signIn('alice', storage);
    await loadUrl(pageUrl(ROUTES.groups));

    tap('.requests-banner');
    tap('.btn-create-group');
    tap('.btn-search-group');
    await flush();

    expect(app().wx.navigateTo).toEqual([
      pageUrl(ROUTES.groupApplications),
      pageUrl(ROUTES.groupCreate),
      pageUrl(ROUTES.groupSearch),
    ]);
  });

  test('bob, who has no request to handle, sees no count on the entry', async () => {
    await signIn('bob', storage);
    await loadUrl(pageUrl(ROUTES.groups));

    expect(exists('.requests-badge')).toBe(false);
    expect(text(`${rowOf('@TGS#1DEMOWORK')} .role-badge`)).toBe(en.groups.roles.Owner);
    expect(exists(rowOf(COFFEE))).toBe(true);
  });
});

describe('groups tab: live-stream groups', () => {
  test('a live-stream group erin joins appears in her list, counted by who is in it; a new login has none', async () => {
    const LIVE = '@TGS#aDEMOLIVE';
    await signIn('erin', storage);
    await loadUrl(pageUrl(ROUTES.groups));
    expect(exists(rowOf(LIVE))).toBe(false);

    await loadUrl(pageUrl(ROUTES.groupSearch));
    type('.input-search-group', LIVE);
    await flush();
    tap('.btn-do-search');
    await flush();
    tap('.btn-join');
    await flush();
    expect(text('.join-outcome')).toBe(en.searchGroup.joined);

    await loadUrl(pageUrl(ROUTES.groups));
    expect(text(`${rowOf(LIVE)} .group-name`)).toBe('Live: Friday Demo 🎥');
    expect(text(rowOf(LIVE))).toContain(en.groups.types.AVChatRoom);
    expect(text(rowOf(LIVE))).toContain(en.groups.online.replace('{count}', '1'));

    // A relaunch is a new login: the SDK is in no room, and neither is the list.
    await signIn('erin', storage);
    await loadUrl(pageUrl(ROUTES.groups));
    expect(exists(rowOf(LIVE))).toBe(false);
  });
});

describe('group create', () => {
  test('a Public group is created with alice as owner and replaces the form by its page', async () => {
    await signIn('alice', storage);
    await loadUrl(pageUrl(ROUTES.groupCreate));
    // Every type is offered with what it means; Work is chosen at first.
    expect(texts('.group-type__name')).toEqual(['Private', 'Public', 'ChatRoom', 'AVChatRoom', 'Community'].map((type) => en.groups.types[type as 'Public']));
    expect(exists('.group-type-Private.selected')).toBe(true);

    tap('.group-type-Public');
    await flush();
    expect(exists('.group-type-Public.selected')).toBe(true);
    expect(exists('.group-type-Private.selected')).toBe(false);
    expect(text('.group-type-Public .group-type__help')).toBe(en.groups.typeHelp.Public);
    type('.input-group-name', 'Tea Club 🍵');
    await flush();
    tap('.btn-submit-group');
    await flush();

    expect(exists('.create-error')).toBe(false);
    expect(app().wx.redirectTo).toHaveLength(1);
    const url = app().wx.redirectTo[0];
    expect(url.startsWith(`/${ROUTES.group}?groupID=`)).toBe(true);
    const groupID = queryOf(url, 'groupID');
    // The service's own ID for a Public group.
    expect(groupID).toMatch(/^@TGS#2/);
    expect(app().wx.toasts.map((toast) => toast.title)).toContain(en.createGroup.created);

    // The service stored it...
    expect(storedGroup(storage, groupID)).toMatchObject({ groupID, type: 'Public', name: 'Tea Club 🍵', ownerID: 'alice', memberCount: 1 });
    // ...and leaving the page after creating it asks nothing.
    expect(app().wx.leaveAlerts.at(-1)).toBeNull();
    // ...and alice's group list, loaded afresh, has it with her as owner.
    await loadUrl(pageUrl(ROUTES.groups));
    expect(findAll('.group-row')).toHaveLength(ALICE_GROUPS.length + 1);
    expect(text(`${rowOf(groupID)} .group-name`)).toBe('Tea Club 🍵');
    expect(text(`${rowOf(groupID)} .role-badge`)).toBe(en.groups.roles.Owner);
  });

  test('initial members are added to a Work group', async () => {
    await signIn('alice', storage);
    await loadUrl(pageUrl(ROUTES.groupCreate));

    type('.input-group-name', 'Lunch');
    type('.input-group-members', 'bob, carol');
    await flush();
    tap('.btn-submit-group');
    await flush();

    const groupID = queryOf(app().wx.redirectTo[0] ?? '', 'groupID');
    expect(groupID).toMatch(/^@TGS#1/);
    expect(storedGroup(storage, groupID)).toMatchObject({ type: 'Private', name: 'Lunch', memberCount: 3 });
    // bob finds it in his list.
    await signIn('bob', storage);
    await loadUrl(pageUrl(ROUTES.groups));
    expect(text(`${rowOf(groupID)} .group-name`)).toBe('Lunch');
  });

  test('a refusal is said in the app language, never as the SDK message (zh-Hans)', async () => {
    await signIn('alice', storage, { language: 'zh_CN' });
    await loadUrl(pageUrl(ROUTES.groupCreate));
    const before = storage.snapshot();

    type('.input-group-name', 'Lunch');
    type('.input-group-members', 'ghost_404');
    await flush();
    tap('.btn-submit-group');
    await flush();

    // The sentence, then the code in small print.
    expect(text('.create-error')).toContain(errorCodeTexts['zh-Hans'].e10019);
    expect(text('.create-error')).toContain(zhHans.common.errorCode.replace('{code}', '10019'));
    expect(text('.create-error')).not.toContain('createGroup');
    expect(app().wx.redirectTo).toEqual([]);
    expect(storage.snapshot()).toEqual(before);
    // What was typed stays.
    expect(value('.input-group-name')).toBe('Lunch');
  });

  test('without a name it asks for one and creates nothing', async () => {
    await signIn('alice', storage);
    await loadUrl(pageUrl(ROUTES.groupCreate));
    const before = storage.snapshot();

    tap('.btn-submit-group');
    await flush();

    expect(text('.create-error')).toBe(en.createGroup.nameRequired);
    expect(app().wx.redirectTo).toEqual([]);
    expect(storage.snapshot()).toEqual(before);
  });
});

describe('group search', () => {
  /** The search page as users reach it: from the groups tab, whose list the app keeps while they search. */
  async function openSearch(userID: string): Promise<void> {
    await signIn(userID, storage);
    await loadUrl(pageUrl(ROUTES.groups));
    tap('.btn-search-group');
    await flush();
    await loadUrl(app().wx.navigateTo[0]);
  }

  async function search(groupID: string): Promise<void> {
    type('.input-search-group', groupID);
    await flush();
    tap('.btn-do-search');
    await flush();
  }

  test('quinn finds Coffee Lovers by ID, asks to join, and alice gets the request', async () => {
    await openSearch('quinn');
    await search(COFFEE);

    expect(exists('.search-error')).toBe(false);
    expect(text(`${rowOf(COFFEE)} .group-name`)).toBe(COFFEE_NAME);
    expect(text('.intro')).toBe('Beans, grinders and latte art. Ask to join!');
    // quinn is not a member: nothing to open yet.
    expect(exists('.btn-open-group')).toBe(false);

    type('.input-apply-message', 'Espresso fan here');
    await flush();
    tap('.btn-join');
    await flush();

    expect(text('.join-outcome')).toBe(en.searchGroup.waiting);
    expect(exists('.btn-join')).toBe(false);
    expect(exists('.btn-open-group')).toBe(false);

    // The service holds the request: alice sees it next to heidi's, with quinn's message.
    await signIn('alice', storage);
    await loadUrl(pageUrl(ROUTES.groupApplications));
    expect(exists('.application-heidi')).toBe(true);
    expect(text('.application-quinn')).toContain('Espresso fan here');
    expect(text('.application-quinn')).toContain(COFFEE_NAME);
  });

  test('a group found by ID shows no role badge (the searcher has no role in it)', async () => {
    await openSearch('quinn');
    await search(COFFEE);

    // The SDK's searchGroupByID leaves selfInfo.role blank; a badge would read the bare key "groups.roles.".
    expect(text(rowOf(COFFEE))).not.toContain('groups.roles');
    expect(exists(`${rowOf(COFFEE)} .role-badge`)).toBe(false);
  });

  test('an unknown group ID says no group was found', async () => {
    await openSearch('quinn');
    await search('@TGS#2NOSUCHGROUP');

    expect(text('.search-error')).toContain(en.searchGroup.notFound);
    expect(exists('.btn-join')).toBe(false);
  });

  test('a Work group cannot be searched: said as a sentence, not as the SDK message', async () => {
    await openSearch('quinn');
    await search('@TGS#1DEMOWORK');

    expect(text('.search-error')).toContain(en.searchGroup.notFound);
    expect(text('.search-error')).not.toContain('searchGroupByID');
    expect(text('.search-error')).not.toContain('permission denied');
  });

  test('a member who searches his own group is told he is in, and can open it', async () => {
    await openSearch('bob');
    await search(COFFEE);
    // Nothing to join: he is told at once, and offered the group.
    expect(exists('.btn-join')).toBe(false);
    expect(text('.join-outcome')).toBe(en.searchGroup.already);
    expect(exists('.btn-open-group')).toBe(true);

    tap('.btn-open-group');
    await flush();
    expect(app().wx.navigateTo.at(-1)).toBe(pageUrl(ROUTES.group, { groupID: COFFEE }));
  });
});

describe('join requests', () => {
  test("shows heidi's request to join Coffee Lovers with her note", async () => {
    await signIn('alice', storage);
    await loadUrl(pageUrl(ROUTES.groupApplications));

    expect(findAll('.application')).toHaveLength(1);
    // The applicant's avatar and name lead the row, as in WeChat's "New friends".
    expect(exists('.applicant-avatar-heidi')).toBe(true);
    expect(text('.application-heidi')).toContain('Heidi');
    expect(text('.application-heidi')).toContain(COFFEE_NAME);
    expect(text('.application-heidi')).toContain('I brew a mean pour-over!');
    expect(app().wx.titles).toContain(en.applications.title);
  });

  test('agreeing removes the request and makes heidi a member', async () => {
    await signIn('alice', storage);
    await loadUrl(pageUrl(ROUTES.groupApplications));

    tap('.application-heidi .btn-agree');
    await flush();

    expect(exists('.application-heidi')).toBe(false);
    expect(text('.applications-empty')).toBe(en.applications.empty);
    expect(app().wx.toasts.map((toast) => toast.title)).toContain(en.applications.agreed);
    expect(storedGroup(storage, COFFEE)?.memberCount).toBe(18);

    // No count any more, and the group counts heidi.
    await loadUrl(pageUrl(ROUTES.groups));
    expect(exists('.requests-badge')).toBe(false);
    expect(text(rowOf(COFFEE))).toContain(en.groups.members.replace('{count}', '18'));
    // heidi's own group list has Coffee Lovers now.
    await signIn('heidi', storage);
    await loadUrl(pageUrl(ROUTES.groups));
    expect(text(`${rowOf(COFFEE)} .group-name`)).toBe(COFFEE_NAME);
  });

  test('rejecting removes the request and heidi stays outside', async () => {
    await signIn('alice', storage);
    await loadUrl(pageUrl(ROUTES.groupApplications));

    tap('.application-heidi .btn-reject');
    await flush();

    expect(exists('.application-heidi')).toBe(false);
    expect(app().wx.toasts.map((toast) => toast.title)).toContain(en.applications.rejected);
    expect(storedGroup(storage, COFFEE)?.memberCount).toBe(17);
    await signIn('heidi', storage);
    await loadUrl(pageUrl(ROUTES.groups));
    expect(exists(rowOf(COFFEE))).toBe(false);
  });

  test("tapping the request opens the applicant's card", async () => {
    await signIn('alice', storage);
    await loadUrl(pageUrl(ROUTES.groupApplications));

    tap('.application-heidi .application__who');
    await flush();

    expect(app().wx.navigateTo).toEqual([pageUrl(ROUTES.user, { userID: 'heidi' })]);
  });
});
