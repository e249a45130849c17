/**
 * getGroupMemberList paging: `offset` is a cursor in join order, so pages neither repeat nor skip anyone
 * while the group changes between them; role filter, count bounds, lazy chunk reads.
 */
import { TYPES } from '@/src/chat/constants';
import type { GroupRole } from '@/src/chat/constants';
import type { LocalClient } from '@/src/chat/local';
import { createMemoryStorage } from '@/src/chat/local';
import type { KeyValueStorage } from '@/src/platform/port';
import { newServer, rejection } from './helpers';
import { groupOf, raw, users } from './group-fixtures';

const BIG = '@TGS#3DEMOALLHANDS';

async function page(client: LocalClient, offset: number, count: number, role?: string) {
  return (await client.getGroupMemberList(raw({ groupID: BIG, offset, count, ...(role ? { role } : {}) }))).data;
}

async function allIDs(client: LocalClient, groupID: string): Promise<string[]> {
  const ids: string[] = [];
  let offset = 0;
  do {
    const { data } = await client.getGroupMemberList({ groupID, offset, count: 100 });
    ids.push(...data.memberList.map((member) => member.userID));
    offset = data.offset;
  } while (offset !== 0);
  return ids;
}

describe('member paging', () => {
  it('neither repeats nor skips members present throughout while others join and leave between pages', async () => {
    const server = newServer({ seed: 'demo', maxMembersPerGroup: 400 });
    const [alice] = await users(server, 'alice');
    const newcomers = await users(server, 'fresh1', 'fresh2', 'fresh3', 'fresh4', 'fresh5', 'fresh6');
    await alice.updateGroupProfile({ groupID: BIG, inviteOption: TYPES.INVITE_OPTIONS_FREE_ACCESS });
    const initial = await allIDs(alice, BIG);
    expect(initial).toHaveLength(400);

    const seen: string[] = [];
    const removed = new Set<string>();
    const removedBeforeReached = new Set<string>();
    let offset = 0;
    let round = 0;
    do {
      const data = await page(alice, offset, 37);
      seen.push(...data.memberList.map((member) => member.userID));
      offset = data.offset;
      // Between pages: one member already listed and two not yet reached leave; a newcomer joins.
      const behind = seen.filter((id) => id !== 'alice' && !removed.has(id)).slice(-1);
      const ahead = initial.filter((id) => !seen.includes(id) && !removed.has(id)).slice(round * 5, round * 5 + 2);
      const leaving = [...behind, ...ahead];
      ahead.forEach((id) => removedBeforeReached.add(id));
      if (leaving.length > 0) {
        await alice.deleteGroupMember({ groupID: BIG, userIDList: leaving });
        leaving.forEach((id) => removed.add(id));
      }
      const newcomer = newcomers[round];
      if (newcomer) await alice.addGroupMember({ groupID: BIG, userIDList: [newcomer.getLoginUser()] });
      round += 1;
    } while (offset !== 0 && round < 50);

    expect(new Set(seen).size).toBe(seen.length);
    const throughout = initial.filter((id) => !removed.has(id));
    for (const id of throughout) expect(seen).toContain(id);
    const seenUnlisted = seen.filter((id) => !initial.includes(id));
    expect(seenUnlisted.sort()).toEqual(newcomers.map((client) => client.getLoginUser()).sort());
    // Everyone listed was a member when reached: nobody who left before their turn shows up.
    expect(removedBeforeReached.size).toBeGreaterThan(10);
    for (const id of removedBeforeReached) expect(seen).not.toContain(id);
  });

  it('in a group nobody left, the cursor is the SDK offset: offset + count', async () => {
    const [alice] = await users(newServer({ seed: 'demo' }), 'alice');
    const first = await page(alice, 0, 15);
    expect(first.offset).toBe(15);
    const second = await page(alice, first.offset, 15);
    expect(second.offset).toBe(30);
    const byIndex = await page(alice, 5990, 100);
    expect(byIndex.memberList).toHaveLength(10);
    expect(byIndex.offset).toBe(0);
    expect(byIndex.memberList.every((member) => /^member\d{4}$/.test(member.userID))).toBe(true);
  });

  it('count: 15 by default, at most 100, below 1 taken as 15, fractions cut; offset as a numeric string', async () => {
    const [alice] = await users(newServer({ seed: 'demo' }), 'alice');
    expect((await alice.getGroupMemberList({ groupID: BIG })).data.memberList).toHaveLength(15);
    expect((await page(alice, 0, 500)).memberList).toHaveLength(100);
    expect((await page(alice, 0, 0)).memberList).toHaveLength(15);
    expect((await page(alice, 0, 2.7)).memberList).toHaveLength(2);
    const fromString = (await alice.getGroupMemberList(raw({ groupID: BIG, offset: '15', count: 5 }))).data.memberList;
    expect(fromString.map((member) => member.userID)).toEqual((await page(alice, 15, 5)).memberList.map((member) => member.userID));
    for (const offset of [-1, 'abc', 1.5, {}]) {
      expect((await rejection(alice.getGroupMemberList(raw({ groupID: BIG, offset })))).code).toBe(-1);
    }
    expect((await rejection(alice.getGroupMemberList(raw({ groupID: BIG, count: '5' })))).code).toBe(-1);
  });

  it('the role filter pages through matching members only; other roles (Custom, junk) are ignored like the SDK does', async () => {
    const [alice] = await users(newServer({ seed: 'demo' }), 'alice');
    expect((await page(alice, 0, 100, TYPES.GRP_MBR_ROLE_OWNER)).memberList.map((member) => member.userID)).toEqual(['alice']);
    const admins = await page(alice, 0, 1, TYPES.GRP_MBR_ROLE_ADMIN);
    expect(admins.memberList.map((member) => member.role)).toEqual([TYPES.GRP_MBR_ROLE_ADMIN]);
    const rest = await page(alice, admins.offset, 100, TYPES.GRP_MBR_ROLE_ADMIN);
    expect(rest.offset).toBe(0);
    expect([...admins.memberList, ...rest.memberList].map((member) => member.userID)).toEqual(['bob', 'carol']);
    const members = await page(alice, 0, 100, TYPES.GRP_MBR_ROLE_MEMBER);
    expect(members.memberList.every((member) => member.role === TYPES.GRP_MBR_ROLE_MEMBER)).toBe(true);
    expect((await page(alice, 0, 3, 'Custom')).memberList.map((member) => member.userID)).toEqual(['alice', 'bob', 'carol']);
  });

  it('an AVChatRoom lists the members online', async () => {
    const server = newServer();
    const [alice, bob, carol] = await users(server, 'alice', 'bob', 'carol');
    const room = await groupOf(alice, TYPES.GRP_AVCHATROOM, [bob, carol]);
    await bob.logout();
    const { memberList, offset } = (await carol.getGroupMemberList({ groupID: room })).data;
    expect(memberList.map((member) => [member.userID, member.isOnline])).toEqual([
      ['alice', true],
      ['carol', true],
    ]);
    expect(offset).toBe(0);
  });

  it('a page of a 6000-member group reads one chunk; a later page the chunks it reaches', async () => {
    const storage = createMemoryStorage();
    newServer({ seed: 'demo', storage });
    const reads: string[] = [];
    const counting: KeyValueStorage = {
      ...storage,
      getItem: (key) => {
        reads.push(key);
        return storage.getItem(key);
      },
    };
    const [alice] = await users(newServer({ storage: counting }), 'alice');
    reads.length = 0;
    await page(alice, 0, 100);
    expect(reads.filter((key) => key.startsWith('chat:grp:m:'))).toEqual([`chat:grp:m:0:${BIG}`]);
    reads.length = 0;
    await page(alice, 5000, 100);
    expect(reads.filter((key) => key.startsWith('chat:grp:m:'))).toEqual([`chat:grp:m:25:${BIG}`]);
  });

  it('roles of members are what they are in the member records', async () => {
    const [alice] = await users(newServer({ seed: 'demo' }), 'alice');
    const roles = new Set((await page(alice, 0, 100)).memberList.map((member) => member.role as GroupRole));
    expect([...roles].sort()).toEqual([TYPES.GRP_MBR_ROLE_ADMIN, TYPES.GRP_MBR_ROLE_MEMBER, TYPES.GRP_MBR_ROLE_OWNER].sort());
  });
});
