import { MAX_MUTE_SECONDS, TYPES } from '@/src/chat/constants';
import type { GroupTipPayload } from '@/src/chat/message-types';
import { durationParts } from './duration';
import { sentenceCase as sentence, type Translate } from './translate';

/** At most this many names are spelled out in a tip; the rest are counted ("and 3 more"). */
const NAMES_SHOWN = 3;

/**
 * A group tip (TIMGroupTipElem, index.es.js `ki`) as a sentence: "bob joined the group", "alice removed
 * carol from the group", "alice changed the group name to “Beans”". Names are the nicks the tip carries
 * (memberList, operatorInfo), else the userIDs; the signed-in user reads as "you". Used for a group row's
 * preview and wherever a tip is shown as text.
 */
export function groupTipText(tip: GroupTipPayload, me: string, t: Translate): string {
  const operator = nameOf(tip.operatorID, tip.operatorInfo?.nick ?? '', me, t);
  const names = namesOf(tip, me, t);
  const key = tipKey(tip);
  if (key === 'rename') return sentence(t('conversations.tips.rename', { operator, name: tip.newGroupProfile?.groupName ?? '' }));
  if (key === 'owner') {
    const ownerID = tip.newGroupProfile?.ownerID ?? '';
    const member = tip.memberList.find((entry) => entry.userID === ownerID);
    return sentence(t('conversations.tips.owner', { name: nameOf(ownerID, member?.nick ?? '', me, t) }));
  }
  const muteTime = key === 'muted' ? sharedMuteTime(tip) : 0;
  if (muteTime > 0) return sentence(t('conversations.tips.mutedFor', { operator, names, duration: muteLength(muteTime, t) }));
  return sentence(t(`conversations.tips.${key}`, { operator, names }));
}

/** The mute length (seconds) the tip gives every member it names, 0 when they differ or it is for ever (MAX_MUTE_SECONDS). */
function sharedMuteTime(tip: GroupTipPayload): number {
  const times = new Set(tip.memberList.map((member) => member.muteTime ?? 0));
  const [time] = [...times];
  return times.size === 1 && time > 0 && time < MAX_MUTE_SECONDS ? time : 0;
}

/** "10 minutes", "1 hour", "1 day 2 hours", "10分钟", "1天2小时": the two largest units, as the members page counts. */
function muteLength(seconds: number, t: Translate): string {
  const { unit, days, hours, minutes } = durationParts(seconds);
  const part = (name: 'day' | 'hour' | 'minute', count: number) =>
    t(`conversations.tips.length.${count === 1 ? name : `${name}s`}`, { count });
  const parts =
    unit === 'dh' ? [part('day', days), hours > 0 ? part('hour', hours) : ''] : unit === 'hm' ? [part('hour', hours), minutes > 0 ? part('minute', minutes) : ''] : [part('minute', minutes)];
  return parts.filter(Boolean).join(t('conversations.tips.length.join'));
}

type TipKey =
  | 'joined'
  | 'quit'
  | 'kicked'
  | 'setAdmin'
  | 'cancelAdmin'
  | 'rename'
  | 'owner'
  | 'notification'
  | 'introduction'
  | 'avatar'
  | 'muteAll'
  | 'unmuteAll'
  | 'settings'
  | 'muted'
  | 'unmuted'
  | 'banned'
  | 'unbanned'
  | 'unknown';

function tipKey(tip: GroupTipPayload): TipKey {
  switch (tip.operationType) {
    // Web has one JOIN tip for joining, being approved and being invited (index.d.ts GRP_TIP_MBR_JOIN): the
    // sentence names who joined, not who let them in.
    case TYPES.GRP_TIP_MBR_JOIN:
      return 'joined';
    case TYPES.GRP_TIP_MBR_QUIT:
      return 'quit';
    case TYPES.GRP_TIP_MBR_KICKED_OUT:
      return 'kicked';
    case TYPES.GRP_TIP_MBR_SET_ADMIN:
      return 'setAdmin';
    case TYPES.GRP_TIP_MBR_CANCELED_ADMIN:
      return 'cancelAdmin';
    case TYPES.GRP_TIP_GRP_PROFILE_UPDATED:
      return profileKey(tip);
    case TYPES.GRP_TIP_MBR_PROFILE_UPDATED:
      // A member's mute (muteTime > 0) or its end (0), group-module.js _onGroupMemberProfileUpdated.
      return tip.memberList.some((member) => (member.muteTime ?? 0) > 0) ? 'muted' : 'unmuted';
    case TYPES.GRP_TIP_BAN_AVCHATROOM_MEMBER:
      return 'banned';
    case TYPES.GRP_TIP_UNBAN_AVCHATROOM_MEMBER:
      return 'unbanned';
    default:
      return 'unknown';
  }
}

/** A profile tip carries only the keys that changed; the first one that says most names the sentence. */
function profileKey(tip: GroupTipPayload): TipKey {
  const change = tip.newGroupProfile ?? {};
  if (change.ownerID !== undefined) return 'owner';
  if (change.groupName !== undefined) return 'rename';
  if (change.muteAllMembers !== undefined) return change.muteAllMembers ? 'muteAll' : 'unmuteAll';
  if (change.notification !== undefined) return 'notification';
  if (change.introduction !== undefined) return 'introduction';
  if (change.avatar !== undefined) return 'avatar';
  return 'settings';
}

function nameOf(userID: string, nick: string, me: string, t: Translate): string {
  if (userID && userID === me) return t('conversations.tips.you');
  // Chinese sets other people's names in quotes (“张三”加入了群聊), English does not.
  return t('conversations.tips.quoted', { name: nick || userID || t('conversations.tips.someone') });
}

/** Whom the tip is about (userIDList, default the operator), by the nicks in memberList. */
function namesOf(tip: GroupTipPayload, me: string, t: Translate): string {
  const ids = tip.userIDList.length > 0 ? tip.userIDList : tip.memberList.map((member) => member.userID);
  const nicks = new Map(tip.memberList.map((member) => [member.userID, member.nick]));
  const names = ids.map((userID) => nameOf(userID, nicks.get(userID) ?? '', me, t));
  const shown = names.slice(0, NAMES_SHOWN).join(t('conversations.tips.separator'));
  const more = names.length - NAMES_SHOWN;
  return more > 0 ? t('conversations.tips.andMore', { names: shown, count: more }) : shown;
}
