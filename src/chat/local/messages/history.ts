import { TYPES } from '../../constants';
import { ChatError } from '../../errors';
import type { Message, MessageListResult } from '../../message-types';
import { MESSAGE_CODE } from './codes';
import type { ConversationRef, MessagingContext } from './context';
import { c2cLog, groupLog } from './keys';
import { findByID, messagesBefore } from './log';
import { expireLog } from './retention';
import { messageView } from './views';
import type { MessageViewContext } from './views';

type StoredRef = Extract<ConversationRef, { type: typeof TYPES.CONV_C2C | typeof TYPES.CONV_GROUP }>;

const EMPTY: MessageListResult = { messageList: [], nextReqMessageID: '', isCompleted: true };

/**
 * getMessageList for a stored conversation (index.es.js getMessageList / `_getMsgListFromMem`): the `count`
 * newest messages before the cursor, oldest first; `nextReqMessageID` names the oldest one returned (a
 * message ID in C2C, a sequence in groups) and is '' once nothing older is left. Messages past the roaming
 * window, cleared or deleted by this user are not returned. AVChatRooms keep no history. UNCONFIRMED: a
 * group the user is not in answers 10007.
 */
export function pageOf(ctx: MessagingContext, me: string, ref: StoredRef, cursor: string, count: number): MessageListResult {
  let logID: string;
  let view: MessageViewContext;
  if (ref.type === TYPES.CONV_GROUP) {
    const group = ctx.groups.group(ref.groupID);
    if (group?.type === TYPES.GRP_AVCHATROOM) return { ...EMPTY, messageList: [] };
    if (!group || !ctx.groups.member(ref.groupID, me)) {
      throw new ChatError(MESSAGE_CODE.GROUP_PERMISSION_DENIED, `getMessageList: ${me} is not a member of ${ref.groupID}`);
    }
    logID = groupLog(ref.groupID);
    view = ctx.groupView(me, ref.groupID);
  } else {
    logID = c2cLog(me, ref.peer);
    view = ctx.c2cView(me, ref.peer, ctx.store.head(logID));
  }
  expireLog(ctx, logID);
  const head = ctx.store.head(logID);
  if (!head) return { ...EMPTY, messageList: [] };
  let before = head.n;
  if (cursor !== '') {
    const bySequence = ref.type === TYPES.CONV_GROUP && /^\d+$/.test(cursor);
    const at = bySequence ? Number(cursor) : findByID(ctx.store, logID, cursor)?.k;
    if (at === undefined) return { ...EMPTY, messageList: [] };
    before = at;
  }
  const record = ctx.record(me, ref.conversationID);
  const cutoff = ctx.nowSec() - ctx.options.roamingSeconds;
  const page: Message[] = [];
  let more = false;
  for (const message of messagesBefore(ctx.store, logID, before)) {
    if (message.k <= (record.ck ?? 0) || message.tm < cutoff) break;
    if (record.d?.includes(message.k)) continue;
    if (page.length === count) {
      more = true;
      break;
    }
    page.push(messageView(message, view));
  }
  page.reverse();
  const oldest = page[0];
  const nextReqMessageID = more && oldest ? (ref.type === TYPES.CONV_C2C ? oldest.ID : String(oldest.sequence)) : '';
  return { messageList: page, nextReqMessageID, isCompleted: !more };
}
