import type { GroupRole, GroupType, MessageRemindType } from '../../constants';
import type { GroupSystemNoticePayload, GroupTipPayload } from '../../message-types';
import type { ChatEventName, ChatEventPayloads } from '../../types';
import type { KeyValueStorage } from './ports';
import type { ServerProblem } from './problems';
import type { Session } from './session';

/**
 * What every domain of the service (accounts, blocklist, groups, …) may use of the server that hosts it:
 * storage, the clock, problem reporting, pushes to users' instances, and reloads of keys other tabs wrote.
 */
export interface ServiceHost {
  readonly clock: () => number;
  readonly storage: KeyValueStorage;
  readonly keyPrefix: string;
  readonly problems: ServerProblem[];
  /**
   * Sends an event to every instance of the user (but `except`), in this tab and, through the cross-tab
   * relay, in the others. `makeData` runs once per listener, so listeners never share an object.
   */
  pushToUser<E extends ChatEventName>(userID: string, eventName: E, makeData: () => ChatEventPayloads[E], except?: Session): void;
  /** Like pushToUser, to this tab's instances only (every tab noticed the change on its own). */
  pushHere<E extends ChatEventName>(userID: string, eventName: E, makeData: () => ChatEventPayloads[E]): void;
  /** `onChange` gets each key under `prefix` that another tab wrote, so the domain can reload it. */
  watchExternalKeys(prefix: string, onChange: (key: string) => void): void;
}

/** Instances of accounts, wherever they run (this tab and the others). */
export interface Presence {
  onlineCount(userID: string): number;
  isOnline(userID: string): boolean;
}

/**
 * How a domain announces group events as messages: the group service calls these, the messages domain
 * turns them into GRP_TIP messages in the group's conversation and GRP_SYS_NOTICE messages in users'
 * `@TIM#SYSTEM` conversations (index.es.js / group-module.js `_handleTips`, `_onReceivedGroupSystemNotice`).
 * `except`: the calling instance, which learns from the call's own answer (the real SDK does not echo).
 */
export interface GroupEventSink {
  groupTip(groupID: string, tip: GroupTipDraft, except?: Session): void;
  groupNotice(userIDs: readonly string[], notice: GroupNoticeDraft, except?: Session): void;
}

/** A tip as the group service knows it; the messages domain adds sender, time, sequence and group names. */
export type GroupTipDraft = Pick<GroupTipPayload, 'operatorID' | 'operationType' | 'userIDList' | 'memberList' | 'memberNum'> & {
  newGroupProfile?: GroupTipPayload['newGroupProfile'];
};

/** A notice as the group service knows it. */
export type GroupNoticeDraft = Pick<GroupSystemNoticePayload, 'operatorID' | 'operationType' | 'handleMessage'> & {
  groupID: string;
  /** Join requests: what handleGroupApplication is given back. */
  authentication?: string;
  messageKey?: number;
  userDefinedField?: string;
  /**
   * The group's name and type when the event happened (the group service always sets them): a notice may be
   * about a group that is already gone (a dismissal), which the messages domain can then no longer read.
   */
  groupName?: string;
  groupType?: GroupType;
};

/** A sink that drops everything: for a group service running without a messages domain (tests, tools). */
export const NO_GROUP_EVENTS: GroupEventSink = {
  groupTip: () => undefined,
  groupNotice: () => undefined,
};

/** What messaging needs to know of a group. */
export interface GroupFacts {
  groupID: string;
  type: GroupType;
  name: string;
  avatar: string;
  ownerID: string;
  muteAllMembers: boolean;
  memberCount: number;
}

/** What messaging needs to know of one member. */
export interface MemberFacts {
  role: GroupRole;
  nameCard: string;
  /** Seconds; 0 = not muted. */
  muteUntil: number;
  remindType: MessageRemindType;
}

/**
 * The group service's answers to the messages domain (who may send, who receives, how a conversation row
 * looks), so that messages/ reads groups without importing their internals. GroupService implements it.
 */
export interface GroupDirectory {
  group(groupID: string): GroupFacts | undefined;
  member(groupID: string, userID: string): MemberFacts | undefined;
  /** Members who have an account, i.e. who could have an instance to deliver to. */
  accountMembers(groupID: string): string[];
  /** Every group the user is in, AVChatRooms included. */
  groupIDsOf(userID: string): string[];
}
