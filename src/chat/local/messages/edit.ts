import { EVENT, TYPES } from '../../constants';
import { ChatError } from '../../errors';
import type { Message } from '../../message-types';
import type { Session } from '../core/session';
import { MESSAGE_CODE } from './codes';
import type { MessagingContext } from './context';
import { conversationsOf } from './conversations';
import { c2cLog, groupLog } from './keys';
import { DELETED_KEPT, MAX_BODY_BYTES, MAX_DELETE_MESSAGES, REVOKE_WINDOW_SECONDS } from './limits';
import { findByID, messageAt, recordRevoked, replaceMessage } from './log';
import type { StoredMessage } from './model';
import { bodyBytes } from './send';

/** Where a message the caller holds lives, as the server sees it. */
interface Located {
  logID: string;
  stored: StoredMessage;
  where: { peer: string } | { groupID: string };
  /** Everyone who reads the conversation: the C2C pair, or the group's members with accounts. */
  audience: string[];
  groupType?: string;
}

function peerOfMessage(message: Message, me: string): string {
  return message.conversationID.startsWith(TYPES.CONV_C2C) ? message.conversationID.slice(TYPES.CONV_C2C.length) : message.from === me ? message.to : message.from;
}

/** The stored message behind `message`; undefined when it is not (or no longer) kept. */
function locate(ctx: MessagingContext, me: string, message: Message): Located | undefined {
  if (message.conversationType === TYPES.CONV_GROUP) {
    const groupID = message.to;
    const logID = groupLog(groupID);
    const stored = messageAt(ctx.store, logID, message.sequence) ?? findByID(ctx.store, logID, message.ID);
    if (!stored || stored.id !== message.ID) return undefined;
    return { logID, stored, where: { groupID }, audience: ctx.groups.accountMembers(groupID), groupType: ctx.groups.group(groupID)?.type };
  }
  const peer = peerOfMessage(message, me);
  const logID = c2cLog(me, peer);
  const stored = findByID(ctx.store, logID, message.ID);
  return stored ? { logID, stored, where: { peer }, audience: [me, peer] } : undefined;
}

function viewFor(ctx: MessagingContext, located: Located, viewer: string): Message {
  if ('groupID' in located.where) return ctx.viewOf(located.stored, viewer, located.where);
  const me = located.audience[0];
  const peer = located.where.peer;
  return ctx.viewOf(located.stored, viewer, { peer: viewer === me ? peer : me });
}

/**
 * revokeMessage: the sender, within 2 minutes (20016 C2C, 10031 group). UNCONFIRMED for the Web: a group's
 * owner and admins may recall members' messages (the native SDKs allow it), also within the window; anyone
 * else gets 10032 in a group and the SDK's 2110 in C2C. The others' instances get MESSAGE_REVOKED; whether
 * the recalling instance does is UNCONFIRMED, and it does not here (its promise resolves).
 */
export function revoke(ctx: MessagingContext, session: Session, message: Message): Message {
  const me = session.userID;
  const group = message.conversationType === TYPES.CONV_GROUP;
  const located = locate(ctx, me, message);
  const fail = (code: number, text: string) => new ChatError(code, `revokeMessage: ${text}`, { message });
  if (!located) throw fail(group ? MESSAGE_CODE.GROUP_REVOKE_NOT_FOUND : MESSAGE_CODE.REVOKE_FAIL, `message ${message.ID} is not kept (too old, or never sent)`);
  const { stored } = located;
  const role = group ? ctx.groups.member(message.to, me)?.role : undefined;
  const privileged = role === TYPES.GRP_MBR_ROLE_OWNER || role === TYPES.GRP_MBR_ROLE_ADMIN;
  if (stored.rv || (stored.f !== me && !privileged)) {
    throw fail(group ? MESSAGE_CODE.GROUP_CANNOT_REVOKE : MESSAGE_CODE.REVOKE_FAIL, `${me} cannot recall message ${message.ID}`);
  }
  if (ctx.nowSec() - stored.tm > REVOKE_WINDOW_SECONDS) {
    throw fail(group ? MESSAGE_CODE.GROUP_REVOKE_TIME_LIMIT : MESSAGE_CODE.C2C_REVOKE_TIME_LIMIT, `messages can be recalled for ${REVOKE_WINDOW_SECONDS} s only`);
  }
  const revoked: StoredMessage = { ...stored, rv: { by: me, reason: '' } };
  const tx = ctx.tx();
  replaceMessage(tx, located.logID, revoked);
  recordRevoked(tx, located.logID, stored);
  tx.commit();
  const after = { ...located, stored: revoked };
  ctx.pushOnline(located.audience, EVENT.MESSAGE_REVOKED, (user) => [viewFor(ctx, after, user)], session);
  return viewFor(ctx, after, me);
}

/**
 * deleteMessage: per user (the peer keeps theirs, seed 004 L1036–1044), successful messages of the first
 * message's conversation only, at most 30 (index.es.js deleteMessage). Answers the messages deleted.
 */
export function deleteMessages(ctx: MessagingContext, session: Session, messages: readonly Message[]): Message[] {
  const me = session.userID;
  const first = messages[0];
  const eligible = messages.filter((message) => message.status === 'success' && message.conversationID === first.conversationID).slice(0, MAX_DELETE_MESSAGES);
  const positions: number[] = [];
  for (const message of eligible) {
    const located = locate(ctx, me, message);
    if (located) positions.push(located.stored.k);
  }
  if (positions.length > 0) {
    const tx = ctx.tx();
    const record = tx.conversation(me, first.conversationID) ?? {};
    const deleted = [...new Set([...(record.d ?? []), ...positions])].sort((a, b) => a - b).slice(-DELETED_KEPT);
    tx.setConversation(me, first.conversationID, { ...record, d: deleted });
    tx.commit();
    ctx.syncConversations(me, session, () => conversationsOf(ctx, me));
  }
  return eligible.map((message) => ({ ...message, isDeleted: true }));
}

/** Which parts modifyMessage changes (index.es.js `modifyRemoteMessage`: payload for these types, cloudCustomData for all). */
const PAYLOAD_MODIFIABLE: readonly string[] = [TYPES.MSG_TEXT, TYPES.MSG_CUSTOM, TYPES.MSG_LOCATION, TYPES.MSG_FACE];

/**
 * modifyMessage: any participant of the conversation (https://trtc.io/document/48005), on the version they
 * hold — an older one is a conflict (2480, with the latest message in `data.message`). Everyone in the
 * conversation gets MESSAGE_MODIFIED, the modifying instance too.
 */
export function modify(ctx: MessagingContext, session: Session, message: Message): Message {
  const me = session.userID;
  const located = locate(ctx, me, message);
  if (!located) throw new ChatError(MESSAGE_CODE.MSG_INVALID_ID, `modifyMessage: message ${message.ID} is not kept`, { message });
  if ('groupID' in located.where && !ctx.groups.member(located.where.groupID, me)) {
    throw new ChatError(MESSAGE_CODE.GROUP_PERMISSION_DENIED, `modifyMessage: ${me} is not in the group`, { message });
  }
  const { stored } = located;
  if ((stored.v ?? 0) !== message.version) {
    throw new ChatError(MESSAGE_CODE.MODIFY_CONFLICT, 'modifyMessage: the message was modified meanwhile', { message: viewFor(ctx, located, me) });
  }
  const payloadChanges = PAYLOAD_MODIFIABLE.includes(stored.ty) && message.type === stored.ty;
  const bytes = bodyBytes({ payload: payloadChanges ? message.payload : stored.p, cloudCustomData: message.cloudCustomData, atUserList: stored.at ?? [] });
  if (bytes > MAX_BODY_BYTES) throw new ChatError(MESSAGE_CODE.BODY_SIZE_LIMIT, `modifyMessage: the body is ${bytes} bytes; at most ${MAX_BODY_BYTES}`, { message });
  const next = {
    ...stored,
    p: payloadChanges ? JSON.parse(JSON.stringify(message.payload)) : stored.p,
    v: (stored.v ?? 0) + 1,
  } as StoredMessage;
  if (message.cloudCustomData) next.cd = message.cloudCustomData;
  else delete next.cd;
  const tx = ctx.tx();
  replaceMessage(tx, located.logID, next);
  tx.commit();
  const after = { ...located, stored: next };
  ctx.pushOnline(located.audience, EVENT.MESSAGE_MODIFIED, (user) => [viewFor(ctx, after, user)]);
  return viewFor(ctx, after, me);
}
