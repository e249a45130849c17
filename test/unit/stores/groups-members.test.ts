import { TYPES } from '@/src/chat/constants';
import { useBlocklistStore } from '@/src/stores/blocklist';
import { useGroupsStore } from '@/src/stores/groups';
import { MEMBER_PAGE_SIZE, useMembersStore } from '@/src/stores/members';
import { flush } from './context';
import { signedIn } from './signed-in';

const COFFEE = '@TGS#2DEMOPUBLIC';
const ALL_HANDS = '@TGS#3DEMOALLHANDS';

describe('members store', () => {
  it('fetches the 6000-member group a page at a time, without repeats, to the end', async () => {
    const world = await signedIn('alice');
    const calls: number[] = [];
    const leaderCalls: string[] = [];
    const original = world.backend.chat.getGroupMemberList.bind(world.backend.chat);
    world.backend.chat.getGroupMemberList = (options) => {
      if (options.role) leaderCalls.push(options.role);
      else calls.push(options.count ?? 0);
      return original(options);
    };
    const store = useMembersStore();
    await store.open(ALL_HANDS);
    // The first page, and owner and admins by the service's role filter (one page each).
    expect(calls).toEqual([MEMBER_PAGE_SIZE]);
    expect(leaderCalls).toEqual([TYPES.GRP_MBR_ROLE_OWNER, TYPES.GRP_MBR_ROLE_ADMIN]);
    expect(store.count).toBe(MEMBER_PAGE_SIZE);
    while (!store.done) await store.loadMore();
    expect(store.count).toBe(6000);
    expect(new Set(store.members.map((member) => member.userID)).size).toBe(6000);
    expect(calls).toHaveLength(60);
  });

  it('mutes at once, and puts the row back when the service refuses', async () => {
    const world = await signedIn('carol');
    const store = useMembersStore();
    await store.open(COFFEE);
    const dave = () => store.members.find((member) => member.userID === 'dave');
    await store.mute('dave', 600);
    expect(dave()?.muteUntil).toBeGreaterThan(Date.now() / 1000);

    // carol is an admin: she may not mute alice, the owner; the row must come back unchanged.
    const alice = store.members.find((member) => member.userID === 'alice');
    await expect(store.mute('alice', 600)).rejects.toMatchObject({ code: expect.any(Number) });
    expect(store.members.find((member) => member.userID === 'alice')).toEqual(alice);
    expect(world.server.instanceCount('carol')).toBe(1);
  });

  it("reads a member's custom fields, which the member list leaves out", async () => {
    await signedIn('alice');
    const store = useMembersStore();
    await store.open(COFFEE);
    await store.setCustomField('dave', [{ key: 'team', value: 'roasting' }]);
    await store.open(COFFEE);
    expect(store.members.find((member) => member.userID === 'dave')?.memberCustomField).toEqual([]);
    expect(await store.customFieldsOf('dave')).toEqual([{ key: 'team', value: 'roasting' }]);
    expect(await store.customFieldsOf('erin')).toEqual([]);
  });

  it('keeps owner and admins in their own sections, and searches only what is loaded', async () => {
    await signedIn('alice');
    const store = useMembersStore();
    await store.open(COFFEE);
    expect(store.owners.map((member) => member.userID)).toEqual(['alice']);
    expect(store.admins.map((member) => member.userID)).toEqual(['carol']);
    expect(store.others).toHaveLength(15);
    expect(store.others.some((member) => member.role === TYPES.GRP_MBR_ROLE_OWNER || member.role === TYPES.GRP_MBR_ROLE_ADMIN)).toBe(false);
    expect(store.searchLoaded('barista').map((member) => member.userID)).toEqual(['carol']);
  });

  it('finds a member by exact userID beyond the loaded pages (the last of 6000 at 100 loaded)', async () => {
    const world = await signedIn('alice');
    const store = useMembersStore();
    await store.open(ALL_HANDS);
    // The last member of the group, read past the store.
    let offset = 0;
    let last = '';
    do {
      const { data } = await world.backend.chat.getGroupMemberList({ groupID: ALL_HANDS, count: 100, offset });
      last = data.memberList[data.memberList.length - 1]?.userID ?? last;
      offset = data.offset;
    } while (offset !== 0);
    expect(store.searchLoaded(last)).toEqual([]);

    const found = await store.lookup(last);
    expect(found?.userID).toBe(last);
    expect(store.found?.userID).toBe(last);
    // Still only the first page loaded: the lookup asked for one member, not for the pages before them.
    expect(store.count).toBe(MEMBER_PAGE_SIZE);
    expect(await store.lookup('nobody-of-this-group')).toBeNull();
    expect(store.found).toBeNull();

    // An action on the member found updates that row.
    await store.lookup(last);
    await store.mute(last, 600);
    expect(store.found?.muteUntil).toBeGreaterThan(Date.now() / 1000);
  });

  it('answers a removal with the group as it is after it: the count drops at once', async () => {
    await signedIn('alice');
    const groups = useGroupsStore();
    await groups.load();
    const store = useMembersStore();
    await store.open(ALL_HANDS);
    while (!store.done) await store.loadMore();
    const target = store.others[store.others.length - 1].userID;
    const { group } = await store.remove([target], 'test');
    groups.refreshed(group);
    expect(group.memberCount).toBe(5999);
    expect(groups.byID.get(ALL_HANDS)?.memberCount).toBe(5999);
    expect(store.count).toBe(5999);
  });
});

describe('groups store', () => {
  it('rolls an optimistic profile edit back when the service refuses it', async () => {
    await signedIn('bob');
    const store = useGroupsStore();
    await store.load();
    const before = store.byID.get(COFFEE);
    expect(before?.selfInfo.role).toBe(TYPES.GRP_MBR_ROLE_MEMBER);
    // bob is an ordinary member of a Public group: he may not rename it.
    await expect(store.updateProfile({ groupID: COFFEE, name: 'Tea Lovers' })).rejects.toMatchObject({ code: expect.any(Number) });
    expect(store.byID.get(COFFEE)).toEqual(before);
  });

  it('lists join requests for admins and drops a handled one', async () => {
    const world = await signedIn('alice');
    const store = useGroupsStore();
    await store.load();
    await store.loadApplications();
    expect(store.applications.map((item) => item.applicant)).toContain('heidi');
    const heidi = store.applications.find((item) => item.applicant === 'heidi');
    await store.handleApplication(heidi!, 'Agree');
    await flush();
    expect(store.applications.map((item) => item.applicant)).not.toContain('heidi');
    expect(world.server.instanceCount('alice')).toBe(1);

    const quinn = world.server.createClient();
    await quinn.login({ userID: 'quinn', userSig: 'local' });
    await quinn.joinGroup({ groupID: COFFEE });
    // The service tells admins of a new request by a system message, not a list event: the page reloads
    // the requests when shown and on pull-to-refresh.
    await store.loadApplications();
    expect(store.applications.map((item) => item.applicant)).toContain('quinn');
  });

  it('keeps a failed join-request load in applicationsError instead of rejecting, and clears it on success', async () => {
    const world = await signedIn('alice');
    const store = useGroupsStore();
    await store.loadApplications();
    const before = store.applications;
    const original = world.backend.chat.getGroupApplicationList.bind(world.backend.chat);
    world.backend.chat.getGroupApplicationList = () => Promise.reject(Object.assign(new Error('offline'), { code: 2800 }));
    await expect(store.loadApplications()).resolves.toBeUndefined();
    expect(store.applicationsError).toMatchObject({ code: 2800, message: 'offline' });
    expect(store.applications).toEqual(before);
    world.backend.chat.getGroupApplicationList = original;
    await store.loadApplications();
    expect(store.applicationsError).toBeNull();
  });
});

describe('blocklist store', () => {
  it('blocks, unblocks, and restores the list when an unblock is refused', async () => {
    const world = await signedIn('alice');
    const store = useBlocklistStore();
    await store.load();
    expect(store.userIDs).toEqual(['mallory']);
    expect(await store.block(['bob', 'nobody', 'carol', 'alice'])).toEqual(['nobody', 'alice']);
    expect(store.userIDs.sort()).toEqual(['bob', 'carol', 'mallory']);
    await store.unblock(['bob']);
    expect(store.has('bob')).toBe(false);

    world.backend.chat.removeFromBlacklist = () => Promise.reject(Object.assign(new Error('network'), { code: 2800 }));
    await expect(store.unblock(['carol'])).rejects.toMatchObject({ code: 2800 });
    expect(store.has('carol')).toBe(true);
  });
});
