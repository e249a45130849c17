import { TYPES } from '@/src/chat/constants';
import { groupDraftFrom, hasGroupDraftChanges } from '@/src/composables/group-draft';
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
    const original = world.backend.chat.getGroupMemberList.bind(world.backend.chat);
    world.backend.chat.getGroupMemberList = (options) => {
      calls.push(options.count ?? 0);
      return original(options);
    };
    const store = useMembersStore();
    await store.open(ALL_HANDS);
    expect(store.count).toBe(MEMBER_PAGE_SIZE);
    expect(calls).toEqual([MEMBER_PAGE_SIZE]);
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

  it('filters by role and searches only what is loaded', async () => {
    await signedIn('alice');
    const store = useMembersStore();
    await store.open(COFFEE, TYPES.GRP_MBR_ROLE_ADMIN);
    expect(store.members.every((member) => member.role === TYPES.GRP_MBR_ROLE_ADMIN)).toBe(true);
    await store.open(COFFEE);
    expect(store.searchLoaded('barista').map((member) => member.userID)).toEqual(['carol']);
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

  it('sees a group draft as changed only when something besides the groupID would be sent', async () => {
    await signedIn('alice');
    const group = await useGroupsStore().fetchProfile(COFFEE);
    const draft = groupDraftFrom(group);
    expect(hasGroupDraftChanges(group, draft)).toBe(false);
    draft.groupCustomField.push({ key: '', value: 'ignored without a key' });
    expect(hasGroupDraftChanges(group, draft)).toBe(false);
    draft.name = `${group.name} (renamed)`;
    expect(hasGroupDraftChanges(group, draft)).toBe(true);
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
