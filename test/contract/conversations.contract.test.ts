/**
 * Conversations in the SDK's terms: who has which conversation, unread counts and the total, read marks
 * and MESSAGE_READ_BY_PEER, @-mentions, the list's order and filters, profile, pin, draft, delete and clear,
 * and the throttled list events. Local by default; CHAT_BACKEND=cloud once the cloud adapter forwards them.
 */
import { EVENT, TYPES } from '@/src/chat/constants';
import { createGroupOf } from './group-helpers';
import { createMessagingUsers, freshUserID, teardown, waitForEvent } from './harness';
import {
  codeOf,
  conversationOf,
  deliver,
  find,
  history,
  isSchemaFailure,
  listUpdate,
  refusedWith,
  textTo,
  textToGroup,
  uid,
} from './messaging-helpers';

jest.setTimeout(60_000);
afterEach(teardown);

describe('the conversation list', () => {
  it('a message gives both sides the conversation; the receiver an unread count, the list event and the total', async () => {
    const [alice, bob] = await createMessagingUsers(2);
    const listed = listUpdate(bob, (list) => find(list, `C2C${uid(alice)}`)?.unreadCount === 1);
    const total = waitForEvent(bob, EVENT.TOTAL_UNREAD_MESSAGE_COUNT_UPDATED, (event) => event.data === 1);
    const sent = await deliver(alice, textTo(alice, bob, 'hello'), bob);
    const fromBob = find((await listed).data, `C2C${uid(alice)}`);
    expect(fromBob).toMatchObject({
      type: TYPES.CONV_C2C,
      unreadCount: 1,
      isPinned: false,
      userProfile: expect.objectContaining({ userID: uid(alice) }),
      lastMessage: expect.objectContaining({ fromAccount: uid(alice), messageForShow: 'hello', type: TYPES.MSG_TEXT, lastTime: sent.time }),
    });
    expect((await total).data).toBe(1);
    expect(bob.getTotalUnreadMessageCount()).toBe(1);
    expect(await conversationOf(alice, `C2C${uid(bob)}`)).toMatchObject({ unreadCount: 0, lastMessage: expect.objectContaining({ fromAccount: uid(alice) }) });
    expect(alice.getTotalUnreadMessageCount()).toBe(0);
  });

  it('newest first, pinned on top; filters by IDs, type and unread', async () => {
    const [alice, bob, carol, dave] = await createMessagingUsers(4);
    await deliver(bob, textTo(bob, alice, 'from bob'), alice);
    await deliver(carol, textTo(carol, alice, 'from carol'), alice);
    const { groupID } = await createGroupOf(dave, TYPES.GRP_WORK, [alice]);
    await deliver(dave, textToGroup(dave, groupID, 'group news'), alice);
    // Being put into dave's group also brought alice a system notice (@TIM#SYSTEM); the order of the others is what counts here.
    const ids = async () =>
      (await alice.getConversationList()).data.conversationList
        .filter((conversation) => conversation.type !== TYPES.CONV_SYSTEM)
        .map((conversation) => conversation.conversationID);
    expect(await ids()).toEqual([`GROUP${groupID}`, `C2C${uid(carol)}`, `C2C${uid(bob)}`]);
    await alice.pinConversation({ conversationID: `C2C${uid(bob)}`, isPinned: true });
    expect(await ids()).toEqual([`C2C${uid(bob)}`, `GROUP${groupID}`, `C2C${uid(carol)}`]);
    const byIDs = (await alice.getConversationList([`C2C${uid(carol)}`, 'C2Cnobody'])).data.conversationList;
    expect(byIDs.map((conversation) => conversation.conversationID)).toEqual([`C2C${uid(carol)}`]);
    expect((await alice.getConversationList([])).data.conversationList).toEqual([]);
    const groups = (await alice.getConversationList({ type: TYPES.CONV_GROUP })).data.conversationList;
    expect(groups.map((conversation) => conversation.conversationID)).toEqual([`GROUP${groupID}`]);
    await alice.setMessageRead({ conversationID: `C2C${uid(carol)}` });
    const unread = (await alice.getConversationList({ hasUnreadCount: true })).data.conversationList;
    expect(unread.filter((conversation) => conversation.type !== TYPES.CONV_SYSTEM).map((conversation) => conversation.conversationID)).toEqual([
      `C2C${uid(bob)}`,
      `GROUP${groupID}`,
    ]);
    expect(isSchemaFailure(await codeOf(() => alice.pinConversation({ conversationID: 'nonsense', isPinned: true })))).toBe(true);
  });
});

describe('read marks', () => {
  it("setMessageRead zeroes the unread count and gives the peer MESSAGE_READ_BY_PEER on its messages", async () => {
    const [alice, bob] = await createMessagingUsers(2);
    const first = await deliver(alice, textTo(alice, bob, 'one'), bob);
    const second = await deliver(alice, textTo(alice, bob, 'two'), bob);
    const readByPeer = waitForEvent(alice, EVENT.MESSAGE_READ_BY_PEER, (event) => event.data.some((message) => message.ID === second.ID));
    await expect(bob.setMessageRead({ conversationID: `C2C${uid(alice)}` })).resolves.toEqual({ code: 0, data: {} });
    const event = await readByPeer;
    expect(event.data.map((message) => [message.ID, message.isPeerRead])).toEqual([
      [first.ID, true],
      [second.ID, true],
    ]);
    expect((await conversationOf(bob, `C2C${uid(alice)}`))?.unreadCount).toBe(0);
    expect(bob.getTotalUnreadMessageCount()).toBe(0);
    expect((await history(bob, `C2C${uid(alice)}`)).every((message) => message.isRead)).toBe(true);
    expect((await conversationOf(alice, `C2C${uid(bob)}`))?.lastMessage.isPeerRead).toBe(true);
    expect((await history(alice, `C2C${uid(bob)}`)).every((message) => message.isPeerRead)).toBe(true);
  });

  it('group: each member counts what others sent; @me, @all and both show in groupAtInfoList until read', async () => {
    const [alice, bob, carol] = await createMessagingUsers(3);
    const { groupID } = await createGroupOf(alice, TYPES.GRP_PUBLIC, [bob, carol]);
    const conversationID = `GROUP${groupID}`;
    const at = (text: string, atUserList: string[]) =>
      alice.createTextAtMessage({ to: groupID, conversationType: TYPES.CONV_GROUP, payload: { text, atUserList } });
    const toBob = await deliver(alice, at('@bob', [uid(bob)]), bob);
    const toAll = await deliver(alice, at('@all', [TYPES.MSG_AT_ALL]), bob);
    const both = await deliver(alice, at('@all @bob', [TYPES.MSG_AT_ALL, uid(bob)]), bob);
    await deliver(carol, textToGroup(carol, groupID, 'plain'), bob);
    const bobView = await conversationOf(bob, conversationID);
    expect(bobView?.unreadCount).toBe(4);
    expect(bobView?.groupAtInfoList.map((info) => [info.messageSequence, info.atTypeArray])).toEqual([
      [toBob.sequence, [TYPES.CONV_AT_ME]],
      [toAll.sequence, [TYPES.CONV_AT_ALL]],
      [both.sequence, [TYPES.CONV_AT_ALL_AT_ME]],
    ]);
    expect((await conversationOf(carol, conversationID))?.groupAtInfoList.map((info) => info.atTypeArray)).toEqual([[TYPES.CONV_AT_ALL], [TYPES.CONV_AT_ALL]]);
    expect((await conversationOf(carol, conversationID))?.unreadCount).toBe(3);
    expect((await conversationOf(alice, conversationID))?.unreadCount).toBe(1);
    await bob.setMessageRead({ conversationID });
    expect(await conversationOf(bob, conversationID)).toMatchObject({ unreadCount: 0, groupAtInfoList: [] });
  });

  it('setAllMessageRead reads C2C and groups by scope; Meeting groups count nothing', async () => {
    const [alice, bob] = await createMessagingUsers(2);
    const { groupID } = await createGroupOf(bob, TYPES.GRP_WORK, [alice]);
    const meeting = await createGroupOf(bob, TYPES.GRP_MEETING, [alice]);
    await deliver(bob, textTo(bob, alice, 'c2c'), alice);
    await deliver(bob, textToGroup(bob, groupID, 'work'), alice);
    await deliver(bob, textToGroup(bob, meeting.groupID, 'meeting'), alice);
    expect((await conversationOf(alice, `GROUP${meeting.groupID}`))?.unreadCount).toBe(0);
    expect(alice.getTotalUnreadMessageCount()).toBe(2);
    await alice.setAllMessageRead({ scope: TYPES.READ_ALL_C2C_MSG });
    expect((await conversationOf(alice, `C2C${uid(bob)}`))?.unreadCount).toBe(0);
    expect((await conversationOf(alice, `GROUP${groupID}`))?.unreadCount).toBe(1);
    await alice.setAllMessageRead();
    expect(alice.getTotalUnreadMessageCount()).toBe(0);
  });

  it('the total leaves out conversations whose remind type is not AcceptAndNotify', async () => {
    const [alice, bob, carol] = await createMessagingUsers(3);
    const { groupID } = await createGroupOf(carol, TYPES.GRP_WORK, [alice]);
    await deliver(bob, textTo(bob, alice, 'from bob'), alice);
    await deliver(carol, textToGroup(carol, groupID, 'from the group'), alice);
    expect(alice.getTotalUnreadMessageCount()).toBe(2);
    const { data } = await alice.setMessageRemindType({ userIDList: [uid(bob)], messageRemindType: TYPES.MSG_REMIND_ACPT_NOT_NOTE });
    expect(data).toEqual({ successUserIDList: [{ userID: uid(bob) }], failureUserIDList: [] });
    expect((await conversationOf(alice, `C2C${uid(bob)}`))?.messageRemindType).toBe(TYPES.MSG_REMIND_ACPT_NOT_NOTE);
    expect(alice.getTotalUnreadMessageCount()).toBe(1);
    await alice.setMessageRemindType({ groupID, messageRemindType: TYPES.MSG_REMIND_DISCARD });
    expect((await conversationOf(alice, `GROUP${groupID}`))?.messageRemindType).toBe(TYPES.MSG_REMIND_DISCARD);
    expect(alice.getTotalUnreadMessageCount()).toBe(0);
    // The unread counts themselves stay.
    expect((await conversationOf(alice, `C2C${uid(bob)}`))?.unreadCount).toBe(1);
  });
});

describe('profile, pin, draft', () => {
  it('getConversationProfile: a known one as listed; a new user a conversation placed after the pinned; 2501 for no such user', async () => {
    const [alice, bob, carol] = await createMessagingUsers(3);
    await deliver(bob, textTo(bob, alice, 'hi'), alice);
    await alice.pinConversation({ conversationID: `C2C${uid(bob)}`, isPinned: true });
    const known = (await alice.getConversationProfile(`C2C${uid(bob)}`)).data.conversation;
    expect(known).toMatchObject({ conversationID: `C2C${uid(bob)}`, isPinned: true, unreadCount: 1 });
    const fresh = (await alice.getConversationProfile(`C2C${uid(carol)}`)).data.conversation;
    expect(fresh).toMatchObject({ conversationID: `C2C${uid(carol)}`, unreadCount: 0, userProfile: expect.objectContaining({ userID: uid(carol) }) });
    const order = (await alice.getConversationList()).data.conversationList.map((conversation) => conversation.conversationID);
    expect(order.slice(0, 2)).toEqual([`C2C${uid(bob)}`, `C2C${uid(carol)}`]);
    expect((await refusedWith(alice.getConversationProfile(`C2C${freshUserID('none')}`))).code).toBe(2501);
  });

  it('pinConversation: same state answers at once; unpin restores the order', async () => {
    const [alice, bob, carol] = await createMessagingUsers(3);
    await deliver(bob, textTo(bob, alice, 'older'), alice);
    await deliver(carol, textTo(carol, alice, 'newer'), alice);
    const conversationID = `C2C${uid(bob)}`;
    await expect(alice.pinConversation({ conversationID, isPinned: true })).resolves.toEqual({ code: 0, data: { conversationID } });
    await expect(alice.pinConversation({ conversationID, isPinned: true })).resolves.toEqual({ code: 0, data: { conversationID } });
    expect((await alice.getConversationList()).data.conversationList[0]).toMatchObject({ conversationID, isPinned: true });
    await alice.pinConversation({ conversationID, isPinned: false });
    expect((await alice.getConversationList()).data.conversationList.map((conversation) => conversation.conversationID)).toEqual([
      `C2C${uid(carol)}`,
      conversationID,
    ]);
  });

  it('setConversationDraft: kept on this instance, in the list; 2500 for a conversation not in the list', async () => {
    const [alice, bob, carol] = await createMessagingUsers(3);
    await deliver(bob, textTo(bob, alice, 'hi'), alice);
    const conversationID = `C2C${uid(bob)}`;
    const drafted = listUpdate(alice, (list) => find(list, conversationID)?.draftText === 'half a thought');
    const { data } = await alice.setConversationDraft({ conversationID, draftText: 'half a thought' });
    expect(data.conversation).toMatchObject({ conversationID, draftText: 'half a thought' });
    await drafted;
    expect((await conversationOf(alice, conversationID))?.draftText).toBe('half a thought');
    expect((await conversationOf(bob, `C2C${uid(alice)}`))?.draftText).toBe('');
    expect((await refusedWith(alice.setConversationDraft({ conversationID: `C2C${uid(carol)}`, draftText: 'x' }))).code).toBe(2500);
  });
});

describe('delete and clear', () => {
  it('deleteConversation(id) clears the history too by default; the peer keeps theirs; a new message brings it back', async () => {
    const [alice, bob] = await createMessagingUsers(2);
    await deliver(bob, textTo(bob, alice, 'one'), alice);
    await deliver(bob, textTo(bob, alice, 'two'), alice);
    const conversationID = `C2C${uid(bob)}`;
    await expect(alice.deleteConversation(conversationID)).resolves.toEqual({ code: 0, data: { conversationID } });
    expect(await conversationOf(alice, conversationID)).toBeUndefined();
    expect(alice.getTotalUnreadMessageCount()).toBe(0);
    expect(await history(alice, conversationID)).toEqual([]);
    expect(await history(bob, `C2C${uid(alice)}`)).toHaveLength(2);
    await deliver(bob, textTo(bob, alice, 'three'), alice);
    expect(await conversationOf(alice, conversationID)).toMatchObject({ unreadCount: 1, lastMessage: expect.objectContaining({ messageForShow: 'three' }) });
    expect((await history(alice, conversationID)).map((message) => message.payload)).toEqual([{ text: 'three' }]);
  });

  it('deleteConversation({conversationIDList, clearHistoryMessage: false}) keeps the history; none known is 2500', async () => {
    const [alice, bob, carol] = await createMessagingUsers(3);
    await deliver(bob, textTo(bob, alice, 'kept'), alice);
    const conversationID = `C2C${uid(bob)}`;
    const { data } = await alice.deleteConversation({ conversationIDList: [conversationID, `C2C${uid(carol)}`], clearHistoryMessage: false });
    expect(data).toEqual({ conversationIDList: [conversationID] });
    expect(await conversationOf(alice, conversationID)).toBeUndefined();
    expect((await history(alice, conversationID)).map((message) => message.payload)).toEqual([{ text: 'kept' }]);
    expect((await refusedWith(alice.deleteConversation(`C2C${uid(carol)}`))).code).toBe(2500);
    expect(isSchemaFailure(await codeOf(() => alice.deleteConversation({ conversationIDList: [] })))).toBe(true);
  });

  it('clearHistoryMessage empties the history and the last message but keeps the conversation; 2500 if unknown', async () => {
    const [alice, bob, carol] = await createMessagingUsers(3);
    await deliver(bob, textTo(bob, alice, 'gone soon'), alice);
    const conversationID = `C2C${uid(bob)}`;
    await expect(alice.clearHistoryMessage(conversationID)).resolves.toEqual({ code: 0, data: { conversationID } });
    expect(await conversationOf(alice, conversationID)).toMatchObject({ unreadCount: 0, lastMessage: expect.objectContaining({ lastTime: 0, type: '' }) });
    expect(await history(alice, conversationID)).toEqual([]);
    expect(await history(bob, `C2C${uid(alice)}`)).toHaveLength(1);
    expect((await refusedWith(alice.clearHistoryMessage(`C2C${uid(carol)}`))).code).toBe(2500);
  });
});
