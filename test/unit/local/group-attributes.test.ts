/**
 * Group attributes in the embedded service, where the contract suite cannot go: the SDK's frequency limits
 * and 30-second copy (a hand-moved clock), storage (a group's key, a full storage, a dismissed group's
 * attributes), and other tabs.
 */
import { EVENT, TYPES } from '@/src/chat/constants';
import { createMemoryStorage } from '@/src/chat/local';
import type { LocalClient } from '@/src/chat/local';
import { loginReady, manualClock, newServer, recordEvents, rejection } from './helpers';
import { countingStorage } from './friends-fixtures';
import { browser } from './tabs';

async function groupOf(owner: LocalClient, members: string[], groupID?: string): Promise<string> {
  const { group } = (
    await owner.createGroup({ type: TYPES.GRP_WORK, name: 'attrs', memberList: members.map((userID) => ({ userID })), ...(groupID ? { groupID } : {}) })
  ).data;
  return group.groupID;
}

describe('the SDK’s frequency limits (2996)', () => {
  it('ten changes of one kind per five seconds; the window opens at the first request; reads allow twenty', async () => {
    const clock = manualClock();
    const server = newServer({ clock: clock.now });
    const owner = await loginReady(server, 'alice');
    const groupID = await groupOf(owner, []);
    for (let n = 0; n < 10; n += 1) await owner.setGroupAttributes({ groupID, groupAttributes: { n: String(n) } });
    expect((await rejection(owner.setGroupAttributes({ groupID, groupAttributes: { n: 'x' } }))).code).toBe(2996);
    // Another command has its own count.
    await expect(owner.deleteGroupAttributes({ groupID, keyList: ['n'] })).resolves.toMatchObject({ code: 0 });
    clock.advance(5_001);
    await expect(owner.setGroupAttributes({ groupID, groupAttributes: { n: 'again' } })).resolves.toMatchObject({ code: 0 });

    // getGroupAttributes asks the server only for a copy 30 s old (or none): twenty such asks per window.
    const groups: string[] = [];
    for (let n = 0; n < 21; n += 1) groups.push(await groupOf(owner, []));
    clock.advance(5_001);
    for (const id of groups.slice(0, 20)) await owner.getGroupAttributes({ groupID: id, keyList: [] });
    expect((await rejection(owner.getGroupAttributes({ groupID: groups[20], keyList: [] }))).code).toBe(2996);
    // Answers from a fresh copy ask nothing, so they are never limited.
    for (let n = 0; n < 30; n += 1) await owner.getGroupAttributes({ groupID: groups[0], keyList: [] });
  });

  it('a new login starts with fresh counts', async () => {
    const clock = manualClock();
    const server = newServer({ clock: clock.now });
    const owner = await loginReady(server, 'alice');
    const groupID = await groupOf(owner, []);
    for (let n = 0; n < 10; n += 1) await owner.setGroupAttributes({ groupID, groupAttributes: { n: String(n) } });
    await owner.logout();
    await owner.login({ userID: 'alice', userSig: 'sig' });
    await server.settle();
    await owner.getGroupAttributes({ groupID, keyList: [] });
    await expect(owner.setGroupAttributes({ groupID, groupAttributes: { n: 'x' } })).resolves.toMatchObject({ code: 0 });
  });
});

describe('the instance’s copy', () => {
  it('getGroupAttributes answers from the copy for 30 s; another member’s change reaches the copy through its event', async () => {
    const clock = manualClock();
    const server = newServer({ clock: clock.now });
    const [owner, member] = [await loginReady(server, 'alice'), await loginReady(server, 'bob')];
    const groupID = await groupOf(owner, ['bob']);
    await owner.initGroupAttributes({ groupID, groupAttributes: { a: '1' } });
    await server.settle();
    const heard = recordEvents(member, EVENT.GROUP_ATTRIBUTES_UPDATED);
    await owner.setGroupAttributes({ groupID, groupAttributes: { a: '2', b: 'x' } });
    // Before the notice arrives the member's copy is the old one.
    expect((await member.getGroupAttributes({ groupID, keyList: [] })).data.groupAttributes).toEqual({ a: '1' });
    await server.settle();
    expect(heard.map((event) => event.data)).toEqual([{ groupID, groupAttributes: { a: '2', b: 'x' }, updatedKeyList: ['a', 'b'], deletedKeyList: [] }]);
    expect((await member.getGroupAttributes({ groupID, keyList: ['b'] })).data.groupAttributes).toEqual({ b: 'x' });
  });

  it('the caller emits only when something changed against its copy', async () => {
    const server = newServer();
    const owner = await loginReady(server, 'alice');
    const groupID = await groupOf(owner, []);
    const heard = recordEvents(owner, EVENT.GROUP_ATTRIBUTES_UPDATED);
    await owner.setGroupAttributes({ groupID, groupAttributes: { a: '1' } });
    await owner.setGroupAttributes({ groupID, groupAttributes: { a: '1' } });
    await server.settle();
    expect(heard).toHaveLength(1);
  });
});

describe('storage', () => {
  it('one key per group, read back by a new server; a full storage refuses with 2903 and changes nothing', async () => {
    const storage = countingStorage();
    const server = newServer({ storage });
    const owner = await loginReady(server, 'alice');
    const groupID = await groupOf(owner, []);
    await owner.initGroupAttributes({ groupID, groupAttributes: { seat: 'alice', topic: '今天' } });
    expect(storage.keys().filter((key) => key.startsWith('chat:gattr:'))).toEqual([`chat:gattr:${groupID}`]);
    storage.full = true;
    const heard = recordEvents(owner, EVENT.GROUP_ATTRIBUTES_UPDATED);
    expect((await rejection(owner.setGroupAttributes({ groupID, groupAttributes: { seat: 'someone longer' } }))).code).toBe(2903);
    storage.full = false;
    expect(heard).toEqual([]);
    await expect(owner.setGroupAttributes({ groupID, groupAttributes: { seat: 'carol' } })).resolves.toMatchObject({ code: 0 });

    const again = newServer({ storage });
    const reader = await loginReady(again, 'alice');
    expect((await reader.getGroupAttributes({ groupID, keyList: [] })).data.groupAttributes).toEqual({ seat: 'carol', topic: '今天' });
    expect(again.problems).toEqual([]);
  });

  it('a dismissed group’s attributes do not come back with a new group of the same ID', async () => {
    const clock = manualClock();
    const storage = createMemoryStorage();
    const server = newServer({ storage, clock: clock.now });
    const owner = await loginReady(server, 'alice');
    const groupID = 'attr_reuse';
    await owner.createGroup({ type: TYPES.GRP_PUBLIC, name: 'first', groupID });
    await owner.initGroupAttributes({ groupID, groupAttributes: { old: 'yes' } });
    await owner.dismissGroup(groupID);
    clock.advance(2_000);
    await owner.createGroup({ type: TYPES.GRP_PUBLIC, name: 'second', groupID });
    clock.advance(30_000);
    expect((await owner.getGroupAttributes({ groupID, keyList: [] })).data.groupAttributes).toEqual({});
    const fresh = newServer({ storage, clock: clock.now });
    expect((await (await loginReady(fresh, 'alice')).getGroupAttributes({ groupID, keyList: [] })).data.groupAttributes).toEqual({});
  });

  it('a damaged record reads as no attributes and is reported', async () => {
    const storage = createMemoryStorage();
    const server = newServer({ storage });
    const owner = await loginReady(server, 'alice');
    const groupID = await groupOf(owner, []);
    storage.setItem(`chat:gattr:${groupID}`, '{"v":1}');
    const again = newServer({ storage });
    const reader = await loginReady(again, 'alice');
    expect((await reader.getGroupAttributes({ groupID, keyList: [] })).data.groupAttributes).toEqual({});
    expect(again.problems).toEqual([expect.objectContaining({ kind: 'corrupt-record', key: `chat:gattr:${groupID}` })]);
  });
});

describe('across tabs', () => {
  it('a change in tab A reaches a member in tab B, whose server reads the new attributes', async () => {
    const world = browser(2);
    const [a, b] = world.tabs;
    const owner = a.server.createClient();
    await owner.login({ userID: 'alice', userSig: 'sig' });
    const member = b.server.createClient();
    await member.login({ userID: 'bob', userSig: 'sig' });
    await world.settle();
    const groupID = await groupOf(owner, ['bob']);
    await world.settle();
    const heard = recordEvents(member, EVENT.GROUP_ATTRIBUTES_UPDATED);
    await owner.initGroupAttributes({ groupID, groupAttributes: { seat: 'alice' } });
    await world.settle();
    expect(heard.map((event) => event.data.groupAttributes)).toEqual([{ seat: 'alice' }]);
    await expect(member.setGroupAttributes({ groupID, groupAttributes: { seat: 'bob' } })).resolves.toMatchObject({ code: 0 });
    await world.settle();
    expect((await owner.getGroupAttributes({ groupID, keyList: [] })).data.groupAttributes).toEqual({ seat: 'bob' });
  });
});
