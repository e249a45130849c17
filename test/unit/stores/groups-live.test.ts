/**
 * The groups and members stores on the embedded service, following what other people do: join requests,
 * decisions, counts, names, mute-all, owners, roles, mutes and departures arrive as group tips and notices
 * (MESSAGE_RECEIVED) and show without the store being asked to load again.
 */
import { TYPES } from '@/src/chat/constants';
import type { GroupRole } from '@/src/chat/constants';
import { useGroupsStore } from '@/src/stores/groups';
import { useMembersStore } from '@/src/stores/members';
import { person, until } from './others';
import { signedIn } from './signed-in';

const COFFEE = '@TGS#2DEMOPUBLIC';
const WEEKLY = '@TGS#3DEMOMEETING';


describe('groups store, live', () => {
  it("a request to join shows on the owner's list as it is made, and goes when another admin approves it", async () => {
    const world = await signedIn('alice');
    const store = useGroupsStore();
    await store.load();
    await store.loadApplications();
    expect(store.applications.map((item) => item.applicant)).toEqual(['heidi']);
    const members = store.byID.get(COFFEE)?.memberCount ?? 0;

    const quinn = await person(world, 'quinn');
    await quinn.joinGroup({ groupID: COFFEE, applyMessage: 'I roast at home' });
    await until(() => store.applications.some((item) => item.applicant === 'quinn'));
    expect(store.applications.find((item) => item.applicant === 'quinn')).toMatchObject({ groupID: COFFEE, note: 'I roast at home' });

    const carol = await person(world, 'carol');
    const request = (await carol.getGroupApplicationList()).data.applicationList.find((item) => item.applicant === 'quinn');
    if (!request) throw new Error('carol does not see the request');
    await carol.handleGroupApplication({ application: request, handleAction: 'Agree' });
    // The JOIN tip settles the request and carries the new count; alice's list was not sent again.
    await until(() => !store.applications.some((item) => item.applicant === 'quinn'));
    await until(() => store.byID.get(COFFEE)?.memberCount === members + 1);
    expect(store.applications.map((item) => item.applicant)).toEqual(['heidi']);
  });

  it('a new name, mute-all, member count and owner show in the list; losing admin and being removed too', async () => {
    const world = await signedIn('alice');
    const store = useGroupsStore();
    await store.load();
    const carol = await person(world, 'carol');

    await carol.updateGroupProfile({ groupID: COFFEE, name: 'Coffee Club', muteAllMembers: true });
    await until(() => store.byID.get(COFFEE)?.name === 'Coffee Club');
    expect(store.byID.get(COFFEE)?.muteAllMembers).toBe(true);

    // Only the KICKED_OUT tip tells the members left: their group lists are not sent again.
    const before = store.byID.get(COFFEE)?.memberCount ?? 0;
    await carol.deleteGroupMember({ groupID: COFFEE, userIDList: ['dave'] });
    await until(() => store.byID.get(COFFEE)?.memberCount === before - 1);

    expect(store.byID.get(WEEKLY)?.selfInfo.role).toBe(TYPES.GRP_MBR_ROLE_ADMIN);
    await carol.setGroupMemberRole({ groupID: WEEKLY, userID: 'alice', role: TYPES.GRP_MBR_ROLE_MEMBER as GroupRole });
    await until(() => store.byID.get(WEEKLY)?.selfInfo.role === TYPES.GRP_MBR_ROLE_MEMBER);

    await carol.changeGroupOwner({ groupID: WEEKLY, newOwnerID: 'bob' });
    await until(() => store.byID.get(WEEKLY)?.ownerID === 'bob');

    const bob = await person(world, 'bob');
    await bob.deleteGroupMember({ groupID: WEEKLY, userIDList: ['alice'] });
    await until(() => !store.byID.has(WEEKLY));
    expect(store.byID.has(COFFEE)).toBe(true);
  });

  it('a group of mine opened by link, before the list, follows its tips too', async () => {
    const world = await signedIn('bob');
    const store = useGroupsStore();
    const opened = await store.fetchProfile(COFFEE);
    expect(store.byID.get(COFFEE)?.memberCount).toBe(opened.memberCount);
    const alice = await person(world, 'alice');
    await alice.deleteGroupMember({ groupID: COFFEE, userIDList: ['dave'] });
    await until(() => store.byID.get(COFFEE)?.memberCount === opened.memberCount - 1);
    // Someone else's group, looked at from outside, does not bring the list.
    await signedIn('quinn', {}, world.server);
    expect(useGroupsStore().loaded).toBe(false);
    await useGroupsStore().fetchProfile(COFFEE);
    expect(useGroupsStore().loaded).toBe(false);
  });
});

describe('members store, live', () => {
  it("the open list follows others' mutes, removals, departures, role changes and joins", async () => {
    const world = await signedIn('alice');
    const store = useMembersStore();
    await store.open(COFFEE);
    expect(store.done).toBe(true);
    const row = (userID: string) => store.members.find((member) => member.userID === userID);
    const carol = await person(world, 'carol');

    await carol.setGroupMemberMuteTime({ groupID: COFFEE, userID: 'dave', muteTime: 3600 });
    await until(() => (row('dave')?.muteUntil ?? 0) > Date.now() / 1000 + 3000);

    await carol.deleteGroupMember({ groupID: COFFEE, userIDList: ['grace'], reason: 'spam' });
    await until(() => row('grace') === undefined);

    const bob = await person(world, 'bob');
    await bob.quitGroup(COFFEE);
    await until(() => row('bob') === undefined);

    // alice's own call, past the store: its tip reaches her instance too.
    await world.backend.chat.setGroupMemberRole({ groupID: COFFEE, userID: 'dave', role: TYPES.GRP_MBR_ROLE_ADMIN as GroupRole });
    await until(() => row('dave')?.role === TYPES.GRP_MBR_ROLE_ADMIN);

    const quinn = await person(world, 'quinn');
    await quinn.joinGroup({ groupID: COFFEE });
    const request = (await carol.getGroupApplicationList()).data.applicationList.find((item) => item.applicant === 'quinn');
    if (!request) throw new Error('carol does not see the request');
    await carol.handleGroupApplication({ application: request, handleAction: 'Agree' });
    await until(() => row('quinn') !== undefined);
    expect(store.members[store.members.length - 1].userID).toBe('quinn');
  });

  it('members move between the role sections as their role changes', async () => {
    const world = await signedIn('alice');
    const store = useMembersStore();
    await store.open(COFFEE);
    expect(store.owners.map((member) => member.userID)).toEqual(['alice']);
    expect(store.admins.map((member) => member.userID)).toEqual(['carol']);
    await world.backend.chat.setGroupMemberRole({ groupID: COFFEE, userID: 'carol', role: TYPES.GRP_MBR_ROLE_MEMBER as GroupRole });
    await until(() => store.admins.length === 0);
    expect(store.others.map((member) => member.userID)).toContain('carol');
  });
});
