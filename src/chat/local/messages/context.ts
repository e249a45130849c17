import { EVENT, TYPES } from '../../constants';
import type { Message } from '../../message-types';
import type { ChatEventName, ChatEventPayloads } from '../../types';
import type { AccountService } from '../accounts/accounts';
import type { BlacklistService } from '../blacklist';
import { fnv1a } from '../core/hash';
import type { GroupDirectory, Presence, ServiceHost } from '../core/host';
import type { FriendRemarks } from '../core/relations';
import type { MediaPort } from '../core/ports';
import type { Session } from '../core/session';
import type { EventThrottleOptions } from '../core/throttle';
import { c2cLog, groupLog, pairOf, userBucketOf } from './keys';
import { DEFAULT_ROAMING_DAYS, DEFAULT_STORAGE_BUDGET } from './limits';
import type { LogHead, StoredMessage, UserConversation } from './model';
import type { MessageStore } from './store';
import { MessageTx } from './tx';
import { messageView } from './views';
import type { MessageViewContext } from './views';

export interface MessagingOptions {
  /** Days of history kept (the plan's roaming); default 7. */
  roamingDays?: number;
  /** Characters the message store may use in all; default 2 MiB. */
  storageBudget?: number;
  /** CONVERSATION_LIST_UPDATED / TOTAL_UNREAD_MESSAGE_COUNT_UPDATED throttle; default the SDK's 1 s. */
  eventThrottle?: EventThrottleOptions;
}

export interface ResolvedMessagingOptions {
  roamingSeconds: number;
  storageBudget: number;
  eventThrottle: EventThrottleOptions;
}

export function resolveMessagingOptions(options: MessagingOptions): ResolvedMessagingOptions {
  const days = options.roamingDays !== undefined && options.roamingDays > 0 ? options.roamingDays : DEFAULT_ROAMING_DAYS;
  const budget = options.storageBudget !== undefined && options.storageBudget > 0 ? options.storageBudget : DEFAULT_STORAGE_BUDGET;
  return { roamingSeconds: Math.round(days * 86_400), storageBudget: budget, eventThrottle: options.eventThrottle ?? {} };
}

/** The sender tinyID the SDK gives group tips and system notices (index.es.js generateMessageID). */
export const SYSTEM_TINY_ID = '144115198244471703';

/**
 * A stable tinyID per account, in the shape of the real ones (144115…), since the local service has no
 * account numbers. Message IDs are `${tinyID}-${clientTime}-${random}` (index.es.js generateMessageID).
 */
export function tinyIDOf(userID: string): string {
  if (userID === TYPES.CONV_SYSTEM) return SYSTEM_TINY_ID;
  return `144115${String(fnv1a(userID)).padStart(10, '0').slice(0, 10)}`.padEnd(18, '0');
}

/** The SDK's `random` (index.es.js `et`: Math.round(Math.random() * 99999999)). */
export function messageRandom(): number {
  return Math.round(Math.random() * 99_999_999);
}

/** What a conversationID names, for the service: a C2C peer, a group, or the system conversation. */
export type ConversationRef =
  | { type: typeof TYPES.CONV_C2C; conversationID: string; peer: string }
  | { type: typeof TYPES.CONV_GROUP; conversationID: string; groupID: string }
  | { type: typeof TYPES.CONV_SYSTEM; conversationID: string };

/** null for anything the SDK's conversationID validator (`Vt`) refuses. */
export function parseConversationID(conversationID: unknown): ConversationRef | null {
  if (typeof conversationID !== 'string' || conversationID === '') return null;
  if (conversationID === TYPES.CONV_SYSTEM) return { type: TYPES.CONV_SYSTEM, conversationID };
  if (conversationID.startsWith(TYPES.CONV_C2C)) return { type: TYPES.CONV_C2C, conversationID, peer: conversationID.slice(3) };
  if (conversationID.startsWith(TYPES.CONV_GROUP)) return { type: TYPES.CONV_GROUP, conversationID, groupID: conversationID.slice(5) };
  return null;
}

export type MessagingAccounts = Pick<AccountService, 'hasUser' | 'nickAndAvatar'>;

/** Everything the messaging operations share: storage, the other domains, the clock, and delivery. */
export class MessagingContext {
  constructor(
    readonly host: Pick<ServiceHost, 'clock' | 'pushToUser' | 'problems'>,
    readonly presence: Pick<Presence, 'isOnline'>,
    readonly store: MessageStore,
    readonly accounts: MessagingAccounts,
    readonly blacklists: Pick<BlacklistService, 'list'>,
    readonly groups: GroupDirectory,
    readonly media: MediaPort,
    readonly options: ResolvedMessagingOptions,
    readonly remarks: FriendRemarks,
  ) {}

  nowSec(): number {
    return Math.floor(this.host.clock() / 1000);
  }

  tx(): MessageTx {
    return new MessageTx(this.store);
  }

  card(userID: string): { nick: string; avatar: string } {
    return this.accounts.nickAndAvatar(userID) ?? { nick: '', avatar: '' };
  }

  /** The user's record of a conversation (committed state). */
  record(userID: string, conversationID: string): UserConversation {
    return this.store.bucket(userID, userBucketOf(conversationID)).get(conversationID) ?? {};
  }

  /** How `viewer` sees the messages of a C2C log. */
  c2cView(viewer: string, peer: string, head: LogHead | undefined): MessageViewContext {
    const [a] = pairOf(viewer, peer);
    const mine = viewer === a ? 0 : 1;
    const marks = head?.rd;
    return {
      viewer,
      conversationType: TYPES.CONV_C2C,
      conversationID: `${TYPES.CONV_C2C}${peer}`,
      groupID: '',
      peer,
      readK: marks ? marks[mine][0] : 0,
      peerReadK: viewer === peer ? Number.POSITIVE_INFINITY : marks ? marks[1 - mine][0] : 0,
      card: (userID) => this.card(userID),
    };
  }

  /** How `viewer` sees the messages of a group log. */
  groupView(viewer: string, groupID: string): MessageViewContext {
    return {
      viewer,
      conversationType: TYPES.CONV_GROUP,
      conversationID: `${TYPES.CONV_GROUP}${groupID}`,
      groupID,
      peer: '',
      readK: this.record(viewer, `${TYPES.CONV_GROUP}${groupID}`).rs ?? 0,
      peerReadK: 0,
      card: (userID) => this.card(userID),
    };
  }

  /** A stored message as `viewer` sees it in the conversation it belongs to. */
  viewOf(stored: StoredMessage, viewer: string, where: { peer: string } | { groupID: string }): Message {
    if ('groupID' in where) return messageView(stored, this.groupView(viewer, where.groupID));
    return messageView(stored, this.c2cView(viewer, where.peer, this.store.head(c2cLog(viewer, where.peer))));
  }

  logOf(ref: { peer: string } | { groupID: string }, me: string): string {
    return 'groupID' in ref ? groupLog(ref.groupID) : c2cLog(me, ref.peer);
  }

  /** Pushes to every instance of the users who have one (here or in another tab), but `except`. */
  pushOnline<E extends ChatEventName>(
    userIDs: Iterable<string>,
    eventName: E,
    makeData: (userID: string) => ChatEventPayloads[E],
    except?: Session,
  ): void {
    for (const userID of new Set(userIDs)) {
      if (!this.presence.isOnline(userID)) continue;
      this.host.pushToUser(userID, eventName, () => makeData(userID), except);
    }
  }

  /**
   * Tells the user's other instances that their conversations changed (another device read, pinned or
   * deleted one): they re-read the list at their next throttled emit.
   */
  syncConversations(userID: string, except: Session | undefined, list: () => ChatEventPayloads[typeof EVENT.CONVERSATION_LIST_UPDATED]): void {
    this.pushOnline([userID], EVENT.CONVERSATION_LIST_UPDATED, list, except);
  }

  report(message: string): void {
    this.host.problems.push({ kind: 'handler-error', message });
  }
}
