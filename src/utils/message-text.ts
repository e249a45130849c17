import { TYPES } from '@/src/chat/constants';
import type { GroupTipPayload, MessageBody } from '@/src/chat/message-types';

/** vue-i18n's t, passed in so that these stay plain functions (unit tests call them with the app's messages). */
export type Translate = (key: string, named?: Record<string, unknown>) => string;

function names(list: string[], t: Translate): string {
  return list.join(t('chat.tip.and'));
}

/** "10 min", "2 h", "7 days": a mute's length. */
export function muteLength(seconds: number, t: Translate): string {
  if (seconds % 86_400 === 0) return t('chat.duration.days', { n: seconds / 86_400 });
  if (seconds % 3600 === 0) return t('chat.duration.hours', { n: seconds / 3600 });
  if (seconds % 60 === 0) return t('chat.duration.minutes', { n: seconds / 60 });
  return t('chat.duration.seconds', { n: seconds });
}

/**
 * A group tip (GRP_TIP) as the centred grey line of a chat: who did what, with people named by the nick the
 * tip carries (operatorInfo, memberList), "You" for the reader. The operation types are the Web SDK's
 * (index.d.ts TYPES.GRP_TIP_*; group-module.js `_handleTips`), not the native SDKs' numbering.
 */
export function tipText(tip: GroupTipPayload, me: string, t: Translate): string {
  const nick = new Map(tip.memberList.map((member) => [member.userID, member.nick]));
  const nameOf = (userID: string): string => (userID === me ? t('chat.tip.you') : nick.get(userID) || userID);
  const operator = tip.operatorID === me ? t('chat.tip.you') : tip.operatorInfo?.nick || tip.operatorID;
  const who = names(tip.userIDList.map(nameOf), t);
  switch (tip.operationType) {
    case TYPES.GRP_TIP_MBR_JOIN:
      // One tip for both: joining by oneself, and being invited (the Web SDK has no separate invite tip).
      return tip.operatorID && !tip.userIDList.includes(tip.operatorID)
        ? t('chat.tip.invited', { operator, names: who })
        : t('chat.tip.join', { names: who });
    case TYPES.GRP_TIP_MBR_QUIT:
      return t('chat.tip.quit', { names: who });
    case TYPES.GRP_TIP_MBR_KICKED_OUT: {
      const reason = tip.memberList.find((member) => member.reason)?.reason;
      return reason ? t('chat.tip.kickedReason', { operator, names: who, reason }) : t('chat.tip.kicked', { operator, names: who });
    }
    case TYPES.GRP_TIP_MBR_SET_ADMIN:
      return t('chat.tip.setAdmin', { names: who });
    case TYPES.GRP_TIP_MBR_CANCELED_ADMIN:
      return t('chat.tip.cancelAdmin', { names: who });
    case TYPES.GRP_TIP_GRP_PROFILE_UPDATED:
      return profileTipText(tip, operator, nameOf, t);
    case TYPES.GRP_TIP_MBR_PROFILE_UPDATED: {
      const muted = tip.memberList.filter((member) => typeof member.muteTime === 'number');
      if (muted.length === 0) return t('chat.tip.memberChanged', { operator });
      const seconds = muted[0].muteTime ?? 0;
      const list = names(muted.map((member) => nameOf(member.userID)), t);
      return seconds > 0
        ? t('chat.tip.muted', { operator, names: list, duration: muteLength(seconds, t) })
        : t('chat.tip.unmuted', { operator, names: list });
    }
    case TYPES.GRP_TIP_BAN_AVCHATROOM_MEMBER:
      return t('chat.tip.banned', { names: who });
    case TYPES.GRP_TIP_UNBAN_AVCHATROOM_MEMBER:
      return t('chat.tip.unbanned', { names: who });
    default:
      return t('chat.tip.updated', { operator });
  }
}

function profileTipText(tip: GroupTipPayload, operator: string, nameOf: (userID: string) => string, t: Translate): string {
  const change = tip.newGroupProfile ?? {};
  if (change.ownerID) return t('chat.tip.owner', { names: nameOf(change.ownerID) });
  if (change.muteAllMembers !== undefined) return t(change.muteAllMembers ? 'chat.tip.muteAll' : 'chat.tip.unmuteAll', { operator });
  if (change.groupName !== undefined) return t('chat.tip.renamed', { operator, name: change.groupName });
  if (change.notification !== undefined) return t('chat.tip.notification', { operator, text: change.notification });
  if (change.introduction !== undefined) return t('chat.tip.introduction', { operator });
  if (change.avatar !== undefined) return t('chat.tip.avatar', { operator });
  if (change.joinOption !== undefined) return t('chat.tip.joinOption', { operator });
  if (change.inviteOption !== undefined) return t('chat.tip.inviteOption', { operator });
  if (change.groupCustomField !== undefined) return t('chat.tip.custom', { operator });
  return t('chat.tip.updated', { operator });
}

/**
 * One line for a message's content, as previews, quotes and merged-message abstracts show it: the text, the
 * file name or the location, else the type in brackets ("[Photo]").
 */
export function bodyPreview(body: MessageBody, me: string, t: Translate): string {
  switch (body.type) {
    case TYPES.MSG_TEXT:
      return body.payload.text;
    case TYPES.MSG_IMAGE:
      return t('chat.types.image');
    case TYPES.MSG_VIDEO:
      return t('chat.types.video');
    case TYPES.MSG_AUDIO:
      return t('chat.types.audio');
    case TYPES.MSG_FILE:
      return `${t('chat.types.file')} ${body.payload.fileName}`;
    case TYPES.MSG_FACE:
      return t('chat.types.face');
    case TYPES.MSG_LOCATION:
      return `${t('chat.types.location')} ${body.payload.description}`;
    case TYPES.MSG_CUSTOM:
      return body.payload.description || t('chat.types.custom');
    case TYPES.MSG_MERGER:
      return `${t('chat.types.merger')} ${body.payload.title}`;
    case TYPES.MSG_GRP_TIP:
      return tipText(body.payload, me, t);
    case TYPES.MSG_GRP_SYS_NOTICE:
      return t('chat.types.notice');
  }
}
