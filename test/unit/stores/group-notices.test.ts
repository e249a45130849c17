/**
 * The group notices store on the embedded service: join requests and other group system notices arrive live
 * in `@TIM#SYSTEM` with their own unread badge (outside the total), are decided in place, and a request
 * another admin decided first can no longer be.
 */
import { GROUP_NOTICE, TYPES } from '@/src/chat/constants';
import { useChatStore } from '@/src/stores/chat';
import { useConversationsStore } from '@/src/stores/conversations';
import { useGroupNoticesStore } from '@/src/stores/group-notices';
import { useGroupsStore } from '@/src/stores/groups';
import { messagingWorld, until } from './messaging-world';

const COFFEE = '@TGS#2DEMOPUBLIC';

describe('group notices store', () => {
  it('shows a join request as it is made, badges it apart from the total, and approves it in place', async () => {
    const world = await messagingWorld('alice');
    const conversations = useConversationsStore();
    const notices = useGroupNoticesStore();
    await conversations.load();
    await notices.load();
    const group = useChatStore(`GROUP${COFFEE}`);
    await group.open();
    expect(notices.notices).toEqual([]);
    const total = conversations.totalUnread;

    const quinn = await world.person('quinn');
    await quinn.joinGroup({ groupID: COFFEE, applyMessage: 'I roast at home' });
    await world.settle();
    await until(() => notices.notices.length === 1, 'the join request notice');
    const [request] = notices.notices;
    expect(request.payload).toMatchObject({ operationType: GROUP_NOTICE.JOIN_REQUEST, operatorID: 'quinn', handleMessage: 'I roast at home' });
    expect(request.payload.groupProfile.groupID).toBe(COFFEE);
    expect(conversations.systemUnread).toBe(1);
    expect(notices.unread).toBe(1);
    expect(conversations.totalUnread).toBe(total);
    expect(conversations.chats.some((conversation) => conversation.type === TYPES.CONV_SYSTEM)).toBe(false);
    await until(() => notices.isPending(request), 'the request among the pending applications');

    await notices.markRead();
    expect(conversations.systemUnread).toBe(0);

    await notices.decide(request, 'Agree', 'Welcome!');
    expect(notices.decisions[request.ID]).toBe('Agree');
    expect(notices.isPending(request)).toBe(false);
    await world.settle();
    // The approval posts the JOIN tip in the group chat.
    await until(
      () => group.messages.some((message) => message.type === TYPES.MSG_GRP_TIP && message.payload.operationType === TYPES.GRP_TIP_MBR_JOIN && message.payload.userIDList.includes('quinn')),
      'the JOIN tip in the open group chat',
    );
    expect(useGroupsStore().applications.some((application) => application.applicant === 'quinn')).toBe(false);
  });

  it('a request another admin decided first is no longer pending, and deciding it is refused with 10024', async () => {
    const world = await messagingWorld('alice');
    const notices = useGroupNoticesStore();
    await notices.load();
    const quinn = await world.person('quinn');
    await quinn.joinGroup({ groupID: COFFEE });
    await world.settle();
    await until(() => notices.notices.length === 1, 'the join request notice');
    const [request] = notices.notices;
    await until(() => notices.isPending(request), 'the request among the pending applications');

    const carol = await world.person('carol');
    const pending = (await carol.getGroupApplicationList()).data.applicationList.find((item) => item.applicant === 'quinn');
    if (!pending) throw new Error('carol does not see the request');
    await carol.handleGroupApplication({ application: pending, handleAction: 'Reject' });
    await world.settle();
    // Other admins hear nothing of a rejection (as with the SDK): the next load of the applications tells.
    await useGroupsStore().loadApplications();
    expect(notices.isPending(request)).toBe(false);
    await expect(notices.decide(request, 'Agree')).rejects.toMatchObject({ code: 10024 });
    expect(notices.decisions[request.ID]).toBeUndefined();
  });

  it('loads the notices the instance already holds, and clears them', async () => {
    const world = await messagingWorld('alice');
    const quinn = await world.person('quinn');
    const zoe = await world.person('zoe-newcomer');
    await quinn.joinGroup({ groupID: COFFEE });
    await zoe.joinGroup({ groupID: COFFEE });
    await world.settle();
    const notices = useGroupNoticesStore();
    await notices.load();
    expect(notices.notices.map((notice) => notice.payload.operatorID)).toEqual(['quinn', 'zoe-newcomer']);
    expect(notices.newestFirst.map((notice) => notice.payload.operatorID)).toEqual(['zoe-newcomer', 'quinn']);
    await notices.clear();
    expect(notices.notices).toEqual([]);
    await notices.load();
    expect(notices.notices).toEqual([]);
  });
});
