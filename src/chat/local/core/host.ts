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
};
