/**
 * Live-stream groups (AVChatRoom) in the Groups tab: getGroupList never lists them, so the groups store
 * remembers the rooms this login entered (joined, or created and joined) until the user leaves them, is
 * removed, the room goes, or the user signs out.
 */
import { TYPES } from '@/src/chat/constants';
import { useGroupFacesStore } from '@/src/stores/group-faces';
import { useGroupsStore } from '@/src/stores/groups';
import { useSessionStore } from '@/src/stores/session';
import { flush } from './context';
import { person, until } from './others';
import { signedIn } from './signed-in';

const LIVE = '@TGS#aDEMOLIVE';
const COFFEE = '@TGS#2DEMOPUBLIC';


describe('groups store: live-stream groups this login entered', () => {
  it('a room the user joins shows in the list with the people in it, and stays through list updates', async () => {
    const world = await signedIn('erin');
    const store = useGroupsStore();
    await store.load();
    // The service lists no room, even one the user was in before this login.
    expect(store.byID.has(LIVE)).toBe(false);
    expect((await world.backend.chat.getGroupList()).data.groupList.some((group) => group.groupID === LIVE)).toBe(false);

    const { status } = await store.join(LIVE);
    expect(status).toBe(TYPES.JOIN_STATUS_SUCCESS);
    expect(store.list[0]?.groupID).toBe(LIVE);
    await until(() => store.onlineCounts[LIVE] !== undefined);
    // erin is the one in the room now: the count is of those present, as its member list shows.
    const { data } = await world.backend.chat.getGroupMemberList({ groupID: LIVE, count: 100, offset: 0 });
    expect(store.onlineCounts[LIVE]).toBe(data.memberList.length);

    // A fresh list from the service, and a push of it, keep the room.
    await store.load();
    expect(store.byID.has(LIVE)).toBe(true);
    await store.join(COFFEE, 'hello');
    await store.load();
    expect(store.byID.has(LIVE)).toBe(true);

    // Tips change the remembered room like any group: a new name shows.
    const dave = await person(world, 'dave');
    await dave.joinGroup({ groupID: LIVE });
    await dave.updateGroupProfile({ groupID: LIVE, name: 'Live: Friday Demo (moved)' });
    await until(() => store.byID.get(LIVE)?.name === 'Live: Friday Demo (moved)');
  });

  it('leaving the room, the room being dismissed, or signing out forgets it', async () => {
    const world = await signedIn('erin');
    const store = useGroupsStore();
    await store.load();
    await store.join(LIVE);
    await store.quit(LIVE);
    expect(store.byID.has(LIVE)).toBe(false);

    await store.join(LIVE);
    const dave = await person(world, 'dave');
    await dave.dismissGroup(LIVE);
    await until(() => !store.byID.has(LIVE));

    const { group } = await store.create({ type: TYPES.GRP_AVCHATROOM, name: 'Erin live' });
    expect(store.byID.has(group.groupID)).toBe(true);
    await useSessionStore().logout();
    await flush();
    expect(store.list).toEqual([]);
    await useSessionStore().login('erin');
    await store.load();
    // A new login has entered no room yet.
    expect(store.byID.has(group.groupID)).toBe(false);
  });

  it('creating a live-stream group joins it, as the SDK asks, and lists it', async () => {
    await signedIn('erin');
    const store = useGroupsStore();
    await store.load();
    const before = store.list.length;
    const { group } = await store.create({ type: TYPES.GRP_AVCHATROOM, name: 'Erin live' });
    expect(group.type).toBe(TYPES.GRP_AVCHATROOM);
    expect(group.selfInfo.role).toBe(TYPES.GRP_MBR_ROLE_OWNER);
    expect(store.list).toHaveLength(before + 1);
    expect(store.list[0].groupID).toBe(group.groupID);
  });

  it('one room at a time: joining another room forgets the one left, but not a room the user owns', async () => {
    const world = await signedIn('erin');
    const store = useGroupsStore();
    await store.load();
    const { group: mine } = await store.create({ type: TYPES.GRP_AVCHATROOM, name: 'Erin live' });
    await store.join(LIVE);
    expect(store.byID.has(mine.groupID)).toBe(true);
    expect(store.byID.has(LIVE)).toBe(true);

    const dave = await person(world, 'dave');
    const { data } = await dave.createGroup({ type: TYPES.GRP_AVCHATROOM, name: 'Dave live 2' });
    await store.join(data.group.groupID);
    // The SDK quit LIVE (dave's) to enter the new room; erin's own room stays.
    expect(store.byID.has(LIVE)).toBe(false);
    expect(store.byID.has(mine.groupID)).toBe(true);
    expect(store.byID.has(data.group.groupID)).toBe(true);
  });
});

describe('group faces', () => {
  it("fetches the first nine members' avatars of a group without a picture, and again when someone joins", async () => {
    const world = await signedIn('alice');
    const groups = useGroupsStore();
    await groups.load();
    const faces = useGroupFacesStore();
    const calls: string[] = [];
    const original = world.backend.chat.getGroupMemberList.bind(world.backend.chat);
    world.backend.chat.getGroupMemberList = (options) => {
      calls.push(`${options.groupID}:${options.count}`);
      return original(options);
    };
    await faces.ensure(groups.list);
    expect(faces.faces[COFFEE]).toHaveLength(9);
    expect(calls).toContain(`${COFFEE}:9`);
    const fetched = calls.length;
    await faces.ensure(groups.list);
    expect(calls).toHaveLength(fetched);

    await world.backend.chat.addGroupMember({ groupID: COFFEE, userIDList: ['xavier'] });
    await until(() => calls.length > fetched);
    expect(calls[calls.length - 1]).toBe(`${COFFEE}:9`);
  });
});
