import type { ChatSDK } from '@tencentcloud/chat';
import { ChatError } from '../errors';
import type { ChatPort } from '../port';
import type {
  AddGroupMemberResult,
  ChatResponse,
  CreateGroupResult,
  DeleteGroupMemberResult,
  GetUserStatusResult,
  GroupApplicationListResult,
  GroupIDResult,
  GroupListResult,
  GroupMemberListResult,
  GroupMemberProfileResult,
  GroupMemberResult,
  GroupResult,
  JoinGroupResult,
  OnlineMemberCountResult,
  Profile,
  SubscriptionResult,
  UserStatus,
} from '../types';

/** The part of the SDK instance the adapter forwards to; tests pass a fake of this shape. */
export type SdkInstance = Pick<
  ChatSDK,
  | 'login'
  | 'logout'
  | 'isReady'
  | 'getLoginUser'
  | 'destroy'
  | 'getMyProfile'
  | 'getUserProfile'
  | 'updateMyProfile'
  | 'setSelfStatus'
  | 'getUserStatus'
  | 'subscribeUserStatus'
  | 'unsubscribeUserStatus'
  | 'getBlacklist'
  | 'addToBlacklist'
  | 'removeFromBlacklist'
  | 'getGroupList'
  | 'getGroupProfile'
  | 'createGroup'
  | 'updateGroupProfile'
  | 'dismissGroup'
  | 'joinGroup'
  | 'quitGroup'
  | 'searchGroupByID'
  | 'getGroupOnlineMemberCount'
  | 'changeGroupOwner'
  | 'getGroupApplicationList'
  | 'handleGroupApplication'
  | 'setMessageRemindType'
  | 'getGroupMemberList'
  | 'getGroupMemberProfile'
  | 'addGroupMember'
  | 'deleteGroupMember'
  | 'setGroupMemberMuteTime'
  | 'setGroupMemberRole'
  | 'setGroupMemberNameCard'
  | 'setGroupMemberCustomField'
  | 'on'
  | 'off'
>;

/** Our option types narrow the SDK's enum and any[] fields; the values are the SDK's own. */
type SdkOptions<K extends keyof SdkInstance> = SdkInstance[K] extends (options: infer O) => unknown ? O : never;
function sdkOptions<K extends keyof SdkInstance>(options: unknown): SdkOptions<K> {
  return options as SdkOptions<K>;
}

/**
 * The SDK declares every result as `Promise<any>`. This is the one place a response gets our type, taken
 * on trust from the SDK documentation (the contract suite checks the shapes against the real service).
 */
function typed<T>(response: unknown): ChatResponse<T> {
  if (!response || typeof response !== 'object' || !('data' in response)) {
    throw new ChatError(-1, 'The Chat SDK resolved without a response object');
  }
  return { code: 0, data: response.data as T };
}

/** Implements the chat port on a real (or fake) SDK instance; errors pass through as the SDK's imError. */
export function createChatAdapter(sdk: SdkInstance): ChatPort {
  return {
    async login(options) {
      const { data } = typed<{ repeatLogin?: unknown }>(await sdk.login(options));
      return { code: 0, data: { repeatLogin: data.repeatLogin === true } };
    },
    async logout() {
      // Typed Promise<void> in index.d.ts although it resolves an imResponse; nothing in it is needed.
      await sdk.logout();
      return { code: 0, data: {} };
    },
    isReady: () => sdk.isReady(),
    getLoginUser: () => String(sdk.getLoginUser() ?? ''),
    async destroy() {
      await sdk.destroy();
    },

    getMyProfile: async () => typed<Profile>(await sdk.getMyProfile()),
    getUserProfile: async (options) => typed<Profile[]>(await sdk.getUserProfile(options)),
    updateMyProfile: async (options) =>
      typed<Profile>(await sdk.updateMyProfile(sdkOptions<'updateMyProfile'>(options))),

    setSelfStatus: async (options) => typed<UserStatus>(await sdk.setSelfStatus(options)),
    getUserStatus: async (options) => typed<GetUserStatusResult>(await sdk.getUserStatus(options)),
    subscribeUserStatus: async (options) => typed<SubscriptionResult>(await sdk.subscribeUserStatus(options)),
    // index.d.ts requires the argument; `userIDList: undefined` is documented to mean "all subscriptions".
    unsubscribeUserStatus: async (options) =>
      typed<SubscriptionResult>(await sdk.unsubscribeUserStatus(options ?? { userIDList: undefined })),

    getBlacklist: async () => typed<string[]>(await sdk.getBlacklist()),
    addToBlacklist: async (options) => typed<string[]>(await sdk.addToBlacklist(options)),
    removeFromBlacklist: async (options) => typed<string[]>(await sdk.removeFromBlacklist(options)),

    getGroupList: async () => typed<GroupListResult>(await sdk.getGroupList()),
    getGroupProfile: async (options) => typed<GroupResult>(await sdk.getGroupProfile(options)),
    createGroup: async (options) => typed<CreateGroupResult>(await sdk.createGroup(sdkOptions<'createGroup'>(options))),
    updateGroupProfile: async (options) =>
      typed<GroupResult>(await sdk.updateGroupProfile(sdkOptions<'updateGroupProfile'>(options))),
    dismissGroup: async (groupID) => typed<GroupIDResult>(await sdk.dismissGroup(groupID)),
    joinGroup: async (options) => typed<JoinGroupResult>(await sdk.joinGroup(sdkOptions<'joinGroup'>(options))),
    quitGroup: async (groupID) => typed<GroupIDResult>(await sdk.quitGroup(groupID)),
    searchGroupByID: async (groupID) => typed<GroupResult>(await sdk.searchGroupByID(groupID)),
    getGroupOnlineMemberCount: async (groupID) =>
      typed<OnlineMemberCountResult>(await sdk.getGroupOnlineMemberCount(groupID)),
    changeGroupOwner: async (options) => typed<GroupResult>(await sdk.changeGroupOwner(options)),
    getGroupApplicationList: async () => typed<GroupApplicationListResult>(await sdk.getGroupApplicationList()),
    handleGroupApplication: async (options) =>
      typed<GroupResult>(await sdk.handleGroupApplication(sdkOptions<'handleGroupApplication'>(options))),
    setMessageRemindType: async (options) =>
      typed<GroupResult>(await sdk.setMessageRemindType(sdkOptions<'setMessageRemindType'>(options))),

    getGroupMemberList: async (options) => typed<GroupMemberListResult>(await sdk.getGroupMemberList(options)),
    getGroupMemberProfile: async (options) =>
      typed<GroupMemberProfileResult>(await sdk.getGroupMemberProfile(options)),
    addGroupMember: async (options) => typed<AddGroupMemberResult>(await sdk.addGroupMember(options)),
    deleteGroupMember: async (options) => typed<DeleteGroupMemberResult>(await sdk.deleteGroupMember(options)),
    setGroupMemberMuteTime: async (options) => typed<GroupMemberResult>(await sdk.setGroupMemberMuteTime(options)),
    setGroupMemberRole: async (options) =>
      typed<GroupMemberResult>(await sdk.setGroupMemberRole(sdkOptions<'setGroupMemberRole'>(options))),
    setGroupMemberNameCard: async (options) => typed<GroupMemberResult>(await sdk.setGroupMemberNameCard(options)),
    setGroupMemberCustomField: async (options) =>
      typed<GroupMemberResult>(await sdk.setGroupMemberCustomField(options)),

    // The handler itself is passed (not wrapped) so that off() finds the same function the SDK holds.
    on: (eventName, handler) => sdk.on(eventName, handler),
    off: (eventName, handler) => sdk.off(eventName, handler),
  };
}
