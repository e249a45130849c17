/**
 * The messages domain's GroupEventSink, called as the group service calls it: a tip becomes a
 * TIMGroupTipElem in the group's history (none in an AVChatRoom) delivered to the members' instances but the
 * calling one; a notice becomes a TIMGroupSystemNoticeElem in the addressee's `@TIM#SYSTEM` conversation,
 * which the instance holds in memory (not in the total, not deletable: 2116), kept for users who are offline.
 */
import { EVENT, GROUP_NOTICE, TYPES } from '@/src/chat/constants';
import { LocalClient, createMemoryStorage } from '@/src/chat/local';
import type { LocalServerOptions } from '@/src/chat/local';
import type { Message } from '@/src/chat/message-types';
import type { ChatEventPayloads } from '@/src/chat/types';
import { ServerCore } from '@/src/chat/local/server';
import { T0, recordEvents, rejection } from './helpers';
import { allMessages, sendText } from './message-fixtures';

function world(options: LocalServerOptions = {}) {
  const core = new ServerCore({ clock: () => T0, eventThrottle: { intervalMs: 0 }, ...options });
  return {
    core,
    async login(userID: string): Promise<LocalClient> {
      const client = new LocalClient(core);
      core.registerEndpoint(client);
      await client.login({ userID, userSig: 'sig' });
      await core.settle();
      return client;
    },
  };
}

const tips = (events: Array<{ data: ChatEventPayloads[typeof EVENT.MESSAGE_RECEIVED] }>): Message[] =>
  events.flatMap((event) => event.data).filter((message) => message.type === TYPES.MSG_GRP_TIP);

describe('group tips', () => {
  it('a tip is stored in the group history and delivered to every member instance but the caller', async () => {
    const w = world();
    const [alice, bob, carol] = [await w.login('alice'), await w.login('bob'), await w.login('carol')];
    const { group } = (await alice.createGroup({ type: TYPES.GRP_PUBLIC, name: 'Tips', memberList: [{ userID: 'bob' }, { userID: 'carol' }] })).data;
    const [toAlice, toBob] = [recordEvents(alice, EVENT.MESSAGE_RECEIVED), recordEvents(bob, EVENT.MESSAGE_RECEIVED)];
    const session = w.core.sessionsOf('alice')[0];
    w.core.messages.groupTip(
      group.groupID,
      {
        operatorID: 'alice',
        operationType: TYPES.GRP_TIP_GRP_PROFILE_UPDATED,
        userIDList: [],
        memberList: [],
        memberNum: 3,
        newGroupProfile: { groupName: 'Renamed', muteAllMembers: true },
      },
      session,
    );
    await w.core.settle();
    expect(tips(toAlice)).toEqual([]);
    const [tip] = tips(toBob);
    expect(tip).toMatchObject({
      conversationID: `GROUP${group.groupID}`,
      conversationType: TYPES.CONV_GROUP,
      from: TYPES.CONV_SYSTEM,
      flow: 'in',
      to: group.groupID,
      payload: {
        operatorID: 'alice',
        operationType: TYPES.GRP_TIP_GRP_PROFILE_UPDATED,
        userIDList: ['alice'],
        groupProfile: { from: 'alice', groupID: group.groupID, groupName: 'Tips', to: group.groupID },
        operatorInfo: { userID: 'alice', nick: '', avatar: '' },
        memberNum: 3,
        newGroupProfile: { groupName: 'Renamed', muteAllMembers: true },
      },
    });
    expect(tip.ID).toMatch(/^144115198244471703-\d+-\d+$/);
    expect((await allMessages(carol, `GROUP${group.groupID}`)).map((message) => message.type)).toEqual([TYPES.MSG_GRP_TIP]);
    const conversation = (await bob.getConversationList([`GROUP${group.groupID}`])).data.conversationList[0];
    expect(conversation).toMatchObject({ unreadCount: 1, lastMessage: expect.objectContaining({ type: TYPES.MSG_GRP_TIP, messageForShow: '[Group Notification]' }) });
    // The operator does not count the tip of their own action as unread.
    expect((await alice.getConversationList([`GROUP${group.groupID}`])).data.conversationList[0].unreadCount).toBe(0);
  });

  it('a joiner counts unread from their join tip; leavers lose the conversation; the message face is the member for member tips', async () => {
    const w = world();
    const [alice, bob] = [await w.login('alice'), await w.login('bob')];
    const { group } = (await alice.createGroup({ type: TYPES.GRP_MEETING, name: 'Joins' })).data;
    for (let i = 0; i < 3; i++) await sendText(alice, group.groupID, `before ${i}`, true);
    // The group service hands the sink a JOIN tip for the join.
    await bob.joinGroup({ groupID: group.groupID });
    w.core.messages.groupTip(group.groupID, {
      operatorID: 'alice',
      operationType: TYPES.GRP_TIP_MBR_SET_ADMIN,
      userIDList: ['bob'],
      memberList: [{ userID: 'bob', nick: 'Bob', avatar: '/b.png' }],
      memberNum: 2,
    });
    await w.core.settle();
    const history = await allMessages(bob, `GROUP${group.groupID}`);
    expect(history.map((message) => [message.type, message.sequence])).toEqual([
      [TYPES.MSG_TEXT, 1],
      [TYPES.MSG_TEXT, 2],
      [TYPES.MSG_TEXT, 3],
      [TYPES.MSG_GRP_TIP, 4],
      [TYPES.MSG_GRP_TIP, 5],
    ]);
    expect(history[3].payload).toMatchObject({ operationType: TYPES.GRP_TIP_MBR_JOIN, userIDList: ['bob'] });
    expect(history[4]).toMatchObject({ nick: 'Bob', avatar: '/b.png' });
    const work = (await alice.createGroup({ type: TYPES.GRP_WORK, name: 'Counted', memberList: [{ userID: 'bob' }] })).data.group;
    await sendText(alice, work.groupID, 'one', true);
    const carol = await w.login('carol');
    await alice.addGroupMember({ groupID: work.groupID, userIDList: ['carol'] });
    // carol: her join tip only; bob: 'one' and that tip.
    expect((await carol.getConversationList([`GROUP${work.groupID}`])).data.conversationList[0].unreadCount).toBe(1);
    expect((await bob.getConversationList([`GROUP${work.groupID}`])).data.conversationList[0].unreadCount).toBe(2);
    await bob.quitGroup(work.groupID);
    expect((await bob.getConversationList()).data.conversationList.map((entry) => entry.conversationID)).not.toContain(`GROUP${work.groupID}`);
    expect(w.core.problems).toEqual([]);
  });

  it('an AVChatRoom tip reaches the members online and is not stored', async () => {
    const w = world();
    const [alice, bob] = [await w.login('alice'), await w.login('bob')];
    const { group } = (await alice.createGroup({ type: TYPES.GRP_AVCHATROOM, name: 'Live' })).data;
    await alice.joinGroup({ groupID: group.groupID });
    await bob.joinGroup({ groupID: group.groupID });
    await w.core.settle();
    const heard = recordEvents(bob, EVENT.MESSAGE_RECEIVED);
    w.core.messages.groupTip(group.groupID, { operatorID: 'alice', operationType: TYPES.GRP_TIP_GRP_PROFILE_UPDATED, userIDList: [], memberList: [], memberNum: 2 });
    await w.core.settle();
    expect(tips(heard)).toHaveLength(1);
    expect((await bob.getMessageList({ conversationID: `GROUP${group.groupID}` })).data.messageList).toEqual([]);
  });
});

describe('group system notices', () => {
  it("a notice lands in the addressee's @TIM#SYSTEM conversation: unread there, not in the total, not deletable", async () => {
    const w = world();
    const [alice, bob] = [await w.login('alice'), await w.login('bob')];
    const { group } = (await alice.createGroup({ type: TYPES.GRP_PUBLIC, name: 'Asks' })).data;
    const heard = recordEvents(alice, EVENT.MESSAGE_RECEIVED);
    w.core.messages.groupNotice(['alice'], {
      operatorID: 'bob',
      operationType: GROUP_NOTICE.JOIN_REQUEST,
      handleMessage: 'let me in',
      groupID: group.groupID,
      authentication: 'auth-1',
      messageKey: 42,
    });
    await w.core.settle();
    const [notice] = heard.flatMap((event) => event.data);
    expect(notice).toMatchObject({
      type: TYPES.MSG_GRP_SYS_NOTICE,
      conversationID: TYPES.CONV_SYSTEM,
      conversationType: TYPES.CONV_SYSTEM,
      from: TYPES.CONV_SYSTEM,
      to: 'alice',
      isSystemMessage: true,
      isRead: false,
      payload: {
        operatorID: 'bob',
        operationType: GROUP_NOTICE.JOIN_REQUEST,
        groupProfile: { from: 'bob', groupID: group.groupID, name: 'Asks', to: 'alice', groupType: TYPES.GRP_PUBLIC },
        handleMessage: 'let me in',
        authentication: 'auth-1',
        messageKey: 42,
        userDefinedField: '',
      },
    });
    const system = (await alice.getConversationList([TYPES.CONV_SYSTEM])).data.conversationList[0];
    expect(system).toMatchObject({ type: TYPES.CONV_SYSTEM, unreadCount: 1, lastMessage: expect.objectContaining({ messageForShow: '[Group System Message]' }) });
    expect(alice.getTotalUnreadMessageCount()).toBe(0);
    expect((await alice.getMessageList({ conversationID: TYPES.CONV_SYSTEM })).data.messageList.map((message) => message.ID)).toEqual([notice.ID]);
    expect((await rejection(alice.deleteMessage([notice]))).code).toBe(2116);
    await alice.setMessageRead({ conversationID: TYPES.CONV_SYSTEM });
    expect((await alice.getConversationList([TYPES.CONV_SYSTEM])).data.conversationList[0].unreadCount).toBe(0);
    expect((await bob.getConversationList()).data.conversationList).toEqual([]);
    await alice.deleteConversation(TYPES.CONV_SYSTEM);
    expect((await alice.getConversationList([TYPES.CONV_SYSTEM])).data.conversationList).toEqual([]);
  });

  it('an offline addressee gets the notice at the next login, once', async () => {
    const w = world();
    const alice = await w.login('alice');
    const { group } = (await alice.createGroup({ type: TYPES.GRP_PUBLIC, name: 'Later' })).data;
    await w.login('bob').then((bob) => bob.logout());
    w.core.messages.groupNotice(['bob'], { operatorID: 'alice', operationType: GROUP_NOTICE.INVITED, handleMessage: '', groupID: group.groupID });
    const bob = new LocalClient(w.core);
    w.core.registerEndpoint(bob);
    const heard = recordEvents(bob, EVENT.MESSAGE_RECEIVED);
    await bob.login({ userID: 'bob', userSig: 'sig' });
    await w.core.settle();
    expect(heard.flatMap((event) => event.data).map((message) => message.payload)).toEqual([
      expect.objectContaining({ operationType: GROUP_NOTICE.INVITED, groupProfile: expect.objectContaining({ groupID: group.groupID, name: 'Later' }) }),
    ]);
    await bob.logout();
    const again = recordEvents(bob, EVENT.MESSAGE_RECEIVED);
    await bob.login({ userID: 'bob', userSig: 'sig' });
    await w.core.settle();
    expect(again).toEqual([]);
    // Memory only: a new instance does not have the old notices.
    expect((await bob.getMessageList({ conversationID: TYPES.CONV_SYSTEM })).data.messageList).toEqual([]);
  });

  it('a notice kept for an offline user survives a restart of the service (a relaunched mini program, another tab)', async () => {
    const storage = createMemoryStorage();
    const first = world({ storage });
    const alice = await first.login('alice');
    const { group } = (await alice.createGroup({ type: TYPES.GRP_PUBLIC, name: 'Later' })).data;
    first.core.messages.groupNotice(['bob'], { operatorID: 'alice', operationType: GROUP_NOTICE.INVITED, handleMessage: '', groupID: group.groupID });
    await first.core.settle();

    // A new service over the same storage reads the kept notice back (it has no position in any log).
    const second = world({ storage });
    const bob = new LocalClient(second.core);
    second.core.registerEndpoint(bob);
    const heard = recordEvents(bob, EVENT.MESSAGE_RECEIVED);
    await bob.login({ userID: 'bob', userSig: 'sig' });
    await second.core.settle();
    expect(heard.flatMap((event) => event.data).map((message) => message.payload)).toEqual([
      expect.objectContaining({ operationType: GROUP_NOTICE.INVITED, groupProfile: expect.objectContaining({ groupID: group.groupID }) }),
    ]);
    expect(second.core.problems).toEqual([]);
  });

  it("a dismissal notice drops the group's history; the name comes from the draft once the group is gone", async () => {
    const w = world();
    const [alice, bob] = [await w.login('alice'), await w.login('bob')];
    const { group } = (await alice.createGroup({ type: TYPES.GRP_PUBLIC, name: 'Short-lived', memberList: [{ userID: 'bob' }] })).data;
    await sendText(alice, group.groupID, 'bye', true);
    const keys = () => w.core.storage.keys().filter((key) => key.includes(group.groupID) && key.startsWith('chat:msg:'));
    expect(keys().length).toBeGreaterThan(0);
    await alice.dismissGroup(group.groupID);
    const heard = recordEvents(bob, EVENT.MESSAGE_RECEIVED);
    w.core.messages.groupNotice(['bob'], {
      operatorID: 'alice',
      operationType: GROUP_NOTICE.DISMISSED,
      handleMessage: '',
      groupID: group.groupID,
      groupName: 'Short-lived',
      groupType: TYPES.GRP_PUBLIC,
    });
    await w.core.settle();
    const notices = heard.flatMap((event) => event.data).filter((message) => message.type === TYPES.MSG_GRP_SYS_NOTICE);
    expect(notices[0].payload).toMatchObject({ groupProfile: { name: 'Short-lived', groupType: TYPES.GRP_PUBLIC } });
    expect(keys()).toEqual([]);
    expect(w.core.problems).toEqual([]);
  });
});
