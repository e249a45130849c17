import type { ChatSDK } from '@tencentcloud/chat';
import type { AdminForbidType, AllowType, Gender } from './constants';
import type {
  ChatEventHandler,
  CustomField,
  ChatEventName,
  ChatResponse,
  GetUserStatusResult,
  LoginResult,
  Profile,
  SubscriptionResult,
  UserStatus,
} from './types';

type Options<K extends keyof ChatSDK> = ChatSDK[K] extends (options: infer O) => unknown ? O : never;

export type LoginOptions = Options<'login'>;
export type GetUserProfileOptions = Options<'getUserProfile'>;
/**
 * The SDK types gender/allowType/adminForbidType as its whole TYPES enum and custom fields as any[]; we
 * narrow them to the values the service accepts, so `TYPES.GENDER_MALE` type-checks without a cast.
 */
export type UpdateMyProfileOptions = Omit<
  Options<'updateMyProfile'>,
  'gender' | 'allowType' | 'adminForbidType' | 'profileCustomField'
> & {
  gender?: Gender;
  allowType?: AllowType;
  adminForbidType?: AdminForbidType;
  profileCustomField?: CustomField[];
};
export type SetSelfStatusOptions = Options<'setSelfStatus'>;
export type GetUserStatusOptions = Options<'getUserStatus'>;
export type SubscribeUserStatusOptions = Options<'subscribeUserStatus'>;
export type UnsubscribeUserStatusOptions = Options<'unsubscribeUserStatus'>;

/**
 * The chat port: the part of the SDK instance this template uses, with the SDK's option types and our
 * typed results. Both backends implement it; stores are the only callers.
 */
export interface ChatPort {
  login(options: LoginOptions): Promise<ChatResponse<LoginResult>>;
  logout(): Promise<ChatResponse<Record<string, never>>>;
  isReady(): boolean;
  getLoginUser(): string;
  destroy(): Promise<void>;

  getMyProfile(): Promise<ChatResponse<Profile>>;
  getUserProfile(options: GetUserProfileOptions): Promise<ChatResponse<Profile[]>>;
  updateMyProfile(options: UpdateMyProfileOptions): Promise<ChatResponse<Profile>>;

  setSelfStatus(options: SetSelfStatusOptions): Promise<ChatResponse<UserStatus>>;
  getUserStatus(options: GetUserStatusOptions): Promise<ChatResponse<GetUserStatusResult>>;
  subscribeUserStatus(options: SubscribeUserStatusOptions): Promise<ChatResponse<SubscriptionResult>>;
  unsubscribeUserStatus(options?: UnsubscribeUserStatusOptions): Promise<ChatResponse<SubscriptionResult>>;

  on<E extends ChatEventName>(eventName: E, handler: ChatEventHandler<E>): void;
  off<E extends ChatEventName>(eventName: E, handler: ChatEventHandler<E>): void;
}
