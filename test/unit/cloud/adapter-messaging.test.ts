import { createChatAdapter } from '@/src/chat/cloud/adapter';
import { EVENT, TYPES } from '@/src/chat/constants';
import { ChatError } from '@/src/chat/errors';
import type { Conversation, Message, MessageOf, PickedFiles, RevokedMessageRef } from '@/src/chat/message-types';
import { GROUP, fakeSdk, ok } from './fake-sdk';
import { RuntimeConversation, RuntimeFriend, RuntimeFriendGroup, RuntimeMessage, asSdkMessage, imageMessage, revokedStub, textMessage } from './sdk-objects';

const toBob = { to: 'bob', conversationType: TYPES.CONV_C2C } as const;
const picked: PickedFiles = { tempFiles: [{ tempFilePath: 'wxfile://tmp/a.jpg', size: 1000 }], tempFilePaths: ['wxfile://tmp/a.jpg'] };

/** The first argument the SDK's method got in its n-th call. */
const argOf = (mock: jest.Mock, call = 0): unknown => mock.mock.calls[call][0];

describe('the cloud adapter’s message calls', () => {
  test('create calls hand out a copy; the SDK gets the instance back whatever copy the app passes', async () => {
    const { sdk } = fakeSdk();
    const instance = textMessage({ status: 'unSend' });
    sdk.createTextMessage.mockReturnValueOnce(asSdkMessage(instance));
    const chat = createChatAdapter(sdk);

    const created = chat.createTextMessage({ ...toBob, payload: { text: 'hello' } });
    await chat.sendMessage(new Proxy({ ...created }, {}), { onlineUserOnly: true });

    expect(created).not.toBe(instance);
    expect(created).toMatchObject({ ID: instance.ID, status: 'unSend', payload: { text: 'hello' } });
    expect(argOf(sdk.sendMessage)).toBe(instance);
    expect(sdk.sendMessage.mock.calls[0][1]).toEqual({ onlineUserOnly: true });
  });

  test('a message the adapter never handed out is looked up in the SDK’s memory (findMessage)', async () => {
    const { sdk } = fakeSdk();
    const held = textMessage({ ID: 'held-1' });
    sdk.findMessage.mockImplementation((id: string) => (id === 'held-1' ? asSdkMessage(held) : null));
    const chat = createChatAdapter(sdk);

    const { data } = await chat.revokeMessage({ ...chat.findMessage('held-1')! });

    expect(argOf(sdk.revokeMessage)).toBe(held);
    expect(data.message.ID).toBe('held-1');
    expect(Object.getPrototypeOf(data.message)).toBe(Object.prototype);
  });

  test('media: the SDK gets its own copy of the options (it rewrites payload.file) and onProgress gets a number 0–1', () => {
    const { sdk } = fakeSdk();
    const progress: number[] = [];
    const chat = createChatAdapter(sdk);
    const options = { ...toBob, payload: { file: picked }, onProgress: (percent: number) => progress.push(percent) };

    chat.createImageMessage(options);
    const given = argOf(sdk.createImageMessage) as { payload: { file: unknown }; onProgress: (value: unknown) => void };
    given.payload.file = { url: 'wxfile://tmp/a.jpg', name: 'a.jpg', size: 1000, type: 'jpg' };
    given.onProgress(0.42);
    given.onProgress(1);

    expect(options.payload.file).toBe(picked);
    expect(progress).toEqual([0.42, 1]);
  });

  test('a create call the SDK answers with nothing (a File in a mini program) answers undefined', () => {
    const { sdk } = fakeSdk();
    sdk.createFileMessage.mockReturnValueOnce(undefined as never);
    expect(createChatAdapter(sdk).createFileMessage({ ...toBob, payload: { file: picked } })).toBeUndefined();
  });

  test('while the SDK is not ready the synchronous calls throw 2999 (the SDK would hand back a rejected promise)', async () => {
    const { sdk } = fakeSdk();
    const refused = () => Promise.reject(Object.assign(new Error('not ready'), { code: 2024 }));
    sdk.isReady.mockReturnValue(false);
    sdk.createTextMessage.mockImplementation(refused as never);
    sdk.getTotalUnreadMessageCount.mockImplementation(refused as never);
    sdk.findMessage.mockImplementation(refused as never);
    const chat = createChatAdapter(sdk);

    for (const call of [
      () => chat.createTextMessage({ ...toBob, payload: { text: 'x' } }),
      () => chat.getTotalUnreadMessageCount(),
      () => chat.findMessage('x'),
    ]) {
      expect(call).toThrow(ChatError);
      expect(() => call()).toThrow(expect.objectContaining({ code: 2999 }));
    }
    // The rejected promises were handled: nothing is left unhandled.
    await new Promise((resolve) => setImmediate(resolve));
  });

  test('getTotalUnreadMessageCount answers the SDK’s number synchronously', () => {
    const { sdk } = fakeSdk();
    expect(createChatAdapter(sdk).getTotalUnreadMessageCount()).toBe(3);
  });

  test('a failed send: a ChatError with the SDK’s code and our copy in data.message; resend passes the same instance', async () => {
    const { sdk } = fakeSdk();
    const instance = textMessage({ status: 'unSend' });
    sdk.createTextMessage.mockReturnValueOnce(asSdkMessage(instance));
    sdk.sendMessage.mockImplementationOnce(async () => {
      instance.status = 'fail';
      throw Object.assign(new Error('muted'), { code: 10017, data: { message: instance, headSeq: 7 } });
    });
    const chat = createChatAdapter(sdk);
    const created = chat.createTextMessage({ ...toBob, payload: { text: 'hello' } });

    const error = await chat.sendMessage(created).then(
      () => null,
      (reason: unknown) => reason,
    );

    expect(error).toBeInstanceOf(ChatError);
    expect(error).toMatchObject({ code: 10017, message: 'muted', data: { headSeq: 7, message: { ID: instance.ID, status: 'fail' } } });
    const failed = (error as ChatError).data.message as Message;
    expect(failed).not.toBe(instance);
    await chat.resendMessage(failed);
    expect(argOf(sdk.resendMessage)).toBe(instance);
  });

  test('modifyMessage carries the edit made on the copy to the instance the SDK sends', async () => {
    const { sdk } = fakeSdk();
    const instance = textMessage({ ID: 'sent-1' });
    sdk.findMessage.mockImplementation((id: string) => (id === 'sent-1' ? asSdkMessage(instance) : null));
    const chat = createChatAdapter(sdk);
    const copy = chat.findMessage('sent-1') as MessageOf<typeof TYPES.MSG_TEXT>;

    await chat.modifyMessage({ ...copy, payload: { text: 'edited' }, cloudCustomData: '{"edited":true}' });

    expect(argOf(sdk.modifyMessage)).toBe(instance);
    expect(instance._elements[0].content).toEqual({ text: 'edited' });
    expect(instance.cloudCustomData).toBe('{"edited":true}');
  });

  test('createForwardMessage: the SDK gets the instance; a tip (2453) and an unknown message (2454) are refused', () => {
    const { sdk } = fakeSdk();
    const original = textMessage({ ID: 'orig-1', from: 'bob', to: 'alice' });
    sdk.findMessage.mockImplementation((id: string) => (id === 'orig-1' ? asSdkMessage(original) : null));
    const chat = createChatAdapter(sdk);
    const copy = chat.findMessage('orig-1')!;

    chat.createForwardMessage({ to: 'carol', conversationType: TYPES.CONV_C2C, payload: copy });
    expect((argOf(sdk.createForwardMessage) as { payload: unknown }).payload).toBe(original);

    const tip = { ...copy, type: TYPES.MSG_GRP_TIP } as unknown as Message;
    expect(() => chat.createForwardMessage({ to: 'carol', conversationType: TYPES.CONV_C2C, payload: tip })).toThrow(
      expect.objectContaining({ code: 2453 }),
    );
    expect(() => chat.createForwardMessage({ to: 'carol', conversationType: TYPES.CONV_C2C, payload: { ...copy, ID: 'nope' } })).toThrow(
      expect.objectContaining({ code: 2454 }),
    );
  });

  test('getMessageList and deleteMessage answer copies; deleted messages are let go', async () => {
    const { sdk } = fakeSdk();
    const page = [imageMessage(true, { ID: 'img-1', from: 'bob', to: 'alice' }), textMessage({ ID: 'txt-1' })];
    sdk.getMessageList.mockResolvedValueOnce(ok({ messageList: page, nextReqMessageID: 'img-1', isCompleted: false }));
    const chat = createChatAdapter(sdk);

    const { data } = await chat.getMessageList({ conversationID: 'C2Cbob' });
    expect(data.nextReqMessageID).toBe('img-1');
    expect(data.isCompleted).toBe(false);
    expect(data.messageList.map((message) => message.ID)).toEqual(['img-1', 'txt-1']);

    const deleted = await chat.deleteMessage([data.messageList[1]]);
    expect(argOf(sdk.deleteMessage)).toEqual([page[1]]);
    expect((argOf(sdk.deleteMessage) as unknown[])[0]).toBe(page[1]);
    expect(deleted.data.messageList.map((message) => message.ID)).toEqual(['txt-1']);
    // The SDK no longer holds it, and neither does the adapter: the copy now goes to the SDK as a copy.
    await chat.sendMessage(data.messageList[1]);
    expect(argOf(sdk.sendMessage)).not.toBe(page[1]);
  });

  test('a signed-out SDK (SDK_NOT_READY) and deleted conversations release the instances', async () => {
    const { sdk, emit } = fakeSdk();
    const chat = createChatAdapter(sdk);
    chat.on(EVENT.SDK_NOT_READY, () => undefined);
    const first = chat.createTextMessage({ ...toBob, payload: { text: 'one' } });
    emit(EVENT.SDK_NOT_READY, undefined);
    await chat.sendMessage(first);
    expect(argOf(sdk.sendMessage)).not.toBe(sdk.createTextMessage.mock.results[0].value);

    const second = chat.createTextMessage({ ...toBob, payload: { text: 'two' } });
    await chat.deleteConversation('C2Cbob');
    await chat.sendMessage(second);
    expect(argOf(sdk.sendMessage, 1)).not.toBe(sdk.createTextMessage.mock.results[1].value);
  });
});

describe('the cloud adapter’s conversation calls', () => {
  test('list, profile and draft answer our Conversation; delete, pin and clear their IDs', async () => {
    const { sdk } = fakeSdk();
    const chat = createChatAdapter(sdk);

    const { data: list } = await chat.getConversationList({ type: TYPES.CONV_C2C });
    expect(sdk.getConversationList).toHaveBeenCalledWith({ type: TYPES.CONV_C2C });
    expect(list.isSyncCompleted).toBe(true);
    expect(list.conversationList[0]).toMatchObject({ conversationID: 'C2Cbob', messageRemindType: '', userProfile: { userID: 'bob', nick: '', avatar: '' } });
    expect(Object.keys(list.conversationList[0].userProfile!)).toEqual(['userID', 'nick', 'avatar']);
    expect((await chat.getConversationProfile('C2Cbob')).data.conversation.conversationID).toBe('C2Cbob');
    // The SDK nests { code: 0, conversation } inside data (ConversationModule.setConvDraft).
    expect(Object.keys((await chat.setConversationDraft({ conversationID: 'C2Cbob', draftText: 'hi' })).data)).toEqual(['conversation']);
    expect((await chat.deleteConversation('C2Cbob')).data).toEqual({ conversationID: 'C2Cbob' });
    sdk.deleteConversation.mockResolvedValueOnce(ok({ conversationIDList: ['C2Cbob', 'GROUPclub'] }));
    expect((await chat.deleteConversation({ conversationIDList: ['C2Cbob', 'GROUPclub'], clearHistoryMessage: false })).data).toEqual({
      conversationIDList: ['C2Cbob', 'GROUPclub'],
    });
    expect((await chat.pinConversation({ conversationID: 'C2Cbob', isPinned: true })).data).toEqual({ conversationID: 'C2Cbob' });
    expect((await chat.clearHistoryMessage('C2Cbob')).data).toEqual({ conversationID: 'C2Cbob' });
    await expect(chat.setMessageRead({ conversationID: 'C2Cbob' })).resolves.toEqual({ code: 0, data: {} });
    await expect(chat.setAllMessageRead()).resolves.toEqual({ code: 0, data: {} });
  });

  test('setMessageRemindType: the groupID form answers the group, the userIDList form the users', async () => {
    const { sdk } = fakeSdk();
    const chat = createChatAdapter(sdk);

    const group = await chat.setMessageRemindType({ groupID: 'g1', messageRemindType: TYPES.MSG_REMIND_DISCARD });
    expect(group.data).toEqual({ group: GROUP });

    // The SDK answers the group form with { group: undefined } for a group missing from its map: read it.
    sdk.setMessageRemindType.mockResolvedValueOnce(ok({ group: undefined }));
    expect((await chat.setMessageRemindType({ groupID: 'g1', messageRemindType: TYPES.MSG_REMIND_DISCARD })).data).toEqual({ group: GROUP });
    expect(sdk.getGroupProfile).toHaveBeenCalledWith({ groupID: 'g1', groupCustomFieldFilter: undefined });

    sdk.setMessageRemindType.mockResolvedValueOnce(ok({ successUserIDList: [{ userID: 'bob' }], failureUserIDList: [{ userID: 'x', code: 20003 }] }));
    const users = await chat.setMessageRemindType({ userIDList: ['bob', 'x'], messageRemindType: TYPES.MSG_REMIND_ACPT_NOT_NOTE });
    expect(users.data).toEqual({ successUserIDList: [{ userID: 'bob' }], failureUserIDList: [{ userID: 'x', code: 20003 }] });
    expect(sdk.setMessageRemindType).toHaveBeenLastCalledWith({ userIDList: ['bob', 'x'], messageRemindType: TYPES.MSG_REMIND_ACPT_NOT_NOTE });
  });
});

describe('the cloud adapter’s relationship chain and group attribute calls', () => {
  test('every call resolves { code: 0, data } in our shapes; accept, refuse and setRead (undefined in the SDK) with {}', async () => {
    const { sdk } = fakeSdk();
    const chat = createChatAdapter(sdk);

    expect((await chat.getFriendList()).data[0]).toMatchObject({ userID: 'bob', profile: { nick: 'Bob', gender: TYPES.GENDER_UNKNOWN } });
    expect((await chat.addFriend({ to: 'bob', source: 'AddSource_Type_Web' })).data).toEqual({ userID: 'bob', code: 0 });
    expect((await chat.deleteFriend({ userIDList: ['bob'] })).data).toEqual({ successUserIDList: [{ userID: 'bob' }], failureUserIDList: [] });
    expect((await chat.updateFriend({ userID: 'bob', remark: 'B' })).data.userID).toBe('bob');
    await expect(chat.acceptFriendApplication({ userID: 'carol' })).resolves.toEqual({ code: 0, data: {} });
    await expect(chat.refuseFriendApplication({ userID: 'carol' })).resolves.toEqual({ code: 0, data: {} });
    await expect(chat.setFriendApplicationRead()).resolves.toEqual({ code: 0, data: {} });
    await expect(chat.deleteFriendApplication({ userID: 'carol' })).resolves.toEqual({ code: 0, data: {} });
    expect((await chat.getFriendGroupList()).data).toEqual([{ name: 'Coffee', userIDList: ['bob'], count: 1 }]);
    expect((await chat.createFriendGroup({ name: 'Coffee', userIDList: ['bob'] })).data).toEqual({
      friendGroup: { name: 'Coffee', userIDList: ['bob'], count: 1 },
      failureUserIDList: [],
    });
    expect((await chat.renameFriendGroup({ oldName: 'Coffee', newName: 'Tea' })).data.name).toBe('Tea');
    expect((await chat.getGroupAttributes({ groupID: 'live', keyList: [] })).data).toEqual({ groupAttributes: { k: 'v' } });
    expect((await chat.deleteGroupAttributes({ groupID: 'live', keyList: ['k'] })).data).toEqual({ keyList: ['k'] });
  });

  test('a refusal passes through with the SDK’s code', async () => {
    const { sdk } = fakeSdk();
    sdk.addFriend.mockRejectedValueOnce(Object.assign(new Error('deny any'), { code: 30516 }));
    await expect(createChatAdapter(sdk).addFriend({ to: 'dave', source: 'AddSource_Type_Web' })).rejects.toMatchObject({ code: 30516 });
  });
});

describe('the cloud adapter’s events', () => {
  test('message events hand out copies, whose instances the next call finds', async () => {
    const { sdk, emit } = fakeSdk();
    const chat = createChatAdapter(sdk);
    const received: Message[][] = [];
    const revoked: Array<Array<Message | RevokedMessageRef>> = [];
    chat.on(EVENT.MESSAGE_RECEIVED, (event) => received.push(event.data));
    chat.on(EVENT.MESSAGE_REVOKED, (event) => revoked.push(event.data));
    const incoming = textMessage({ ID: 'in-1', from: 'bob', to: 'alice' });

    emit(EVENT.MESSAGE_RECEIVED, [incoming]);
    emit(EVENT.MESSAGE_REVOKED, [revokedStub()]);
    await chat.deleteMessage([received[0][0]]);

    expect(received[0][0]).toMatchObject({ ID: 'in-1', flow: 'in', payload: { text: 'hello' } });
    expect(received[0][0]).not.toHaveProperty('_elements');
    expect(revoked[0][0]).toEqual(expect.objectContaining({ conversationID: 'C2Cbob', isRevoked: true }));
    expect(revoked[0][0]).not.toHaveProperty('type');
    expect((argOf(sdk.deleteMessage) as unknown[])[0]).toBe(incoming);
  });

  test('a join request notice from MESSAGE_RECEIVED goes back to handleGroupApplication as the SDK’s instance', async () => {
    const { sdk, emit } = fakeSdk();
    const chat = createChatAdapter(sdk);
    const notices: Message[] = [];
    chat.on(EVENT.MESSAGE_RECEIVED, (event) => notices.push(...event.data));
    const notice = new RuntimeMessage({
      from: '@TIM#SYSTEM',
      to: 'alice',
      conversationType: '@TIM#SYSTEM',
      type: TYPES.MSG_GRP_SYS_NOTICE,
      payload: { operatorID: 'bob', operationType: 1, groupProfile: { groupID: 'g1', name: 'Group one' }, authentication: 'a', messageKey: 1 },
    });
    emit(EVENT.MESSAGE_RECEIVED, [notice]);

    const { data } = await chat.handleGroupApplication({ handleAction: 'Agree', message: notices[0] as MessageOf<typeof TYPES.MSG_GRP_SYS_NOTICE> });

    expect((argOf(sdk.handleGroupApplication) as { message: unknown }).message).toBe(notice);
    expect(data.group).toEqual(GROUP);
  });

  test('list and count events: our Conversation, a number, our Friend and FriendGroup shapes', () => {
    const { sdk, emit } = fakeSdk();
    const chat = createChatAdapter(sdk);
    const seen: Record<string, unknown> = {};
    chat.on(EVENT.CONVERSATION_LIST_UPDATED, (event) => (seen.conversations = event.data));
    chat.on(EVENT.TOTAL_UNREAD_MESSAGE_COUNT_UPDATED, (event) => (seen.total = event.data));
    chat.on(EVENT.FRIEND_LIST_UPDATED, (event) => (seen.friends = event.data));
    chat.on(EVENT.FRIEND_GROUP_LIST_UPDATED, (event) => (seen.friendGroups = event.data));
    chat.on(EVENT.FRIEND_APPLICATION_LIST_UPDATED, (event) => (seen.requests = event.data));
    chat.on(EVENT.GROUP_ATTRIBUTES_UPDATED, (event) => (seen.attributes = event.data));

    const conversation = new RuntimeConversation('GROUPclub', new RuntimeMessage({ to: 'club', conversationType: 'GROUP' }), 4);
    emit(EVENT.CONVERSATION_LIST_UPDATED, [conversation]);
    emit(EVENT.TOTAL_UNREAD_MESSAGE_COUNT_UPDATED, 4);
    emit(EVENT.FRIEND_LIST_UPDATED, [new RuntimeFriend('bob', 'Bob')]);
    emit(EVENT.FRIEND_GROUP_LIST_UPDATED, [new RuntimeFriendGroup('Coffee', ['bob'])]);
    emit(EVENT.FRIEND_APPLICATION_LIST_UPDATED, { friendApplicationList: [], unreadCount: 0 });
    emit(EVENT.GROUP_ATTRIBUTES_UPDATED, { groupID: 'live', groupAttributes: { a: '1' }, updatedKeyList: ['a'], deletedKeyList: [] });

    const [shaped] = seen.conversations as Conversation[];
    expect(shaped.groupProfile).toEqual({ groupID: 'club', name: 'Tasting club', avatar: '', type: TYPES.GRP_PUBLIC });
    expect(shaped).not.toHaveProperty('_isInfoCompleted');
    expect(seen.total).toBe(4);
    expect(seen.friends).toEqual([expect.not.objectContaining({ timestamp: expect.anything() })]);
    expect(seen.friends).toEqual([expect.objectContaining({ userID: 'bob', profile: expect.objectContaining({ gender: TYPES.GENDER_UNKNOWN }) })]);
    expect(seen.friendGroups).toEqual([{ name: 'Coffee', userIDList: ['bob'], count: 1 }]);
    expect(Object.getPrototypeOf((seen.friendGroups as object[])[0])).toBe(Object.prototype);
    expect(seen.requests).toEqual({ friendApplicationList: [], unreadCount: 0 });
    expect(seen.attributes).toEqual({ groupID: 'live', groupAttributes: { a: '1' }, updatedKeyList: ['a'], deletedKeyList: [] });
  });
});
