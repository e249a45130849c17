/**
 * Rules of the embedded service that the contract suite cannot drive on the real service (time passing,
 * several instances of one account, mini-program file shapes) or that are local choices: recall windows,
 * the 40 messages a second of a group, audio, what onProgress may do, caps, merged lists sent apart,
 * per-instance AVChatRoom conversations.
 */
import { EVENT, TYPES } from '@/src/chat/constants';
import { createMemoryMedia } from '@/src/chat/local/core/memory-media';
import type { Message } from '@/src/chat/message-types';
import { loginReady, manualClock, newServer, recordEvents, rejection } from './helpers';
import { allMessages, sendText } from './message-fixtures';

describe('recall', () => {
  it('within 2 minutes only: 20016 for C2C, 10031 for groups; owners and admins may recall members', async () => {
    const clock = manualClock();
    const server = newServer({ clock: clock.now });
    const [alice, bob] = [await loginReady(server, 'alice'), await loginReady(server, 'bob')];
    const late = await sendText(alice, 'bob', 'late');
    clock.advance(121_000);
    expect((await rejection(alice.revokeMessage(late))).code).toBe(20016);
    const { group } = (await alice.createGroup({ type: TYPES.GRP_PUBLIC, name: 'g', memberList: [{ userID: 'bob' }] })).data;
    const groupLate = await sendText(bob, group.groupID, 'old news', true);
    clock.advance(121_000);
    expect((await rejection(bob.revokeMessage(groupLate))).code).toBe(10031);
    const fresh = await sendText(bob, group.groupID, 'fresh', true);
    clock.advance(60_000);
    const { data } = await alice.revokeMessage(fresh);
    expect(data.message).toMatchObject({ isRevoked: true, revoker: 'alice' });
    const bobsCopy = (await allMessages(bob, `GROUP${group.groupID}`)).find((message) => message.ID === fresh.ID);
    expect(bobsCopy).toMatchObject({ isRevoked: true, revoker: 'alice', revokerInfo: { userID: 'alice' } });
  });

  it("recalling an unread message takes it out of the receiver's unread count", async () => {
    const server = newServer();
    const [alice, bob] = [await loginReady(server, 'alice'), await loginReady(server, 'bob')];
    const first = await sendText(alice, 'bob', 'one');
    await sendText(alice, 'bob', 'two');
    expect(bob.getTotalUnreadMessageCount()).toBe(2);
    await alice.revokeMessage(first);
    expect(bob.getTotalUnreadMessageCount()).toBe(1);
  });
});

describe('sending rules', () => {
  it('a group takes 40 messages a second; the 41st is 10023 and the next second goes again', async () => {
    const clock = manualClock();
    const server = newServer({ clock: clock.now });
    const alice = await loginReady(server, 'alice');
    const { group } = (await alice.createGroup({ type: TYPES.GRP_MEETING, name: 'busy' })).data;
    for (let i = 0; i < 40; i++) await sendText(alice, group.groupID, `m${i}`, true);
    const over = alice.createTextMessage({ to: group.groupID, conversationType: TYPES.CONV_GROUP, payload: { text: 'one too many' } });
    expect((await rejection(alice.sendMessage(over))).code).toBe(10023);
    expect(over.status).toBe('fail');
    clock.advance(1000);
    await alice.resendMessage(over);
    expect((await allMessages(alice, `GROUP${group.groupID}`)).length).toBe(41);
  });

  it("the account's other instance gets its own messages (flow out); the sending one does not", async () => {
    const server = newServer({ maxInstancesPerUser: 2 });
    const phone = await loginReady(server, 'alice');
    const laptop = await loginReady(server, 'alice');
    await loginReady(server, 'bob');
    const [onPhone, onLaptop] = [recordEvents(phone, EVENT.MESSAGE_RECEIVED), recordEvents(laptop, EVENT.MESSAGE_RECEIVED)];
    const sent = await sendText(phone, 'bob', 'from my phone');
    await server.settle();
    expect(onPhone).toEqual([]);
    expect(onLaptop.flatMap((event) => event.data).map((message) => [message.ID, message.flow, message.conversationID])).toEqual([[sent.ID, 'out', 'C2Cbob']]);
    // Read marks and pins are the account's: the other instance's list follows.
    const lists = recordEvents(laptop, EVENT.CONVERSATION_LIST_UPDATED);
    await phone.pinConversation({ conversationID: 'C2Cbob', isPinned: true });
    await server.settle();
    server.flushEvents();
    expect(lists[lists.length - 1].data[0]).toMatchObject({ conversationID: 'C2Cbob', isPinned: true });
  });

  it('messageControlInfo: excluded from the unread count and/or from the last message', async () => {
    const server = newServer();
    const [alice, bob] = [await loginReady(server, 'alice'), await loginReady(server, 'bob')];
    await sendText(alice, 'bob', 'counted');
    const quiet = alice.createTextMessage({ to: 'bob', conversationType: TYPES.CONV_C2C, payload: { text: 'quiet' } });
    await alice.sendMessage(quiet, { messageControlInfo: { excludedFromUnreadCount: true, excludedFromLastMessage: true } });
    const conversation = (await bob.getConversationList()).data.conversationList[0];
    expect(conversation).toMatchObject({ unreadCount: 1, lastMessage: expect.objectContaining({ messageForShow: 'counted' }) });
    expect((await allMessages(bob, 'C2Calice')).map((message) => message.payload)).toEqual([{ text: 'counted' }, { text: 'quiet' }]);
  });

  it('a chat with oneself works and counts nothing unread', async () => {
    const server = newServer();
    const alice = await loginReady(server, 'alice');
    await sendText(alice, 'alice', 'note to self');
    expect((await alice.getConversationList()).data.conversationList).toEqual([
      expect.objectContaining({ conversationID: 'C2Calice', unreadCount: 0 }),
    ]);
  });

  it('C2C to an account that does not exist is 20003 (UNCONFIRMED code)', async () => {
    const server = newServer();
    const alice = await loginReady(server, 'alice');
    expect((await rejection(alice.sendMessage(alice.createTextMessage({ to: 'nobody', conversationType: TYPES.CONV_C2C, payload: { text: 'x' } })))).code).toBe(20003);
  });
});

describe('files on a mini program', () => {
  it('chooser results and recordings: payloads from path, size and duration; onProgress may throw', async () => {
    const media = createMemoryMedia();
    const server = newServer({ media });
    const alice = await loginReady(server, 'alice');
    const image = alice.createImageMessage({
      to: 'alice',
      conversationType: TYPES.CONV_C2C,
      payload: { file: { tempFilePaths: ['wxfile://tmp/a.jpg'], tempFiles: [{ path: 'wxfile://tmp/a.jpg', size: 12_000, width: 1080, height: 1920 }] } },
      onProgress: () => {
        throw new Error('a page handler broke');
      },
    });
    if (!image) throw new Error('no image message');
    const sent = (await alice.sendMessage(image)).data.message;
    expect(sent.type === TYPES.MSG_IMAGE && sent.payload.imageFormat).toBe(1);
    expect(sent.type === TYPES.MSG_IMAGE && sent.payload.imageInfoArray.map((info) => [info.width, info.height])).toEqual([
      [1080, 1920],
      [198, 352],
      [720, 1280],
    ]);
    expect(server.problems).toEqual(expect.arrayContaining([expect.objectContaining({ kind: 'handler-error', message: expect.stringContaining('onProgress') })]));
    const voice = alice.createAudioMessage({
      to: 'alice',
      conversationType: TYPES.CONV_C2C,
      payload: { file: { tempFilePath: 'wxfile://tmp/v.m4a', fileSize: 3000, duration: 4600 } },
    });
    if (!voice) throw new Error('no audio message');
    const audio = (await alice.sendMessage(voice)).data.message;
    expect(audio.type === TYPES.MSG_AUDIO && audio.payload).toMatchObject({ second: 4, size: 3000, downloadFlag: 2 });
    expect(audio.type === TYPES.MSG_AUDIO && audio.payload.url).toMatch(/^memory:\/\/audio\//);
    const tooLong = alice.createAudioMessage({ to: 'alice', conversationType: TYPES.CONV_C2C, payload: { file: { tempFilePath: 'v.m4a', fileSize: 20 * 1024 * 1024 + 1, duration: 1000 } } });
    if (!tooLong) throw new Error('no audio message');
    expect((await rejection(alice.sendMessage(tooLong))).code).toBe(2301);
    const video = alice.createVideoMessage({ to: 'alice', conversationType: TYPES.CONV_C2C, payload: { file: { tempFilePath: 'wxfile://c.mp4', size: 5000, duration: 12.4, width: 640, height: 360 } } });
    if (!video) throw new Error('no video message');
    const clip = (await alice.sendMessage(video)).data.message;
    expect(clip.type === TYPES.MSG_VIDEO && clip.payload).toMatchObject({ videoFormat: 'mp4', videoSecond: 12, videoSize: 5000, thumbWidth: 200, thumbHeight: 200 });
    expect(media.files.size).toBe(4);
  });

  it('a value the platform cannot send makes no message (the SDK returns undefined)', async () => {
    const server = newServer();
    const alice = await loginReady(server, 'alice');
    expect(alice.createImageMessage({ to: 'alice', conversationType: TYPES.CONV_C2C, payload: { file: { tempFiles: [] } } })).toBeUndefined();
    expect((await rejection(Promise.resolve().then(() => alice.createFileMessage({ to: 'alice', conversationType: TYPES.CONV_C2C, payload: {} } as never))))).toMatchObject({ code: -1 });
  });
});

describe('conversations, local choices', () => {
  it("pinConversation('C2C') names no one: 2503; setMessageRemindType keeps 30 users and fails unknown ones", async () => {
    const server = newServer();
    const alice = await loginReady(server, 'alice');
    expect((await rejection(alice.pinConversation({ conversationID: 'C2C', isPinned: true }))).code).toBe(2503);
    const userIDList = ['bob', 'nobody', ...Array.from({ length: 40 }, (_, i) => `u${i}`)];
    for (const userID of ['bob', ...userIDList.slice(2, 32)]) await loginReady(server, userID);
    const { data } = await alice.setMessageRemindType({ userIDList, messageRemindType: TYPES.MSG_REMIND_DISCARD });
    expect(data.successUserIDList).toHaveLength(29);
    expect(data.failureUserIDList).toEqual([{ userID: 'nobody', code: 70107 }]);
    expect((await rejection(alice.setMessageRemindType({ userIDList: ['bob'], messageRemindType: 'Loud' as never }))).code).toBe(-1);
  });

  it("getConversationProfile of a group one is not in: a stub, not added to the list", async () => {
    const server = newServer();
    const [alice, bob] = [await loginReady(server, 'alice'), await loginReady(server, 'bob')];
    const { group } = (await alice.createGroup({ type: TYPES.GRP_PUBLIC, name: 'closed' })).data;
    const { conversation } = (await bob.getConversationProfile(`GROUP${group.groupID}`)).data;
    expect(conversation).toMatchObject({ conversationID: `GROUP${group.groupID}`, type: TYPES.CONV_GROUP, groupProfile: { groupID: group.groupID } });
    expect((await bob.getConversationList()).data.conversationList).toEqual([]);
    const own = (await alice.getConversationProfile(`GROUP${group.groupID}`)).data.conversation;
    expect(own.groupProfile).toMatchObject({ name: 'closed', type: TYPES.GRP_PUBLIC });
    expect((await alice.getConversationList()).data.conversationList.map((entry) => entry.conversationID)).toEqual([`GROUP${group.groupID}`]);
  });

  it('deleting the last message shows the one before as last message', async () => {
    const server = newServer();
    const [alice] = [await loginReady(server, 'alice'), await loginReady(server, 'bob')];
    await sendText(alice, 'bob', 'stays');
    const last = await sendText(alice, 'bob', 'goes');
    await alice.deleteMessage([last]);
    expect((await alice.getConversationList()).data.conversationList[0].lastMessage.messageForShow).toBe('stays');
  });

  it('AVChatRoom conversations live in the instance: shown after a message there, unread 0, no history', async () => {
    const server = newServer();
    const [alice, bob] = [await loginReady(server, 'alice'), await loginReady(server, 'bob')];
    const { group } = (await alice.createGroup({ type: TYPES.GRP_AVCHATROOM, name: 'live' })).data;
    await alice.joinGroup({ groupID: group.groupID });
    await bob.joinGroup({ groupID: group.groupID });
    // The join tips arrive first, as they would over the network.
    await server.settle();
    await sendText(alice, group.groupID, 'we are live', true);
    await server.settle();
    for (const client of [alice, bob]) {
      expect((await client.getConversationList()).data.conversationList).toEqual([
        expect.objectContaining({ conversationID: `GROUP${group.groupID}`, subType: TYPES.GRP_AVCHATROOM, unreadCount: 0, lastMessage: expect.objectContaining({ messageForShow: 'we are live' }) }),
      ]);
    }
    expect(bob.getTotalUnreadMessageCount()).toBe(0);
  });
});

describe('merged and forwarded messages', () => {
  it('a merged list over 11264 bytes travels apart: the receiver downloads it; tips cannot be forwarded (2453)', async () => {
    const server = newServer();
    const [alice, bob] = [await loginReady(server, 'alice'), await loginReady(server, 'bob')];
    const long: Message[] = [];
    for (let i = 0; i < 8; i++) long.push(await sendText(alice, 'bob', `${i}`.repeat(2000)));
    const merged = alice.createMergerMessage({ to: 'bob', conversationType: TYPES.CONV_C2C, payload: { messageList: long, title: 'Long', abstractList: ['…'], compatibleText: 'upgrade' } });
    const sent = (await alice.sendMessage(merged)).data.message;
    expect(sent.type === TYPES.MSG_MERGER && sent.payload.messageList).toHaveLength(8);
    const arrived = (await allMessages(bob, 'C2Calice')).pop();
    if (arrived?.type !== TYPES.MSG_MERGER) throw new Error('no merged message');
    expect(arrived.payload.downloadKey).not.toBe('');
    expect(arrived.payload.messageList).toEqual([]);
    const full = await bob.downloadMergerMessage(arrived);
    expect(full.type === TYPES.MSG_MERGER && full.payload.messageList.map((item) => item.ID)).toEqual(long.map((message) => message.ID));
    expect((await rejection(bob.downloadMergerMessage(long[0]))).code).toBe(2450);
    const tip = { ...long[0], type: TYPES.MSG_GRP_TIP } as unknown as Message;
    expect((await rejection(Promise.resolve().then(() => alice.createForwardMessage({ to: 'bob', conversationType: TYPES.CONV_C2C, payload: tip }))))).toMatchObject({ code: 2453 });
  });
});
