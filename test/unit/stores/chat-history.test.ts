/**
 * The chat store's history and live list on the embedded service: pages of 15 without repeats or gaps (C2C
 * cursors are message IDs, group cursors sequences), and what arrives live — from the peer, from the
 * account's other instance, during a page fetch — merged once; modifications, recalls and read receipts of
 * others applied; read marking while shown; disposal.
 */
import { EVENT, TYPES } from '@/src/chat/constants';
import type { LocalClient } from '@/src/chat/local';
import type { Message } from '@/src/chat/message-types';
import { MESSAGE_PAGE_SIZE, openChat, releaseChat, retainChat, useChatStore } from '@/src/stores/chat';
import { useConversationsStore } from '@/src/stores/conversations';
import { flush } from './context';
import { messagingWorld, textFrom, until } from './messaging-world';

const COFFEE = '@TGS#2DEMOPUBLIC';

/** Every message of a conversation as the service pages it to `client`, oldest first. */
async function serviceHistory(client: LocalClient, conversationID: string): Promise<Message[]> {
  const all: Message[] = [];
  let cursor = '';
  for (;;) {
    const { data } = await client.getMessageList({ conversationID, nextReqMessageID: cursor || undefined });
    all.unshift(...data.messageList);
    if (data.isCompleted) return all;
    cursor = data.nextReqMessageID;
  }
}

function idsOf(list: readonly Message[]): string[] {
  return list.map((message) => message.ID);
}

describe('chat store: history', () => {
  it('pages a C2C history 15 at a time, oldest first, to the end: no repeats, no gaps', async () => {
    const world = await messagingWorld('alice');
    const erin = await world.person('erin');
    const alice = world.backend.chat as unknown as LocalClient;
    for (let i = 0; i < 40; i++) await (i % 3 === 0 ? textFrom(erin, 'alice', `line ${i}`) : textFrom(alice, 'erin', `line ${i}`));
    await world.settle();

    const chat = useChatStore('C2Cerin');
    await chat.open();
    expect(chat.messages).toHaveLength(MESSAGE_PAGE_SIZE);
    expect(chat.isCompleted).toBe(false);
    let pages = 1;
    while (!chat.isCompleted) {
      const before = chat.messages.length;
      await chat.loadOlder();
      expect(chat.messages.length).toBeGreaterThan(before);
      pages += 1;
    }
    expect(pages).toBe(3);
    const expected = await serviceHistory(erin, 'C2Calice');
    expect(idsOf(chat.messages)).toEqual(idsOf(expected));
    expect(new Set(idsOf(chat.messages)).size).toBe(40);
    expect(chat.messages.map((message) => (message.type === TYPES.MSG_TEXT ? message.payload.text : ''))).toEqual(
      Array.from({ length: 40 }, (_, i) => `line ${i}`),
    );
    // Nothing more to load: no call is made.
    const calls = jest.spyOn(world.backend.chat as unknown as { getMessageList: () => unknown }, 'getMessageList');
    await chat.loadOlder();
    expect(calls).not.toHaveBeenCalled();
  });

  it('pages a group history by sequence across four pages, and a page already on its way is not asked twice', async () => {
    const world = await messagingWorld('alice');
    const bob = await world.person('bob');
    for (let i = 0; i < 45; i++) {
      // A group takes 40 messages a second.
      if (i % 20 === 0) world.clock.advance(1000);
      await textFrom(bob, COFFEE, `g${i}`, true);
    }
    await world.settle();
    const chat = useChatStore(`GROUP${COFFEE}`);
    await chat.open();
    const calls = jest.spyOn(world.backend.chat as unknown as { getMessageList: () => unknown }, 'getMessageList');
    while (!chat.isCompleted) await Promise.all([chat.loadOlder(), chat.loadOlder()]);
    const expected = await serviceHistory(bob, `GROUP${COFFEE}`);
    expect(idsOf(chat.messages)).toEqual(idsOf(expected));
    expect(expected.length).toBeGreaterThanOrEqual(45 + 6);
    expect(calls).toHaveBeenCalledTimes(Math.ceil(expected.length / MESSAGE_PAGE_SIZE) - 1);
    const sequences = chat.messages.map((message) => message.sequence);
    expect([...sequences].sort((a, b) => a - b)).toEqual(sequences);
  });
});

describe('chat store: live', () => {
  it("merges the peer's messages and the account's own from another instance once each, also during the first page", async () => {
    const world = await messagingWorld('alice', { maxInstancesPerUser: 2 });
    const bob = await world.person('bob');
    const elsewhere = await world.person('alice');
    const chat = useChatStore('C2Cbob');

    // The first page is on its way when a message arrives: it shows once, after the page.
    const client = world.backend.chat as unknown as { getMessageList: (...args: unknown[]) => Promise<unknown> };
    const original = client.getMessageList.bind(client);
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    jest.spyOn(client, 'getMessageList').mockImplementationOnce(async (...args: unknown[]) => {
      await gate;
      return original(...args);
    });
    const opening = chat.open();
    await flush();
    const early = await textFrom(bob, 'alice', 'while the page loads');
    await world.server.settle();
    expect(idsOf(chat.messages)).toEqual([early.ID]);
    release();
    await opening;
    expect(idsOf(chat.messages).filter((id) => id === early.ID)).toHaveLength(1);
    expect(chat.messages[chat.messages.length - 1].ID).toBe(early.ID);

    const fromPeer = await textFrom(bob, 'alice', 'hello');
    const fromMe = await textFrom(elsewhere, 'bob', 'sent from my other device');
    await world.server.settle();
    const tail = chat.messages.slice(-2);
    expect(idsOf(tail)).toEqual([fromPeer.ID, fromMe.ID]);
    expect(tail[1].flow).toBe('out');
    expect(new Set(idsOf(chat.messages)).size).toBe(chat.messages.length);

    // Paging back afterwards repeats nothing, and the list matches the service's history.
    while (!chat.isCompleted) await chat.loadOlder();
    expect(idsOf(chat.messages)).toEqual(idsOf(await serviceHistory(bob, 'C2Calice')));
    // Messages of other conversations stay out.
    await textFrom(bob, COFFEE, 'in the group', true);
    await world.server.settle();
    expect(chat.messages.every((message) => message.conversationID === 'C2Cbob')).toBe(true);
  });

  it("applies others' modifications and recalls, and the peer's read receipt on my messages", async () => {
    const world = await messagingWorld('alice');
    const bob = await world.person('bob');
    const chat = useChatStore('C2Cbob');
    await chat.open();

    const theirs = await textFrom(bob, 'alice', 'tpyo');
    await world.server.settle();
    await bob.modifyMessage({ ...theirs, payload: { text: 'typo' } } as Message);
    await world.server.settle();
    const modified = chat.find(theirs.ID);
    expect(modified?.payload).toEqual({ text: 'typo' });
    expect(modified?.isModified).toBe(true);

    await bob.revokeMessage(theirs);
    await world.server.settle();
    expect(chat.find(theirs.ID)?.isRevoked).toBe(true);
    expect(chat.find(theirs.ID)?.revoker).toBe('bob');

    const mine = await chat.sendText('did you read this?');
    const earlier = chat.messages.filter((message) => message.from === 'alice' && message.ID !== mine.ID);
    expect(chat.find(mine.ID)?.isPeerRead).toBe(false);
    await bob.setMessageRead({ conversationID: 'C2Calice' });
    await world.server.settle();
    expect(chat.find(mine.ID)?.isPeerRead).toBe(true);
    expect(earlier.every((message) => chat.find(message.ID)?.isPeerRead)).toBe(true);
  });

  it('marks the conversation read when shown and as messages arrive while shown; the peer is told', async () => {
    const world = await messagingWorld('alice');
    const erin = await world.person('erin');
    const readByPeer: string[] = [];
    erin.on(EVENT.MESSAGE_READ_BY_PEER, (event) => readByPeer.push(...event.data.map((message) => message.ID)));
    const conversations = useConversationsStore();
    await conversations.load();
    const sent = [await textFrom(erin, 'alice', 'one'), await textFrom(erin, 'alice', 'two')];
    await world.settle();
    expect(conversations.byID.get('C2Cerin')?.unreadCount).toBe(2);
    const total = conversations.totalUnread;

    const chat = useChatStore('C2Cerin');
    await chat.open();
    expect(conversations.byID.get('C2Cerin')?.unreadCount).toBe(2);
    await chat.show();
    expect(conversations.byID.get('C2Cerin')?.unreadCount).toBe(0);
    expect(conversations.totalUnread).toBe(total - 2);
    await world.server.settle();
    expect(readByPeer).toEqual(idsOf(sent));

    const third = await textFrom(erin, 'alice', 'three');
    await world.settle();
    await until(() => readByPeer.includes(third.ID), 'the read receipt of a message that arrived while shown');
    expect(conversations.byID.get('C2Cerin')?.unreadCount).toBe(0);

    chat.hide();
    await textFrom(erin, 'alice', 'four');
    await world.settle();
    expect(conversations.byID.get('C2Cerin')?.unreadCount).toBe(1);
  });
});

describe('chat store: lifetime', () => {
  it('is shared by the pages that retain it, saves the draft and stops following events when the last one releases it', async () => {
    const world = await messagingWorld('alice');
    const bob = await world.person('bob');
    for (let i = 0; i < 20; i++) await textFrom(bob, 'alice', `n${i}`);
    await world.server.settle();
    const first = retainChat('C2Cbob');
    const second = retainChat('C2Cbob');
    expect(second).toBe(first);
    await first.open();
    expect(first.messages).toHaveLength(MESSAGE_PAGE_SIZE);
    await second.open();
    expect(first.messages).toHaveLength(MESSAGE_PAGE_SIZE);
    await releaseChat('C2Cbob');
    expect(openChat('C2Cbob')).toBe(first);

    await releaseChat('C2Cbob', 'see you at');
    expect(openChat('C2Cbob')).toBeUndefined();
    expect(useConversationsStore().draftOf('C2Cbob')).toBe('see you at');
    const held = first.messages.length;
    await textFrom(bob, 'alice', 'after closing');
    await world.server.settle();
    expect(first.messages).toHaveLength(held);

    // Opening again makes a fresh store that starts from the service, with the draft to restore.
    const again = retainChat('C2Cbob');
    expect(again).not.toBe(first);
    await again.open();
    expect(again.draft).toBe('see you at');
    expect(again.messages[again.messages.length - 1].payload).toEqual({ text: 'after closing' });
    await releaseChat('C2Cbob');
  });

  it('refuses conversations that are not chats', () => {
    expect(() => useChatStore('@TIM#SYSTEM')).toThrow();
    expect(() => useChatStore('C2C')).toThrow();
  });
});
