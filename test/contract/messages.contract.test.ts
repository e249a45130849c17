/**
 * Messages in the SDK's terms: creating, sending (C2C and group) with every refusal and its code, resending,
 * recalling, deleting, modifying and paging through history. Local by default; CHAT_BACKEND=cloud runs it
 * against Tencent Cloud Chat once the cloud adapter forwards MessagingPort.
 */
import { EVENT, TYPES } from '@/src/chat/constants';
import type { Message } from '@/src/chat/message-types';
import { createGroupOf, raw } from './group-helpers';
import { createMessagingUsers, eventsDelivered, eventsDuring, teardown, waitForEvent } from './harness';
import {
  codeOf,
  conversationOf,
  deliver,
  history,
  isSchemaFailure,
  received,
  refusedWith,
  textTo,
  textToGroup,
  uid,
} from './messaging-helpers';

jest.setTimeout(60_000);
afterEach(teardown);

describe('creating messages', () => {
  it('a text message starts unsent, outgoing and read, with the runtime ID shape; C2C sequence = clientSequence', async () => {
    const [alice, bob] = await createMessagingUsers(2);
    const message = textTo(alice, bob, 'hello');
    expect(message).toMatchObject({
      type: TYPES.MSG_TEXT,
      payload: { text: 'hello' },
      to: uid(bob),
      from: uid(alice),
      conversationID: `C2C${uid(bob)}`,
      conversationType: TYPES.CONV_C2C,
      flow: 'out',
      status: 'unSend',
      isRead: true,
      priority: TYPES.MSG_PRIORITY_NORMAL,
      isRevoked: false,
      isModified: false,
      version: 0,
    });
    expect(message.ID).toMatch(new RegExp(`^\\d+-${message.clientTime}-${message.random}$`));
    expect(message.sequence).toBe(message.clientSequence);
    const next = textTo(alice, bob, 'again');
    expect(next.clientSequence).toBe(message.clientSequence + 1);
    expect(next.ID).not.toBe(message.ID);
  });

  it('an empty or missing text, a bad face or location is a parameter error', async () => {
    const [alice, bob] = await createMessagingUsers(2);
    const to = uid(bob);
    expect(isSchemaFailure(await codeOf(() => alice.createTextMessage({ to, conversationType: TYPES.CONV_C2C, payload: { text: '' } })))).toBe(true);
    expect(isSchemaFailure(await codeOf(() => alice.createTextMessage(raw({ to, conversationType: TYPES.CONV_C2C, payload: {} }))))).toBe(true);
    expect(isSchemaFailure(await codeOf(() => alice.createFaceMessage(raw({ to, conversationType: TYPES.CONV_C2C, payload: { index: 'x', data: '' } }))))).toBe(true);
    expect(
      isSchemaFailure(await codeOf(() => alice.createLocationMessage(raw({ to, conversationType: TYPES.CONV_C2C, payload: { description: 'here', longitude: '1' } })))),
    ).toBe(true);
  });

  it('custom, face, location, merged and forwarded messages carry their payloads to the receiver', async () => {
    const [alice, bob] = await createMessagingUsers(2);
    const to = uid(bob);
    const custom = await deliver(alice, alice.createCustomMessage({ to, conversationType: TYPES.CONV_C2C, payload: { data: '{"x":1}', description: 'd' } }), bob);
    expect(custom.payload).toEqual({ data: '{"x":1}', description: 'd', extension: '' });
    const face = await deliver(alice, alice.createFaceMessage({ to, conversationType: TYPES.CONV_C2C, payload: { index: 3, data: 'smile' } }), bob);
    expect(face.payload).toEqual({ index: 3, data: 'smile' });
    const where = { description: 'Cafe', longitude: 121.47, latitude: 31.23 };
    const location = await deliver(alice, alice.createLocationMessage({ to, conversationType: TYPES.CONV_C2C, payload: where }), bob);
    expect(location.payload).toEqual(where);
    const merged = alice.createMergerMessage({
      to,
      conversationType: TYPES.CONV_C2C,
      payload: { messageList: [custom, face], title: 'Chat history', abstractList: ['a: custom', 'a: face'], compatibleText: 'Update to see this' },
    });
    const arrived = received(bob, merged.ID);
    await alice.sendMessage(merged);
    const mergedIn = await arrived;
    expect(mergedIn.type).toBe(TYPES.MSG_MERGER);
    if (mergedIn.type !== TYPES.MSG_MERGER) return;
    expect(mergedIn.payload).toMatchObject({ title: 'Chat history', abstractList: ['a: custom', 'a: face'], compatibleText: 'Update to see this' });
    const full = mergedIn.payload.downloadKey ? await bob.downloadMergerMessage(mergedIn) : mergedIn;
    expect(full.type === TYPES.MSG_MERGER && full.payload.messageList.map((item) => item.ID)).toEqual([custom.ID, face.ID]);
    const forward = bob.createForwardMessage({ to: uid(alice), conversationType: TYPES.CONV_C2C, payload: location });
    const forwarded = await deliver(bob, forward, alice);
    expect(forwarded.type).toBe(TYPES.MSG_LOCATION);
    expect(forwarded.payload).toEqual(where);
    expect(forwarded.from).toBe(uid(bob));
  });
});

describe('sending', () => {
  it('C2C: success with the server time; the receiver gets MESSAGE_RECEIVED, the sending instance does not', async () => {
    const [alice, bob] = await createMessagingUsers(2);
    const message = textTo(alice, bob, 'hi bob');
    const arrived = received(bob, message.ID);
    const own = await eventsDuring(alice, EVENT.MESSAGE_RECEIVED, async () => {
      const { data } = await alice.sendMessage(message);
      expect(data.message).toMatchObject({ ID: message.ID, status: 'success', flow: 'out', from: uid(alice) });
      expect(typeof data.message.time).toBe('number');
      // The SDK updates the very object it handed out.
      expect(message.status).toBe('success');
    });
    expect(own).toEqual([]);
    expect(await arrived).toMatchObject({
      ID: message.ID,
      flow: 'in',
      from: uid(alice),
      to: uid(bob),
      conversationID: `C2C${uid(alice)}`,
      status: 'success',
      payload: { text: 'hi bob' },
      isRead: false,
    });
  });

  it('group: members receive it with the group sequence; @-mentions are kept', async () => {
    const [alice, bob, carol] = await createMessagingUsers(3);
    const { groupID } = await createGroupOf(alice, TYPES.GRP_WORK, [bob, carol]);
    const first = await deliver(alice, textToGroup(alice, groupID, 'one'), bob);
    const mention = alice.createTextAtMessage({ to: groupID, conversationType: TYPES.CONV_GROUP, payload: { text: '@bob look', atUserList: [uid(bob)] } });
    const [atBob, atCarol] = [received(bob, mention.ID), received(carol, mention.ID)];
    const { data } = await alice.sendMessage(mention);
    expect(data.message.sequence).toBeGreaterThan(first.sequence);
    const seen = await atBob;
    expect(seen).toMatchObject({ conversationID: `GROUP${groupID}`, conversationType: TYPES.CONV_GROUP, to: groupID, atUserList: [uid(bob)], sequence: data.message.sequence });
    await atCarol;
  });

  it('refuses what is not a message of this instance (2105) and a conversation type other than C2C/GROUP (2106)', async () => {
    const [alice, bob] = await createMessagingUsers(2);
    expect(await codeOf(() => alice.sendMessage(raw({ ID: 'nope', type: TYPES.MSG_TEXT })))).toBe(2105);
    const odd = alice.createTextMessage(raw({ to: uid(bob), conversationType: TYPES.CONV_SYSTEM, payload: { text: 'x' } }));
    expect(await codeOf(() => alice.sendMessage(odd))).toBe(2106);
  });

  it('C2C to someone who blocked you: 20007, the message fails and stays, nothing is stored; resend works once unblocked', async () => {
    const [alice, bob] = await createMessagingUsers(2);
    await bob.addToBlacklist({ userIDList: [uid(alice)] });
    const message = textTo(alice, bob, 'are you there?');
    const quiet = await eventsDuring(bob, EVENT.MESSAGE_RECEIVED, async () => {
      const refusal = await refusedWith(alice.sendMessage(message));
      expect(refusal.code).toBe(20007);
      expect((refusal.data.message as Message).status).toBe('fail');
      expect(message.status).toBe('fail');
    });
    expect(quiet).toEqual([]);
    expect(await conversationOf(bob, `C2C${uid(alice)}`)).toBeUndefined();
    expect(await history(bob, `C2C${uid(alice)}`)).toEqual([]);
    // Blocking is one way: bob can still write to alice (seed 001).
    await deliver(bob, textTo(bob, alice, 'I can write to you'), alice);
    await bob.removeFromBlacklist({ userIDList: [uid(alice)] });
    const arrived = received(bob, message.ID);
    const { data } = await alice.resendMessage(message);
    expect(data.message).toMatchObject({ ID: message.ID, status: 'success' });
    await arrived;
  });

  it('group: outsiders 10007, muted members 10017, mute-all lets only the owner and admins speak', async () => {
    const [owner, admin, member, outsider] = await createMessagingUsers(4);
    const { groupID } = await createGroupOf(owner, TYPES.GRP_PUBLIC, [admin, member]);
    await owner.setGroupMemberRole({ groupID, userID: uid(admin), role: TYPES.GRP_MBR_ROLE_ADMIN });
    expect((await refusedWith(outsider.sendMessage(textToGroup(outsider, groupID, 'let me in')))).code).toBe(10007);
    await owner.setGroupMemberMuteTime({ groupID, userID: uid(member), muteTime: 600 });
    const muted = textToGroup(member, groupID, 'shh');
    const refusal = await refusedWith(member.sendMessage(muted));
    expect(refusal.code).toBe(10017);
    expect(muted.status).toBe('fail');
    await owner.setGroupMemberMuteTime({ groupID, userID: uid(member), muteTime: 0 });
    await owner.updateGroupProfile({ groupID, muteAllMembers: true });
    expect((await refusedWith(member.sendMessage(textToGroup(member, groupID, 'still?')))).code).toBe(10017);
    await deliver(admin, textToGroup(admin, groupID, 'admins may'), owner);
    await deliver(owner, textToGroup(owner, groupID, 'owners may'), admin);
    const texts = (await history(owner, `GROUP${groupID}`)).filter((message) => message.type === TYPES.MSG_TEXT).map((message) => message.payload);
    expect(texts).toEqual([{ text: 'admins may' }, { text: 'owners may' }]);
  });

  it('AVChatRoom: 2101 before joining; after joining, members get the message but no history is kept', async () => {
    const [owner, viewer] = await createMessagingUsers(2);
    const { groupID } = await createGroupOf(owner, TYPES.GRP_AVCHATROOM);
    expect((await refusedWith(viewer.sendMessage(textToGroup(viewer, groupID, 'hello?')))).code).toBe(2101);
    await viewer.joinGroup({ groupID });
    await deliver(viewer, textToGroup(viewer, groupID, 'hello!'), owner);
    await expect(owner.getMessageList({ conversationID: `GROUP${groupID}` })).resolves.toEqual({
      code: 0,
      data: { messageList: [], nextReqMessageID: '', isCompleted: true },
    });
  });

  it('a body over 12 KB is 80002 and nothing is stored; 12 KB of text goes through', async () => {
    const [alice, bob] = await createMessagingUsers(2);
    const big = textTo(alice, bob, 'x'.repeat(12 * 1024 + 1));
    expect((await refusedWith(alice.sendMessage(big))).code).toBe(80002);
    expect(big.status).toBe('fail');
    expect(await history(alice, `C2C${uid(bob)}`)).toEqual([]);
    await deliver(alice, textTo(alice, bob, 'y'.repeat(12 * 1024 - 16)), bob);
  });

  it('onlineUserOnly: the online receiver gets it, nothing is stored, no conversation changes', async () => {
    const [alice, bob] = await createMessagingUsers(2);
    const typing = alice.createCustomMessage({ to: uid(bob), conversationType: TYPES.CONV_C2C, payload: { data: '{"businessID":"user_typing_status"}' } });
    const arrived = received(bob, typing.ID);
    await alice.sendMessage(typing, { onlineUserOnly: true });
    await arrived;
    expect(await history(bob, `C2C${uid(alice)}`)).toEqual([]);
    expect(await conversationOf(bob, `C2C${uid(alice)}`)).toBeUndefined();
  });
});

describe('recall, delete, modify', () => {
  it('revokeMessage: the sender recalls; the peer gets MESSAGE_REVOKED; history shows it recalled; twice is a parameter error', async () => {
    const [alice, bob] = await createMessagingUsers(2);
    const sent = await deliver(alice, textTo(alice, bob, 'oops'), bob);
    const revoked = waitForEvent(bob, EVENT.MESSAGE_REVOKED, (event) => event.data.some((message) => message.ID === sent.ID));
    const { data } = await alice.revokeMessage(sent);
    expect(data.message).toMatchObject({ ID: sent.ID, isRevoked: true });
    const notice = (await revoked).data.find((message) => message.ID === sent.ID);
    expect(notice).toMatchObject({ isRevoked: true, revoker: uid(alice) });
    expect((await history(bob, `C2C${uid(alice)}`)).map((message) => message.isRevoked)).toEqual([true]);
    expect(isSchemaFailure(await codeOf(() => alice.revokeMessage(data.message)))).toBe(true);
  });

  it("a group member cannot recall another member's message (10032)", async () => {
    const [owner, bob, carol] = await createMessagingUsers(3);
    const { groupID } = await createGroupOf(owner, TYPES.GRP_WORK, [bob, carol]);
    const sent = await deliver(bob, textToGroup(bob, groupID, 'mine'), carol);
    const copy = (await history(carol, `GROUP${groupID}`)).find((message) => message.ID === sent.ID);
    if (!copy) throw new Error('carol did not get the message');
    expect((await refusedWith(carol.revokeMessage(copy))).code).toBe(10032);
  });

  it('deleteMessage: only for the one who deletes, at most 30, refused for system notices (2116) and AVChatRoom (10035)', async () => {
    const [alice, bob] = await createMessagingUsers(2);
    const sent: Message[] = [];
    for (let i = 0; i < 31; i++) sent.push(await deliver(alice, textTo(alice, bob, `m${i}`)));
    const { data } = await alice.deleteMessage(sent);
    expect(data.messageList).toHaveLength(30);
    expect(data.messageList.every((message) => message.isDeleted)).toBe(true);
    expect((await history(alice, `C2C${uid(bob)}`)).map((message) => message.ID)).toEqual([sent[30].ID]);
    expect(await history(bob, `C2C${uid(alice)}`)).toHaveLength(31);
    const notice = raw<Message>({ ...sent[0], conversationType: TYPES.CONV_SYSTEM, conversationID: TYPES.CONV_SYSTEM });
    expect((await refusedWith(alice.deleteMessage([notice]))).code).toBe(2116);
    const { groupID } = await createGroupOf(alice, TYPES.GRP_AVCHATROOM, [bob]);
    const live = await deliver(alice, textToGroup(alice, groupID, 'live'), bob);
    expect((await refusedWith(alice.deleteMessage([live]))).code).toBe(10035);
  });

  it('modifyMessage: a new version reaches everyone, the modifier too; an older version is a conflict (2480) with the latest', async () => {
    const [alice, bob] = await createMessagingUsers(2);
    const sent = await deliver(alice, textTo(alice, bob, 'draft'), bob);
    // A copy taken before the change: the SDK updates the messages it handed out when MESSAGE_MODIFIED comes.
    const stale = { ...(await history(bob, `C2C${uid(alice)}`))[0] };
    const [toAlice, toBob] = [alice, bob].map((chat) =>
      waitForEvent(chat, EVENT.MESSAGE_MODIFIED, (event) => event.data.some((message) => message.ID === sent.ID)),
    );
    const edited = { ...sent, payload: { text: 'final' } } as Message;
    const { data } = await alice.modifyMessage(edited);
    expect(data.message).toMatchObject({ ID: sent.ID, version: 1, isModified: true, payload: { text: 'final' } });
    expect((await toBob).data[0]).toMatchObject({ version: 1, payload: { text: 'final' } });
    await toAlice;
    expect(bob.findMessage(sent.ID)).toMatchObject({ version: 1, payload: { text: 'final' } });
    const conflict = await refusedWith(bob.modifyMessage({ ...stale, payload: { text: 'mine' } } as Message));
    expect(conflict.code).toBe(2480);
    expect(conflict.data.message).toMatchObject({ version: 1, payload: { text: 'final' } });
    expect((await history(bob, `C2C${uid(alice)}`))[0].payload).toEqual({ text: 'final' });
  });

  it('modifyMessage in an AVChatRoom is 2481', async () => {
    const [owner, viewer] = await createMessagingUsers(2);
    const { groupID } = await createGroupOf(owner, TYPES.GRP_AVCHATROOM, [viewer]);
    const live = await deliver(owner, textToGroup(owner, groupID, 'live'), viewer);
    expect((await refusedWith(owner.modifyMessage({ ...live, payload: { text: 'edited' } } as Message))).code).toBe(2481);
  });
});

describe('history', () => {
  it('getMessageList: 15 newest, oldest first, a cursor to page back, then complete; count is clamped to 15', async () => {
    const [alice, bob] = await createMessagingUsers(2);
    const sent: Message[] = [];
    for (let i = 0; i < 20; i++) sent.push(await deliver(alice, textTo(alice, bob, `n${i}`)));
    const conversationID = `C2C${uid(alice)}`;
    const first = (await bob.getMessageList({ conversationID })).data;
    expect(first.messageList.map((message) => message.ID)).toEqual(sent.slice(5).map((message) => message.ID));
    expect(first.isCompleted).toBe(false);
    expect(first.nextReqMessageID).toBe(sent[5].ID);
    const second = (await bob.getMessageList({ conversationID, nextReqMessageID: first.nextReqMessageID })).data;
    expect(second.messageList.map((message) => message.ID)).toEqual(sent.slice(0, 5).map((message) => message.ID));
    expect(second).toMatchObject({ isCompleted: true, nextReqMessageID: '' });
    expect((await bob.getMessageList({ conversationID, count: 5 })).data.messageList).toHaveLength(5);
    expect((await bob.getMessageList({ conversationID, count: 100 })).data.messageList).toHaveLength(15);
    expect(isSchemaFailure(await codeOf(() => bob.getMessageList({ conversationID, count: 0 })))).toBe(true);
    expect(isSchemaFailure(await codeOf(() => bob.getMessageList({ conversationID: 'nope' })))).toBe(true);
  });

  it('group history pages by sequence', async () => {
    const [alice, bob] = await createMessagingUsers(2);
    const { groupID } = await createGroupOf(alice, TYPES.GRP_PUBLIC, [bob]);
    for (let i = 0; i < 17; i++) await deliver(alice, textToGroup(alice, groupID, `g${i}`));
    const conversationID = `GROUP${groupID}`;
    const first = (await bob.getMessageList({ conversationID })).data;
    expect(first.messageList).toHaveLength(15);
    expect(first.nextReqMessageID).toBe(String(first.messageList[0].sequence));
    const texts = (await history(bob, conversationID)).filter((message) => message.type === TYPES.MSG_TEXT).map((message) => message.payload);
    expect(texts).toEqual(Array.from({ length: 17 }, (_, i) => ({ text: `g${i}` })));
  });

  it('findMessage finds what the instance has seen; null otherwise', async () => {
    const [alice, bob] = await createMessagingUsers(2);
    const sent = await deliver(alice, textTo(alice, bob, 'find me'), bob);
    expect(alice.findMessage(sent.ID)).toMatchObject({ ID: sent.ID, status: 'success' });
    expect(bob.findMessage(sent.ID)).toMatchObject({ ID: sent.ID, flow: 'in' });
    expect(alice.findMessage('0-0-0')).toBeNull();
    await eventsDelivered();
  });
});
