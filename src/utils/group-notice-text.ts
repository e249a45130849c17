import { GROUP_NOTICE } from '@/src/chat/constants';
import type { GroupSystemNoticePayload } from '@/src/chat/message-types';
import { sentenceCase, type Translate } from './translate';

/** A group system notice in words: the sentence, and the note or reply that came with it ('' when none). */
export interface NoticeText {
  text: string;
  detail: string;
}

const KEYS: Partial<Record<number, string>> = {
  [GROUP_NOTICE.JOIN_REQUEST]: 'joinRequest',
  [GROUP_NOTICE.JOIN_ACCEPTED]: 'requestApproved',
  [GROUP_NOTICE.JOIN_REJECTED]: 'requestDeclined',
  [GROUP_NOTICE.KICKED_OUT]: 'kicked',
  [GROUP_NOTICE.DISMISSED]: 'dismissed',
  [GROUP_NOTICE.CREATED]: 'created',
  [GROUP_NOTICE.INVITED]: 'invited',
  [GROUP_NOTICE.QUIT]: 'quit',
  [GROUP_NOTICE.SET_ADMIN]: 'setAdmin',
  [GROUP_NOTICE.CANCELED_ADMIN]: 'cancelAdmin',
  [GROUP_NOTICE.RECYCLED]: 'recycled',
  [GROUP_NOTICE.INVITE_REQUEST]: 'inviteRequest',
  [GROUP_NOTICE.INVITE_ACCEPTED]: 'inviteAccepted',
  [GROUP_NOTICE.INVITE_REFUSED]: 'inviteRefused',
  [GROUP_NOTICE.AVCHATROOM_BANNED]: 'banned',
};

/**
 * A notice of `@TIM#SYSTEM` (TIMGroupSystemNoticeElem, index.es.js `bi`; operation types as
 * TIMGroupReportType lists them) as a person reads it: "heidi wants to join Coffee Lovers", "Your request to
 * join Coffee Lovers was approved". `nameOf` names the operator (a profile's nick, else the userID); the
 * group by the name the notice carries, else its ID. A join request's note and a decision's reply
 * (handleMessage) come apart as `detail`; a custom notice (255) is its own text.
 */
export function groupNoticeText(notice: GroupSystemNoticePayload, me: string, nameOf: (userID: string) => string, t: Translate): NoticeText {
  const group = notice.groupProfile.name || notice.groupProfile.groupID;
  const operator =
    notice.operatorID === me
      ? t('conversations.tips.you')
      : t('conversations.tips.quoted', { name: nameOf(notice.operatorID) || t('conversations.tips.someone') });
  const handleMessage = notice.handleMessage.trim();
  if (notice.operationType === GROUP_NOTICE.CUSTOM) return { text: t('notices.custom', { group, text: notice.userDefinedField }), detail: '' };
  const key = KEYS[notice.operationType] ?? 'unknown';
  const text = sentenceCase(t(`notices.${key}`, { group, operator }));
  if (!handleMessage) return { text, detail: '' };
  const detail =
    notice.operationType === GROUP_NOTICE.JOIN_REQUEST ? t('notices.note', { note: handleMessage }) : t('notices.reply', { reply: handleMessage });
  return { text, detail };
}
