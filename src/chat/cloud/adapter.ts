import type { ChatSDK } from '@tencentcloud/chat';
import { ChatError } from '../errors';
import type { ChatPort } from '../port';
import type { ChatResponse, GetUserStatusResult, Profile, SubscriptionResult, UserStatus } from '../types';

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
  | 'on'
  | 'off'
>;

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
    // Our option type narrows the SDK's enum-typed fields to the string values its TYPES enum holds.
    updateMyProfile: async (options) =>
      typed<Profile>(await sdk.updateMyProfile(options as Parameters<SdkInstance['updateMyProfile']>[0])),

    setSelfStatus: async (options) => typed<UserStatus>(await sdk.setSelfStatus(options)),
    getUserStatus: async (options) => typed<GetUserStatusResult>(await sdk.getUserStatus(options)),
    subscribeUserStatus: async (options) => typed<SubscriptionResult>(await sdk.subscribeUserStatus(options)),
    // index.d.ts requires the argument; `userIDList: undefined` is documented to mean "all subscriptions".
    unsubscribeUserStatus: async (options) =>
      typed<SubscriptionResult>(await sdk.unsubscribeUserStatus(options ?? { userIDList: undefined })),

    // The handler itself is passed (not wrapped) so that off() finds the same function the SDK holds.
    on: (eventName, handler) => sdk.on(eventName, handler),
    off: (eventName, handler) => sdk.off(eventName, handler),
  };
}
