/**
 * The conversations store on the embedded service: the list from storage, kept current by the throttled
 * whole-list pushes (never overwritten by an older fetch), total unread without muted conversations, and the
 * actions (pin, mute, mark read, delete with or without history, drafts, a conversation with someone new).
 */
import { TYPES } from '@/src/chat/constants';
import type { Conversation } from '@/src/chat/message-types';
import { useConversationsStore, isMuted } from '@/src/stores/conversations';
import { useGroupsStore } from '@/src/stores/groups';
import { flush } from './context';
import { messagingWorld, textFrom, type MessagingWorld } from './messaging-world';

const COFFEE = 'GROUP@TGS#2DEMOPUBLIC';

function ids(list: readonly Conversation[]): string[] {
  return list.map((conversation) => conversation.conversationID);
}

function unreadOf(conversationID: string): number {
  return useConversationsStore().byID.get(conversationID)?.unreadCount ?? -1;
}

/** The list and total the service itself answers now. */
async function serviceView(world: MessagingWorld) {
  const chat = world.backend.chat as unknown as import('@/src/chat/local').LocalClient;
  const { conversationList } = (await chat.getConversationList()).data;
  return { list: conversationList, total: chat.getTotalUnreadMessageCount() };
}

describe('conversations store: the list', () => {
  it('loads the demo list in the SDK order with the total, and keeps showing it while a refresh is on its way', async () => {
    const world = await messagingWorld('alice');
    const store = useConversationsStore();
    expect(store.loaded).toBe(false);
    await store.load();
    const service = await serviceView(world);
    expect(store.loaded).toBe(true);
    expect(ids(store.list)).toEqual(ids(service.list));
    expect(ids(store.list)).toEqual(expect.arrayContaining(['C2Cbob', 'C2Ccarol', COFFEE]));
    expect(store.totalUnread).toBe(service.total);
    expect(store.totalUnread).toBeGreaterThan(0);
    // Newest first: the demo's last lines are 40 minutes (bob), 1 hour (Coffee Lovers) and 2 hours (Work) old.
    const times = store.list.map((conversation) => conversation.lastMessage.lastTime);
    expect([...times].sort((a, b) => b - a)).toEqual(times);

    const shown = store.list;
    const refresh = store.load();
    expect(store.loading).toBe(true);
    expect(store.list).toBe(shown);
    await refresh;
    expect(ids(store.list)).toEqual(ids(shown));
  });

  it('follows the pushed whole list, throttled: the first change shows at once, a burst shows when the interval ends', async () => {
    const world = await messagingWorld('alice');
    const store = useConversationsStore();
    await store.load();
    const fetches = jest.spyOn(world.backend.chat as unknown as { getConversationList: () => unknown }, 'getConversationList');
    const erin = await world.person('erin');
    world.throttle.advance(5000);
    const total = store.totalUnread;

    await textFrom(erin, 'alice', 'first');
    await world.server.settle();
    await flush();
    expect(ids(store.list)[0]).toBe('C2Cerin');
    expect(unreadOf('C2Cerin')).toBe(1);
    expect(store.totalUnread).toBe(total + 1);

    for (const text of ['two', 'three', 'four']) await textFrom(erin, 'alice', text);
    await world.server.settle();
    await flush();
    // Within the interval the SDK holds the event back; the store shows the last list it was given.
    expect(unreadOf('C2Cerin')).toBe(1);
    world.throttle.advance(1000);
    await flush();
    expect(unreadOf('C2Cerin')).toBe(4);
    expect(store.totalUnread).toBe(total + 4);
    expect(store.byID.get('C2Cerin')?.lastMessage.payload).toEqual({ text: 'four' });
    // Kept current by the pushes alone.
    expect(fetches).not.toHaveBeenCalled();
  });

  it('a fetch answered with older data does not overwrite a newer pushed list', async () => {
    const world = await messagingWorld('alice');
    const store = useConversationsStore();
    await store.load();
    const chat = world.backend.chat as unknown as { getConversationList: (...args: unknown[]) => Promise<unknown> };
    const original = chat.getConversationList.bind(chat);
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    jest.spyOn(chat, 'getConversationList').mockImplementationOnce(async (...args: unknown[]) => {
      const answer = await original(...args);
      await gate;
      return answer;
    });
    const refresh = store.load();
    await flush();

    const erin = await world.person('erin');
    world.throttle.advance(5000);
    await textFrom(erin, 'alice', 'newer than the fetch');
    await world.settle();
    expect(unreadOf('C2Cerin')).toBe(1);

    release();
    await refresh;
    expect(unreadOf('C2Cerin')).toBe(1);
    expect(store.loading).toBe(false);
    expect(store.error).toBeNull();
  });
});

describe('conversations store: actions', () => {
  it('pins and unpins: the row moves at once and the pushed list agrees', async () => {
    const world = await messagingWorld('alice');
    const store = useConversationsStore();
    await store.load();
    const last = ids(store.chats)[store.chats.length - 1];
    await store.pin(last, true);
    expect(ids(store.list)[0]).toBe(last);
    expect(store.byID.get(last)?.isPinned).toBe(true);
    await world.settle();
    expect(ids(store.list)[0]).toBe(last);
    expect(ids((await serviceView(world)).list)[0]).toBe(last);

    await store.pin(last, false);
    await world.settle();
    expect(store.byID.get(last)?.isPinned).toBe(false);
    expect(ids(store.list)).toEqual(ids((await serviceView(world)).list));
    expect(ids(store.list)[0]).not.toBe(last);
  });

  it('muting leaves a conversation out of the total (C2C and group); its unread still counts on the row', async () => {
    const world = await messagingWorld('alice');
    const store = useConversationsStore();
    await store.load();
    const erin = await world.person('erin');
    await textFrom(erin, 'alice', 'one');
    await textFrom(erin, 'alice', 'two');
    await world.settle();
    const total = store.totalUnread;
    expect(unreadOf('C2Cerin')).toBe(2);

    await store.mute('C2Cerin', true);
    expect(isMuted(store.byID.get('C2Cerin') as Conversation)).toBe(true);
    expect(store.totalUnread).toBe(total - 2);
    await textFrom(erin, 'alice', 'three');
    await world.settle();
    expect(unreadOf('C2Cerin')).toBe(3);
    expect(store.totalUnread).toBe(total - 2);
    expect(store.totalUnread).toBe((await serviceView(world)).total);

    const coffeeUnread = unreadOf(COFFEE);
    expect(coffeeUnread).toBeGreaterThan(0);
    await store.mute(COFFEE, true);
    expect(useGroupsStore().byID.get('@TGS#2DEMOPUBLIC')?.selfInfo.messageRemindType).toBe(TYPES.MSG_REMIND_ACPT_NOT_NOTE);
    expect(store.totalUnread).toBe(total - 2 - coffeeUnread);
    await world.settle();
    expect(store.byID.get(COFFEE)?.messageRemindType).toBe(TYPES.MSG_REMIND_ACPT_NOT_NOTE);

    await store.mute('C2Cerin', false);
    await store.mute(COFFEE, false);
    await world.settle();
    expect(store.totalUnread).toBe(total + 1);
    expect(isMuted(store.byID.get('C2Cerin') as Conversation)).toBe(false);
  });

  it('marks a conversation read: its unread and the total drop at once', async () => {
    const world = await messagingWorld('alice');
    const store = useConversationsStore();
    await store.load();
    const unread = unreadOf('C2Cbob');
    expect(unread).toBeGreaterThan(0);
    const total = store.totalUnread;
    await store.markRead('C2Cbob');
    expect(unreadOf('C2Cbob')).toBe(0);
    expect(store.totalUnread).toBe(total - unread);
    await world.settle();
    expect(unreadOf('C2Cbob')).toBe(0);
  });

  it('deletes a conversation with its history by default, or keeps the history when asked', async () => {
    const world = await messagingWorld('alice');
    const store = useConversationsStore();
    await store.load();
    const chat = world.backend.chat as unknown as import('@/src/chat/local').LocalClient;

    await store.remove('C2Ccarol');
    expect(ids(store.list)).not.toContain('C2Ccarol');
    expect((await chat.getMessageList({ conversationID: 'C2Ccarol' })).data.messageList).toEqual([]);

    const before = (await chat.getMessageList({ conversationID: 'C2Cbob' })).data.messageList.length;
    await store.remove('C2Cbob', { clearHistory: false });
    expect(ids(store.list)).not.toContain('C2Cbob');
    expect((await chat.getMessageList({ conversationID: 'C2Cbob' })).data.messageList).toHaveLength(before);
    await world.settle();
    expect(ids(store.list)).not.toContain('C2Cbob');
    expect(ids(store.list)).not.toContain('C2Ccarol');
  });

  it('keeps a draft per conversation (also for someone new, once the profile is fetched)', async () => {
    const world = await messagingWorld('alice');
    const store = useConversationsStore();
    await store.load();
    await store.saveDraft('C2Cbob', 'half a thought');
    expect(store.draftOf('C2Cbob')).toBe('half a thought');
    await world.settle();
    expect(store.byID.get('C2Cbob')?.draftText).toBe('half a thought');

    // Nobody has written with heidi yet: the SDK knows no such conversation (2500) until its profile is
    // fetched, so the store keeps the draft itself meanwhile.
    const chat = world.backend.chat as unknown as import('@/src/chat/local').LocalClient;
    await expect(chat.setConversationDraft({ conversationID: 'C2Cheidi', draftText: 'hi' })).rejects.toMatchObject({ code: 2500 });
    await store.saveDraft('C2Cheidi', 'hi');
    expect(store.draftOf('C2Cheidi')).toBe('hi');
    const heidi = await store.profile('C2Cheidi');
    expect(heidi.userProfile?.userID).toBe('heidi');
    await store.saveDraft('C2Cheidi', 'hi again');
    expect(store.draftOf('C2Cheidi')).toBe('hi again');
    await world.settle();
    expect(store.byID.get('C2Cheidi')?.draftText).toBe('hi again');
    expect(ids(store.chats)).toContain('C2Cheidi');
    await store.saveDraft('C2Cheidi', '');
    expect(store.draftOf('C2Cheidi')).toBe('');

    await store.saveDraft('C2Cbob', '');
    await world.settle();
    expect(store.draftOf('C2Cbob')).toBe('');
    await expect(store.profile('C2Cnobody-here')).rejects.toMatchObject({ code: 2501 });
  });

  it('forgets everything on sign-out', async () => {
    const world = await messagingWorld('alice');
    const store = useConversationsStore();
    await store.load();
    expect(store.list.length).toBeGreaterThan(0);
    await world.backend.chat.logout();
    await world.server.settle();
    await flush();
    expect(store.list).toEqual([]);
    expect(store.loaded).toBe(false);
    expect(store.totalUnread).toBe(0);
  });
});
