import { EVENT, TYPES } from '../../constants';
import { ChatError } from '../../errors';
import type { Message, SendMessageOptions } from '../../message-types';
import { utf8Bytes } from '../../rules/bytes';
import type { GroupFacts } from '../core/host';
import type { Session } from '../core/session';
import { MESSAGE_CODE } from './codes';
import type { MessagingContext } from './context';
import { c2cLog, groupLog, pairOf } from './keys';
import { GROUP_MESSAGES_PER_SECOND, MAX_BODY_BYTES } from './limits';
import { appendMessage, countsAsUnread } from './log';
import { EXCLUDED_FROM_LAST, EXCLUDED_FROM_UNREAD } from './model';
import type { StoredMessage } from './model';
import { afterWrite } from './retention';

function refuse(code: number, message: string): ChatError {
  return new ChatError(code, `sendMessage: ${message}`);
}

/**
 * What the send path remembers between calls, in memory only: messages per group in the current second (the
 * server's 40/s; not shared between tabs), and AVChatRoom sequences (rooms keep no history, so the numbering
 * restarts with the process; UNCONFIRMED how the server numbers them).
 */
export class SendState {
  private readonly windows = new Map<string, { second: number; count: number }>();
  private readonly rooms = new Map<string, number>();

  /** Counts one message; false when the group is already at its limit this second. */
  take(groupID: string, second: number): boolean {
    const window = this.windows.get(groupID);
    if (!window || window.second !== second) {
      if (this.windows.size > 1000) this.windows.clear();
      this.windows.set(groupID, { second, count: 1 });
      return true;
    }
    if (window.count >= GROUP_MESSAGES_PER_SECOND) return false;
    window.count += 1;
    return true;
  }

  nextRoomSequence(groupID: string): number {
    const next = (this.rooms.get(groupID) ?? 0) + 1;
    this.rooms.set(groupID, next);
    return next;
  }
}

/**
 * The body the server measures against 12 KB: the payload and cloudCustomData as sent. UNCONFIRMED whether
 * the server counts cloudCustomData; it is counted here.
 */
export function bodyBytes(message: Pick<Message, 'payload' | 'cloudCustomData' | 'atUserList'>): number {
  return utf8Bytes(JSON.stringify(message.payload)) + utf8Bytes(message.cloudCustomData) + utf8Bytes(message.atUserList.join(','));
}

/**
 * Who may send to the group: a member (10007 otherwise, UNCONFIRMED code; an AVChatRoom not joined is the
 * SDK's 2101, group-module.js guardForAVChatRoom), not muted, and with mute-all on only the owner and admins
 * (10017). The group's 40 messages a second (10023).
 */
function checkGroupSender(ctx: MessagingContext, state: SendState, groupID: string, from: string, now: number): GroupFacts {
  const group = ctx.groups.group(groupID);
  if (!group) throw refuse(MESSAGE_CODE.GROUP_NOT_FOUND, `group ${groupID} does not exist or was dismissed`);
  const member = ctx.groups.member(groupID, from);
  if (!member) {
    if (group.type === TYPES.GRP_AVCHATROOM) throw refuse(MESSAGE_CODE.AVCHATROOM_NOT_JOINED, `join AVChatRoom ${groupID} before sending to it`);
    throw refuse(MESSAGE_CODE.GROUP_PERMISSION_DENIED, `${from} is not a member of ${groupID}`);
  }
  if (member.muteUntil > now) throw refuse(MESSAGE_CODE.GROUP_MEMBER_MUTED, `${from} is muted in ${groupID} until ${member.muteUntil}`);
  const privileged = member.role === TYPES.GRP_MBR_ROLE_OWNER || member.role === TYPES.GRP_MBR_ROLE_ADMIN;
  if (group.muteAllMembers && !privileged) throw refuse(MESSAGE_CODE.GROUP_MEMBER_MUTED, `${groupID} is muted for everyone but the owner and admins`);
  if (!state.take(groupID, now)) {
    throw refuse(MESSAGE_CODE.GROUP_SEND_FREQUENCY, `${groupID} already had ${GROUP_MESSAGES_PER_SECOND} messages this second`);
  }
  return group;
}

/** C2C: the receiver exists (UNCONFIRMED code 20003) and has not blocked the sender (20007; seed 001 L204). */
function checkC2CReceiver(ctx: MessagingContext, to: string, from: string): void {
  if (!ctx.accounts.hasUser(to)) throw refuse(MESSAGE_CODE.MSG_INVALID_ID, `user ${to} does not exist`);
  if (ctx.blacklists.list(to).includes(from)) throw refuse(MESSAGE_CODE.MSG_IN_PEER_BLACKLIST, `${to} has blocked ${from}`);
}

/** The stored form of a message being sent, at position `k`. */
export function storedFrom(message: Message, k: number, time: number, extra: Partial<StoredMessage> = {}): StoredMessage {
  const stored = {
    k,
    id: message.ID,
    ty: message.type,
    p: message.payload,
    f: message.from,
    tm: time,
    ct: message.clientTime,
    cs: message.clientSequence,
    r: message.random,
    ...extra,
  } as StoredMessage;
  if (message.priority !== TYPES.MSG_PRIORITY_NORMAL) stored.pr = message.priority;
  if (message.nick) stored.n = message.nick;
  if (message.avatar) stored.a = message.avatar;
  if (message.nameCard) stored.nc = message.nameCard;
  if (message.atUserList.length > 0) stored.at = [...message.atUserList];
  if (message.cloudCustomData) stored.cd = message.cloudCustomData;
  if (message.needReadReceipt) stored.rr = 1;
  return stored;
}

function controlFlags(options: SendMessageOptions): number {
  const control = options.messageControlInfo ?? {};
  return (control.excludedFromUnreadCount === true ? EXCLUDED_FROM_UNREAD : 0) | (control.excludedFromLastMessage === true ? EXCLUDED_FROM_LAST : 0);
}

/**
 * The server side of sendMessage, after the SDK's checks and uploads: the rules of the target, storage
 * (not for online-only messages and AVChatRooms), then delivery to every instance of the receivers and the
 * sender's other instances. Answers the sender's view of the stored message.
 */
/**
 * `reused`: kept files the message points at without having uploaded them (a forwarded copy), counted so
 * that dropping the original does not discard them (retention.ts releaseMedia).
 */
export function sendStored(
  ctx: MessagingContext,
  session: Session,
  state: SendState,
  unsent: Message,
  options: SendMessageOptions,
  reused: readonly string[] = [],
): Message {
  const from = session.userID;
  const now = ctx.nowSec();
  const isGroup = unsent.conversationType === TYPES.CONV_GROUP;
  const group = isGroup ? checkGroupSender(ctx, state, unsent.to, from, now) : undefined;
  if (!isGroup) checkC2CReceiver(ctx, unsent.to, from);
  const card = ctx.card(from);
  const member = group ? ctx.groups.member(group.groupID, from) : undefined;
  const message: Message = {
    ...unsent,
    from,
    nick: card.nick,
    avatar: card.avatar,
    nameCard: member?.nameCard ?? '',
    needReadReceipt: unsent.needReadReceipt && group?.type !== TYPES.GRP_AVCHATROOM,
  };
  const bytes = bodyBytes(message);
  if (bytes > MAX_BODY_BYTES) throw refuse(MESSAGE_CODE.BODY_SIZE_LIMIT, `the message body is ${bytes} bytes; at most ${MAX_BODY_BYTES}`);
  const room = group?.type === TYPES.GRP_AVCHATROOM;
  let stored: StoredMessage;
  if (options.onlineUserOnly === true) {
    // Not stored, so no position: C2C shows its clientSequence, a group 0 (UNCONFIRMED).
    stored = storedFrom(message, 0, now);
  } else if (room && group) {
    stored = storedFrom(message, state.nextRoomSequence(group.groupID), now);
  } else {
    stored = store(ctx, message, now, controlFlags(options), group, reused);
  }
  deliver(ctx, session, stored, group, message.to);
  const mine = ctx.viewOf(stored, from, group ? { groupID: group.groupID } : { peer: message.to });
  return mine;
}

function store(
  ctx: MessagingContext,
  message: Message,
  now: number,
  flags: number,
  group: GroupFacts | undefined,
  reused: readonly string[],
): StoredMessage {
  const from = message.from;
  const logID = group ? groupLog(group.groupID) : c2cLog(from, message.to);
  const tx = ctx.tx();
  if (reused.length > 0) {
    const uses = { ...tx.forwarded() };
    for (const url of reused) uses[url] = (uses[url] ?? 0) + 1;
    tx.setForwarded(uses);
  }
  const k = tx.head(logID)?.n ?? 1;
  const stored = storedFrom(message, k, now, flags ? { x: flags } : {});
  if (group) {
    appendMessage(tx, logID, stored, undefined, ctx.host.clock());
    if (countsAsUnread(stored)) {
      const conversationID = `${TYPES.CONV_GROUP}${group.groupID}`;
      const record = tx.conversation(from, conversationID) ?? {};
      tx.setConversation(from, conversationID, { ...record, o: (record.o ?? 0) + 1 });
    }
  } else {
    const [a] = pairOf(from, message.to);
    appendMessage(tx, logID, stored, from === a ? 0 : 1, ctx.host.clock());
    // Both sides have the conversation from the first message on.
    for (const [user, peer] of [
      [from, message.to],
      [message.to, from],
    ]) {
      const conversationID = `${TYPES.CONV_C2C}${peer}`;
      const record = tx.conversation(user, conversationID) ?? {};
      if (record.j !== 1) tx.setConversation(user, conversationID, { ...record, j: 1 });
    }
  }
  tx.commit();
  afterWrite(ctx, logID);
  return stored;
}

/** To every instance of the receivers and the sender's other instances (the sending one learns from the answer). */
function deliver(ctx: MessagingContext, session: Session, stored: StoredMessage, group: GroupFacts | undefined, to: string): void {
  if (group) {
    const where = { groupID: group.groupID };
    ctx.pushOnline(ctx.groups.accountMembers(group.groupID), EVENT.MESSAGE_RECEIVED, (user) => [ctx.viewOf(stored, user, where)], session);
    return;
  }
  const from = stored.f;
  ctx.pushOnline([to, from], EVENT.MESSAGE_RECEIVED, (user) => [ctx.viewOf(stored, user, { peer: user === from ? to : from })], session);
}
