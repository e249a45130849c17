import { TYPES } from '../../constants';
import type { GroupAtType } from '../../constants';
import type { Conversation, GroupAtInfo } from '../../message-types';
import type { GroupFacts } from '../core/host';
import type { ConversationRef, MessagingContext } from './context';
import { c2cLog, groupLog, pairOf } from './keys';
import { USER_BUCKETS } from './limits';
import { canBeLastMessage, messagesBefore } from './log';
import type { LogReader } from './log';
import type { LogHead, StoredMessage, UserConversation } from './model';
import { conversationView, emptyLastMessage, lastMessageOfStored, sortConversations } from './views';
import type { ListedConversation, MessageViewContext } from './views';

/**
 * A user's conversations as the service derives them: nothing per conversation is written when a message
 * arrives. Unread counts come from the log's counters and the user's read mark, @-mentions from the log's
 * index, the last message from the head; what the user did (pin, delete, clear, read, remind type) is in
 * their records.
 */

/** Meeting and AVChatRoom groups count no unread messages (index.d.ts Conversation.unreadCount; index.es.js `gn`). */
function countsUnread(group: GroupFacts): boolean {
  return group.type !== TYPES.GRP_MEETING && group.type !== TYPES.GRP_AVCHATROOM;
}

function hidden(message: StoredMessage, record: UserConversation): boolean {
  return message.k <= (record.ck ?? 0) || (record.d?.includes(message.k) ?? false);
}

/** The message a conversation shows last for this user: not cleared, not deleted, not excluded. */
export function visibleLast(
  reader: LogReader,
  logID: string,
  head: LogHead,
  record: UserConversation,
): StoredMessage | undefined {
  const last = head.lm;
  if (!last || last.k <= (record.ck ?? 0)) return undefined;
  if (!hidden(last, record)) return last;
  for (const message of messagesBefore(reader, logID, last.k)) {
    if (message.k <= (record.ck ?? 0)) return undefined;
    if (!hidden(message, record) && canBeLastMessage(message)) return message;
  }
  return undefined;
}

/** Whether the user's conversation shows in their list: pinned, or a message since they deleted it. */
function listed(head: LogHead | undefined, record: UserConversation): boolean {
  if (record.p === 1) return true;
  return head !== undefined && head.n - 1 > (record.dk ?? 0);
}

export function c2cUnread(head: LogHead | undefined, me: string, peer: string): number {
  if (!head || me === peer) return 0;
  const [a] = pairOf(me, peer);
  const mine = me === a ? 0 : 1;
  const [readK, readCount] = head.rd?.[mine] ?? [0, 0];
  const sent = head.c?.[1 - mine] ?? 0;
  const recalled = head.rv.filter(([k, from]) => k > readK && from === peer).length;
  return Math.max(0, sent - readCount - recalled);
}

export function groupUnread(head: LogHead | undefined, me: string, record: UserConversation): number {
  if (!head) return 0;
  const readK = record.rs ?? 0;
  const recalled = head.rv.filter(([k, from]) => k > readK && from !== me).length;
  return Math.max(0, head.tot - (record.rc ?? 0) - (record.o ?? 0) - recalled);
}

/** groupAtInfoList (index.es.js `updateGroupAtInfoList`): unread mentions of me (1), of all (2), or both (3). */
function atInfoList(head: LogHead, me: string, groupID: string, record: UserConversation): GroupAtInfo[] {
  const list: GroupAtInfo[] = [];
  for (const [k, from, targets] of head.at) {
    if (k <= (record.rs ?? 0) || from === me) continue;
    const atMe = targets.includes(me);
    const atAll = targets.includes(TYPES.MSG_AT_ALL);
    if (!atMe && !atAll) continue;
    const type: GroupAtType = atMe && atAll ? TYPES.CONV_AT_ALL_AT_ME : atMe ? TYPES.CONV_AT_ME : TYPES.CONV_AT_ALL;
    list.push({ from, groupID, messageSequence: k, atTypeArray: [type] });
  }
  return list;
}

function lastMessage(ctx: MessagingContext, logID: string, head: LogHead | undefined, record: UserConversation, view: MessageViewContext) {
  const last = head ? visibleLast(ctx.store, logID, head, record) : undefined;
  return last ? lastMessageOfStored(last, view) : emptyLastMessage();
}

export function c2cConversation(ctx: MessagingContext, me: string, peer: string, record: UserConversation): Conversation {
  const logID = c2cLog(me, peer);
  const head = ctx.store.head(logID);
  return conversationView({
    conversationID: `${TYPES.CONV_C2C}${peer}`,
    type: TYPES.CONV_C2C,
    subType: '',
    unreadCount: c2cUnread(head, me, peer),
    lastMessage: lastMessage(ctx, logID, head, record, ctx.c2cView(me, peer, head)),
    userProfile: { userID: peer, ...ctx.card(peer) },
    remark: ctx.remarks.remarkOf(me, peer),
    isPinned: record.p === 1,
    messageRemindType: record.rm ?? '',
  });
}

export function groupConversation(ctx: MessagingContext, me: string, group: GroupFacts, record: UserConversation): Conversation {
  const logID = groupLog(group.groupID);
  const head = ctx.store.head(logID);
  return conversationView({
    conversationID: `${TYPES.CONV_GROUP}${group.groupID}`,
    type: TYPES.CONV_GROUP,
    subType: group.type,
    unreadCount: countsUnread(group) ? groupUnread(head, me, record) : 0,
    lastMessage: lastMessage(ctx, logID, head, record, ctx.groupView(me, group.groupID)),
    groupProfile: { groupID: group.groupID, name: group.name, avatar: group.avatar, type: group.type },
    groupAtInfoList: head ? atInfoList(head, me, group.groupID, record) : [],
    isPinned: record.p === 1,
    messageRemindType: ctx.groups.member(group.groupID, me)?.remindType ?? '',
  });
}

function listedOf(ctx: MessagingContext, logID: string, conversation: Conversation): ListedConversation {
  return { conversation, ms: ctx.store.head(logID)?.ms ?? conversation.lastMessage.lastTime * 1000 };
}

/**
 * The user's stored conversations (C2C and groups; AVChatRoom and @TIM#SYSTEM conversations live in the
 * instance, as in the SDK), unsorted.
 */
export function storedConversations(ctx: MessagingContext, me: string): ListedConversation[] {
  const list: ListedConversation[] = [];
  for (let bucket = 0; bucket < USER_BUCKETS; bucket++) {
    for (const [conversationID, record] of ctx.store.bucket(me, bucket)) {
      if (!conversationID.startsWith(TYPES.CONV_C2C) || (record.j !== 1 && record.p !== 1)) continue;
      const peer = conversationID.slice(TYPES.CONV_C2C.length);
      const logID = c2cLog(me, peer);
      if (listed(ctx.store.head(logID), record)) list.push(listedOf(ctx, logID, c2cConversation(ctx, me, peer, record)));
    }
  }
  for (const groupID of ctx.groups.groupIDsOf(me)) {
    const group = ctx.groups.group(groupID);
    if (!group || group.type === TYPES.GRP_AVCHATROOM) continue;
    const record = ctx.record(me, `${TYPES.CONV_GROUP}${groupID}`);
    const logID = groupLog(groupID);
    if (listed(ctx.store.head(logID), record)) list.push(listedOf(ctx, logID, groupConversation(ctx, me, group, record)));
  }
  return list;
}

/** The user's stored conversations in the SDK's order. */
export function conversationsOf(ctx: MessagingContext, me: string): Conversation[] {
  return sortConversations(storedConversations(ctx, me));
}

/** One stored conversation of the user, if it is in their list. */
export function conversationOf(ctx: MessagingContext, me: string, ref: ConversationRef): Conversation | undefined {
  if (ref.type === TYPES.CONV_C2C) {
    const record = ctx.record(me, ref.conversationID);
    if (record.j !== 1 && record.p !== 1) return undefined;
    return listed(ctx.store.head(c2cLog(me, ref.peer)), record) ? c2cConversation(ctx, me, ref.peer, record) : undefined;
  }
  if (ref.type !== TYPES.CONV_GROUP) return undefined;
  const group = ctx.groups.group(ref.groupID);
  if (!group || group.type === TYPES.GRP_AVCHATROOM || !ctx.groups.member(ref.groupID, me)) return undefined;
  const record = ctx.record(me, ref.conversationID);
  return listed(ctx.store.head(groupLog(ref.groupID)), record) ? groupConversation(ctx, me, group, record) : undefined;
}

/** Whether a conversation's unread count goes into the total (its remind type unset or AcceptAndNotify). */
function inTotal(remind: string): boolean {
  return remind === '' || remind === TYPES.MSG_REMIND_ACPT_AND_NOTE;
}

/**
 * The total of the user's stored conversations, computed from counters only (no message views): what an
 * instance checks after every change to know whether TOTAL_UNREAD_MESSAGE_COUNT_UPDATED is due.
 */
export function storedUnreadTotal(ctx: MessagingContext, me: string): number {
  let total = 0;
  for (let bucket = 0; bucket < USER_BUCKETS; bucket++) {
    for (const [conversationID, record] of ctx.store.bucket(me, bucket)) {
      if (!conversationID.startsWith(TYPES.CONV_C2C) || (record.j !== 1 && record.p !== 1) || !inTotal(record.rm ?? '')) continue;
      const peer = conversationID.slice(TYPES.CONV_C2C.length);
      const head = ctx.store.head(c2cLog(me, peer));
      if (listed(head, record)) total += c2cUnread(head, me, peer);
    }
  }
  for (const groupID of ctx.groups.groupIDsOf(me)) {
    const group = ctx.groups.group(groupID);
    if (!group || !countsUnread(group) || !inTotal(ctx.groups.member(groupID, me)?.remindType ?? '')) continue;
    const record = ctx.record(me, `${TYPES.CONV_GROUP}${groupID}`);
    const head = ctx.store.head(groupLog(groupID));
    if (listed(head, record)) total += groupUnread(head, me, record);
  }
  return total;
}

/**
 * The sum getTotalUnreadMessageCount answers (index.es.js `getTotalUnreadCount`): conversations whose
 * remind type is unset or AcceptAndNotify; @TIM#SYSTEM is not among these.
 */
export function totalUnread(list: readonly Conversation[]): number {
  return list.reduce((sum, conversation) => {
    if (conversation.type === TYPES.CONV_SYSTEM) return sum;
    return inTotal(conversation.messageRemindType) ? sum + conversation.unreadCount : sum;
  }, 0);
}

