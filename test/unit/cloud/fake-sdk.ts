/**
 * A stand-in for the SDK instance the cloud adapter forwards to (SdkInstance): each call a jest.fn answering
 * as SDK 3.6.6 does, with objects shaped by sdk-objects.ts. Tests override single calls per case.
 */
import type { SdkInstance } from '@/src/chat/cloud/adapter';
import { TYPES } from '@/src/chat/constants';
import { RuntimeConversation, RuntimeFriend, RuntimeFriendGroup, asSdkMessage, textMessage } from './sdk-objects';

export const ok = <T>(data: T) => ({ code: 0, data });
type Handler = (event: { name: string; data: unknown }) => void;
/** Stand-ins: the adapter passes group data through untouched, so their shape does not matter here. */
export const GROUP = { groupID: 'g1', name: 'Group one', type: TYPES.GRP_WORK };
export const MEMBER = { userID: 'bob', role: TYPES.GRP_MBR_ROLE_MEMBER };

export function fakeSdk() {
  const handlers = new Map<string, Set<Handler>>();
  const made = () => asSdkMessage(textMessage({ status: 'unSend' }));
  const sdk = {
    login: jest.fn(async () => ok({ repeatLogin: true, errorInfo: 'already logged in' })),
    // index.d.ts types logout as Promise<void> (it resolves an imResponse at runtime; the adapter ignores it).
    logout: jest.fn(async (): Promise<void> => undefined),
    isReady: jest.fn(() => true),
    getLoginUser: jest.fn(() => 'alice'),
    destroy: jest.fn(async () => undefined),
    getMyProfile: jest.fn(async () => ok({ userID: 'alice', nick: 'Alice', gender: TYPES.GENDER_FEMALE })),
    getUserProfile: jest.fn(async () => ok([{ userID: 'bob', gender: TYPES.GENDER_MALE }])),
    updateMyProfile: jest.fn(async () => ok({ userID: 'alice', nick: 'A.', gender: TYPES.GENDER_FEMALE })),
    setSelfStatus: jest.fn(async () => ok({ userID: 'alice', statusType: TYPES.USER_STATUS_ONLINE, customStatus: 'busy' })),
    getUserStatus: jest.fn(async () => ok({ successUserList: [], failureUserList: [] })),
    subscribeUserStatus: jest.fn(async () => ok({ failureUserList: [] })),
    unsubscribeUserStatus: jest.fn(async () => ok({ failureUserList: [] })),
    getBlacklist: jest.fn(async () => ok(['mallory'])),
    addToBlacklist: jest.fn(async () => ok(['mallory', 'bob'])),
    removeFromBlacklist: jest.fn(async () => ok(['bob'])),
    getGroupList: jest.fn(async () => ok({ groupList: [GROUP], isSyncCompleted: true })),
    getGroupProfile: jest.fn(async () => ok({ group: GROUP })),
    createGroup: jest.fn(async () => ok({ group: GROUP, overLimitUserIDList: [] })),
    updateGroupProfile: jest.fn(async () => ok({ group: GROUP })),
    dismissGroup: jest.fn(async () => ok({ groupID: 'g1' })),
    joinGroup: jest.fn(async () => ok({ status: TYPES.JOIN_STATUS_WAIT_APPROVAL })),
    quitGroup: jest.fn(async () => ok({ groupID: 'g1' })),
    searchGroupByID: jest.fn(async () => ok({ group: GROUP })),
    getGroupOnlineMemberCount: jest.fn(async () => ok({ memberCount: 3 })),
    changeGroupOwner: jest.fn(async () => ok({ group: GROUP })),
    getGroupApplicationList: jest.fn(async () => ok({ applicationList: [] })),
    handleGroupApplication: jest.fn(async () => ok({ group: GROUP })),
    setMessageRemindType: jest.fn(async (): Promise<unknown> => ok({ group: GROUP })),
    getGroupMemberList: jest.fn(async () => ok({ memberList: [MEMBER], offset: 0 })),
    getGroupMemberProfile: jest.fn(async () => ok({ memberList: [MEMBER] })),
    addGroupMember: jest.fn(async () =>
      ok({ successUserIDList: ['bob'], failureUserIDList: [], existedUserIDList: [], overLimitUserIDList: [], group: GROUP }),
    ),
    deleteGroupMember: jest.fn(async () => ok({ group: GROUP, userIDList: ['bob'] })),
    setGroupMemberMuteTime: jest.fn(async () => ok({ group: GROUP, member: MEMBER })),
    setGroupMemberRole: jest.fn(async () => ok({ group: GROUP, member: MEMBER })),
    setGroupMemberNameCard: jest.fn(async () => ok({ group: GROUP, member: MEMBER })),
    setGroupMemberCustomField: jest.fn(async () => ok({ group: GROUP, member: MEMBER })),

    // ---- messages: create* hand out a new instance each; the calls taking one answer it back --------------
    createTextMessage: jest.fn(made),
    createTextAtMessage: jest.fn(made),
    createImageMessage: jest.fn(made),
    createAudioMessage: jest.fn(made),
    createVideoMessage: jest.fn(made),
    createFileMessage: jest.fn(made),
    createCustomMessage: jest.fn(made),
    createFaceMessage: jest.fn(made),
    createLocationMessage: jest.fn(made),
    createMergerMessage: jest.fn(made),
    createForwardMessage: jest.fn(made),
    downloadMergerMessage: jest.fn(async (message: unknown): Promise<unknown> => message),
    sendMessage: jest.fn(async (message: unknown, _options?: unknown): Promise<unknown> => ok({ message })),
    resendMessage: jest.fn(async (message: unknown, _options?: unknown): Promise<unknown> => ok({ message })),
    revokeMessage: jest.fn(async (message: unknown): Promise<unknown> => ok({ message })),
    deleteMessage: jest.fn(async (messageList: unknown): Promise<unknown> => ok({ messageList })),
    modifyMessage: jest.fn(async (message: unknown): Promise<unknown> => ok({ message })),
    getMessageList: jest.fn(async (): Promise<unknown> => ok({ messageList: [], nextReqMessageID: '', isCompleted: true })),
    findMessage: jest.fn((_messageID: string): ReturnType<SdkInstance['findMessage']> => null),
    setMessageRead: jest.fn(async (): Promise<unknown> => ok({})),
    setAllMessageRead: jest.fn(async (): Promise<unknown> => ok({})),

    // ---- conversations ----------------------------------------------------------------------------------
    getConversationList: jest.fn(async (): Promise<unknown> => ok({ conversationList: [new RuntimeConversation('C2Cbob', null)], isSyncCompleted: true })),
    getConversationProfile: jest.fn(async (): Promise<unknown> => ok({ conversation: new RuntimeConversation('C2Cbob', null) })),
    deleteConversation: jest.fn(async (): Promise<unknown> => ok({ conversationID: 'C2Cbob' })),
    pinConversation: jest.fn(async (): Promise<unknown> => ok({ conversationID: 'C2Cbob' })),
    setConversationDraft: jest.fn(async (): Promise<unknown> => ok({ code: 0, conversation: new RuntimeConversation('C2Cbob', null) })),
    clearHistoryMessage: jest.fn(async (): Promise<unknown> => ok({ conversationID: 'C2Cbob' })),
    getTotalUnreadMessageCount: jest.fn((): number => 3),

    // ---- relationship chain and group attributes -------------------------------------------------------
    getFriendList: jest.fn(async (): Promise<unknown> => ok([new RuntimeFriend('bob', 'Bob')])),
    addFriend: jest.fn(async (): Promise<unknown> => ok({ userID: 'bob', code: 0 })),
    deleteFriend: jest.fn(async (): Promise<unknown> => ok({ successUserIDList: [{ userID: 'bob' }], failureUserIDList: [] })),
    checkFriend: jest.fn(async (): Promise<unknown> => ok({ successUserIDList: [], failureUserIDList: [] })),
    getFriendProfile: jest.fn(async (): Promise<unknown> => ok({ friendList: [], failureUserIDList: [] })),
    updateFriend: jest.fn(async (): Promise<unknown> => ok(new RuntimeFriend('bob', 'Bob'))),
    getFriendApplicationList: jest.fn(async (): Promise<unknown> => ok({ friendApplicationList: [], unreadCount: 0 })),
    // SDK 3.6.6 resolves these three with undefined (FriendApplicationHandler).
    acceptFriendApplication: jest.fn(async (): Promise<unknown> => undefined),
    refuseFriendApplication: jest.fn(async (): Promise<unknown> => undefined),
    deleteFriendApplication: jest.fn(async (): Promise<unknown> => ok({})),
    setFriendApplicationRead: jest.fn(async (): Promise<unknown> => undefined),
    getFriendGroupList: jest.fn(async (): Promise<unknown> => ok([new RuntimeFriendGroup('Coffee', ['bob'])])),
    createFriendGroup: jest.fn(async (): Promise<unknown> => ok({ friendGroup: new RuntimeFriendGroup('Coffee', ['bob']), failureUserIDList: [] })),
    deleteFriendGroup: jest.fn(async (): Promise<unknown> => ok(new RuntimeFriendGroup('Coffee', []))),
    addToFriendGroup: jest.fn(async (): Promise<unknown> => ok({ friendGroup: new RuntimeFriendGroup('Coffee', ['bob']), failureUserIDList: [] })),
    removeFromFriendGroup: jest.fn(async (): Promise<unknown> => ok({ friendGroup: new RuntimeFriendGroup('Coffee', []), failureUserIDList: [] })),
    renameFriendGroup: jest.fn(async (): Promise<unknown> => ok(new RuntimeFriendGroup('Tea', ['bob']))),
    initGroupAttributes: jest.fn(async (): Promise<unknown> => ok({ groupAttributes: { k: 'v' } })),
    setGroupAttributes: jest.fn(async (): Promise<unknown> => ok({ groupAttributes: { k: 'v' } })),
    deleteGroupAttributes: jest.fn(async (): Promise<unknown> => ok({ keyList: ['k'] })),
    getGroupAttributes: jest.fn(async (): Promise<unknown> => ok({ groupAttributes: { k: 'v' } })),

    on: jest.fn((name: string, handler: Handler) => {
      handlers.set(name, (handlers.get(name) ?? new Set()).add(handler));
    }),
    off: jest.fn((name: string, handler: Handler) => {
      handlers.get(name)?.delete(handler);
    }),
  } satisfies SdkInstance;
  const emit = (name: string, data: unknown) => handlers.get(name)?.forEach((handler) => handler({ name, data }));
  return { sdk, emit };
}
