/**
 * The chat store's sends and edits on the embedded service: optimistic bubbles (unSend → success / fail with
 * the service's code, the message kept), media progress to 1, resend, recall inside and after the window,
 * delete (≤ 30, unsent ones locally), modify with a version conflict, quote, mentions, forwarding.
 */
import { EVENT, TYPES } from '@/src/chat/constants';
import type { LocalClient } from '@/src/chat/local';
import type { Message } from '@/src/chat/message-types';
import { replyOf } from '@/src/chat/quote';
import { MAX_DELETE_MESSAGES, retainChat, releaseChat, useChatStore } from '@/src/stores/chat';
import { messagingWorld, pickedImage } from './messaging-world';

const COFFEE = '@TGS#2DEMOPUBLIC';

/** Messages `client` receives, by ID. */
function inbox(client: LocalClient): Map<string, Message> {
  const received = new Map<string, Message>();
  client.on(EVENT.MESSAGE_RECEIVED, (event) => event.data.forEach((message) => received.set(message.ID, message)));
  return received;
}

async function codeOf(promise: Promise<unknown>): Promise<number> {
  try {
    await promise;
  } catch (error) {
    return (error as { code: number }).code;
  }
  throw new Error('expected a refusal');
}

describe('chat store: sending', () => {
  it('shows a text at once as unSend, then the sent message once; the peer gets it', async () => {
    const world = await messagingWorld('alice');
    const bob = await world.person('bob');
    const received = inbox(bob);
    const chat = useChatStore('C2Cbob');
    await chat.open();
    const count = chat.messages.length;

    const sending = chat.sendText('on my way');
    const shown = chat.messages[chat.messages.length - 1];
    expect(shown.status).toBe('unSend');
    expect(shown.payload).toEqual({ text: 'on my way' });
    const sent = await sending;
    expect(sent.status).toBe('success');
    expect(chat.messages).toHaveLength(count + 1);
    expect(chat.find(sent.ID)).toMatchObject({ status: 'success', time: sent.time, flow: 'out' });
    await world.server.settle();
    expect(received.get(sent.ID)?.payload).toEqual({ text: 'on my way' });
    // The sending instance gets no MESSAGE_RECEIVED of its own message: still one entry.
    expect(chat.messages.filter((message) => message.ID === sent.ID)).toHaveLength(1);
  });

  it('a message the SDK refuses to make throws at once and adds nothing (the page keeps the text)', async () => {
    await messagingWorld('alice');
    const chat = useChatStore('C2Cbob');
    await chat.open();
    const count = chat.messages.length;
    expect(() => chat.sendText('')).toThrow();
    expect(chat.messages).toHaveLength(count);
  });

  it('keeps a refused message as fail with the reason: muted member 10017, blocked 20007, body too long 80002', async () => {
    const frank = await messagingWorld('frank');
    const group = useChatStore(`GROUP${COFFEE}`);
    await group.open();
    expect(group.selfMuteUntil).toBeGreaterThan(frank.clock.now() / 1000);
    const muted = group.sendText('let me in');
    const mutedID = group.messages[group.messages.length - 1].ID;
    expect(await codeOf(muted)).toBe(10017);
    expect(group.find(mutedID)?.status).toBe('fail');
    expect(group.sendErrors[mutedID]?.code).toBe(10017);

    await messagingWorld('mallory');
    const blocked = useChatStore('C2Calice');
    await blocked.open();
    const sending = blocked.sendText('hello?');
    const blockedID = blocked.messages[blocked.messages.length - 1].ID;
    expect(await codeOf(sending)).toBe(20007);
    expect(blocked.find(blockedID)?.status).toBe('fail');

    await messagingWorld('alice');
    const chat = useChatStore('C2Cbob');
    await chat.open();
    const long = chat.sendText('x'.repeat(13 * 1024));
    const longID = chat.messages[chat.messages.length - 1].ID;
    expect(await codeOf(long)).toBe(80002);
    expect(chat.find(longID)).toMatchObject({ status: 'fail', payload: { text: 'x'.repeat(13 * 1024) } });
    expect(chat.sendErrors[longID]?.code).toBe(80002);
  });

  it('resends a failed message with the same ID once the reason is gone', async () => {
    const world = await messagingWorld('mallory');
    const alice = await world.person('alice');
    const received = inbox(alice);
    const chat = useChatStore('C2Calice');
    await chat.open();
    const failing = chat.sendText('please unblock me');
    const id = chat.messages[chat.messages.length - 1].ID;
    expect(await codeOf(failing)).toBe(20007);

    await alice.removeFromBlacklist({ userIDList: ['mallory'] });
    const resending = chat.resend(chat.find(id) as Message);
    expect(chat.find(id)?.status).toBe('unSend');
    expect(chat.sendErrors[id]).toBeUndefined();
    const sent = await resending;
    expect(sent.ID).toBe(id);
    expect(chat.find(id)?.status).toBe('success');
    expect(chat.messages.filter((message) => message.ID === id)).toHaveLength(1);
    await world.server.settle();
    expect(received.get(id)?.payload).toEqual({ text: 'please unblock me' });
  });

  it('reports an image upload from 0 to 1 and shows the sent image', async () => {
    const world = await messagingWorld('alice');
    const bob = await world.person('bob');
    const received = inbox(bob);
    const chat = useChatStore('C2Cbob');
    await chat.open();
    const seen: number[] = [];
    const sending = chat.sendImage(pickedImage());
    const id = chat.messages[chat.messages.length - 1].ID;
    expect(chat.progress[id]).toBe(0);
    chat.$subscribe(() => {
      const value = chat.progress[id];
      if (value !== undefined && value !== seen[seen.length - 1]) seen.push(value);
    }, { flush: 'sync' });
    const sent = await sending;
    expect(seen.some((value) => value > 0 && value < 1)).toBe(true);
    expect(seen[seen.length - 1]).toBe(1);
    expect([...seen].sort((a, b) => a - b)).toEqual(seen);
    expect(chat.progress[id]).toBe(1);
    expect(sent.type).toBe(TYPES.MSG_IMAGE);
    expect(chat.find(id)?.status).toBe('success');
    const image = chat.find(id);
    if (image?.type !== TYPES.MSG_IMAGE) throw new Error('not an image');
    expect(image.payload.imageInfoArray).toHaveLength(3);
    await world.server.settle();
    expect(received.get(id)?.type).toBe(TYPES.MSG_IMAGE);
  });

  it('puts a quote reference into cloudCustomData, and mentions into a group text', async () => {
    const world = await messagingWorld('alice');
    const dave = await world.person('dave');
    const received = inbox(dave);
    const group = useChatStore(`GROUP${COFFEE}`);
    await group.open();
    expect(group.canMentionAll).toBe(true);
    const original = group.messages.find((message) => message.type === TYPES.MSG_TEXT && message.from === 'dave');
    if (!original) throw new Error('no demo message of dave');
    const reply = await group.sendText('Same place as last time', { quote: original, atUserList: ['dave', TYPES.MSG_AT_ALL] });
    // The sender as the chat names them: name card, else nick (dave's is 大卫), else the userID.
    expect(replyOf(reply)).toMatchObject({ messageID: original.ID, messageSender: '大卫', messageType: 1, version: 1 });
    await world.server.settle();
    const arrived = received.get(reply.ID);
    expect(arrived?.atUserList).toEqual(['dave', TYPES.MSG_AT_ALL]);
    expect(replyOf(arrived as Message)?.messageAbstract).toBe((original.payload as { text: string }).text);

    await messagingWorld('bob');
    const asMember = useChatStore(`GROUP${COFFEE}`);
    await asMember.open();
    expect(asMember.canMentionAll).toBe(false);
    expect(asMember.mutedByAll).toBe(false);
  });
});

describe('chat store: changing sent messages', () => {
  it('recalls within the window; after it the refusal (20016 C2C, 10031 group) reaches the caller and nothing changes', async () => {
    const world = await messagingWorld('alice');
    const bob = await world.person('bob');
    const revoked: string[] = [];
    bob.on(EVENT.MESSAGE_REVOKED, (event) => revoked.push(...event.data.flatMap((message) => (message.ID ? [message.ID] : []))));
    const chat = useChatStore('C2Cbob');
    await chat.open();
    const quick = await chat.sendText('oops');
    world.clock.advance(60_000);
    const recalled = await chat.recall(quick);
    expect(recalled.isRevoked).toBe(true);
    expect(chat.find(quick.ID)?.isRevoked).toBe(true);
    await world.server.settle();
    expect(revoked).toEqual([quick.ID]);

    const late = await chat.sendText('too late to take back');
    world.clock.advance(121_000);
    expect(await codeOf(chat.recall(late))).toBe(20016);
    expect(chat.find(late.ID)?.isRevoked).toBe(false);

    const group = useChatStore(`GROUP${COFFEE}`);
    await group.open();
    const said = await group.sendText('said in the group');
    world.clock.advance(121_000);
    expect(await codeOf(group.recall(said))).toBe(10031);
    expect(group.find(said.ID)?.isRevoked).toBe(false);
  });

  it('deletes for me only, at most 30 at a time; unsent ones go from the list directly', async () => {
    const world = await messagingWorld('alice');
    const erin = await world.person('erin');
    const chat = useChatStore('C2Cerin');
    await chat.open();
    const sent: Message[] = [];
    for (let i = 0; i < 32; i++) sent.push(await chat.sendText(`m${i}`));
    const failing = chat.sendText('x'.repeat(13 * 1024));
    const failedID = chat.messages[chat.messages.length - 1].ID;
    await codeOf(failing);

    const deleted = await chat.remove([chat.find(failedID) as Message, ...sent.slice(0, 31)]);
    expect(deleted).toHaveLength(MAX_DELETE_MESSAGES);
    expect(deleted.map((message) => message.ID)).toEqual([failedID, ...sent.slice(0, 29).map((message) => message.ID)]);
    expect(chat.find(failedID)).toBeUndefined();
    expect(chat.find(sent[0].ID)).toBeUndefined();
    expect(chat.find(sent[29].ID)?.payload).toEqual({ text: 'm29' });
    expect(chat.sendErrors[failedID]).toBeUndefined();
    const mine = await (world.backend.chat as unknown as LocalClient).getMessageList({ conversationID: 'C2Cerin' });
    expect(mine.data.messageList.map((message) => message.ID)).not.toContain(sent[28].ID);
    const theirs = await erin.getMessageList({ conversationID: 'C2Calice' });
    expect(theirs.data.messageList.map((message) => message.ID)).toContain(sent[28].ID);
  });

  it('modifies a text; a version changed meanwhile is refused with 2480 and the list shows the latest', async () => {
    const world = await messagingWorld('alice');
    const bob = await world.person('bob');
    const modified: Message[] = [];
    bob.on(EVENT.MESSAGE_MODIFIED, (event) => modified.push(...event.data));
    const chat = useChatStore('C2Cbob');
    await chat.open();
    const sent = await chat.sendText('meet at 10');
    const changed = await chat.modify(sent, { payload: { text: 'meet at 11' } });
    expect(changed).toMatchObject({ ID: sent.ID, isModified: true, version: 1, payload: { text: 'meet at 11' } });
    expect(chat.find(sent.ID)?.payload).toEqual({ text: 'meet at 11' });
    await world.server.settle();
    expect(modified.map((message) => message.payload)).toEqual([{ text: 'meet at 11' }]);

    // bob edits it too; his change has not reached this instance when alice edits her copy.
    const bobsCopy = (await bob.getMessageList({ conversationID: 'C2Calice' })).data.messageList.find((message) => message.ID === sent.ID);
    await bob.modifyMessage({ ...(bobsCopy as Message), payload: { text: 'meet at noon' } } as Message);
    expect(await codeOf(chat.modify(chat.find(sent.ID) as Message, { payload: { text: 'meet at 10:30' } }))).toBe(2480);
    expect(chat.find(sent.ID)).toMatchObject({ version: 2, payload: { text: 'meet at noon' } });
    await world.server.settle();
    const again = await chat.modify(chat.find(sent.ID) as Message, { payload: { text: 'noon it is' } });
    expect(again.version).toBe(3);
  });
});

describe('chat store: forwarding', () => {
  it('forwards one by one (group tips refused with 2453) and merged; an open target chat shows them as they go', async () => {
    const world = await messagingWorld('alice');
    const carol = await world.person('carol');
    const received = inbox(carol);
    const source = useChatStore('C2Cbob');
    await source.open();
    const target = retainChat('C2Ccarol');
    await target.open();
    const before = target.messages.length;
    const texts = source.messages.filter((message) => message.type === TYPES.MSG_TEXT).slice(-2);
    const image = source.messages.find((message) => message.type === TYPES.MSG_IMAGE);
    if (!image) throw new Error('no demo image');

    const outcome = await source.forward([...texts, image], { to: 'carol', conversationType: TYPES.CONV_C2C });
    expect(outcome.failed).toEqual([]);
    expect(outcome.sent.map((message) => message.type)).toEqual([TYPES.MSG_TEXT, TYPES.MSG_TEXT, TYPES.MSG_IMAGE]);
    expect(target.messages.slice(before).map((message) => message.ID)).toEqual(outcome.sent.map((message) => message.ID));
    expect(target.messages.slice(before).every((message) => message.status === 'success')).toBe(true);

    const merged = await source.forwardMerged(texts, { to: 'carol', conversationType: TYPES.CONV_C2C }, {
      title: 'Chat history of alice and bob',
      abstractList: texts.map((message) => `${message.from}: …`),
      compatibleText: 'Please upgrade to see this chat history',
    });
    expect(merged.type).toBe(TYPES.MSG_MERGER);
    await world.server.settle();
    const arrived = received.get(merged.ID);
    if (arrived?.type !== TYPES.MSG_MERGER) throw new Error('the merged message did not arrive');
    expect(arrived.payload.messageList.map((item) => item.ID)).toEqual(texts.map((message) => message.ID));
    expect(outcome.sent.every((message) => received.has(message.ID))).toBe(true);
    await releaseChat('C2Ccarol');

    const group = useChatStore(`GROUP${COFFEE}`);
    await group.open();
    const bob = await world.person('bob');
    await bob.quitGroup(COFFEE);
    await world.server.settle();
    const tip = group.messages.find((message) => message.type === TYPES.MSG_GRP_TIP);
    if (!tip) throw new Error('no group tip');
    const refused = await group.forward([tip], { to: 'carol', conversationType: TYPES.CONV_C2C });
    expect(refused.sent).toEqual([]);
    expect(refused.failed.map((entry) => entry.error.code)).toEqual([2453]);
  });
});

describe('chat store: own group state', () => {
  it('follows my mute from the group tips, and mute-all for ordinary members', async () => {
    const world = await messagingWorld('bob');
    const chat = useChatStore(`GROUP${COFFEE}`);
    await chat.open();
    expect(chat.selfMuteUntil).toBe(0);
    const alice = await world.person('alice');
    await alice.setGroupMemberMuteTime({ groupID: COFFEE, userID: 'bob', muteTime: 600 });
    await world.settle();
    expect(chat.selfMuteUntil).toBeGreaterThan(Date.now() / 1000 + 500);
    await alice.setGroupMemberMuteTime({ groupID: COFFEE, userID: 'bob', muteTime: 0 });
    await world.settle();
    expect(chat.selfMuteUntil).toBe(0);

    await alice.updateGroupProfile({ groupID: COFFEE, muteAllMembers: true });
    await world.settle();
    expect(chat.mutedByAll).toBe(true);
    expect(await codeOf(chat.sendText('anyone?'))).toBe(10017);
  });
});
