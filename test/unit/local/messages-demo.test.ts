/**
 * The demo seed's conversations: the app opens on C2C chats (with a photo and a file) and group history
 * with unread counts and @-mentions, written once.
 */
import { TYPES } from '@/src/chat/constants';
import type { Message } from '@/src/chat/message-types';
import { createMemoryStorage } from '@/src/chat/local';
import { totalUnread } from '@/src/chat/local/messages/conversations';
import { loginReady, newServer } from './helpers';

describe('demo conversations', () => {
  it("alice's list: pinned-first newest-first, unread counts, @-mentions, photos and a file", async () => {
    const server = newServer({ seed: 'demo' });
    const alice = await loginReady(server, 'alice');
    const list = (await alice.getConversationList()).data.conversationList;
    const byID = new Map(list.map((conversation) => [conversation.conversationID, conversation]));
    expect(list.map((conversation) => conversation.conversationID)).toEqual([
      'C2Cbob',
      'GROUP@TGS#2DEMOPUBLIC',
      'GROUP@TGS#1DEMOWORK',
      'GROUP@TGS#3DEMOMEETING',
      'C2Ccarol',
    ]);
    expect(byID.get('C2Cbob')?.unreadCount).toBe(1);
    expect(byID.get('C2Ccarol')?.unreadCount).toBe(2);
    expect(byID.get('C2Ccarol')?.lastMessage.messageForShow).toBe('Here they are — could you print a few copies?');
    expect(byID.get('GROUP@TGS#2DEMOPUBLIC')?.unreadCount).toBe(1);
    expect(byID.get('GROUP@TGS#1DEMOWORK')?.groupAtInfoList).toEqual([
      expect.objectContaining({ from: 'bob', groupID: '@TGS#1DEMOWORK', atTypeArray: [TYPES.CONV_AT_ME] }),
    ]);
    // Meeting groups count no unread messages.
    expect(byID.get('GROUP@TGS#3DEMOMEETING')?.unreadCount).toBe(0);
    expect(alice.getTotalUnreadMessageCount()).toBe(1 + 2 + 1 + 3);
    // The total from counters agrees with the sum over the list's conversations.
    expect(totalUnread(list)).toBe(alice.getTotalUnreadMessageCount());
    const chat = (await alice.getMessageList({ conversationID: 'C2Cbob' })).data.messageList;
    const photo = chat.find((message) => message.type === TYPES.MSG_IMAGE);
    expect(photo?.type === TYPES.MSG_IMAGE && photo.payload.imageInfoArray.map((info) => [info.type, info.sizeType, info.width, info.height])).toEqual([
      [0, 1, 400, 300],
      [1, 3, 264, 198],
      [2, 2, 400, 300],
    ]);
    const notes = (await alice.getMessageList({ conversationID: 'C2Ccarol' })).data.messageList.find((message) => message.type === TYPES.MSG_FILE);
    expect(notes?.type === TYPES.MSG_FILE && notes.payload).toMatchObject({ fileName: 'tasting-notes.txt', fileSize: 374, fileUrl: '/src/subpackages/chat/static/demo/tasting-notes.txt' });
    expect(server.problems).toEqual([]);
  });

  it("alice and bob's chat holds a message of every type, and Coffee Lovers dave's join tip", async () => {
    const server = newServer({ seed: 'demo' });
    const alice = await loginReady(server, 'alice');
    const all: Message[] = [];
    let cursor = '';
    for (;;) {
      const { data } = await alice.getMessageList({ conversationID: 'C2Cbob', ...(cursor ? { nextReqMessageID: cursor } : {}) });
      all.unshift(...data.messageList);
      if (data.isCompleted) break;
      cursor = data.nextReqMessageID;
    }
    const types = new Set(all.map((message) => message.type));
    for (const type of [TYPES.MSG_TEXT, TYPES.MSG_IMAGE, TYPES.MSG_VIDEO, TYPES.MSG_FACE, TYPES.MSG_LOCATION, TYPES.MSG_AUDIO, TYPES.MSG_CUSTOM, TYPES.MSG_MERGER]) {
      expect(types).toContain(type);
    }
    expect(all.map((message) => message.time)).toEqual([...all.map((message) => message.time)].sort((a, b) => a - b));
    const video = all.find((message) => message.type === TYPES.MSG_VIDEO);
    expect(video?.type === TYPES.MSG_VIDEO && video.payload).toMatchObject({ videoUrl: '/src/subpackages/chat/static/demo/pour-over.mp4', videoSecond: 4, snapshotUrl: '/src/subpackages/chat/static/demo/pour-over.jpg' });
    const voice = all.find((message) => message.type === TYPES.MSG_AUDIO);
    expect(voice?.type === TYPES.MSG_AUDIO && voice.payload).toMatchObject({ url: '/src/subpackages/chat/static/demo/voice.m4a', second: 3 });
    const merged = all.find((message) => message.type === TYPES.MSG_MERGER);
    expect(merged?.type === TYPES.MSG_MERGER && merged.payload.messageList.map((item) => item.from)).toEqual(['carol', 'bob']);
    expect(all.filter((message) => message.isRevoked).map((message) => message.from)).toEqual(['bob']);
    const group = (await alice.getMessageList({ conversationID: 'GROUP@TGS#2DEMOPUBLIC' })).data.messageList;
    const join = group.find((message) => message.type === TYPES.MSG_GRP_TIP);
    expect(join?.type === TYPES.MSG_GRP_TIP && join.payload).toMatchObject({ operationType: TYPES.GRP_TIP_MBR_JOIN, userIDList: ['dave'] });
    expect(server.problems).toEqual([]);
  });

  it('is written once: a restart on the same storage neither repeats nor loses it', async () => {
    const storage = createMemoryStorage();
    newServer({ seed: 'demo', storage });
    const keys = storage.keys().length;
    const again = newServer({ seed: 'demo', storage });
    expect(storage.keys().length).toBe(keys);
    const bob = await loginReady(again, 'bob');
    const list = (await bob.getConversationList()).data.conversationList.map((conversation) => conversation.conversationID);
    expect(list).toEqual(expect.arrayContaining(['C2Calice', 'C2Cdave', 'GROUP@TGS#2DEMOPUBLIC', 'GROUP@TGS#1DEMOWORK']));
  });
});
