import { toMessage, toMessageOrNull, toMessages, toRevoked } from '@/src/chat/cloud/message-shape';
import { TYPES } from '@/src/chat/constants';
import type { ImageInfo, MessageOf } from '@/src/chat/message-types';
import { RuntimeMessage, imageMessage, revokedStub, textMessage } from './sdk-objects';
import { MESSAGE_KEYS } from './message-keys';

const isPlain = (value: object): boolean => Object.getPrototypeOf(value) === Object.prototype;

describe('the SDK’s Message instance as our Message', () => {
  test('a text message: every field of our type, none of the instance’s own state, a payload of its own', () => {
    const instance = textMessage({ status: 'unSend' });

    const message = toMessage(instance);

    expect(Object.keys(message).sort()).toEqual(MESSAGE_KEYS);
    expect(message).toEqual({
      ID: instance.ID,
      conversationID: 'C2Cbob',
      conversationType: 'C2C',
      to: 'bob',
      from: 'alice',
      flow: 'out',
      time: instance.time,
      clientTime: instance.clientTime,
      sequence: instance.sequence,
      clientSequence: instance.clientSequence,
      random: instance.random,
      status: 'unSend',
      priority: 'Normal',
      nick: 'Alice',
      avatar: 'https://example.com/alice.png',
      nameCard: '',
      atUserList: [],
      cloudCustomData: '',
      isRead: true,
      isPeerRead: false,
      isRevoked: false,
      revoker: '',
      revokerInfo: { userID: '', nick: '', avatar: '' },
      revokeReason: '',
      isDeleted: false,
      isModified: false,
      version: 0,
      needReadReceipt: false,
      // The SDK's default holds three undefined counters; ours leaves them out.
      readReceiptInfo: { timestamp: 0 },
      hasRiskContent: false,
      isSystemMessage: false,
      isBroadcastMessage: false,
      isSupportExtension: false,
      type: TYPES.MSG_TEXT,
      payload: { text: 'hello' },
    });
    expect(isPlain(message)).toBe(true);
    // The instance's payload is its element's content; the copy must not share it.
    expect(message.payload).not.toBe(instance.payload);
    (message.payload as { text: string }).text = 'edited in a store';
    expect(instance._elements[0].content).toEqual({ text: 'hello' });
    message.atUserList.push('carol');
    expect(instance.atUserList).toEqual([]);
  });

  test.each([
    ['a message not sent yet (sizes built in sizeType order 1, 2, 3)', false],
    ['a received message (the SDK swapped [1] and [2])', true],
  ])('imageInfoArray of %s reads [original, thumbnail, large]', (_case, received) => {
    const message = toMessage(imageMessage(received)) as MessageOf<typeof TYPES.MSG_IMAGE>;

    const infos: ImageInfo[] = message.payload.imageInfoArray;
    expect(infos.map((info) => [info.type, info.sizeType])).toEqual([
      [0, 1],
      [1, 3],
      [2, 2],
    ]);
    expect(infos[1].url).toContain('/w/198/h/198');
    expect(infos[2].url).toContain('/w/720/h/720');
    expect(infos.every(isPlain)).toBe(true);
    expect(message.payload).toMatchObject({ uuid: '1400000001-alice-abc.jpg', imageFormat: 1 });
  });

  test('a group tip: the operator as the default userIDList, the SDK’s memberCount and extra member fields left out', () => {
    const instance = new RuntimeMessage({
      from: '@TIM#SYSTEM',
      to: 'club',
      conversationType: 'GROUP',
      type: TYPES.MSG_GRP_TIP,
      payload: {
        operatorID: 'alice',
        operationType: TYPES.GRP_TIP_GRP_PROFILE_UPDATED,
        groupProfile: { from: 'alice', groupID: 'club', groupName: 'Tasting club', to: 'club' },
        operatorInfo: { userID: 'alice', nick: 'Alice', avatar: '' },
        memberList: [{ userID: 'bob', nick: 'Bob', avatar: '', muteTime: 600, role: 'Member' }],
        memberNum: 5,
        memberCount: 5,
        newGroupProfile: { groupName: 'Coffee club', muteAllMembers: true },
      },
    });

    const { payload } = toMessage(instance) as MessageOf<typeof TYPES.MSG_GRP_TIP>;

    expect(payload).toEqual({
      operatorID: 'alice',
      operationType: TYPES.GRP_TIP_GRP_PROFILE_UPDATED,
      userIDList: ['alice'],
      groupProfile: { from: 'alice', groupID: 'club', groupName: 'Tasting club', to: 'club' },
      operatorInfo: { userID: 'alice', nick: 'Alice', avatar: '' },
      memberList: [{ userID: 'bob', nick: 'Bob', avatar: '', muteTime: 600 }],
      memberNum: 5,
      newGroupProfile: { groupName: 'Coffee club', muteAllMembers: true },
    });
  });

  test('a group system notice keeps what handleGroupApplication needs', () => {
    const instance = new RuntimeMessage({
      from: '@TIM#SYSTEM',
      to: 'alice',
      conversationType: '@TIM#SYSTEM',
      type: TYPES.MSG_GRP_SYS_NOTICE,
      payload: {
        operatorID: 'bob',
        operationType: 1,
        groupProfile: { from: 'bob', groupID: 'club', name: 'Tasting club', to: 'alice', groupType: TYPES.GRP_PUBLIC },
        handleMessage: 'let me in',
        authentication: 'auth-token',
        messageKey: 1_700_000_000_000,
      },
    });
    instance.conversationID = '@TIM#SYSTEM';

    const message = toMessage(instance);

    expect(message.conversationType).toBe(TYPES.CONV_SYSTEM);
    expect(message.payload).toEqual({
      operatorID: 'bob',
      operationType: 1,
      groupProfile: { from: 'bob', groupID: 'club', name: 'Tasting club', to: 'alice', groupType: TYPES.GRP_PUBLIC },
      handleMessage: 'let me in',
      authentication: 'auth-token',
      messageKey: 1_700_000_000_000,
      userDefinedField: '',
    });
  });

  test('a merged message: each item as SimplifiedMessage, without the SDK’s sender/sequence fields', () => {
    const instance = new RuntimeMessage({
      type: TYPES.MSG_MERGER,
      payload: {
        downloadKey: '',
        pbDownloadKey: '',
        title: 'Chat with Bob',
        abstractList: ['bob: hi'],
        compatibleText: 'Upgrade to see this',
        version: 0,
        layersOverLimit: false,
        messageList: [
          {
            from: 'bob',
            messageSender: 'bob',
            time: 1_700_000_001,
            messageSequence: 5,
            clientSequence: 5,
            messageRandom: 9,
            cloudCustomData: '',
            clientTime: 1_700_000_001,
            ID: 'x-1-9',
            nick: 'Bob',
            avatar: '',
            messageBody: [{ type: TYPES.MSG_TEXT, payload: { text: 'hi' } }, { type: 'TIMUnknownElem', payload: {} }],
          },
        ],
      },
    });

    const { payload } = toMessage(instance) as MessageOf<typeof TYPES.MSG_MERGER>;

    expect(payload.messageList).toEqual([
      { ID: 'x-1-9', nick: 'Bob', avatar: '', from: 'bob', time: 1_700_000_001, messageBody: [{ type: TYPES.MSG_TEXT, payload: { text: 'hi' } }], cloudCustomData: '' },
    ]);
    expect(payload).toMatchObject({ title: 'Chat with Bob', abstractList: ['bob: hi'], compatibleText: 'Upgrade to see this' });
  });

  test('a message of a type the SDK has no element for (type undefined) is left out of lists', () => {
    const unknown = textMessage();
    unknown._elements = [];
    Object.assign(unknown, { type: undefined, payload: undefined });

    expect(toMessageOrNull(unknown)).toBeNull();
    expect(() => toMessage(unknown)).toThrow(TypeError);
    expect(toMessages([textMessage(), unknown]).map((message) => message.type)).toEqual([TYPES.MSG_TEXT]);
  });

  test('MESSAGE_REVOKED entries: the message when the SDK holds it, else the stub as RevokedMessageRef', () => {
    const held = textMessage({ isRevoked: true });
    Object.assign(held, { revoker: 'alice', revokerInfo: { userID: 'alice', nick: 'Alice', avatar: '' } });

    expect(toRevoked(held)).toMatchObject({ ID: held.ID, isRevoked: true, revoker: 'alice', type: TYPES.MSG_TEXT });
    expect(toRevoked(revokedStub())).toEqual({
      ID: '144115200000000002-1700000005-99',
      conversationID: 'C2Cbob',
      sequence: 3_200_000_009,
      time: 1_700_000_005,
      isRevoked: true,
      revoker: 'bob',
      revokeReason: '',
      revokerInfo: { userID: 'bob', nick: 'Bob', avatar: 'https://example.com/bob.png' },
    });
    expect(toRevoked({ conversationID: 'GROUPclub', sequence: 7 })).toEqual({ conversationID: 'GROUPclub', sequence: 7, isRevoked: true });
  });
});
