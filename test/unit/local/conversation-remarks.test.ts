/**
 * C2C conversations carry the remark the viewer gave the peer (Conversation.remark), and the list is emitted
 * again when a remark changes, as the SDK's conversation module patches it on every friend list change
 * (index.es.js `checkAndPatchRemark`, relationship-module.js `_onFriendListUpdated`).
 */
import { EVENT, TYPES } from '@/src/chat/constants';
import type { LocalClient } from '@/src/chat/local';
import type { Conversation } from '@/src/chat/message-types';
import { fakeTimers, loginReady, newServer, recordEvents } from './helpers';
import { browser } from './tabs';

const WEB = 'AddSource_Type_Web';

function remarkIn(list: readonly Conversation[], conversationID: string): string | undefined {
  return list.find((conversation) => conversation.conversationID === conversationID)?.remark;
}

async function listed(client: LocalClient): Promise<Conversation[]> {
  return (await client.getConversationList()).data.conversationList;
}

async function text(from: LocalClient, to: string, body: string): Promise<void> {
  await from.sendMessage(from.createTextMessage({ to, conversationType: TYPES.CONV_C2C, payload: { text: body } }));
}

describe('Conversation.remark', () => {
  it('the demo: alice sees her remark for carol on their chat, bob’s chat has none, bob sees none for alice', async () => {
    const server = newServer({ seed: 'demo', clock: Date.now });
    const alice = await loginReady(server, 'alice');
    const list = await listed(alice);
    expect(remarkIn(list, 'C2Ccarol')).toBe('Carol (design)');
    expect(remarkIn(list, 'C2Cbob')).toBe('');
    const bob = await loginReady(server, 'bob');
    expect(remarkIn(await listed(bob), 'C2Calice')).toBe('');
  });

  it('a new remark is emitted with the list (throttled), on the instance that set it and on the account’s other instance', async () => {
    const timers = fakeTimers();
    const server = newServer({ eventThrottle: { now: timers.now, setTimer: timers.setTimer }, maxInstancesPerUser: 2 });
    const alice = await loginReady(server, 'alice');
    const aliceElsewhere = await loginReady(server, 'alice');
    const bob = await loginReady(server, 'bob');
    await alice.addFriend({ to: 'bob', source: WEB });
    await text(bob, 'alice', 'hi');
    await server.settle();
    expect(remarkIn(await listed(alice), 'C2Cbob')).toBe('');
    await listed(aliceElsewhere);
    timers.advance(5_000);

    const here = recordEvents(alice, EVENT.CONVERSATION_LIST_UPDATED);
    const there = recordEvents(aliceElsewhere, EVENT.CONVERSATION_LIST_UPDATED);
    await alice.updateFriend({ userID: 'bob', remark: 'Bobby' });
    await server.settle();
    timers.advance(1_000);
    expect(remarkIn(here.at(-1)?.data ?? [], 'C2Cbob')).toBe('Bobby');
    expect(remarkIn(there.at(-1)?.data ?? [], 'C2Cbob')).toBe('Bobby');
    expect(remarkIn(await listed(aliceElsewhere), 'C2Cbob')).toBe('Bobby');

    // The same remark again changes nothing: no list is emitted for it.
    const before = here.length;
    await alice.updateFriend({ userID: 'bob', remark: 'Bobby' });
    await server.settle();
    timers.advance(5_000);
    expect(here).toHaveLength(before);
    // The remark is alice's view only.
    expect(remarkIn(await listed(bob), 'C2Calice')).toBe('');
  });

  it('when the friendship ends, the conversation stays and shows no remark', async () => {
    const server = newServer({ eventThrottle: { intervalMs: 0 } });
    const alice = await loginReady(server, 'alice');
    const bob = await loginReady(server, 'bob');
    await alice.addFriend({ to: 'bob', source: WEB, remark: 'Bobby' });
    await text(alice, 'bob', 'hello');
    await server.settle();
    expect(remarkIn(await listed(alice), 'C2Cbob')).toBe('Bobby');
    const seen = recordEvents(alice, EVENT.CONVERSATION_LIST_UPDATED);
    await bob.deleteFriend({ userIDList: ['alice'] });
    await server.settle();
    alice.flushEvents();
    expect(remarkIn(seen.at(-1)?.data ?? [], 'C2Cbob')).toBe('');
  });

  it('a conversation opened with a friend before any message (getConversationProfile) carries the remark and follows it', async () => {
    const server = newServer({ eventThrottle: { intervalMs: 0 } });
    const alice = await loginReady(server, 'alice');
    await loginReady(server, 'bob');
    await alice.addFriend({ to: 'bob', source: WEB, remark: 'Bobby' });
    const { conversation } = (await alice.getConversationProfile('C2Cbob')).data;
    expect(conversation.remark).toBe('Bobby');
    await listed(alice);
    await alice.updateFriend({ userID: 'bob', remark: 'Robert' });
    await server.settle();
    expect(remarkIn(await listed(alice), 'C2Cbob')).toBe('Robert');
    expect((await alice.getConversationProfile('C2Cbob')).data.conversation.remark).toBe('Robert');
  });

  it('a remark set in one tab reaches the conversation list of the account’s instance in another tab', async () => {
    const world = browser(2, { eventThrottle: { intervalMs: 0 }, maxInstancesPerUser: 2 });
    const [a, b] = world.tabs;
    const login = async (tab: typeof a, userID: string) => {
      const client = tab.server.createClient();
      await client.login({ userID, userSig: 'sig' });
      await world.settle();
      return client;
    };
    const alice = await login(a, 'alice');
    const bob = await login(b, 'bob');
    await alice.addFriend({ to: 'bob', source: WEB });
    await text(bob, 'alice', 'hi');
    await world.settle();
    const aliceInB = await login(b, 'alice');
    expect(remarkIn(await listed(aliceInB), 'C2Cbob')).toBe('');
    const seen = recordEvents(aliceInB, EVENT.CONVERSATION_LIST_UPDATED);
    await alice.updateFriend({ userID: 'bob', remark: 'Bob from B' });
    await world.settle();
    expect(remarkIn(seen.at(-1)?.data ?? [], 'C2Cbob')).toBe('Bob from B');
  });
});
