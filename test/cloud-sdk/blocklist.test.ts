import { EVENT } from '@/src/chat/constants';
import type { Gateway } from './gateway';
import { cloudClient, signIn, startGateway, teardown } from './harness';

let gateway: Gateway;
beforeEach(() => {
  gateway = startGateway();
  for (const id of ['alice', 'bob', 'carol']) gateway.addUser(id);
});
afterEach(() => teardown(gateway));

// Issue 13, item 1: SDK 3.6.6 reads `resultItem` off the response wrapper (BlacklistHandler.addBlacklist),
// so without the adapter addToBlacklist answers the old list although the server blocked the users.
describe('blocklist through the real SDK', () => {
  test('addToBlacklist answers the list with the users the server blocked', async () => {
    const chat = cloudClient();
    await signIn(chat, 'alice');

    const { data } = await chat.addToBlacklist({ userIDList: ['bob', 'nobody'] });

    expect(gateway.blacklists.get('alice')).toEqual(new Set(['bob']));
    expect(data).toEqual(['bob']);
    // The next read agrees, before any push from the server.
    expect((await chat.getBlacklist()).data).toEqual(['bob']);
  });

  test('an unblock removes the user again, and a BLACKLIST_UPDATED push keeps the blocked users', async () => {
    const chat = cloudClient();
    await signIn(chat, 'alice');
    await chat.addToBlacklist({ userIDList: ['bob', 'carol'] });
    const pushed: string[][] = [];
    chat.on(EVENT.BLACKLIST_UPDATED, (event) => pushed.push(event.data));

    const { data } = await chat.removeFromBlacklist({ userIDList: ['bob'] });

    expect(data).toEqual(['carol']);
    expect((await chat.getBlacklist()).data).toEqual(['carol']);
    expect(pushed.every((list) => list.includes('carol') && !list.includes('bob'))).toBe(true);
  });
});
