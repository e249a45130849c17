/**
 * The chat store's list rules as pure functions (helpers/message-list.ts), and the quote reference JSON
 * (src/chat/quote.ts).
 */
import { isReactive, reactive } from 'vue';
import { TYPES } from '@/src/chat/constants';
import type { Message, MessageOf, RevokedMessageRef } from '@/src/chat/message-types';
import { replyOf, replyTo, withReply } from '@/src/chat/quote';
import { applyPeerRead, applyRevoked, held, mergeLive, passed, prependPage } from '@/src/stores/helpers/message-list';
import { messageFields } from './message-fields';

function text(ID: string, time: number, fields: Partial<Message> = {}): Message {
  const message: MessageOf<typeof TYPES.MSG_TEXT> = { ...messageFields({ ID, time, clientTime: time }), type: TYPES.MSG_TEXT, payload: { text: ID } };
  return { ...message, ...fields } as Message;
}

const ids = (list: readonly Message[]) => list.map((message) => message.ID);

describe('message list rules', () => {
  it('merges live messages: a known ID replaced in place, new ones after the last not later than them', () => {
    const list = [text('a', 10), text('b', 20), text('c', 30)];
    expect(ids(mergeLive(list, [text('d', 40)]))).toEqual(['a', 'b', 'c', 'd']);
    expect(ids(mergeLive(list, [text('x', 20)]))).toEqual(['a', 'b', 'x', 'c']);
    expect(ids(mergeLive(list, [text('early', 5), text('late', 35)]))).toEqual(['early', 'a', 'b', 'c', 'late']);
    const replaced = mergeLive(list, [text('b', 25, { status: 'fail' })]);
    expect(ids(replaced)).toEqual(['a', 'b', 'c']);
    expect(replaced[1].status).toBe('fail');
    expect(mergeLive(list, [])).toBe(list);
  });

  it('orders numbered group messages by sequence, whatever their seconds', () => {
    const group = (ID: string, time: number, sequence: number) =>
      text(ID, time, { conversationID: 'GROUPg', conversationType: TYPES.CONV_GROUP, to: 'g', sequence });
    const list = [group('s1', 100, 1), group('s3', 100, 3)];
    expect(ids(mergeLive(list, [group('s2', 100, 2)]))).toEqual(['s1', 's2', 's3']);
    expect(ids(mergeLive(list, [group('s4', 99, 4)]))).toEqual(['s1', 's3', 's4']);
  });

  it('puts an older page in front without repeating what is held', () => {
    const list = [text('c', 30), text('d', 40)];
    const page = [text('a', 10), text('b', 20), text('c', 30)];
    expect(ids(prependPage(list, page))).toEqual(['a', 'b', 'c', 'd']);
    expect(prependPage(list, [text('c', 30)])).toBe(list);
  });

  it('applies recalls from whole messages and from stubs (by ID, else by sequence and time)', () => {
    const list = [text('a', 10, { sequence: 7 }), text('b', 20, { sequence: 8 })];
    const stub: RevokedMessageRef = { conversationID: 'C2Cbob', sequence: 8, time: 20, isRevoked: true, revoker: 'alice' };
    const after = applyRevoked(list, [stub]);
    expect(after.map((message) => message.isRevoked)).toEqual([false, true]);
    expect(after[1].revoker).toBe('alice');
    expect(applyRevoked(list, [{ ...stub, time: 21 }])).toBe(list);
    expect(applyRevoked(list, [{ ...list[0], isRevoked: true }]).map((message) => message.isRevoked)).toEqual([true, false]);
  });

  it('marks own sent messages up to the newest one the peer read', () => {
    const list = [text('a', 10), text('b', 20), text('in', 25, { from: 'bob', flow: 'in' }), text('c', 30), text('pending', 15, { status: 'unSend' })];
    const after = applyPeerRead(list, [list[1]]);
    expect(after.map((message) => message.isPeerRead)).toEqual([true, true, false, false, false]);
    expect(applyPeerRead(after, [list[1]])).toBe(after);
  });

  it('holds plain raw copies, never a page\'s reactive proxy; the port gets a fresh copy', () => {
    const proxy = reactive(text('a', 10));
    const copy = held(proxy as Message);
    expect(isReactive(copy)).toBe(false);
    expect(isReactive(reactive(copy))).toBe(false);
    const given = passed(copy);
    expect(given).not.toBe(copy);
    expect(given.ID).toBe('a');
  });
});

describe('quote reference', () => {
  it('writes TUIKit\'s messageReply into cloudCustomData, keeping other keys, and reads it back', () => {
    const original = text('orig', 10, { from: 'bob', nick: 'Bob', payload: { text: 'See you at 10' } } as Partial<Message>);
    const reply = replyTo(original);
    expect(reply).toEqual({
      messageID: 'orig',
      messageAbstract: 'See you at 10',
      messageSender: 'Bob',
      messageType: 1,
      version: 1,
      messageSequence: 1,
      messageTime: 10,
    });
    const data = withReply('{"app":{"x":1}}', reply);
    expect(JSON.parse(data)).toEqual({ app: { x: 1 }, messageReply: reply });
    expect(replyOf({ cloudCustomData: data })).toEqual(reply);
    expect(JSON.parse(withReply('not json', reply))).toEqual({ messageReply: reply });
  });

  it('reads nothing from absent or malformed references', () => {
    expect(replyOf({ cloudCustomData: '' })).toBeNull();
    expect(replyOf({ cloudCustomData: '{"messageReply":{}}' })).toBeNull();
    expect(replyOf({ cloudCustomData: '[1]' })).toBeNull();
    expect(replyOf({ cloudCustomData: '{"messageReply":{"messageID":"m"}}' })).toEqual({
      messageID: 'm',
      messageAbstract: '',
      messageSender: '',
      messageType: 0,
      version: 1,
    });
  });
});
