/**
 * Message storage sized for a phone (wx: ≤ 1 MB per key, 10 MB in all; a browser origin ~5 MB): messages in
 * chunks of 20 per conversation, so a send rewrites one small chunk whatever the history; users' records in
 * buckets; history beyond the roaming window or the budget dropped oldest first (the conversation list
 * stays, kept media are let go); a full storage refuses the send (2903) and loses nothing; damaged keys are
 * skipped and reported.
 */
import { TYPES } from '@/src/chat/constants';
import { createMemoryMedia } from '@/src/chat/local/core/memory-media';
import { loginReady, manualClock, newServer, rejection } from './helpers';
import { MSG_PREFIX, allMessages, messageFootprint, meteredStorage, sendText } from './message-fixtures';

const DAY = 86_400_000;

describe('layout', () => {
  it('a conversation of 45 messages is a head and three chunks of ≤ 20; both users got a record once', async () => {
    const storage = meteredStorage();
    const server = newServer({ storage });
    const alice = await loginReady(server, 'alice');
    await loginReady(server, 'bob');
    for (let i = 0; i < 45; i++) await sendText(alice, 'bob', `message ${i}`);
    const keys = storage.keys().filter((key) => key.startsWith(MSG_PREFIX)).sort();
    expect(keys.filter((key) => key.startsWith(`${MSG_PREFIX}m:`))).toEqual([
      `${MSG_PREFIX}m:0:c:5:alicebob`,
      `${MSG_PREFIX}m:1:c:5:alicebob`,
      `${MSG_PREFIX}m:2:c:5:alicebob`,
    ]);
    expect(keys.filter((key) => key.startsWith(`${MSG_PREFIX}h:`))).toEqual([`${MSG_PREFIX}h:c:5:alicebob`]);
    expect(keys.filter((key) => key.startsWith(`${MSG_PREFIX}u:`))).toHaveLength(2);
    const chunk = JSON.parse(storage.getItem(`${MSG_PREFIX}m:0:c:5:alicebob`) ?? '{}') as { m: unknown[] };
    expect(chunk.m).toHaveLength(20);
    expect(server.problems).toEqual([]);
  });

  it('a C2C send writes its chunk, the head and the summary; the characters written stay flat as history grows', async () => {
    const storage = meteredStorage();
    const server = newServer({ storage });
    const alice = await loginReady(server, 'alice');
    await loginReady(server, 'bob');
    await sendText(alice, 'bob', 'first');
    const perSend = async (): Promise<{ chars: number; keys: string[] }> => {
      storage.reset();
      await sendText(alice, 'bob', 'a typical message of some forty characters');
      return storage.written;
    };
    const early = await perSend();
    expect(early.keys.sort()).toEqual([`${MSG_PREFIX}h:c:5:alicebob`, `${MSG_PREFIX}m:0:c:5:alicebob`, `${MSG_PREFIX}meta`]);
    for (let i = 0; i < 1000; i++) await sendText(alice, 'bob', `filler ${i}`);
    const samples: number[] = [];
    for (let i = 0; i < 40; i++) samples.push((await perSend()).chars);
    // One chunk of ≤ 20 messages, whatever the history: ~20 × 400 characters at most.
    expect(Math.max(...samples)).toBeLessThan(10_000);
    expect(Math.max(...samples)).toBeLessThan(early.chars + 20 * 420);
  });

  it("a group send also writes the sender's record bucket (own messages do not count as unread), not the members'", async () => {
    const storage = meteredStorage();
    const server = newServer({ storage, seed: 'demo' });
    const alice = await loginReady(server, 'alice');
    storage.reset();
    await sendText(alice, '@TGS#3DEMOALLHANDS', 'to 6000 people', true);
    expect(storage.written.keys.sort()).toEqual([
      `${MSG_PREFIX}h:g:@TGS#3DEMOALLHANDS`,
      `${MSG_PREFIX}m:0:g:@TGS#3DEMOALLHANDS`,
      `${MSG_PREFIX}meta`,
      expect.stringMatching(new RegExp(`^${MSG_PREFIX}u:\\d+:alice$`)),
    ]);
  });

  it('start-up reads no message key; a restart sees the same conversations and history', async () => {
    const storage = meteredStorage();
    const first = newServer({ storage });
    const alice = await loginReady(first, 'alice');
    await loginReady(first, 'bob');
    for (let i = 0; i < 30; i++) await sendText(alice, 'bob', `m${i}`);
    const before = {
      list: (await alice.getConversationList()).data.conversationList,
      history: await allMessages(alice, 'C2Cbob'),
    };
    storage.reset();
    const second = newServer({ storage });
    expect(storage.reads.filter((key) => key.startsWith(MSG_PREFIX))).toEqual([]);
    const again = await loginReady(second, 'alice');
    expect((await again.getConversationList()).data.conversationList).toEqual(before.list);
    expect(await allMessages(again, 'C2Cbob')).toEqual(before.history);
    expect(second.problems).toEqual([]);
  });
});

describe('cursors a new process has not seen', () => {
  it.each([
    ['every message in the same second', 0],
    ['a second apart', 1000],
  ])('a page from a cursor deep in history after a restart (%s)', async (_label, step) => {
    const clock = manualClock();
    const storage = meteredStorage();
    const first = newServer({ storage, clock: clock.now });
    const alice = await loginReady(first, 'alice');
    await loginReady(first, 'bob');
    const ids: string[] = [];
    for (let i = 0; i < 100; i++) {
      ids.push((await sendText(alice, 'bob', `m${i}`)).ID);
      clock.advance(step);
    }
    const again = await loginReady(newServer({ storage, clock: clock.now }), 'alice');
    const { data } = await again.getMessageList({ conversationID: 'C2Cbob', nextReqMessageID: ids[50] });
    expect(data.messageList.map((message) => message.ID)).toEqual(ids.slice(35, 50));
    expect(data.nextReqMessageID).toBe(ids[35]);
  });
});

describe('retention', () => {
  it('history older than the roaming window is not returned and its chunks go; the conversation stays', async () => {
    const clock = manualClock();
    const media = createMemoryMedia();
    const storage = meteredStorage();
    const server = newServer({ storage, clock: clock.now, media, roamingDays: 7 });
    const alice = await loginReady(server, 'alice');
    const bob = await loginReady(server, 'bob');
    // Positions 1–20 are one chunk: 19 texts and the photo.
    for (let i = 0; i < 19; i++) await sendText(alice, 'bob', `old ${i}`);
    const photo = alice.createImageMessage({ to: 'bob', conversationType: TYPES.CONV_C2C, payload: { file: { tempFiles: [{ tempFilePath: 'wxfile://a.jpg', size: 10 }] } } });
    if (!photo) throw new Error('no image message');
    await alice.sendMessage(photo);
    expect(media.files.size).toBe(1);
    clock.advance(8 * DAY);
    await sendText(alice, 'bob', 'fresh');
    expect((await allMessages(bob, 'C2Calice')).map((message) => message.payload)).toEqual([{ text: 'fresh' }]);
    expect(storage.getItem(`${MSG_PREFIX}m:0:c:5:alicebob`)).toBeNull();
    // The chunk holding the photo expired as a whole: its kept file was let go.
    expect(media.files.size).toBe(0);
    expect((await bob.getConversationList()).data.conversationList.map((conversation) => conversation.conversationID)).toEqual(['C2Calice']);
    const custom = newServer({ storage: meteredStorage(), clock: clock.now, roamingDays: 30 });
    const carol = await loginReady(custom, 'carol');
    await loginReady(custom, 'dave');
    await sendText(carol, 'dave', 'kept for a month');
    clock.advance(20 * DAY);
    expect(await allMessages(carol, 'C2Cdave')).toHaveLength(1);
  });

  it('beyond the storage budget the oldest chunks of any conversation go first; every conversation stays listed', async () => {
    const storage = meteredStorage();
    const clock = manualClock();
    const budget = 60_000;
    const server = newServer({ storage, clock: clock.now, messageStorageBudget: budget });
    const alice = await loginReady(server, 'alice');
    for (const peer of ['bob', 'carol', 'dave']) await loginReady(server, peer);
    for (const peer of ['bob', 'carol', 'dave']) await sendText(alice, peer, `hello ${peer}`);
    for (let i = 0; i < 600; i++) {
      clock.advance(1000);
      await sendText(alice, 'bob', `message number ${i} with some words to take room`);
      const { total } = messageFootprint(storage);
      expect(total).toBeLessThanOrEqual(budget + 1000);
    }
    const kept = await allMessages(alice, 'C2Cbob');
    expect(kept.length).toBeGreaterThan(100);
    expect(kept[kept.length - 1].payload).toEqual({ text: 'message number 599 with some words to take room' });
    expect(kept[0].payload).not.toEqual({ text: 'hello bob' });
    // The oldest history (carol's and dave's first messages) went first, but their conversations stay.
    const list = (await alice.getConversationList()).data.conversationList;
    expect(list.map((conversation) => conversation.conversationID).sort()).toEqual(['C2Cbob', 'C2Ccarol', 'C2Cdave']);
    expect(list.find((conversation) => conversation.conversationID === 'C2Ccarol')?.lastMessage.messageForShow).toBe('hello carol');
    expect(await allMessages(alice, 'C2Ccarol')).toEqual([]);
    expect(server.problems).toEqual([]);
  });
});

describe('failures', () => {
  it('a full storage refuses the send with 2903: the message fails, nothing already stored is lost', async () => {
    const storage = meteredStorage();
    const server = newServer({ storage });
    const alice = await loginReady(server, 'alice');
    const bob = await loginReady(server, 'bob');
    for (let i = 0; i < 3; i++) await sendText(alice, 'bob', `kept ${i}`);
    const before = { ...Object.fromEntries(storage.keys().map((key) => [key, storage.getItem(key)])) };
    storage.full = true;
    const message = alice.createTextMessage({ to: 'bob', conversationType: TYPES.CONV_C2C, payload: { text: 'no room' } });
    const refusal = await rejection(alice.sendMessage(message));
    expect(refusal.code).toBe(2903);
    expect(message.status).toBe('fail');
    expect(Object.fromEntries(storage.keys().map((key) => [key, storage.getItem(key)]))).toEqual(before);
    storage.full = false;
    expect((await allMessages(bob, 'C2Calice')).map((entry) => entry.payload)).toEqual([{ text: 'kept 0' }, { text: 'kept 1' }, { text: 'kept 2' }]);
    expect(server.problems).toEqual([expect.objectContaining({ kind: 'storage-write' })]);
    await alice.resendMessage(message);
    expect(await allMessages(bob, 'C2Calice')).toHaveLength(4);
  });

  it('a corrupt chunk is skipped and reported; the other chunks and the conversation still read', async () => {
    const storage = meteredStorage();
    const first = newServer({ storage });
    const alice = await loginReady(first, 'alice');
    await loginReady(first, 'bob');
    for (let i = 0; i < 45; i++) await sendText(alice, 'bob', `m${i}`);
    storage.setItem(`${MSG_PREFIX}m:1:c:5:alicebob`, '{"m": [ not json');
    const server = newServer({ storage });
    const bob = await loginReady(server, 'bob');
    const texts = (await allMessages(bob, 'C2Calice')).map((message) => (message.type === TYPES.MSG_TEXT ? message.payload.text : ''));
    expect(texts).toEqual([...Array.from({ length: 20 }, (_, i) => `m${i}`), ...Array.from({ length: 5 }, (_, i) => `m${40 + i}`)]);
    expect((await bob.getConversationList()).data.conversationList[0]).toMatchObject({ conversationID: 'C2Calice', unreadCount: 45 });
    expect(server.problems).toEqual([expect.objectContaining({ kind: 'corrupt-record', key: `${MSG_PREFIX}m:1:c:5:alicebob` })]);
  });

  it('bad entries inside a chunk are dropped one by one', async () => {
    const storage = meteredStorage();
    const first = newServer({ storage });
    const alice = await loginReady(first, 'alice');
    await loginReady(first, 'bob');
    for (let i = 0; i < 5; i++) await sendText(alice, 'bob', `m${i}`);
    const key = `${MSG_PREFIX}m:0:c:5:alicebob`;
    const chunk = JSON.parse(storage.getItem(key) ?? '{}') as { m: unknown[] };
    chunk.m.splice(1, 1, { k: 'x' });
    storage.setItem(key, JSON.stringify(chunk));
    const server = newServer({ storage });
    const bob = await loginReady(server, 'bob');
    expect(await allMessages(bob, 'C2Calice')).toHaveLength(4);
    expect(server.problems).toEqual([expect.objectContaining({ kind: 'repaired-record', key, message: '1 unreadable messages skipped' })]);
  });

  it('a missing summary is recounted from the keys', async () => {
    const storage = meteredStorage();
    const first = newServer({ storage });
    const alice = await loginReady(first, 'alice');
    await loginReady(first, 'bob');
    for (let i = 0; i < 5; i++) await sendText(alice, 'bob', `m${i}`);
    const counted = JSON.parse(storage.getItem(`${MSG_PREFIX}meta`) ?? '{}') as { b: number };
    storage.removeItem(`${MSG_PREFIX}meta`);
    const server = newServer({ storage });
    const again = await loginReady(server, 'alice');
    await sendText(again, 'bob', 'after');
    const recounted = JSON.parse(storage.getItem(`${MSG_PREFIX}meta`) ?? '{}') as { b: number };
    expect(recounted.b).toBe(messageFootprint(storage).total);
    expect(recounted.b).toBeGreaterThan(counted.b);
  });
});

describe('kept files of forwarded messages', () => {
  it('dropping the original keeps the file its forwarded copy still shows; dropping the copy too lets it go', async () => {
    const clock = manualClock();
    const media = createMemoryMedia();
    const server = newServer({ clock: clock.now, media, roamingDays: 1 });
    const alice = await loginReady(server, 'alice');
    await loginReady(server, 'bob');
    await loginReady(server, 'carol');
    const photo = alice.createImageMessage({ to: 'bob', conversationType: TYPES.CONV_C2C, payload: { file: { tempFiles: [{ tempFilePath: 'wxfile://p.png', size: 10 }] } } });
    if (!photo) throw new Error('no image message');
    const sent = (await alice.sendMessage(photo)).data.message;
    // Twenty messages fill the original's chunk, so it can expire as a whole.
    for (let i = 0; i < 19; i++) await sendText(alice, 'bob', `after ${i}`);
    clock.advance(12 * 3_600_000);
    await alice.sendMessage(alice.createForwardMessage({ to: 'carol', conversationType: TYPES.CONV_C2C, payload: sent }));
    for (let i = 0; i < 19; i++) await sendText(alice, 'carol', `after ${i}`);
    expect(media.files.size).toBe(1);
    clock.advance(13 * 3_600_000);
    await sendText(alice, 'bob', 'a day later');
    expect(await allMessages(alice, 'C2Cbob')).toHaveLength(1);
    expect(media.files.size).toBe(1);
    const forwarded = (await allMessages(alice, 'C2Ccarol'))[0];
    expect(forwarded.type === TYPES.MSG_IMAGE && forwarded.payload.imageInfoArray[0].url).toBe(sent.type === TYPES.MSG_IMAGE && sent.payload.imageInfoArray[0].url);
    clock.advance(12 * 3_600_000);
    await sendText(alice, 'carol', 'later still');
    expect(media.files.size).toBe(0);
  });
});
