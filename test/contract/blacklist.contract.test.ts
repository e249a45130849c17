/**
 * What the app relies on from the blocklist, in the SDK's terms only, so that it holds on Tencent Cloud Chat
 * too (CHAT_BACKEND=cloud). The caps (1000 per call, 1000 in all) would need 1000 accounts on the real
 * service and are covered by the unit tests of the embedded one.
 */
import { EVENT } from '@/src/chat/constants';
import type { ChatPort } from '@/src/chat/port';
import { createTestUsers, eventsDuring, freshUserID, rejectionCode, teardown, waitForEvent } from './harness';

jest.setTimeout(60_000);
afterEach(teardown);

/** Resolves with the first BLACKLIST_UPDATED whose list satisfies `matches`. */
function listUpdate(chat: ChatPort, matches: (list: string[]) => boolean) {
  return waitForEvent(chat, EVENT.BLACKLIST_UPDATED, (event) => matches(event.data));
}

const sorted = (list: readonly string[]) => [...list].sort();

describe('blocklist', () => {
  it('a new account has an empty blocklist', async () => {
    const [alice] = await createTestUsers(1);
    await expect(alice.getBlacklist()).resolves.toEqual({ code: 0, data: [] });
  });

  it('addToBlacklist blocks the users, BLACKLIST_UPDATED carries the whole list, getBlacklist agrees', async () => {
    const [alice, bob, carol] = await createTestUsers(3);
    const targets = [bob.getLoginUser(), carol.getLoginUser()];
    const updated = listUpdate(alice, (list) => targets.every((id) => list.includes(id)));

    const response = await alice.addToBlacklist({ userIDList: targets });
    expect(response.code).toBe(0);
    expect(Array.isArray(response.data)).toBe(true);
    // The list carried by the event is the whole blocklist, not just the users of the call.
    expect(sorted((await updated).data)).toEqual(sorted(targets));
    expect(sorted((await alice.getBlacklist()).data)).toEqual(sorted(targets));
  });

  it('removeFromBlacklist answers the whole remaining list and announces it', async () => {
    const [alice, bob, carol] = await createTestUsers(3);
    const [bobID, carolID] = [bob.getLoginUser(), carol.getLoginUser()];
    const blocked = listUpdate(alice, (list) => list.includes(bobID) && list.includes(carolID));
    await alice.addToBlacklist({ userIDList: [bobID, carolID] });
    await blocked;

    const updated = listUpdate(alice, (list) => !list.includes(bobID));
    await expect(alice.removeFromBlacklist({ userIDList: [bobID] })).resolves.toEqual({ code: 0, data: [carolID] });
    expect((await updated).data).toEqual([carolID]);
    await expect(alice.getBlacklist()).resolves.toEqual({ code: 0, data: [carolID] });
  });

  it('refuses blocking only yourself with 2742 and changes nothing', async () => {
    const [alice] = await createTestUsers(1);
    const quiet = await eventsDuring(alice, EVENT.BLACKLIST_UPDATED, async () => {
      expect(await rejectionCode(alice.addToBlacklist({ userIDList: [alice.getLoginUser()] }))).toBe(2742);
    });
    expect(quiet).toEqual([]);
    await expect(alice.getBlacklist()).resolves.toEqual({ code: 0, data: [] });
  });

  it('leaves yourself out of a longer list and blocks the others', async () => {
    const [alice, bob] = await createTestUsers(2);
    const [aliceID, bobID] = [alice.getLoginUser(), bob.getLoginUser()];
    const updated = listUpdate(alice, (list) => list.includes(bobID));
    await expect(alice.addToBlacklist({ userIDList: [aliceID, bobID] })).resolves.toMatchObject({ code: 0 });
    expect((await updated).data).toEqual([bobID]);
    await expect(alice.getBlacklist()).resolves.toEqual({ code: 0, data: [bobID] });
  });

  it('removing a user who is not blocked resolves and leaves the list as it was', async () => {
    const [alice, bob] = await createTestUsers(2);
    const bobID = bob.getLoginUser();
    const blocked = listUpdate(alice, (list) => list.includes(bobID));
    await alice.addToBlacklist({ userIDList: [bobID] });
    await blocked;
    await expect(alice.removeFromBlacklist({ userIDList: [freshUserID('nobody')] })).resolves.toEqual({
      code: 0,
      data: [bobID],
    });
  });

  it('blocking does not touch the blocked user’s own blocklist', async () => {
    const [alice, bob] = await createTestUsers(2);
    const bobID = bob.getLoginUser();
    const blocked = listUpdate(alice, (list) => list.includes(bobID));
    await alice.addToBlacklist({ userIDList: [bobID] });
    await blocked;
    await expect(bob.getBlacklist()).resolves.toEqual({ code: 0, data: [] });
  });
});
