/**
 * Group storage sized for a phone (wx: ≤ 1 MB per key, 10 MB in all): one key per group profile, members in
 * chunks of 200 join sequence numbers, a 64-bucket user index, applications per group. A change rewrites
 * only what it touched; a restart sees everything; damaged keys are skipped and reported; a refused write
 * leaves storage and memory as they were.
 */
import { TYPES } from '@/src/chat/constants';
import type { GroupRole } from '@/src/chat/constants';
import { createMemoryStorage } from '@/src/chat/local';
import type { KeyValueStorage } from '@/src/platform/port';
import { groupWrites, newServer, observedStorage, rejection } from './helpers';
import { groupKeySizes, groupOf, users } from './group-fixtures';

const BIG = '@TGS#3DEMOALLHANDS';
const ADMIN = TYPES.GRP_MBR_ROLE_ADMIN as GroupRole;

describe('persistence', () => {
  it('a new server on the same storage sees the same groups, members, roles, mutes, cards, fields, applications and bans', async () => {
    const storage = createMemoryStorage();
    const first = newServer({ storage });
    const [alice, bob, carol, dave] = await users(first, 'alice', 'bob', 'carol', 'dave', 'erin');
    const groupID = await groupOf(alice, TYPES.GRP_PUBLIC, [bob, carol], { groupCustomField: [{ key: 'level', value: 'high' }] });
    await alice.setGroupMemberRole({ groupID, userID: 'bob', role: ADMIN });
    await alice.setGroupMemberMuteTime({ groupID, userID: 'carol', muteTime: 3600 });
    await bob.setGroupMemberNameCard({ groupID, userID: 'carol', nameCard: 'C' });
    await carol.setGroupMemberCustomField({ groupID, memberCustomField: [{ key: 'pet', value: 'cat' }] });
    await carol.setMessageRemindType({ groupID, messageRemindType: TYPES.MSG_REMIND_DISCARD });
    await dave.joinGroup({ groupID, applyMessage: 'please' });
    const room = await groupOf(alice, TYPES.GRP_AVCHATROOM, [dave]);
    await alice.deleteGroupMember({ groupID: room, userIDList: ['dave'], duration: 3600 });
    const read = async (client: typeof alice) => ({
      list: (await client.getGroupList()).data.groupList,
      members: (await client.getGroupMemberProfile({ groupID, userIDList: ['alice', 'bob', 'carol'] })).data.memberList.map(
        ({ isOnline: _online, ...member }) => member,
      ),
      applications: (await client.getGroupApplicationList()).data.applicationList,
      room: (await client.getGroupProfile({ groupID: room })).data.group,
    });
    const before = await read(alice);

    const second = newServer({ storage });
    const [again] = await users(second, 'alice');
    expect(await read(again)).toEqual(before);
    expect(second.problems).toEqual([]);
    const [daveAgain] = await users(second, 'dave');
    expect((await rejection(daveAgain.joinGroup({ groupID: room }))).code).toBe(10007);
  });
});

describe('layout and sizes', () => {
  it('a 6000-member group: 30 chunk keys of ≤ 200 members, every value far under 1 MB, all groups < 1 MB', async () => {
    const storage = createMemoryStorage();
    const server = newServer({ seed: 'demo', storage });
    const sizes = groupKeySizes(storage);
    const chunks = [...sizes.keys()].filter((key) => key.startsWith('chat:grp:m:') && key.endsWith(BIG));
    expect(chunks).toHaveLength(30);
    for (const key of chunks) {
      const members = (JSON.parse(storage.getItem(key) ?? '{}') as { m: unknown[] }).m;
      expect(members.length).toBeLessThanOrEqual(200);
    }
    const largest = Math.max(...sizes.values());
    expect(largest).toBeLessThan(64 * 1024);
    const total = [...sizes.values()].reduce((sum, size) => sum + size, 0);
    expect(total).toBeLessThan(1024 * 1024);
    expect(server.problems).toEqual([]);
  });

  it.each([
    ['a mute', 1],
    ['a name card', 1],
    ['a role', 1],
    ['a member custom field', 1],
    ['a remind type', 1],
  ])('%s in the 6000-member group rewrites one chunk key (%i write)', async (what) => {
    const storage = observedStorage();
    const server = newServer({ seed: 'demo', storage });
    const [alice, member] = await users(server, 'alice', 'member3000');
    storage.writes.length = 0;
    if (what === 'a mute') await alice.setGroupMemberMuteTime({ groupID: BIG, userID: 'member3000', muteTime: 60 });
    if (what === 'a name card') await alice.setGroupMemberNameCard({ groupID: BIG, userID: 'member3000', nameCard: 'x' });
    if (what === 'a role') await alice.setGroupMemberRole({ groupID: BIG, userID: 'member3000', role: ADMIN });
    if (what === 'a member custom field') await member.setGroupMemberCustomField({ groupID: BIG, memberCustomField: [{ key: 'k', value: 'v' }] });
    if (what === 'a remind type') await member.setMessageRemindType({ groupID: BIG, messageRemindType: TYPES.MSG_REMIND_DISCARD });
    const written = groupWrites(storage);
    expect(written).toHaveLength(1);
    expect(written[0]).toMatch(/^chat:grp:m:\d+:@TGS#3DEMOALLHANDS$/);
    expect(Buffer.byteLength(storage.getItem(written[0]) ?? '')).toBeLessThan(16 * 1024);
  });

  it('a join rewrites its chunk, the profile and one index bucket; a profile change the profile only', async () => {
    const storage = observedStorage();
    const server = newServer({ storage });
    const [alice, bob] = await users(server, 'alice', 'bob');
    const groupID = await groupOf(alice, TYPES.GRP_MEETING);
    storage.writes.length = 0;
    await bob.joinGroup({ groupID });
    expect(groupWrites(storage).sort()).toEqual([expect.stringMatching(/^chat:grp:i:\d+$/), `chat:grp:m:0:${groupID}`, `chat:grp:p:${groupID}`]);
    storage.writes.length = 0;
    await alice.updateGroupProfile({ groupID, name: 'renamed' });
    expect(groupWrites(storage)).toEqual([`chat:grp:p:${groupID}`]);
  });

  it('start-up reads no member chunk; the first page of the big group reads one', async () => {
    const storage = createMemoryStorage();
    newServer({ seed: 'demo', storage });
    const reads: string[] = [];
    const counting: KeyValueStorage = { ...storage, getItem: (key) => (reads.push(key), storage.getItem(key)) };
    const server = newServer({ seed: 'demo', storage: counting });
    expect(reads.filter((key) => key.startsWith('chat:grp:'))).toEqual([]);
    const [alice] = await users(server, 'alice');
    reads.length = 0;
    await alice.getGroupMemberList({ groupID: BIG, count: 100 });
    expect(reads.filter((key) => key.startsWith('chat:grp:m:'))).toEqual([`chat:grp:m:0:${BIG}`]);
  });
});

describe('damaged storage', () => {
  async function seeded() {
    const storage = createMemoryStorage();
    newServer({ seed: 'demo', storage });
    return storage;
  }

  it('a corrupt chunk: its members are skipped and reported, everything else still reads', async () => {
    const storage = await seeded();
    storage.setItem(`chat:grp:m:3:${BIG}`, '{"m": [ not json');
    const server = newServer({ seed: 'demo', storage });
    const [alice] = await users(server, 'alice');
    let offset = 0;
    let count = 0;
    do {
      const { data } = await alice.getGroupMemberList({ groupID: BIG, count: 100, offset });
      count += data.memberList.length;
      offset = data.offset;
    } while (offset !== 0);
    expect(count).toBe(5800);
    expect(server.problems).toEqual([expect.objectContaining({ kind: 'corrupt-record', key: `chat:grp:m:3:${BIG}` })]);
    expect((await alice.getGroupList()).data.groupList).toHaveLength(5);
  });

  it('bad entries inside a chunk are dropped one by one', async () => {
    const storage = await seeded();
    const key = `chat:grp:m:0:${BIG}`;
    const chunk = JSON.parse(storage.getItem(key) ?? '{}') as { m: unknown[] };
    chunk.m.splice(5, 2, { u: 42 }, 'junk');
    storage.setItem(key, JSON.stringify(chunk));
    const server = newServer({ storage });
    const [alice] = await users(server, 'alice');
    expect((await alice.getGroupMemberList({ groupID: BIG, count: 100 })).data.memberList).toHaveLength(100);
    expect(server.problems).toEqual([expect.objectContaining({ kind: 'repaired-record', key, message: '2 unreadable member entries skipped' })]);
  });

  it('a corrupt profile: the group is gone for everyone (10010), reported; the other groups are fine', async () => {
    const storage = await seeded();
    storage.setItem(`chat:grp:p:${BIG}`, '"a string"');
    const server = newServer({ storage });
    const [alice] = await users(server, 'alice');
    expect((await alice.getGroupList()).data.groupList.map((group) => group.groupID)).not.toContain(BIG);
    expect((await rejection(alice.getGroupProfile({ groupID: BIG }))).code).toBe(10010);
    expect(server.problems).toEqual([expect.objectContaining({ kind: 'corrupt-record', key: `chat:grp:p:${BIG}` })]);
  });

  it('a corrupt index bucket and a throwing key: reported, start-up and other users unaffected', async () => {
    const storage = await seeded();
    for (const key of storage.keys().filter((name) => name.startsWith('chat:grp:i:'))) storage.setItem(key, '[]');
    const broken: KeyValueStorage = {
      ...storage,
      getItem: (key) => {
        if (key === `chat:grp:a:@TGS#2DEMOPUBLIC`) throw new Error('I/O error');
        return storage.getItem(key);
      },
    };
    const server = newServer({ storage: broken });
    const [alice] = await users(server, 'alice');
    expect((await alice.getGroupList()).data.groupList).toEqual([]);
    expect((await alice.getGroupApplicationList()).data.applicationList).toEqual([]);
    expect(server.problems.length).toBeGreaterThan(0);
    expect(server.problems.every((problem) => problem.kind === 'repaired-record' || problem.kind === 'storage-unreadable')).toBe(true);
  });
});

describe('refused writes', () => {
  it('a quota error rejects with 2903 and leaves storage and memory unchanged', async () => {
    const storage = observedStorage();
    const server = newServer({ storage });
    const [alice, bob, carol] = await users(server, 'alice', 'bob', 'carol');
    const groupID = await groupOf(alice, TYPES.GRP_MEETING, [bob]);
    const before = storage.dump();
    const membersBefore = (await alice.getGroupMemberList({ groupID })).data;
    storage.failWrites = true;
    const error = await rejection(alice.setGroupMemberMuteTime({ groupID, userID: 'bob', muteTime: 60 }));
    expect(error.code).toBe(2903);
    expect(error.message).toMatch(/could not save/);
    expect((await rejection(carol.joinGroup({ groupID }))).code).toBe(2903);
    expect((await rejection(alice.createGroup({ type: TYPES.GRP_WORK, name: 'g' }))).code).toBe(2903);
    storage.failWrites = false;
    expect(storage.dump()).toEqual(before);
    expect((await alice.getGroupMemberList({ groupID })).data).toEqual(membersBefore);
    expect((await alice.getGroupList()).data.groupList).toHaveLength(1);
    expect(server.problems.filter((problem) => problem.kind === 'storage-write')).toHaveLength(3);
  });

  it('a write failing part-way through a change puts back the keys already written', async () => {
    const inner = createMemoryStorage();
    let failOn: string | null = null;
    const storage: KeyValueStorage = {
      ...inner,
      setItem: (key, value) => {
        if (failOn !== null && key.startsWith(failOn)) throw new Error('QuotaExceededError');
        inner.setItem(key, value);
      },
    };
    const server = newServer({ storage });
    const [alice, bob] = await users(server, 'alice', 'bob');
    const groupID = await groupOf(alice, TYPES.GRP_MEETING);
    const snapshot = Object.fromEntries(inner.keys().map((key) => [key, inner.getItem(key)]));
    // A join writes the profile, then the chunk, then the index: the index write fails.
    failOn = 'chat:grp:i:';
    expect((await rejection(bob.joinGroup({ groupID }))).code).toBe(2903);
    expect(Object.fromEntries(inner.keys().map((key) => [key, inner.getItem(key)]))).toEqual(snapshot);
    failOn = null;
    expect((await bob.joinGroup({ groupID })).data.status).toBe(TYPES.JOIN_STATUS_SUCCESS);
    expect((await alice.getGroupProfile({ groupID })).data.group.memberCount).toBe(2);
  });
});
