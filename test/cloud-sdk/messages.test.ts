import { EVENT, TYPES } from '@/src/chat/constants';
import { ChatError } from '@/src/chat/errors';
import type { Conversation, Message, RevokedMessageRef } from '@/src/chat/message-types';
import type { ChatPort } from '@/src/chat/port';
import { GatewayError } from './gateway';
import type { Gateway } from './gateway';
import { cloudClient, rejection, signIn, startGateway, teardown, until } from './harness';
import { c2cSession, messageID, pushC2CMessages, pushC2CRevoke, roamingPage, sessionPage } from './wire';
import type { WireMessageInit } from './wire';
import { MESSAGE_KEYS } from '../unit/cloud/message-keys';

const SERVER_TIME = 1_700_000_123;

const fromBob: WireMessageInit = {
  from: 'bob',
  to: 'alice',
  sequence: 8,
  random: 11,
  time: 1_700_000_100,
  tinyID: '144115200000000002',
  text: 'first',
  nick: 'Bob',
};
const fromAlice: WireMessageInit = {
  from: 'alice',
  to: 'bob',
  sequence: 9,
  random: 12,
  time: 1_700_000_300,
  tinyID: '144115200000000001',
  text: 'latest',
};

let gateway: Gateway;
beforeEach(() => {
  gateway = startGateway();
  gateway.addUser('alice');
  gateway.addUser('bob', { Tag_Profile_IM_Nick: 'Bob' });
  gateway.handle('sendmsg', () => ({ MsgTime: SERVER_TIME, MsgSeq: 77 }));
});
afterEach(() => teardown(gateway));

function textTo(chat: ChatPort, to: string, text: string): Message {
  return chat.createTextMessage({ to, conversationType: TYPES.CONV_C2C, payload: { text } });
}

// Issue 9: the cloud backend forwards the message calls to the real SDK; the app holds copies in our shapes.
describe('messages through the real SDK', () => {
  test('a text message is sent as the SDK instance the adapter keeps, and answers success with the server’s time', async () => {
    const chat = cloudClient();
    await signIn(chat, 'alice');

    const created = textTo(chat, 'bob', 'hi');
    // What a store keeps: a reactive copy (Vue wraps it in a Proxy), not the SDK's instance.
    const held = new Proxy({ ...created }, {});
    const { data } = await chat.sendMessage(held);

    const [sent] = gateway.commandsOf('sendmsg');
    expect(sent.body).toMatchObject({ From_Account: 'alice', To_Account: 'bob', MsgBody: [{ MsgType: 'TIMTextElem', MsgContent: { Text: 'hi' } }] });
    expect(data.message).toMatchObject({ ID: created.ID, status: 'success', time: SERVER_TIME, flow: 'out', payload: { text: 'hi' } });
    expect(Object.keys(data.message).sort()).toEqual(MESSAGE_KEYS);
    // The copies handed out stay as they were: the SDK changes only its own instance.
    expect(created).toMatchObject({ status: 'unSend' });
    expect(Object.keys(created).sort()).toEqual(MESSAGE_KEYS);
  });

  test('a message this client never made is refused as the SDK refuses it (2105), and nothing is sent', async () => {
    const chat = cloudClient();
    await signIn(chat, 'alice');
    const stranger = { ...textTo(chat, 'bob', 'hi'), ID: 'made-elsewhere-1-1' };

    const error = await rejection(chat.sendMessage(stranger));

    expect(error).toBeInstanceOf(ChatError);
    expect(error).toMatchObject({ code: 2105 });
    expect(gateway.commandsOf('sendmsg')).toHaveLength(0);
  });

  test('a refused send rejects with the service’s code and our failed copy in data.message, which resends', async () => {
    gateway.handle('sendmsg', () => {
      throw new GatewayError(20007, 'blocked by the receiver');
    });
    const chat = cloudClient();
    await signIn(chat, 'alice');

    const error = await rejection(chat.sendMessage(textTo(chat, 'bob', 'hi')));

    expect(error).toBeInstanceOf(ChatError);
    const failed = (error as ChatError).data.message as Message;
    expect((error as ChatError).code).toBe(20007);
    expect(failed).toMatchObject({ status: 'fail', payload: { text: 'hi' } });
    expect(Object.keys(failed).sort()).toEqual(MESSAGE_KEYS);

    gateway.handle('sendmsg', () => ({ MsgTime: SERVER_TIME, MsgSeq: 78 }));
    const { data } = await chat.resendMessage({ ...failed });
    expect(data.message).toMatchObject({ ID: failed.ID, status: 'success', time: SERVER_TIME });
    expect(gateway.commandsOf('sendmsg')).toHaveLength(2);
  });

  test('a pushed message arrives as MESSAGE_RECEIVED in our shape', async () => {
    const chat = cloudClient();
    await signIn(chat, 'alice');
    const received: Message[][] = [];
    chat.on(EVENT.MESSAGE_RECEIVED, (event) => received.push(event.data));

    expect(pushC2CMessages(gateway, 'alice', [fromBob])).toBe(1);
    await until(() => received.length > 0);

    expect(received[0]).toEqual([
      {
        ID: messageID(fromBob),
        conversationID: 'C2Cbob',
        conversationType: 'C2C',
        to: 'alice',
        from: 'bob',
        flow: 'in',
        time: fromBob.time,
        clientTime: fromBob.time,
        sequence: fromBob.sequence,
        clientSequence: fromBob.sequence,
        random: fromBob.random,
        status: 'success',
        priority: 'Normal',
        nick: 'Bob',
        avatar: '',
        nameCard: '',
        atUserList: [],
        cloudCustomData: '',
        isRead: false,
        isPeerRead: false,
        isRevoked: false,
        revoker: '',
        revokerInfo: { userID: '', nick: '', avatar: '' },
        revokeReason: '',
        isDeleted: false,
        isModified: false,
        version: 0,
        needReadReceipt: false,
        readReceiptInfo: { timestamp: 0 },
        hasRiskContent: false,
        isSystemMessage: false,
        isBroadcastMessage: false,
        isSupportExtension: false,
        type: TYPES.MSG_TEXT,
        payload: { text: 'first' },
      },
    ]);
    // The copy the app got is its own: changing it does not change what the SDK holds.
    (received[0][0].payload as { text: string }).text = 'changed';
    expect(chat.findMessage(messageID(fromBob))?.payload).toEqual({ text: 'first' });
  });

  test('the conversation list and a history page come in our shapes; the page’s copy can be recalled', async () => {
    gateway.handle('page_get', () => sessionPage([c2cSession({ userID: 'bob', nick: 'Bob', avatar: 'https://example.com/bob.png' }, fromAlice)]));
    gateway.handle('getroammsg', () => roamingPage([fromBob, fromAlice], true));
    const chat = cloudClient();
    await signIn(chat, 'alice');

    const { data: list } = await chat.getConversationList();
    const expected: Conversation = {
      conversationID: 'C2Cbob',
      type: 'C2C',
      subType: '',
      unreadCount: 0,
      lastMessage: {
        lastTime: fromAlice.time,
        lastSequence: fromAlice.sequence,
        fromAccount: 'alice',
        messageForShow: 'latest',
        type: TYPES.MSG_TEXT,
        payload: { text: 'latest' },
        isRevoked: false,
        cloudCustomData: '',
        nick: '',
        nameCard: '',
        version: 0,
        isPeerRead: false,
        revoker: '',
      },
      userProfile: { userID: 'bob', nick: 'Bob', avatar: 'https://example.com/bob.png' },
      groupAtInfoList: [],
      remark: '',
      isPinned: false,
      messageRemindType: '',
      markList: [],
      customData: '',
      conversationGroupList: [],
      draftText: '',
    };
    expect(list).toEqual({ conversationList: [expected], isSyncCompleted: true });
    expect(chat.getTotalUnreadMessageCount()).toBe(0);

    const { data: page } = await chat.getMessageList({ conversationID: 'C2Cbob' });
    expect(page.isCompleted).toBe(true);
    expect(page.nextReqMessageID).toBe('');
    expect(page.messageList.map((message) => [message.ID, message.flow, message.payload])).toEqual([
      [messageID(fromBob), 'in', { text: 'first' }],
      [messageID(fromAlice), 'out', { text: 'latest' }],
    ]);
    for (const message of page.messageList) expect(Object.keys(message).sort()).toEqual(MESSAGE_KEYS);

    const { data } = await chat.revokeMessage({ ...page.messageList[1] });

    expect(gateway.commandsOf('msgwithdraw').map((entry) => entry.body)).toEqual([
      { MsgInfo: { From_Account: 'alice', To_Account: 'bob', MsgSeq: fromAlice.sequence, MsgRandom: fromAlice.random, MsgTimeStamp: fromAlice.time } },
    ]);
    expect(data.message).toMatchObject({ ID: messageID(fromAlice), isRevoked: true });
    expect(chat.findMessage(messageID(fromAlice))?.isRevoked).toBe(true);
  });

  test('a recall of a message the SDK does not hold arrives as a stub (RevokedMessageRef)', async () => {
    const chat = cloudClient();
    await signIn(chat, 'alice');
    const revoked: Array<Array<Message | RevokedMessageRef>> = [];
    chat.on(EVENT.MESSAGE_REVOKED, (event) => revoked.push(event.data));

    pushC2CRevoke(gateway, 'alice', [fromBob], 'bob');
    await until(() => revoked.length > 0);

    expect(revoked[0]).toEqual([
      {
        ID: messageID(fromBob),
        conversationID: 'C2Cbob',
        sequence: fromBob.sequence,
        time: fromBob.time,
        isRevoked: true,
        revoker: 'bob',
        revokeReason: '',
        revokerInfo: { userID: 'bob', nick: 'Bob', avatar: '' },
      },
    ]);
  });

  test('the C2C form of setMessageRemindType goes to the C2C service and answers per user', async () => {
    const chat = cloudClient();
    await signIn(chat, 'alice');

    const { data } = await chat.setMessageRemindType({ userIDList: ['bob'], messageRemindType: TYPES.MSG_REMIND_DISCARD });

    expect(data).toEqual({ successUserIDList: [{ userID: 'bob' }], failureUserIDList: [] });
    expect(gateway.commandsOf('set_c2c_peer_mute_notifications')).toHaveLength(1);
    expect(gateway.commandsOf('modify_group_member_info')).toHaveLength(0);
  });

  test('after sign-out the adapter lets go of the SDK’s instances: a kept copy is the SDK’s to refuse', async () => {
    const chat = cloudClient();
    await signIn(chat, 'alice');
    const kept = textTo(chat, 'bob', 'later');
    await chat.logout();
    await signIn(chat, 'alice');

    const error = await rejection(chat.sendMessage(kept));

    expect(error).toMatchObject({ code: 2105 });
    expect(gateway.commandsOf('sendmsg')).toHaveLength(0);
  });
});
