import type { ChatSDK, Message as SdkMessage } from '@tencentcloud/chat';
import { EVENT } from '../constants';
import { ChatError, ERROR_CODE } from '../errors';
import type { C2CRemindTypeResult } from '../message-types';
import type { ChatPort, SetC2CRemindTypeOptions, SetGroupRemindTypeOptions, SetMessageRemindTypeOptions } from '../port';
import type {
  AddGroupMemberResult,
  ChatEvent,
  ChatEventName,
  ChatResponse,
  CreateGroupResult,
  DeleteGroupMemberResult,
  GetUserStatusResult,
  Group,
  GroupApplicationListResult,
  GroupIDResult,
  GroupListResult,
  GroupMember,
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
import { BlacklistOverlay } from './blacklist-overlay';
import { settleWithin } from './bounded';
import { createCloudConversations } from './conversations';
import type { SdkConversations } from './conversations';
import { shapeEventData } from './event-shape';
import { createCloudFriends } from './friends';
import type { SdkFriends } from './friends';
import { MessageInstances } from './message-instances';
import { createCloudMessages } from './messages';
import type { SdkMessaging } from './messages';
import { normalizeProfile, normalizeProfiles } from './normalize';
import { errorCode, isThenable, ok, typed } from './response';

/** The SDK instance's calls for sign-in, profiles, status, the blocklist, groups and events. */
export type SdkCore = Pick<
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

/** The part of the SDK instance the adapter forwards to; tests pass a fake of this shape. */
export type SdkInstance = SdkCore & SdkMessaging & SdkConversations & SdkFriends;

/** Makes the SDK instance on first use, so that its socket opens only when the app signs in. */
export type SdkFactory = () => SdkInstance;

export interface ChatAdapterOptions {
  /**
   * How long login may take before it fails with NETWORK_TIMEOUT (2801). The SDK's own login request waits
   * 90 s before it gives up (SocketHandler._checkPromiseMap); a person needs a clear, retryable answer sooner.
   */
  loginTimeoutMs?: number;
  /** How long logout waits for the service's acknowledgement before the app goes on (the SDK's own: 15 s). */
  logoutTimeoutMs?: number;
}

export const DEFAULT_LOGIN_TIMEOUT_MS = 12_000;
export const DEFAULT_LOGOUT_TIMEOUT_MS = 3_000;
/**
 * SignModule.login (index.js) refuses a login started within 15 s of one still waiting for its answer, with
 * 2025 (REPEAT_LOGIN); the adapter waits that window out rather than show the refusal.
 */
const REPEAT_LOGIN_GUARD_MS = 15_000;
/** The SDK stamps its login a little after the call returns (its API middleware runs asynchronously). */
const REPEAT_LOGIN_MARGIN_MS = 1_000;

/** Error 3122 (NO_USE): the app's plan lacks the feature (user status needs the Pro plan or above). */
const FEATURE_NOT_ENABLED = 3122;

/** Our option types narrow the SDK's enum and any[] fields; the values are the SDK's own. */
type SdkOptions<K extends keyof SdkInstance> = SdkInstance[K] extends (options: infer O) => unknown ? O : never;
function sdkOptions<K extends keyof SdkInstance>(options: unknown): SdkOptions<K> {
  return options as SdkOptions<K>;
}

type AnyHandler = (event: ChatEvent<unknown>) => void;

/**
 * Implements the chat port on a real (or fake) SDK instance. It absorbs what SDK 3.6.6 gets wrong or leaves
 * open, so that stores and pages see the same behaviour as with the local backend:
 * - addToBlacklist answers the list with the users just blocked (BlacklistOverlay);
 * - getGroupProfile of a group one is not in does not enter it into the SDK's joined-group map (which
 *   would make joinGroup answer AlreadyInGroup without joining, and getGroupList list it);
 * - results whose `group` / `member` the SDK looks up locally are completed when that lookup found nothing;
 * - login and logout are bounded (the SDK waits 90 s and 15 s), and a retry after a timed-out login works;
 * - unset gender '' reads as GENDER_UNKNOWN; others' status without the status feature (3122) reads as
 *   "no status" (failureUserList) rather than a failed call;
 * - messages, conversations, friends and the events carrying them leave as plain copies in our shapes, and the
 *   calls that need the SDK's own Message instance get it back from the copy the app holds
 *   (messages.ts, conversations.ts, friends.ts, event-shape.ts, message-instances.ts);
 * - calls the SDK resolves with `undefined` answer `{ code: 0, data: {} }`; refused message calls reject with
 *   a ChatError carrying the SDK's code (and our copy of a failed message in `data.message`).
 * Other rejections pass through as the SDK's imError.
 */
export function createChatAdapter(source: SdkInstance | SdkFactory, options: ChatAdapterOptions = {}): ChatPort {
  const factory: SdkFactory | null = typeof source === 'function' ? source : null;
  const loginTimeoutMs = options.loginTimeoutMs ?? DEFAULT_LOGIN_TIMEOUT_MS;
  const logoutTimeoutMs = options.logoutTimeoutMs ?? DEFAULT_LOGOUT_TIMEOUT_MS;
  const overlay = new BlacklistOverlay();
  /** The app's handlers and the wrappers the SDK holds, so that off() and an instance created later find them. */
  const listeners = new Map<ChatEventName, Map<AnyHandler, AnyHandler>>();
  /** Created on first use (the socket opens then); null again after destroy(). */
  let instance: SdkInstance | null = factory ? null : (source as SdkInstance);
  const instances = new MessageInstances(sdkFindMessage);
  const onNotReady = (): void => {
    overlay.clear();
    // Logged out, kicked out or signed in elsewhere: the SDK empties its memory (ModuleManager reset).
    instances.clear();
  };
  let pendingLogout: Promise<void> | null = null;
  /** The SDK's own login request, while it waits for an answer after the adapter stopped waiting. */
  let pendingSdkLogin: { started: number; settled: Promise<void> } | null = null;

  function current(): SdkInstance {
    if (instance) return instance;
    // Only a factory-made adapter ever drops its instance.
    const created = (factory as SdkFactory)();
    attach(created);
    instance = created;
    return created;
  }

  /** The SDK's own lookup; while not ready its API layer answers a rejected promise (and an ERROR event) instead. */
  function sdkFindMessage(messageID: string): SdkMessage | null {
    if (!instance?.isReady()) return null;
    const found: unknown = instance.findMessage(messageID);
    if (isThenable(found)) {
      found.then(undefined, () => undefined);
      return null;
    }
    return (found as SdkMessage | null) ?? null;
  }

  function attach(target: SdkInstance): void {
    target.on(EVENT.SDK_NOT_READY, onNotReady);
    for (const [name, handlers] of listeners) for (const wrapped of handlers.values()) target.on(name, wrapped);
  }
  function detach(target: SdkInstance): void {
    target.off(EVENT.SDK_NOT_READY, onNotReady);
    for (const [name, handlers] of listeners) for (const wrapped of handlers.values()) target.off(name, wrapped);
  }
  if (instance) attach(instance);

  function wrap(name: ChatEventName, handler: AnyHandler): AnyHandler {
    if (name === EVENT.PROFILE_UPDATED) {
      return (event) => handler({ ...event, data: normalizeProfiles(event.data as Profile[]) });
    }
    if (name === EVENT.BLACKLIST_UPDATED) {
      return (event) => handler({ ...event, data: overlay.merge(event.data as string[]) });
    }
    return (event) => handler({ ...event, data: shapeEventData(name, event.data, instances) });
  }

  async function joinedGroupIDs(): Promise<Set<string>> {
    const { groupList } = typed<GroupListResult>(await current().getGroupList()).data;
    return new Set(groupList.map((group) => group.groupID));
  }

  /**
   * The SDK's getGroupProfile puts any group it reads into its joined-group map (GroupModule.getGroupProfile
   * → updateGroupMap, index.js); joinGroup then answers AlreadyInGroup for it without asking the server
   * (GroupModule.joinGroup: `hasLocalGroup`), and getGroupList lists it. A group one is not in is therefore
   * read with searchGroupByID, which builds the Group without storing it; its selfInfo is blank, as for any
   * group seen from outside.
   */
  async function groupProfile(groupID: string, groupCustomFieldFilter?: string[]): Promise<Group> {
    if ((await joinedGroupIDs()).has(groupID)) {
      return typed<GroupResult>(await current().getGroupProfile({ groupID, groupCustomFieldFilter })).data.group;
    }
    return typed<GroupResult>(await current().searchGroupByID(groupID)).data.group;
  }

  /** Answers with `group` filled in when the SDK looked it up locally and found nothing (not in its map). */
  async function withGroup<T extends { group?: Group }>(groupID: string, data: T): Promise<T & { group: Group }> {
    if (data.group) return data as T & { group: Group };
    return { ...data, group: await groupProfile(groupID) };
  }

  /** The SDK answers `member: undefined` for a group missing from its map (modifyGroupMemberInfo): read it. */
  async function withMember(
    groupID: string,
    userID: string,
    data: { group?: Group; member?: GroupMember },
  ): Promise<GroupMemberResult> {
    const { group } = await withGroup(groupID, data);
    if (data.member) return { group, member: data.member };
    const { memberList } = typed<GroupMemberProfileResult>(
      await current().getGroupMemberProfile({ groupID, userIDList: [userID] }),
    ).data;
    const member = memberList.find((candidate) => candidate.userID === userID);
    if (!member) {
      throw new ChatError(ERROR_CODE.NOT_IN_GROUP, `The change was made, but ${userID} is no longer in ${groupID}`);
    }
    return { group, member };
  }

  /** Others' status without the status feature: "no status" for each user rather than a failed call. */
  function withoutStatusFeature(error: unknown, userIDs: readonly string[]): SubscriptionResult {
    if (errorCode(error) !== FEATURE_NOT_ENABLED) throw error;
    const message = 'User status is not enabled for this app';
    return { failureUserList: userIDs.map((userID) => ({ userID, code: FEATURE_NOT_ENABLED, message })) };
  }

  const messages = createCloudMessages(current, instances);
  const { setC2CRemindType, ...conversations } = createCloudConversations(current, instances);

  /** The SDK tells the forms apart by `groupID` (MsgRemindHandler.set, index.es.js). */
  async function setMessageRemindType(options: SetGroupRemindTypeOptions): Promise<ChatResponse<GroupResult>>;
  async function setMessageRemindType(options: SetC2CRemindTypeOptions): Promise<ChatResponse<C2CRemindTypeResult>>;
  async function setMessageRemindType(
    remindOptions: SetMessageRemindTypeOptions,
  ): Promise<ChatResponse<GroupResult> | ChatResponse<C2CRemindTypeResult>> {
    if (!('groupID' in remindOptions)) return setC2CRemindType(remindOptions);
    return ok(
      await withGroup(
        remindOptions.groupID,
        typed<Partial<GroupResult>>(await current().setMessageRemindType(sdkOptions<'setMessageRemindType'>(remindOptions))).data,
      ),
    );
  }

  return {
    ...messages,
    ...conversations,
    ...createCloudFriends(current),

    async login(loginOptions) {
      const timedOut = (): never => {
        throw new ChatError(ERROR_CODE.NETWORK_TIMEOUT, `Login did not finish within ${loginTimeoutMs} ms`);
      };
      // A logout the service has not acknowledged yet must end before the next login starts.
      if (pendingLogout) await settleWithin(pendingLogout, loginTimeoutMs, timedOut);
      // A login of ours that timed out is still waiting in the SDK (for 90 s). Retrying at once would be
      // refused (REPEAT_LOGIN); after the guard window the retry goes out, and while disconnected the SDK
      // reconnects for it to its next host (SocketHandler.send → _reConnect), so keeping this instance keeps
      // the SDK's fallback from <SDKAppID>w4c.my-imcloud.com to wss.im.qcloud.com and on.
      if (pendingSdkLogin) {
        const rest = pendingSdkLogin.started + REPEAT_LOGIN_GUARD_MS + REPEAT_LOGIN_MARGIN_MS - Date.now();
        if (rest > 0) await settleWithin(pendingSdkLogin.settled, rest, () => undefined);
      }
      const request = current().login(loginOptions) as Promise<unknown>;
      const settled = request.then(
        () => undefined,
        () => undefined,
      );
      const attempt = { started: Date.now(), settled };
      pendingSdkLogin = attempt;
      void settled.then(() => {
        if (pendingSdkLogin === attempt) pendingSdkLogin = null;
      });
      const response = await settleWithin(request, loginTimeoutMs, timedOut);
      const { data } = typed<{ repeatLogin?: unknown }>(response);
      return { code: 0, data: { repeatLogin: data.repeatLogin === true } };
    },
    async logout() {
      overlay.clear();
      instances.clear();
      // Typed Promise<void> in index.d.ts although it resolves an imResponse; nothing in it is needed.
      const request = current().logout();
      const settled = request.then(
        () => undefined,
        () => undefined,
      );
      pendingLogout = settled;
      void settled.then(() => {
        if (pendingLogout === settled) pendingLogout = null;
      });
      // An unresponsive service must not hold the person on a spinner for the SDK's 15 s; the SDK finishes
      // (or times out) the logout in the background, and the next login waits for that.
      await settleWithin(request, logoutTimeoutMs, () => undefined);
      return { code: 0, data: {} };
    },
    isReady: () => instance?.isReady() ?? false,
    getLoginUser: () => String(instance?.getLoginUser() ?? ''),
    async destroy() {
      const old = instance;
      if (!old) return;
      if (factory) instance = null;
      instances.clear();
      detach(old);
      await old.destroy();
    },

    getMyProfile: async () => ok(normalizeProfile(typed<Profile>(await current().getMyProfile()).data)),
    // Others' profiles come from the SDK's cache for up to 600 s (ProfileHandler strangerProfileExpirationTime):
    // a change another user made shows after that, or at once through PROFILE_UPDATED for friends.
    getUserProfile: async (profileOptions) =>
      ok(normalizeProfiles(typed<Profile[]>(await current().getUserProfile(profileOptions)).data)),
    updateMyProfile: async (profileOptions) =>
      ok(normalizeProfile(typed<Profile>(await current().updateMyProfile(sdkOptions<'updateMyProfile'>(profileOptions))).data)),

    setSelfStatus: async (statusOptions) => typed<UserStatus>(await current().setSelfStatus(statusOptions)),
    async getUserStatus(statusOptions) {
      try {
        return typed<GetUserStatusResult>(await current().getUserStatus(statusOptions));
      } catch (error) {
        return ok({ successUserList: [], ...withoutStatusFeature(error, statusOptions.userIDList) });
      }
    },
    async subscribeUserStatus(statusOptions) {
      try {
        return typed<SubscriptionResult>(await current().subscribeUserStatus(statusOptions));
      } catch (error) {
        return ok(withoutStatusFeature(error, statusOptions.userIDList));
      }
    },
    // index.d.ts requires the argument; `userIDList: undefined` is documented to mean "all subscriptions".
    async unsubscribeUserStatus(statusOptions) {
      try {
        return typed<SubscriptionResult>(await current().unsubscribeUserStatus(statusOptions ?? { userIDList: undefined }));
      } catch (error) {
        return ok(withoutStatusFeature(error, statusOptions?.userIDList ?? []));
      }
    },

    getBlacklist: async () => ok(overlay.merge(typed<string[]>(await current().getBlacklist()).data)),
    async addToBlacklist(blacklistOptions) {
      const sdkList = typed<string[]>(await current().addToBlacklist(blacklistOptions)).data;
      const me = String(current().getLoginUser() ?? '');
      const asked = blacklistOptions.userIDList.filter((id) => id !== me && !sdkList.includes(id));
      if (asked.length > 0) {
        // The server added every existing account it was given (an unknown one it skips, as the SDK's
        // getUserProfile does): those are the users the SDK's lost answer would have listed.
        const existing = typed<Profile[]>(await current().getUserProfile({ userIDList: asked })).data.map((p) => p.userID);
        overlay.added(existing);
      }
      return ok(overlay.merge(sdkList));
    },
    async removeFromBlacklist(blacklistOptions) {
      const sdkList = typed<string[]>(await current().removeFromBlacklist(blacklistOptions)).data;
      overlay.removed(blacklistOptions.userIDList);
      return ok(overlay.merge(sdkList));
    },

    getGroupList: async () => typed<GroupListResult>(await current().getGroupList()),
    getGroupProfile: async ({ groupID, groupCustomFieldFilter }) =>
      ok({ group: await groupProfile(groupID, groupCustomFieldFilter) }),
    createGroup: async (groupOptions) =>
      typed<CreateGroupResult>(await current().createGroup(sdkOptions<'createGroup'>(groupOptions))),
    updateGroupProfile: async (groupOptions) =>
      ok(
        await withGroup(
          groupOptions.groupID,
          typed<Partial<GroupResult>>(await current().updateGroupProfile(sdkOptions<'updateGroupProfile'>(groupOptions))).data,
        ),
      ),
    dismissGroup: async (groupID) => typed<GroupIDResult>(await current().dismissGroup(groupID)),
    joinGroup: async (joinOptions) => typed<JoinGroupResult>(await current().joinGroup(sdkOptions<'joinGroup'>(joinOptions))),
    quitGroup: async (groupID) => typed<GroupIDResult>(await current().quitGroup(groupID)),
    searchGroupByID: async (groupID) => typed<GroupResult>(await current().searchGroupByID(groupID)),
    getGroupOnlineMemberCount: async (groupID) =>
      typed<OnlineMemberCountResult>(await current().getGroupOnlineMemberCount(groupID)),
    changeGroupOwner: async (ownerOptions) =>
      ok(await withGroup(ownerOptions.groupID, typed<Partial<GroupResult>>(await current().changeGroupOwner(ownerOptions)).data)),
    getGroupApplicationList: async () => typed<GroupApplicationListResult>(await current().getGroupApplicationList()),
    async handleGroupApplication(applicationOptions) {
      const { application, message } = applicationOptions;
      // The request as a list entry, or as its join request notice, which the SDK then deletes from its memory
      // only when given its own instance (GroupSystemNoticeHandler.deleteGroupSystemNotice → deleteLocalMessage:
      // `e instanceof Hi`); the app holds a copy.
      const notice = message ? (instances.resolve(message) ?? message) : undefined;
      const groupID = application?.groupID ?? message?.payload.groupProfile.groupID ?? '';
      const answer = typed<Partial<GroupResult>>(
        await current().handleGroupApplication(sdkOptions<'handleGroupApplication'>(notice ? { ...applicationOptions, message: notice } : applicationOptions)),
      ).data;
      if (message) instances.forget([message.ID]);
      return ok(await withGroup(groupID, answer));
    },
    setMessageRemindType,

    getGroupMemberList: async (listOptions) => typed<GroupMemberListResult>(await current().getGroupMemberList(listOptions)),
    getGroupMemberProfile: async (profileOptions) =>
      typed<GroupMemberProfileResult>(await current().getGroupMemberProfile(profileOptions)),
    addGroupMember: async (memberOptions) => typed<AddGroupMemberResult>(await current().addGroupMember(memberOptions)),
    deleteGroupMember: async (memberOptions) =>
      ok(
        await withGroup(
          memberOptions.groupID,
          typed<Omit<DeleteGroupMemberResult, 'group'> & { group?: Group }>(await current().deleteGroupMember(memberOptions)).data,
        ),
      ),
    setGroupMemberMuteTime: async (memberOptions) =>
      ok(
        await withMember(
          memberOptions.groupID,
          memberOptions.userID,
          typed<Partial<GroupMemberResult>>(await current().setGroupMemberMuteTime(memberOptions)).data,
        ),
      ),
    setGroupMemberRole: async (memberOptions) =>
      ok(
        await withMember(
          memberOptions.groupID,
          memberOptions.userID,
          typed<Partial<GroupMemberResult>>(await current().setGroupMemberRole(sdkOptions<'setGroupMemberRole'>(memberOptions))).data,
        ),
      ),
    setGroupMemberNameCard: async (memberOptions) =>
      ok(
        await withMember(
          memberOptions.groupID,
          memberOptions.userID ?? String(current().getLoginUser() ?? ''),
          typed<Partial<GroupMemberResult>>(await current().setGroupMemberNameCard(memberOptions)).data,
        ),
      ),
    setGroupMemberCustomField: async (memberOptions) =>
      ok(
        await withMember(
          memberOptions.groupID,
          memberOptions.userID ?? String(current().getLoginUser() ?? ''),
          typed<Partial<GroupMemberResult>>(await current().setGroupMemberCustomField(memberOptions)).data,
        ),
      ),

    on(eventName, handler) {
      const app = handler as unknown as AnyHandler;
      let handlers = listeners.get(eventName);
      if (!handlers) {
        handlers = new Map();
        listeners.set(eventName, handlers);
      }
      if (handlers.has(app)) return;
      const wrapped = wrap(eventName, app);
      handlers.set(app, wrapped);
      instance?.on(eventName, wrapped);
    },
    off(eventName, handler) {
      const app = handler as unknown as AnyHandler;
      const wrapped = listeners.get(eventName)?.get(app);
      if (!wrapped) return;
      listeners.get(eventName)?.delete(app);
      instance?.off(eventName, wrapped);
    },
  };
}
