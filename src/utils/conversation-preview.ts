import { TYPES } from '@/src/chat/constants';
import type { Conversation, ConversationLastMessage, MessagePayloads } from '@/src/chat/message-types';
import { groupNoticeText } from './group-notice-text';
import { conversationName } from './names';
import { groupTipText } from './group-tip-text';
import type { Translate } from './translate';

/**
 * The second line of a conversation row, as WeChat writes it: a red marker first when there is a draft
 * ("[草稿]") or an unread mention ("[有人@我]", "[@所有人]"), then the draft or the last message by type.
 */
export interface ConversationPreview {
  /** '' when none; shown in red before the text. */
  marker: string;
  /** Which marker: for styling and tests. */
  markerKind: 'draft' | 'atMe' | 'atAll' | '';
  text: string;
}

/** What a row is called (names.ts: the friend's remark, the nick, the group's name, else the ID). */
export { conversationName };

/**
 * The mention marker from groupAtInfoList (index.es.js: 1 @me, 2 @all, 3 @all and @me), which the SDK
 * clears when the conversation is read: a mention of me outranks one of everyone.
 */
export function mentionKind(conversation: Pick<Conversation, 'groupAtInfoList'>): 'atMe' | 'atAll' | '' {
  const types = conversation.groupAtInfoList.flatMap((info) => info.atTypeArray);
  if (types.some((type) => type === TYPES.CONV_AT_ME || type === TYPES.CONV_AT_ALL_AT_ME)) return 'atMe';
  if (types.some((type) => type === TYPES.CONV_AT_ALL)) return 'atAll';
  return '';
}

/** Your remark for a person ('' when none): a group message's sender is named by it first, as in WeChat. */
export type RemarkOf = (userID: string) => string;
const noRemark: RemarkOf = () => '';

export function conversationPreview(conversation: Conversation, me: string, t: Translate, remarkOf: RemarkOf = noRemark): ConversationPreview {
  // A draft is what the user was writing: it takes the line, as in WeChat.
  if (conversation.draftText) {
    return { marker: t('conversations.preview.draft'), markerKind: 'draft', text: oneLine(conversation.draftText) };
  }
  const mention = mentionKind(conversation);
  const text = lastMessageText(conversation, me, t, remarkOf);
  return { marker: mention ? t(`conversations.preview.${mention}`) : '', markerKind: mention, text };
}

/** The last message in words, with the sender's name in front in a group (others' messages only). */
export function lastMessageText(conversation: Conversation, me: string, t: Translate, remarkOf: RemarkOf = noRemark): string {
  const last = conversation.lastMessage;
  if (!last.type && !last.isRevoked) return '';
  const isGroup = conversation.type === TYPES.CONV_GROUP;
  const sender = (last.fromAccount && remarkOf(last.fromAccount)) || last.nameCard || last.nick || last.fromAccount;
  if (last.isRevoked) {
    if (last.fromAccount === me) return t('conversations.preview.recalledByMe');
    return t('conversations.preview.recalled', { name: isGroup ? sender : conversationName(conversation) });
  }
  const body = messageBody(last, me, t);
  if (isGroup && last.type !== TYPES.MSG_GRP_TIP && last.fromAccount && last.fromAccount !== me && sender) {
    return t('conversations.preview.sender', { name: sender, text: body });
  }
  return body;
}

function payloadOf<T extends keyof MessagePayloads>(last: ConversationLastMessage, type: T): MessagePayloads[T] | null {
  // lastMessage keeps `type` and `payload` side by side (index.es.js `_updateLastMessage`): the type says which payload it is.
  return last.type === type && last.payload ? (last.payload as MessagePayloads[T]) : null;
}

function messageBody(last: ConversationLastMessage, me: string, t: Translate): string {
  switch (last.type) {
    case TYPES.MSG_TEXT: {
      const payload = payloadOf(last, TYPES.MSG_TEXT);
      return oneLine(payload?.text ?? last.messageForShow);
    }
    case TYPES.MSG_IMAGE:
      return t('conversations.preview.image');
    case TYPES.MSG_VIDEO:
      return t('conversations.preview.video');
    case TYPES.MSG_AUDIO:
      return t('conversations.preview.audio', { seconds: Math.round(payloadOf(last, TYPES.MSG_AUDIO)?.second ?? 0) });
    case TYPES.MSG_FILE:
      return t('conversations.preview.file', { name: payloadOf(last, TYPES.MSG_FILE)?.fileName ?? '' }).trim();
    case TYPES.MSG_FACE:
      return t('conversations.preview.face');
    case TYPES.MSG_LOCATION:
      return t('conversations.preview.location', { description: oneLine(payloadOf(last, TYPES.MSG_LOCATION)?.description ?? '') }).trim();
    case TYPES.MSG_CUSTOM: {
      const description = oneLine(payloadOf(last, TYPES.MSG_CUSTOM)?.description ?? '');
      return description || t('conversations.preview.custom');
    }
    case TYPES.MSG_MERGER:
      return t('conversations.preview.merger');
    case TYPES.MSG_GRP_TIP: {
      const tip = payloadOf(last, TYPES.MSG_GRP_TIP);
      return tip ? groupTipText(tip, me, t) : t('conversations.tips.unknown');
    }
    case TYPES.MSG_GRP_SYS_NOTICE: {
      const notice = payloadOf(last, TYPES.MSG_GRP_SYS_NOTICE);
      return notice ? groupNoticeText(notice, me, (userID) => userID, t).text : t('notices.title');
    }
    default:
      return oneLine(last.messageForShow);
  }
}

/** A preview is one line: line breaks become spaces. */
function oneLine(text: string): string {
  return text.replace(/\s*[\r\n]+\s*/g, ' ').trim();
}
