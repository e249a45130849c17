import { EVENT, TYPES } from '../../constants';
import type { Conversation, Message } from '../../message-types';
import type { ChatEventName, ChatEventPayloads } from '../../types';
import type { MediaDescription, MediaKind } from '../core/ports';
import type { Session } from '../core/session';
import { EventThrottle, throttleTimers } from '../core/throttle';
import type { MessagingContext } from './context';
import { storedConversations, storedUnreadTotal } from './conversations';
import { FIND_CACHE } from './limits';
import { clonePayload, conversationView, emptyLastMessage, lastMessageOf, sortConversations } from './views';

/** Emits an event on the instance's own listeners (LocalClient's hub). */
export type Emit = <E extends ChatEventName>(eventName: E, makeData: () => ChatEventPayloads[E]) => void;

/** A message created on this instance and not sent yet (or failed): what sendMessage needs to send it. */
export interface Pending {
  message: Message;
  media?: { kind: MediaKind; file: unknown; description: MediaDescription; onProgress?: (percent: number) => void };
}

/** The `@TIM#SYSTEM` conversation: the SDK holds it in memory only (index.es.js `_needGetHistory`). */
interface SystemConversation {
  messages: Message[];
  unread: number;
  pinned: boolean;
}

function clone<T>(value: T): T {
  return clonePayload(value);
}

/**
 * What one logged-in SDK instance holds in memory: messages it created and has not sent, messages it has
 * seen (findMessage), drafts, the `@TIM#SYSTEM` conversation, AVChatRoom conversations (rooms keep no
 * history), conversations fetched with getConversationProfile, and its throttled list events.
 */
export class InstanceState {
  readonly pending = new Map<string, Pending>();
  readonly drafts = new Map<string, string>();
  /** groupID → the room's last message this instance saw. */
  readonly rooms = new Map<string, Message>();
  /** conversationID → a conversation fetched before it had a message (index.es.js `_insertConvAfterTopmost`). */
  readonly stubs = new Map<string, Conversation>();
  system: SystemConversation | null = null;
  private readonly seen = new Map<string, Message>();
  private readonly listThrottle: EventThrottle;
  private readonly totalThrottle: EventThrottle;
  private lastTotal = 0;
  private sequence = 0;
  /** conversationID → the remark of each C2C conversation the instance last listed; null before it listed any. */
  private listedRemarks: Map<string, string> | null = null;

  constructor(
    readonly ctx: MessagingContext,
    readonly session: Session,
    private readonly emit: Emit,
  ) {
    const timers = throttleTimers(ctx.options.eventThrottle);
    this.listThrottle = new EventThrottle(timers, () => {
      const list = this.conversations();
      this.emit(EVENT.CONVERSATION_LIST_UPDATED, () => clone(list));
    });
    this.totalThrottle = new EventThrottle(timers, () => {
      const total = this.total();
      this.emit(EVENT.TOTAL_UNREAD_MESSAGE_COUNT_UPDATED, () => total);
    });
  }

  get userID(): string {
    return this.session.userID;
  }

  /**
   * The SDK's clientSequence (index.es.js `_initSequence`): per user, starting at the local time as
   * (3)HHMMSS0001 — hours padded with a 3, as the SDK does — and counting up.
   */
  nextClientSequence(): number {
    if (this.sequence === 0) {
      const now = new Date(this.ctx.host.clock());
      const two = (value: number, pad: string) => `${pad}${value}`.slice(-2);
      this.sequence = Number(`${two(now.getHours(), '3')}${two(now.getMinutes(), '0')}${two(now.getSeconds(), '0')}0001`);
    }
    return this.sequence++;
  }

  remember(message: Message): void {
    this.seen.delete(message.ID);
    this.seen.set(message.ID, message);
    if (this.seen.size > FIND_CACHE) {
      const oldest = this.seen.keys().next().value;
      if (oldest !== undefined) this.seen.delete(oldest);
    }
  }

  find(messageID: string): Message | null {
    return this.seen.get(messageID) ?? this.pending.get(messageID)?.message ?? null;
  }

  forget(messageID: string): void {
    this.seen.delete(messageID);
  }

  // ---- the conversation list --------------------------------------------------------------------------

  private roomConversations(): Conversation[] {
    const list: Conversation[] = [];
    for (const [groupID, last] of this.rooms) {
      const group = this.ctx.groups.group(groupID);
      if (!group || !this.ctx.groups.member(groupID, this.userID)) {
        this.rooms.delete(groupID);
        continue;
      }
      list.push(
        conversationView({
          conversationID: `${TYPES.CONV_GROUP}${groupID}`,
          type: TYPES.CONV_GROUP,
          subType: group.type,
          unreadCount: 0,
          lastMessage: lastMessageOf(last),
          groupProfile: { groupID, name: group.name, avatar: group.avatar, type: group.type },
          isPinned: false,
          messageRemindType: this.ctx.groups.member(groupID, this.userID)?.remindType ?? '',
        }),
      );
    }
    return list;
  }

  systemConversation(): Conversation {
    const system = this.system ?? { messages: [], unread: 0, pinned: false };
    const last = system.messages[system.messages.length - 1];
    return conversationView({
      conversationID: TYPES.CONV_SYSTEM,
      type: TYPES.CONV_SYSTEM,
      subType: '',
      unreadCount: system.unread,
      lastMessage: last ? lastMessageOf(last) : emptyLastMessage(),
      isPinned: system.pinned,
      messageRemindType: '',
    });
  }

  /** Everything getConversationList answers, in the SDK's order, with this instance's drafts. */
  conversations(): Conversation[] {
    const stored = storedConversations(this.ctx, this.userID);
    const ids = new Set(stored.map(({ conversation }) => conversation.conversationID));
    const extras = this.roomConversations().filter((conversation) => !ids.has(conversation.conversationID));
    if (this.system) extras.push(this.systemConversation());
    const sorted = sortConversations([...stored, ...extras.map((conversation) => ({ conversation, ms: conversation.lastMessage.lastTime * 1000 }))]);
    for (const conversation of sorted) ids.add(conversation.conversationID);
    for (const id of [...this.stubs.keys()]) if (ids.has(id)) this.stubs.delete(id);
    const firstUnpinned = sorted.findIndex((conversation) => !conversation.isPinned);
    const at = firstUnpinned < 0 ? sorted.length : firstUnpinned;
    sorted.splice(at, 0, ...this.stubs.values());
    this.listedRemarks = new Map(
      sorted.filter((conversation) => conversation.type === TYPES.CONV_C2C).map((conversation) => [conversation.conversationID, conversation.remark]),
    );
    return sorted.map((conversation) => ({ ...conversation, draftText: this.drafts.get(conversation.conversationID) ?? '' }));
  }

  /**
   * getTotalUnreadMessageCount: stored conversations from their counters; the instance's own ones
   * (AVChatRooms, @TIM#SYSTEM, fetched profiles) add nothing to it.
   */
  total(): number {
    return storedUnreadTotal(this.ctx, this.userID);
  }

  /**
   * Something in the list changed: CONVERSATION_LIST_UPDATED (throttled), and the total's event when the
   * total moved (index.es.js emitConvUpdate → onTotalUnreadCountUpdate).
   */
  changed(): void {
    this.listThrottle.request();
    const total = this.total();
    if (total !== this.lastTotal) {
      this.lastTotal = total;
      this.totalThrottle.request();
    }
  }

  /**
   * The friend list changed (a remark, a friend added or deleted): when a C2C conversation the instance listed
   * now has another remark, the list is emitted again (index.es.js `checkAndPatchRemark`). The SDK patches only
   * friends' conversations and keeps a deleted friend's remark until it reloads the list; here the list is read
   * from the service, so a conversation with someone who is no longer a friend shows no remark at once.
   */
  patchRemarks(): void {
    if (!this.listedRemarks) return;
    let patched = false;
    for (const [conversationID, remark] of this.listedRemarks) {
      const now = this.ctx.remarks.remarkOf(this.userID, conversationID.slice(TYPES.CONV_C2C.length));
      if (now === remark) continue;
      this.listedRemarks.set(conversationID, now);
      const stub = this.stubs.get(conversationID);
      if (stub) this.stubs.set(conversationID, { ...stub, remark: now });
      patched = true;
    }
    if (patched) this.changed();
  }

  flush(): void {
    this.listThrottle.flush();
    this.totalThrottle.flush();
  }

  close(): void {
    this.listThrottle.stop();
    this.totalThrottle.stop();
  }

  /** An AVChatRoom's conversation shows the newest message this instance has seen there. */
  roomMessage(groupID: string, message: Message): void {
    const last = this.rooms.get(groupID);
    if (!last || message.time >= last.time) this.rooms.set(groupID, message);
  }

  // ---- pushes from the server -------------------------------------------------------------------------

  /** A notice or message arrived: the instance's memory takes it, as the SDK's does, before listeners hear. */
  private received(message: Message): void {
    this.remember(message);
    if (message.conversationType === TYPES.CONV_SYSTEM) {
      this.system ??= { messages: [], unread: 0, pinned: false };
      this.system.messages.push(message);
      this.system.unread += 1;
      return;
    }
    const group = message.conversationType === TYPES.CONV_GROUP ? this.ctx.groups.group(message.to) : undefined;
    if (group?.type === TYPES.GRP_AVCHATROOM) this.roomMessage(group.groupID, message);
  }

  private updated(messages: ReadonlyArray<Partial<Message> & { ID?: string }>): void {
    for (const message of messages) {
      const known = message.ID ? this.seen.get(message.ID) : undefined;
      if (known) Object.assign(known, clone(message));
    }
  }

  /**
   * Runs before a push reaches the listeners. Answers false for pushes that only tell the instance to
   * re-read its conversations (another instance of the account changed them).
   */
  onPush<E extends ChatEventName>(eventName: E, makeData: () => ChatEventPayloads[E]): boolean {
    switch (eventName) {
      case EVENT.MESSAGE_RECEIVED:
        for (const message of makeData() as Message[]) this.received(message);
        break;
      case EVENT.MESSAGE_REVOKED:
      case EVENT.MESSAGE_MODIFIED:
      case EVENT.MESSAGE_READ_BY_PEER:
        this.updated(makeData() as Message[]);
        break;
      case EVENT.GROUP_LIST_UPDATED:
        break;
      case EVENT.CONVERSATION_LIST_UPDATED:
      case EVENT.TOTAL_UNREAD_MESSAGE_COUNT_UPDATED:
        this.changed();
        return false;
      default:
        return true;
    }
    this.changed();
    return true;
  }
}
