import { toConversation } from '@/src/chat/cloud/conversation-shape';
import { toApplicationList, toAttributesUpdate, toFriend, toFriendGroup, toGroupFailures } from '@/src/chat/cloud/friend-shape';
import { TYPES } from '@/src/chat/constants';
import type { ImagePayload } from '@/src/chat/message-types';
import { RuntimeConversation, RuntimeFriend, RuntimeFriendGroup, imageMessage, textMessage } from './sdk-objects';

describe('the SDK’s Conversation as our Conversation', () => {
  test('a C2C conversation: the Profile reduced to userID, nick and avatar; remind type "" while unset', () => {
    const last = textMessage({ from: 'bob', to: 'alice', flow: 'in' });
    const runtime = new RuntimeConversation('C2Cbob', last, 2);
    runtime.userProfile!.nick = 'Bob';
    runtime.userProfile!.avatar = 'https://example.com/bob.png';

    const conversation = toConversation(runtime);

    expect(conversation).toEqual({
      conversationID: 'C2Cbob',
      type: TYPES.CONV_C2C,
      subType: '',
      unreadCount: 2,
      lastMessage: {
        lastTime: last.time,
        lastSequence: last.sequence,
        fromAccount: 'bob',
        messageForShow: 'hello',
        type: TYPES.MSG_TEXT,
        payload: { text: 'hello' },
        isRevoked: false,
        cloudCustomData: '',
        nick: 'Alice',
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
    });
    // lastMessage.payload is the message's own object in the SDK (`pn`); ours is a copy.
    expect(conversation.lastMessage.payload).not.toBe(last.payload);
  });

  test('a group conversation: the Group reduced to groupID, name, avatar and type; @ info without the SDK’s private keys', () => {
    const runtime = new RuntimeConversation('GROUPclub', imageMessage(true, { to: 'club', conversationType: 'GROUP' }));
    runtime.messageRemindType = TYPES.MSG_REMIND_ACPT_NOT_NOTE;
    runtime.groupAtInfoList.push({
      from: 'bob',
      groupID: 'club',
      topicID: undefined,
      messageSequence: 12,
      atTypeArray: [TYPES.CONV_AT_ALL_AT_ME],
      __random: 77,
      __sequence: 12,
    });

    const conversation = toConversation(runtime);

    expect(conversation.groupProfile).toEqual({ groupID: 'club', name: 'Tasting club', avatar: '', type: TYPES.GRP_PUBLIC });
    expect(conversation.userProfile).toBeUndefined();
    expect(conversation.subType).toBe(TYPES.GRP_PUBLIC);
    expect(conversation.messageRemindType).toBe(TYPES.MSG_REMIND_ACPT_NOT_NOTE);
    expect(conversation.groupAtInfoList).toEqual([{ from: 'bob', groupID: 'club', messageSequence: 12, atTypeArray: [TYPES.CONV_AT_ALL_AT_ME] }]);
    // The last message's image payload gets the same order as a message's.
    const payload = conversation.lastMessage.payload as ImagePayload;
    expect(payload.imageInfoArray.map((info) => info.sizeType)).toEqual([1, 3, 2]);
  });

  test('a conversation without messages: blank lastMessage with type "" and no payload', () => {
    const conversation = toConversation(new RuntimeConversation('C2Ccarol', null));

    expect(conversation.lastMessage).toEqual({
      lastTime: 0,
      lastSequence: 0,
      fromAccount: '',
      messageForShow: '',
      type: '',
      payload: null,
      isRevoked: false,
      cloudCustomData: '',
      nick: '',
      nameCard: '',
      version: 0,
      isPeerRead: false,
      revoker: '',
    });
    expect(conversation.userProfile).toEqual({ userID: 'carol', nick: '', avatar: '' });
  });
});

describe('the relationship chain’s objects as ours', () => {
  test('a Friend: its Profile with an unset gender as "not set", copies of every list, no private timestamp', () => {
    const runtime = new RuntimeFriend('bob', 'Bob');
    runtime.remark = 'Bobby';
    runtime.addToGroupList('Coffee');
    runtime.friendCustomField.push({ key: 'Tag_SNS_Custom_Level', value: '3' });

    const friend = toFriend(runtime);

    expect(Object.keys(friend).sort()).toEqual(['addTime', 'friendCustomField', 'groupList', 'profile', 'remark', 'source', 'userID']);
    expect(friend).toMatchObject({
      userID: 'bob',
      remark: 'Bobby',
      groupList: ['Coffee'],
      source: 'AddSource_Type_Web',
      addTime: 1_700_000_100,
      friendCustomField: [{ key: 'Tag_SNS_Custom_Level', value: '3' }],
    });
    expect(friend.profile).toMatchObject({ userID: 'bob', nick: 'Bob', gender: TYPES.GENDER_UNKNOWN });
    expect(Object.getPrototypeOf(friend.profile)).toBe(Object.prototype);
    friend.groupList.push('Tea');
    friend.friendCustomField[0].value = '4';
    expect(runtime.groupList).toEqual(['Coffee']);
    expect(runtime.friendCustomField[0].value).toBe('3');
  });

  test('friend requests, groups, group failures and attribute updates', () => {
    expect(
      toApplicationList({
        friendApplicationList: [{ userID: 'carol', nick: 'Carol', avatar: '', time: 5, source: 'AddSource_Type_Web', wording: 'hi', type: TYPES.SNS_APPLICATION_SENT_BY_ME }],
        unreadCount: 0,
      }),
    ).toEqual({
      friendApplicationList: [{ userID: 'carol', nick: 'Carol', avatar: '', time: 5, source: 'AddSource_Type_Web', wording: 'hi', type: TYPES.SNS_APPLICATION_SENT_BY_ME }],
      unreadCount: 0,
    });
    const group = new RuntimeFriendGroup('Coffee', ['bob', 'carol']);
    expect(toFriendGroup(group)).toEqual({ name: 'Coffee', userIDList: ['bob', 'carol'], count: 2 });
    expect(toFriendGroup(group).userIDList).not.toBe(group.userIDList);
    // renameFriendGroup answers no group when the SDK's map lost it meanwhile.
    expect(toFriendGroup(undefined, 'Tea')).toEqual({ name: 'Tea', userIDList: [], count: 0 });
    expect(toGroupFailures([{ to: 'dave', code: 30001, message: 'not a friend' }])).toEqual([{ to: 'dave', code: 30001, message: 'not a friend' }]);
    expect(toAttributesUpdate({ groupID: 'live', groupAttributes: { seat: '1', bad: 2 }, updatedKeyList: ['seat'], deletedKeyList: [] })).toEqual({
      groupID: 'live',
      groupAttributes: { seat: '1' },
      updatedKeyList: ['seat'],
      deletedKeyList: [],
    });
  });
});
