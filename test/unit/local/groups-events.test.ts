/**
 * GROUP_LIST_UPDATED reaches exactly the instances whose group list changed, with that user's whole list:
 * the caller's own instance before its call resolves (as the SDK emits), other instances by push.
 */
import { EVENT, TYPES } from '@/src/chat/constants';
import type { GroupRole } from '@/src/chat/constants';
import type { LocalServer } from '@/src/chat/local';
import { loginReady, newServer, recordEvents } from './helpers';
import { groupOf, users } from './group-fixtures';

const ADMIN = TYPES.GRP_MBR_ROLE_ADMIN as GroupRole;

async function world() {
  const server = newServer({ maxInstancesPerUser: 2 });
  const [alice, bob, carol, dave] = await users(server, 'alice', 'bob', 'carol', 'dave');
  const alice2 = await loginReady(server, 'alice');
  const clients = { alice, alice2, bob, carol, dave };
  const heard = Object.fromEntries(Object.entries(clients).map(([name, client]) => [name, recordEvents(client, EVENT.GROUP_LIST_UPDATED)]));
  const ids = (name: keyof typeof clients) => heard[name].map((event) => event.data.map((group) => group.groupID));
  const reset = () => Object.values(heard).forEach((events) => (events.length = 0));
  return { server, ...clients, heard, ids, reset };
}

async function settle(server: LocalServer): Promise<void> {
  await server.settle();
}

describe('GROUP_LIST_UPDATED', () => {
  it('createGroup: the creator before the call resolves, its other instance and the initial members by push; nobody else', async () => {
    const w = await world();
    let heardBeforeResolve = -1;
    const creating = w.alice.createGroup({ type: TYPES.GRP_PUBLIC, name: 'g', memberList: [{ userID: 'bob' }] }).then((response) => {
      heardBeforeResolve = w.heard.alice.length;
      return response;
    });
    const { group } = (await creating).data;
    expect(heardBeforeResolve).toBe(1);
    await settle(w.server);
    expect(w.ids('alice')).toEqual([[group.groupID]]);
    expect(w.ids('alice2')).toEqual([[group.groupID]]);
    expect(w.ids('bob')).toEqual([[group.groupID]]);
    expect(w.heard.bob[0].data[0].selfInfo.role).toBe(TYPES.GRP_MBR_ROLE_MEMBER);
    expect(w.heard.carol).toEqual([]);
    expect(w.heard.dave).toEqual([]);
  });

  it('profile update: every member instance, the operator included; role change: the target only', async () => {
    const w = await world();
    const groupID = await groupOf(w.alice, TYPES.GRP_MEETING, [w.bob, w.carol]);
    await settle(w.server);
    w.reset();
    await w.bob.updateGroupProfile({ groupID, name: 'x' }).catch(() => undefined);
    await w.alice.updateGroupProfile({ groupID, name: 'renamed' });
    await settle(w.server);
    for (const name of ['alice', 'alice2', 'bob', 'carol'] as const) expect(w.heard[name].map((event) => event.data[0].name)).toEqual(['renamed']);
    expect(w.heard.dave).toEqual([]);
    w.reset();
    await w.alice.setGroupMemberRole({ groupID, userID: 'bob', role: ADMIN });
    await settle(w.server);
    expect(w.heard.bob.map((event) => event.data[0].selfInfo.role)).toEqual([ADMIN]);
    expect([...w.heard.alice, ...w.heard.alice2, ...w.heard.carol]).toEqual([]);
  });

  it('mute, name card, custom field and remind type tell nobody', async () => {
    const w = await world();
    const groupID = await groupOf(w.alice, TYPES.GRP_COMMUNITY, [w.bob]);
    await settle(w.server);
    w.reset();
    await w.alice.setGroupMemberMuteTime({ groupID, userID: 'bob', muteTime: 60 });
    await w.alice.setGroupMemberNameCard({ groupID, userID: 'bob', nameCard: 'B' });
    await w.bob.setGroupMemberCustomField({ groupID, memberCustomField: [{ key: 'k', value: 'v' }] });
    await w.bob.setMessageRemindType({ groupID, messageRemindType: TYPES.MSG_REMIND_DISCARD });
    await settle(w.server);
    expect(Object.values(w.heard).flat()).toEqual([]);
  });

  it('join, approval, invitation, kick and quit reach the user concerned only', async () => {
    const w = await world();
    const groupID = await groupOf(w.alice, TYPES.GRP_PUBLIC, [w.bob]);
    await w.alice.updateGroupProfile({ groupID, inviteOption: TYPES.INVITE_OPTIONS_FREE_ACCESS });
    await settle(w.server);
    w.reset();
    await w.carol.joinGroup({ groupID });
    await settle(w.server);
    expect(Object.values(w.heard).flat()).toEqual([]);
    const application = (await w.alice.getGroupApplicationList()).data.applicationList[0];
    await w.alice.handleGroupApplication({ application, handleAction: 'Agree' });
    await w.bob.addGroupMember({ groupID, userIDList: ['dave'] });
    await settle(w.server);
    expect(w.ids('carol')).toEqual([[groupID]]);
    expect(w.ids('dave')).toEqual([[groupID]]);
    expect([...w.heard.alice, ...w.heard.alice2, ...w.heard.bob]).toEqual([]);
    w.reset();
    await w.alice.deleteGroupMember({ groupID, userIDList: ['dave'] });
    await w.carol.quitGroup(groupID);
    await settle(w.server);
    expect(w.ids('dave')).toEqual([[]]);
    expect(w.ids('carol')).toEqual([[]]);
    expect([...w.heard.alice, ...w.heard.alice2, ...w.heard.bob]).toEqual([]);
  });

  it('transfer and dismiss reach every member; AVChatRooms, never listed, tell nobody', async () => {
    const w = await world();
    const groupID = await groupOf(w.alice, TYPES.GRP_PUBLIC, [w.bob, w.carol]);
    const room = await groupOf(w.alice, TYPES.GRP_AVCHATROOM, [w.bob]);
    await settle(w.server);
    w.reset();
    await w.alice.changeGroupOwner({ groupID, newOwnerID: 'bob' });
    await settle(w.server);
    for (const name of ['alice', 'alice2', 'bob', 'carol'] as const) expect(w.heard[name]).toHaveLength(1);
    expect(w.heard.bob[0].data[0]).toMatchObject({ ownerID: 'bob', selfInfo: { role: TYPES.GRP_MBR_ROLE_OWNER } });
    w.reset();
    await w.bob.dismissGroup(groupID);
    await w.alice.updateGroupProfile({ groupID: room, name: 'live' });
    await w.alice.dismissGroup(room);
    await settle(w.server);
    for (const name of ['alice', 'alice2', 'bob', 'carol'] as const) expect(w.ids(name)).toEqual([[]]);
    expect(w.heard.dave).toEqual([]);
  });

  it('every listener gets its own copy of the list', async () => {
    const w = await world();
    const other = recordEvents(w.bob, EVENT.GROUP_LIST_UPDATED);
    await groupOf(w.alice, TYPES.GRP_WORK, [w.bob]);
    await settle(w.server);
    expect(w.heard.bob[0].data).toEqual(other[0].data);
    expect(w.heard.bob[0].data).not.toBe(other[0].data);
    w.heard.bob[0].data[0].name = 'mutated';
    expect(other[0].data[0].name).toBe('Private group');
  });
});

