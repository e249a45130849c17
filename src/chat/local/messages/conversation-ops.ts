import { EVENT, TYPES } from '../../constants';
import type { MessageRemindType } from '../../constants';
import { ChatError } from '../../errors';
import type { C2CRemindTypeResult } from '../../message-types';
import type { Session } from '../core/session';
import { MESSAGE_CODE } from './codes';
import type { ConversationRef, MessagingContext } from './context';
import { c2cUnread, conversationOf, conversationsOf, groupUnread } from './conversations';
import { c2cLog, groupLog, pairOf } from './keys';
import { READ_BY_PEER_MAX } from './limits';
import { messagesBefore } from './log';
import type { StoredMessage, UserConversation } from './model';
import type { MessageTx } from './tx';

type StoredRef = Extract<ConversationRef, { type: typeof TYPES.CONV_C2C | typeof TYPES.CONV_GROUP }>;

/** What marking a C2C conversation read tells the peer: their messages that are now read. */
interface PeerRead {
  peer: string;
  logID: string;
  fromK: number;
  toK: number;
}

/**
 * Stages "read up to the last message" for the user. C2C: the pair's read mark (the peer's messages in
 * between become isPeerRead). Group: the user's read mark, which also clears their @-mentions.
 */
function stageRead(tx: MessageTx, me: string, ref: StoredRef, force: boolean): PeerRead | null | 'unchanged' {
  if (ref.type === TYPES.CONV_C2C) {
    const logID = c2cLog(me, ref.peer);
    const head = tx.head(logID);
    if (!head || (!force && c2cUnread(head, me, ref.peer) === 0)) return 'unchanged';
    const [a] = pairOf(me, ref.peer);
    const mine = me === a ? 0 : 1;
    const marks = head.rd ?? [
      [0, 0],
      [0, 0],
    ];
    const fromK = marks[mine][0];
    if (fromK >= head.n - 1 && marks[mine][1] === (head.c?.[1 - mine] ?? 0)) return 'unchanged';
    const rd: typeof marks = [marks[0], marks[1]];
    rd[mine] = [head.n - 1, head.c?.[1 - mine] ?? 0];
    tx.setHead(logID, { ...head, rd });
    return me === ref.peer ? null : { peer: ref.peer, logID, fromK, toK: head.n - 1 };
  }
  const head = tx.head(groupLog(ref.groupID));
  const record = tx.conversation(me, ref.conversationID) ?? {};
  if (!head || (record.rs ?? 0) >= head.n - 1) return 'unchanged';
  if (!force && groupUnread(head, me, record) === 0 && !head.at.some(([k]) => k > (record.rs ?? 0))) return 'unchanged';
  tx.setConversation(me, ref.conversationID, { ...record, rs: head.n - 1, rc: head.tot, o: 0 });
  return null;
}

/** MESSAGE_READ_BY_PEER to the peer's instances: their messages that the reader has now read. */
function tellPeer(ctx: MessagingContext, me: string, read: PeerRead): void {
  const messages: StoredMessage[] = [];
  for (const message of messagesBefore(ctx.store, read.logID, read.toK + 1)) {
    if (message.k <= read.fromK || messages.length >= READ_BY_PEER_MAX) break;
    if (message.f === read.peer) messages.push(message);
  }
  if (messages.length === 0) return;
  messages.reverse();
  ctx.pushOnline([read.peer], EVENT.MESSAGE_READ_BY_PEER, (peer) => messages.map((message) => ctx.viewOf(message, peer, { peer: me })));
}

function syncOthers(ctx: MessagingContext, session: Session): void {
  ctx.syncConversations(session.userID, session, () => conversationsOf(ctx, session.userID));
}

/** setMessageRead for a stored conversation; false when there was nothing to mark. */
export function markRead(ctx: MessagingContext, session: Session, ref: StoredRef): boolean {
  const tx = ctx.tx();
  const read = stageRead(tx, session.userID, ref, false);
  if (read === 'unchanged') return false;
  tx.commit();
  if (read) tellPeer(ctx, session.userID, read);
  syncOthers(ctx, session);
  return true;
}

/** setAllMessageRead: every C2C and/or group conversation with something unread. */
export function markAllRead(ctx: MessagingContext, session: Session, c2c: boolean, groups: boolean): boolean {
  let changed = false;
  for (const conversation of conversationsOf(ctx, session.userID)) {
    if (conversation.unreadCount === 0 && conversation.groupAtInfoList.length === 0) continue;
    const isC2C = conversation.type === TYPES.CONV_C2C;
    if (isC2C ? !c2c : !groups) continue;
    const ref: StoredRef = isC2C
      ? { type: TYPES.CONV_C2C, conversationID: conversation.conversationID, peer: conversation.conversationID.slice(3) }
      : { type: TYPES.CONV_GROUP, conversationID: conversation.conversationID, groupID: conversation.conversationID.slice(5) };
    const tx = ctx.tx();
    const read = stageRead(tx, session.userID, ref, false);
    if (read === 'unchanged') continue;
    tx.commit();
    if (read) tellPeer(ctx, session.userID, read);
    changed = true;
  }
  if (changed) syncOthers(ctx, session);
  return changed;
}

function logOfRef(me: string, ref: StoredRef): string {
  return ref.type === TYPES.CONV_C2C ? c2cLog(me, ref.peer) : groupLog(ref.groupID);
}

/** pinConversation: the user's record; a conversation with no message yet shows pinned in the list. */
export function pin(ctx: MessagingContext, session: Session, ref: StoredRef, isPinned: boolean): void {
  const record = ctx.record(session.userID, ref.conversationID);
  if ((record.p === 1) === isPinned) return;
  const next: UserConversation = { ...record };
  if (isPinned) next.p = 1;
  else delete next.p;
  const tx = ctx.tx();
  tx.setConversation(session.userID, ref.conversationID, next);
  tx.commit();
  syncOthers(ctx, session);
}

/**
 * deleteConversation: hidden until the next message, unpinned, read; with clearHistoryMessage (the SDK's
 * default) the history before it is cleared for this user too (index.es.js deleteConvList). Answers the IDs
 * that were in the user's list.
 */
export function deleteConversations(ctx: MessagingContext, session: Session, refs: readonly StoredRef[], clear: boolean): string[] {
  const me = session.userID;
  const tx = ctx.tx();
  const deleted: string[] = [];
  const reads: PeerRead[] = [];
  for (const ref of refs) {
    if (deleted.includes(ref.conversationID) || !conversationOf(ctx, me, ref)) continue;
    const read = stageRead(tx, me, ref, true);
    if (read && read !== 'unchanged') reads.push(read);
    const last = (tx.head(logOfRef(me, ref))?.n ?? 1) - 1;
    const next: UserConversation = { ...(tx.conversation(me, ref.conversationID) ?? {}), dk: last };
    delete next.p;
    if (clear) {
      next.ck = last;
      delete next.d;
    }
    tx.setConversation(me, ref.conversationID, next);
    deleted.push(ref.conversationID);
  }
  if (deleted.length === 0) return [];
  tx.commit();
  for (const read of reads) tellPeer(ctx, me, read);
  syncOthers(ctx, session);
  return deleted;
}

/** clearHistoryMessage: read, then every message so far hidden for this user; the conversation stays. */
export function clearHistory(ctx: MessagingContext, session: Session, ref: StoredRef): void {
  const me = session.userID;
  if (!conversationOf(ctx, me, ref)) {
    throw new ChatError(MESSAGE_CODE.CONV_NOT_FOUND, `clearHistoryMessage: ${ref.conversationID} is not in the conversation list`);
  }
  const tx = ctx.tx();
  const read = stageRead(tx, me, ref, true);
  const last = (tx.head(logOfRef(me, ref))?.n ?? 1) - 1;
  const next: UserConversation = { ...(tx.conversation(me, ref.conversationID) ?? {}), ck: last };
  delete next.d;
  tx.setConversation(me, ref.conversationID, next);
  tx.commit();
  if (read && read !== 'unchanged') tellPeer(ctx, me, read);
  syncOthers(ctx, session);
}

/**
 * The C2C form of setMessageRemindType (index.es.js `_setC2CMsgRemindType`): the first 30 userIDs; an
 * account that does not exist fails on its own. UNCONFIRMED: the server's per-user code for it (70107).
 */
export function setC2CRemindType(
  ctx: MessagingContext,
  session: Session,
  userIDs: readonly string[],
  remindType: MessageRemindType,
): C2CRemindTypeResult {
  const tx = ctx.tx();
  const result: C2CRemindTypeResult = { successUserIDList: [], failureUserIDList: [] };
  for (const userID of userIDs) {
    if (!ctx.accounts.hasUser(userID)) {
      result.failureUserIDList.push({ userID, code: MESSAGE_CODE.ACCOUNT_NOT_FOUND });
      continue;
    }
    const conversationID = `${TYPES.CONV_C2C}${userID}`;
    const record = tx.conversation(session.userID, conversationID) ?? {};
    if (record.rm !== remindType) tx.setConversation(session.userID, conversationID, { ...record, rm: remindType });
    result.successUserIDList.push({ userID });
  }
  tx.commit();
  syncOthers(ctx, session);
  return result;
}

