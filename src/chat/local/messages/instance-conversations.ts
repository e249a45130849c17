import { REMIND_TYPES, TYPES } from '../../constants';
import type { MessageRemindType } from '../../constants';
import { ChatError } from '../../errors';
import { isRecord } from '../../guards';
import type {
  C2CRemindTypeResult,
  Conversation,
  ConversationIDListResult,
  ConversationIDResult,
  ConversationListResult,
  ConversationResult,
} from '../../message-types';
import type { ChatResponse } from '../../types';
import { ok } from '../core/answer';
import { MESSAGE_CODE } from './codes';
import { parseConversationID } from './context';
import type { ConversationRef } from './context';
import { clearHistory, deleteConversations, pin, setC2CRemindType } from './conversation-ops';
import { c2cConversation, groupConversation } from './conversations';
import { fail } from './create';
import type { InstanceState } from './instance-state';
import { MAX_C2C_REMIND_USERS, MAX_DELETE_CONVERSATIONS } from './limits';
import { conversationView, emptyLastMessage } from './views';

const ID_RULE = 'must be C2C<userID>, GROUP<groupID> or @TIM#SYSTEM';

/** The SDK's conversationID validator (`Vt`): anything else is the code-less "Params validate failed." */
function requireID(api: string, value: unknown): ConversationRef {
  const ref = parseConversationID(value);
  if (!ref) throw fail(api, 'conversationID', ID_RULE);
  return ref;
}

type StoredRef = Extract<ConversationRef, { type: typeof TYPES.CONV_C2C | typeof TYPES.CONV_GROUP }>;

/** The filters of getConversationList (index.es.js `_getConvList`). */
function matches(conversation: Conversation, filter: Record<string, unknown>): boolean {
  const { type, markType, groupName, hasUnreadCount, hasGroupAtInfo } = filter;
  if ((type === TYPES.CONV_C2C || type === TYPES.CONV_GROUP) && conversation.type !== type) return false;
  if (typeof markType === 'number' && (markType === 0 ? conversation.markList.length > 0 : !conversation.markList.includes(markType))) return false;
  if (typeof groupName === 'string') {
    if (groupName === '' ? conversation.conversationGroupList.length > 0 : !conversation.conversationGroupList.includes(groupName)) return false;
  }
  if (hasUnreadCount === true && conversation.unreadCount < 1) return false;
  if (hasUnreadCount === false && conversation.unreadCount !== 0) return false;
  if (hasGroupAtInfo === true && conversation.groupAtInfoList.length < 1) return false;
  if (hasGroupAtInfo === false && conversation.groupAtInfoList.length !== 0) return false;
  return true;
}

/** The conversation half of an instance's SDK calls; server decisions are in conversation-ops.ts. */
export class InstanceConversations {
  constructor(private readonly state: InstanceState) {}

  private find(conversationID: string): Conversation | undefined {
    return this.state.conversations().find((conversation) => conversation.conversationID === conversationID);
  }

  list(options?: unknown): ChatResponse<ConversationListResult> {
    const all = this.state.conversations();
    let conversationList: Conversation[];
    if (options === undefined || options === null) conversationList = all;
    else if (Array.isArray(options)) conversationList = all.filter((conversation) => options.includes(conversation.conversationID));
    else if (isRecord(options)) conversationList = all.filter((conversation) => matches(conversation, options));
    else conversationList = [];
    return ok({ conversationList, isSyncCompleted: true });
  }

  /**
   * getConversationProfile (index.es.js): a conversation in the list as it is; an unknown C2C one gets the
   * user's profile (2501 when there is none) and is inserted after the pinned ones; a group one likewise if
   * the user is in the group, else a stub comes back and nothing is inserted.
   */
  profile(raw: unknown): ChatResponse<ConversationResult> {
    const ref = requireID('getConversationProfile', raw);
    const known = this.find(ref.conversationID);
    if (known) return ok({ conversation: known });
    const { ctx, userID } = this.state;
    if (ref.type === TYPES.CONV_SYSTEM) return ok({ conversation: this.state.systemConversation() });
    let conversation: Conversation;
    if (ref.type === TYPES.CONV_C2C) {
      if (!ctx.accounts.hasUser(ref.peer)) throw new ChatError(MESSAGE_CODE.USER_OR_GROUP_NOT_FOUND, `getConversationProfile: user ${ref.peer} does not exist`);
      conversation = c2cConversation(ctx, userID, ref.peer, {});
    } else {
      const group = ctx.groups.group(ref.groupID);
      if (!group || !ctx.groups.member(ref.groupID, userID)) {
        const stub = conversationView({
          conversationID: ref.conversationID,
          type: TYPES.CONV_GROUP,
          subType: '',
          unreadCount: 0,
          lastMessage: emptyLastMessage(),
          groupProfile: { groupID: ref.groupID, name: '', avatar: '', type: group?.type ?? TYPES.GRP_WORK },
          isPinned: false,
          messageRemindType: '',
        });
        return ok({ conversation: stub });
      }
      conversation = groupConversation(ctx, userID, group, {});
    }
    this.state.stubs.set(ref.conversationID, conversation);
    this.state.changed();
    return ok({ conversation: this.find(ref.conversationID) ?? conversation });
  }

  /**
   * deleteConversation(id) or ({conversationIDList ≤ 100, clearHistoryMessage = true}) (index.es.js
   * deleteConversation / deleteConvList): answers what was deleted; nothing deleted is 2500.
   */
  delete(raw: unknown): ChatResponse<ConversationIDResult> | ChatResponse<ConversationIDListResult> {
    const api = 'deleteConversation';
    const single = typeof raw === 'string';
    let ids: string[];
    let clear = true;
    if (single) {
      requireID(api, raw);
      ids = [raw];
    } else {
      if (!isRecord(raw)) throw fail(api, 'options', 'must be a conversationID or an object');
      if (!Array.isArray(raw.conversationIDList)) throw fail(api, 'conversationIDList', 'must be an array');
      if (raw.conversationIDList.length === 0) throw fail(api, 'conversationIDList', 'must not be empty');
      for (const id of raw.conversationIDList) requireID(api, id);
      if ('clearHistoryMessage' in raw && typeof raw.clearHistoryMessage !== 'boolean') throw fail(api, 'clearHistoryMessage', 'must be a boolean');
      ids = (raw.conversationIDList as string[]).slice(0, MAX_DELETE_CONVERSATIONS);
      clear = raw.clearHistoryMessage !== false;
    }
    const deleted: string[] = [];
    const stored: StoredRef[] = [];
    for (const id of ids) {
      const ref = requireID(api, id);
      if (ref.type === TYPES.CONV_SYSTEM) {
        if (this.state.system) {
          this.state.system = null;
          deleted.push(id);
        }
      } else if (this.state.stubs.delete(id) || (ref.type === TYPES.CONV_GROUP && this.state.rooms.delete(ref.groupID))) {
        deleted.push(id);
      } else {
        stored.push(ref);
      }
    }
    deleted.push(...deleteConversations(this.state.ctx, this.state.session, stored, clear).filter((id) => !deleted.includes(id)));
    if (deleted.length === 0) throw new ChatError(MESSAGE_CODE.CONV_NOT_FOUND, `${api}: none of ${ids.join(', ')} is in the conversation list`);
    for (const id of deleted) this.state.drafts.delete(id);
    this.state.changed();
    const order = ids.filter((id) => deleted.includes(id));
    return single ? ok({ conversationID: order[0] }) : ok({ conversationIDList: order });
  }

  /**
   * pinConversation (index.es.js): the same state answers at once; C2C/GROUP with nothing after the prefix
   * is an invalid conversation ID (2503); a conversation with no message yet shows up pinned.
   */
  pin(raw: unknown): ChatResponse<ConversationIDResult> {
    const api = 'pinConversation';
    if (!isRecord(raw)) throw fail(api, 'options', 'must be an object');
    const ref = requireID(api, raw.conversationID);
    if (typeof raw.isPinned !== 'boolean') throw fail(api, 'isPinned', 'is required and must be a boolean');
    const isPinned = raw.isPinned;
    const known = this.find(ref.conversationID);
    if (known && known.isPinned === isPinned) return ok({ conversationID: ref.conversationID });
    if (ref.type === TYPES.CONV_SYSTEM) {
      if (this.state.system) this.state.system.pinned = isPinned;
    } else {
      const target = ref.type === TYPES.CONV_C2C ? ref.peer : ref.groupID;
      if (target === '') throw new ChatError(MESSAGE_CODE.INVALID_CONV_ID, `${api}: ${ref.conversationID} names no user or group`);
      pin(this.state.ctx, this.state.session, ref, isPinned);
      this.state.stubs.delete(ref.conversationID);
    }
    this.state.changed();
    return ok({ conversationID: ref.conversationID });
  }

  /** setConversationDraft: this instance only (index.es.js setConvDraft); unknown conversations 2500. */
  draft(raw: unknown): ChatResponse<ConversationResult> {
    const api = 'setConversationDraft';
    if (!isRecord(raw)) throw fail(api, 'options', 'must be an object');
    const ref = requireID(api, raw.conversationID);
    if (typeof raw.draftText !== 'string') throw fail(api, 'draftText', 'must be a string');
    if (!this.find(ref.conversationID)) throw new ChatError(MESSAGE_CODE.CONV_NOT_FOUND, `${api}: ${ref.conversationID} is not in the conversation list`);
    if (raw.draftText === '') this.state.drafts.delete(ref.conversationID);
    else this.state.drafts.set(ref.conversationID, raw.draftText);
    this.state.changed();
    const conversation = this.find(ref.conversationID);
    if (!conversation) throw new ChatError(MESSAGE_CODE.CONV_NOT_FOUND, `${api}: ${ref.conversationID} is not in the conversation list`);
    return ok({ conversation });
  }

  /** clearHistoryMessage (index.es.js): unknown 2500; the system conversation is emptied in memory. */
  clear(raw: unknown): ChatResponse<ConversationIDResult> {
    const api = 'clearHistoryMessage';
    const ref = requireID(api, raw);
    if (!this.find(ref.conversationID)) throw new ChatError(MESSAGE_CODE.CONV_NOT_FOUND, `${api}: ${ref.conversationID} is not in the conversation list`);
    if (ref.type === TYPES.CONV_SYSTEM) {
      if (this.state.system) this.state.system = { ...this.state.system, messages: [], unread: 0 };
    } else if (ref.type === TYPES.CONV_GROUP && this.state.rooms.has(ref.groupID)) {
      this.state.rooms.delete(ref.groupID);
    } else if (this.state.stubs.has(ref.conversationID)) {
      // Nothing stored yet: nothing to clear.
    } else {
      clearHistory(this.state.ctx, this.state.session, ref);
    }
    this.state.changed();
    return ok({ conversationID: ref.conversationID });
  }

  total(): number {
    return this.state.total();
  }

  /** setMessageRemindType({userIDList, messageRemindType}): UNCONFIRMED, an unknown remind type is refused (-1). */
  c2cRemindType(raw: Record<string, unknown>): ChatResponse<C2CRemindTypeResult> {
    const api = 'setMessageRemindType';
    if (!Array.isArray(raw.userIDList)) throw fail(api, 'userIDList', 'must be an array');
    if (!REMIND_TYPES.includes(raw.messageRemindType as MessageRemindType)) throw fail(api, 'messageRemindType', `must be one of ${REMIND_TYPES.join(', ')}`);
    const userIDs = raw.userIDList.filter((id): id is string => typeof id === 'string').slice(0, MAX_C2C_REMIND_USERS);
    const result = setC2CRemindType(this.state.ctx, this.state.session, userIDs, raw.messageRemindType as MessageRemindType);
    this.state.changed();
    return ok(result);
  }
}
