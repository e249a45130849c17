/**
 * Messages across H5 tabs: each tab runs its own service over one localStorage; what one writes the other
 * reloads (watchExternalKeys), and pushes to a user reach their instance in any tab (pushToUser relay).
 */
import { EVENT, TYPES } from '@/src/chat/constants';
import type { LocalClient } from '@/src/chat/local';
import { recordEvents } from './helpers';
import { allMessages, sendText } from './message-fixtures';
import { browser } from './tabs';
import type { Browser, Tab } from './tabs';

async function login(world: Browser, tab: Tab, userID: string): Promise<LocalClient> {
  const client = tab.server.createClient();
  await client.login({ userID, userSig: 'sig' });
  await world.settle();
  return client;
}

describe.each([
  ['storage shared at once', false],
  ['each tab seeing the other writes late (Chromium)', true],
])('messages across tabs, %s', (_label, laggingStorage) => {
  it('a message sent in tab A arrives live in tab B, with the conversation and history to match', async () => {
    const world = browser(2, { eventThrottle: { intervalMs: 0 } }, ['alice', 'bob', 'carol'], { laggingStorage });
    const [a, b] = world.tabs;
    const alice = await login(world, a, 'alice');
    const bob = await login(world, b, 'bob');
    const received = recordEvents(bob, EVENT.MESSAGE_RECEIVED);
    const lists = recordEvents(bob, EVENT.CONVERSATION_LIST_UPDATED);
    const sent = await sendText(alice, 'bob', 'across tabs');
    await world.settle();
    expect(received.map((event) => event.data.map((message) => [message.ID, message.flow, message.conversationID]))).toEqual([
      [[sent.ID, 'in', 'C2Calice']],
    ]);
    expect(lists[lists.length - 1].data.map((conversation) => [conversation.conversationID, conversation.unreadCount])).toEqual([['C2Calice', 1]]);
    world.propagateStorage();
    expect((await allMessages(bob, 'C2Calice')).map((message) => message.ID)).toEqual([sent.ID]);

    const readByPeer = recordEvents(alice, EVENT.MESSAGE_READ_BY_PEER);
    await bob.setMessageRead({ conversationID: 'C2Calice' });
    await world.settle();
    expect(readByPeer.map((event) => event.data.map((message) => [message.ID, message.isPeerRead]))).toEqual([[[sent.ID, true]]]);
    world.propagateStorage();
    expect((await alice.getConversationList()).data.conversationList[0].lastMessage.isPeerRead).toBe(true);

    const revoked = recordEvents(bob, EVENT.MESSAGE_REVOKED);
    await alice.revokeMessage(sent);
    await world.settle();
    expect(revoked.map((event) => event.data.map((message) => message.isRevoked))).toEqual([[true]]);
    world.propagateStorage();
    expect((await allMessages(bob, 'C2Calice')).map((message) => message.isRevoked)).toEqual([true]);
    expect(a.server.problems).toEqual([]);
    expect(b.server.problems).toEqual([]);
  });

  it('group messages: members in other tabs get them; unread counts agree in every tab', async () => {
    const world = browser(2, { eventThrottle: { intervalMs: 0 } }, ['alice', 'bob', 'carol'], { laggingStorage });
    const [a, b] = world.tabs;
    const alice = await login(world, a, 'alice');
    const bob = await login(world, b, 'bob');
    const { group } = (await alice.createGroup({ type: TYPES.GRP_WORK, name: 'tabs', memberList: [{ userID: 'bob' }] })).data;
    await world.settle();
    world.propagateStorage();
    const received = recordEvents(bob, EVENT.MESSAGE_RECEIVED);
    for (let i = 0; i < 3; i++) await sendText(alice, group.groupID, `g${i}`, true);
    await world.settle();
    world.propagateStorage();
    expect(received.flatMap((event) => event.data.map((message) => message.payload))).toEqual([{ text: 'g0' }, { text: 'g1' }, { text: 'g2' }]);
    const conversationID = `GROUP${group.groupID}`;
    expect((await bob.getConversationList([conversationID])).data.conversationList[0].unreadCount).toBe(3);
    await sendText(bob, group.groupID, 'reply from tab B', true);
    await world.settle();
    world.propagateStorage();
    expect((await alice.getConversationList([conversationID])).data.conversationList[0]).toMatchObject({
      unreadCount: 1,
      lastMessage: expect.objectContaining({ messageForShow: 'reply from tab B' }),
    });
    expect((await allMessages(alice, conversationID)).map((message) => message.payload)).toEqual([
      { text: 'g0' },
      { text: 'g1' },
      { text: 'g2' },
      { text: 'reply from tab B' },
    ]);
  });
});
