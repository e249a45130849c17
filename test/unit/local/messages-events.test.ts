/**
 * The SDK's throttle of CONVERSATION_LIST_UPDATED and TOTAL_UNREAD_MESSAGE_COUNT_UPDATED (index.es.js
 * `_eventThrottleMap`): the first change emits at once; changes within a second restart a one-second timer,
 * and the trailing event reads the whole list (or the total) when it fires. The total's event comes only
 * when the total moved. Timers are the test's, so nothing waits.
 */
import { EVENT } from '@/src/chat/constants';
import { EventThrottle } from '@/src/chat/local/core/throttle';
import { T0, fakeTimers, loginReady, newServer, recordEvents } from './helpers';
import { sendText } from './message-fixtures';

describe('EventThrottle', () => {
  it('leading emit, then one trailing emit a full interval after the last request', () => {
    const timers = fakeTimers();
    let emits = 0;
    const throttle = new EventThrottle({ ...timers, intervalMs: 1000 }, () => (emits += 1));
    throttle.request();
    expect(emits).toBe(1);
    timers.advance(300);
    throttle.request();
    timers.advance(600);
    throttle.request();
    timers.advance(999);
    expect(emits).toBe(1);
    timers.advance(1);
    expect(emits).toBe(2);
    timers.advance(5000);
    expect(emits).toBe(2);
    throttle.request();
    expect(emits).toBe(3);
  });

  it('flush emits a waiting event at once; stop drops it; interval 0 emits every request', () => {
    const timers = fakeTimers();
    let emits = 0;
    const throttle = new EventThrottle({ ...timers, intervalMs: 1000 }, () => (emits += 1));
    throttle.request();
    throttle.request();
    expect(throttle.pending).toBe(true);
    throttle.flush();
    expect(emits).toBe(2);
    throttle.request();
    throttle.stop();
    timers.advance(2000);
    expect(emits).toBe(2);
    const eager = new EventThrottle({ ...timers, intervalMs: 0 }, () => (emits += 1));
    eager.request();
    eager.request();
    expect(emits).toBe(4);
  });
});

describe('conversation events on an instance', () => {
  it('a burst of messages: one leading and one trailing CONVERSATION_LIST_UPDATED carrying the whole, current list', async () => {
    const timers = fakeTimers();
    // The service's clock moves with the timers, so that carol's message arrives after alice's.
    const server = newServer({ clock: () => T0 + timers.now(), eventThrottle: { now: timers.now, setTimer: timers.setTimer } });
    const alice = await loginReady(server, 'alice');
    const bob = await loginReady(server, 'bob');
    const carol = await loginReady(server, 'carol');
    timers.advance(5000);
    const lists = recordEvents(bob, EVENT.CONVERSATION_LIST_UPDATED);
    const totals = recordEvents(bob, EVENT.TOTAL_UNREAD_MESSAGE_COUNT_UPDATED);
    await sendText(alice, 'bob', 'one');
    await server.settle();
    expect(lists.map((event) => event.data.map((conversation) => [conversation.conversationID, conversation.unreadCount]))).toEqual([[['C2Calice', 1]]]);
    expect(totals.map((event) => event.data)).toEqual([1]);
    for (let i = 0; i < 4; i++) await sendText(alice, 'bob', `more ${i}`);
    timers.advance(10);
    await sendText(carol, 'bob', 'hi');
    await server.settle();
    expect(lists).toHaveLength(1);
    timers.advance(1000);
    expect(lists).toHaveLength(2);
    expect(lists[1].data.map((conversation) => [conversation.conversationID, conversation.unreadCount])).toEqual([
      ['C2Ccarol', 1],
      ['C2Calice', 5],
    ]);
    expect(totals.map((event) => event.data)).toEqual([1, 6]);
  });

  it('a change that leaves the total alone emits the list only; flushEvents emits what waits', async () => {
    const timers = fakeTimers();
    const server = newServer({ eventThrottle: { now: timers.now, setTimer: timers.setTimer } });
    const alice = await loginReady(server, 'alice');
    const bob = await loginReady(server, 'bob');
    await sendText(alice, 'bob', 'one');
    await server.settle();
    timers.advance(5000);
    const lists = recordEvents(bob, EVENT.CONVERSATION_LIST_UPDATED);
    const totals = recordEvents(bob, EVENT.TOTAL_UNREAD_MESSAGE_COUNT_UPDATED);
    await bob.pinConversation({ conversationID: 'C2Calice', isPinned: true });
    await bob.setConversationDraft({ conversationID: 'C2Calice', draftText: 'typing…' });
    expect(lists).toHaveLength(1);
    expect(timers.waiting).toBe(1);
    server.flushEvents();
    expect(lists).toHaveLength(2);
    expect(lists[1].data[0]).toMatchObject({ conversationID: 'C2Calice', isPinned: true, draftText: 'typing…' });
    expect(totals).toEqual([]);
    await bob.setMessageRead({ conversationID: 'C2Calice' });
    expect(totals.map((event) => event.data)).toEqual([0]);
  });

  it('at login the instance announces its list (and a non-zero total), as the SDK does after its first sync', async () => {
    const server = newServer({ seed: 'demo', eventThrottle: { intervalMs: 0 } });
    const alice = server.createClient();
    const lists = recordEvents(alice, EVENT.CONVERSATION_LIST_UPDATED);
    const totals = recordEvents(alice, EVENT.TOTAL_UNREAD_MESSAGE_COUNT_UPDATED);
    await alice.login({ userID: 'alice', userSig: 'sig' });
    await server.settle();
    expect(lists).toHaveLength(1);
    expect(lists[0].data.length).toBeGreaterThan(3);
    expect(totals.map((event) => event.data)).toEqual([alice.getTotalUnreadMessageCount()]);
    const after = recordEvents(alice, EVENT.CONVERSATION_LIST_UPDATED);
    await alice.logout();
    const bob = await loginReady(server, 'bob');
    await sendText(bob, 'alice', 'while you were away');
    await server.settle();
    // A logged-out instance hears nothing more.
    expect(after).toEqual([]);
  });
});
