import { TYPES } from '@/src/chat/constants';
import type { GroupRole } from '@/src/chat/constants';
import type { GroupSystemNoticePayload, GroupTipPayload, Message } from '@/src/chat/message-types';
import type { CustomField, Group, GroupMember } from '@/src/chat/types';

/**
 * What the stores take from group tips and group system notices (MESSAGE_RECEIVED), the way the SDK updates
 * its own copies on receipt (group-module.js `_handleTips` and its handlers, `_onReceivedGroupSystemNotice`).
 * Pure functions: the stores decide what to hold, these say what a tip or notice changes.
 */

export function groupTipsIn(messages: readonly Message[]): GroupTipPayload[] {
  return messages.flatMap((message) => (message.type === TYPES.MSG_GRP_TIP ? [message.payload] : []));
}

export function groupNoticesIn(messages: readonly Message[]): GroupSystemNoticePayload[] {
  return messages.flatMap((message) => (message.type === TYPES.MSG_GRP_SYS_NOTICE ? [message.payload] : []));
}

/** Custom fields merged by key; an empty value removes the key (as the service stores them). */
function mergeCustomFields(current: readonly CustomField[], changes: readonly CustomField[]): CustomField[] {
  const merged = new Map(current.map((field) => [field.key, field.value]));
  for (const change of changes) {
    if (change.value === '') merged.delete(change.key);
    else merged.set(change.key, change.value);
  }
  return [...merged].map(([key, value]) => ({ key, value }));
}

/**
 * The group after a tip, seen by `me`; the same object when the tip changes nothing in it.
 * - JOIN / QUIT / KICKED_OUT: memberCount = memberNum (`_onNewMemberComeIn`, `_onMemberQuit`).
 * - SET_ADMIN / CANCELED_ADMIN naming me: my role.
 * - GRP_PROFILE_UPDATED: each key of newGroupProfile (`_onGroupProfileModified`: groupName → name), and my
 *   role when the owner changed (`_ownerChanged`). Custom fields are merged by key rather than replaced as
 *   the SDK does, since the tip lists only the fields that changed.
 */
export function groupAfterTip(group: Group, tip: GroupTipPayload, me: string): Group {
  switch (tip.operationType) {
    case TYPES.GRP_TIP_MBR_JOIN:
    case TYPES.GRP_TIP_MBR_QUIT:
    case TYPES.GRP_TIP_MBR_KICKED_OUT:
      return typeof tip.memberNum === 'number' && tip.memberNum !== group.memberCount ? { ...group, memberCount: tip.memberNum } : group;
    case TYPES.GRP_TIP_MBR_SET_ADMIN:
    case TYPES.GRP_TIP_MBR_CANCELED_ADMIN: {
      if (!tip.userIDList.includes(me) || group.selfInfo.role === TYPES.GRP_MBR_ROLE_OWNER) return group;
      const role = tip.operationType === TYPES.GRP_TIP_MBR_SET_ADMIN ? TYPES.GRP_MBR_ROLE_ADMIN : TYPES.GRP_MBR_ROLE_MEMBER;
      return withRole(group, role);
    }
    case TYPES.GRP_TIP_GRP_PROFILE_UPDATED:
      return tip.newGroupProfile ? groupAfterProfileChange(group, tip.newGroupProfile, me) : group;
    default:
      return group;
  }
}

function withRole(group: Group, role: GroupRole): Group {
  return group.selfInfo.role === role ? group : { ...group, selfInfo: { ...group.selfInfo, role } };
}

function groupAfterProfileChange(group: Group, change: NonNullable<GroupTipPayload['newGroupProfile']>, me: string): Group {
  const { groupName, groupCustomField, ownerID, ...copied } = change;
  let next: Group = { ...group, ...copied };
  if (groupName !== undefined) next.name = groupName;
  if (groupCustomField) next.groupCustomField = mergeCustomFields(group.groupCustomField, groupCustomField);
  if (ownerID !== undefined && ownerID !== group.ownerID) {
    next.ownerID = ownerID;
    if (ownerID === me) next = withRole(next, TYPES.GRP_MBR_ROLE_OWNER);
    else if (group.selfInfo.role === TYPES.GRP_MBR_ROLE_OWNER) next = withRole(next, TYPES.GRP_MBR_ROLE_MEMBER);
  }
  return next;
}

/**
 * A loaded member list after a tip; the same array when nothing in it changed. Leaving members go
 * (`_onMemberQuit`, `_onMemberKickedOut`), roles follow tips 4/5 and an owner change, a mute sets
 * muteUntil = now + muteTime (`_onMemberInfoModified`, GroupMember.updateMuteUntil; 0 unmutes). Joiners
 * are not in the tip with a member's fields: the store fetches them.
 */
export function membersAfterTip(members: readonly GroupMember[], tip: GroupTipPayload, nowSec: number): readonly GroupMember[] {
  const named = new Set(tip.userIDList);
  switch (tip.operationType) {
    case TYPES.GRP_TIP_MBR_QUIT:
    case TYPES.GRP_TIP_MBR_KICKED_OUT:
    case TYPES.GRP_TIP_BAN_AVCHATROOM_MEMBER:
      return members.some((member) => named.has(member.userID)) ? members.filter((member) => !named.has(member.userID)) : members;
    case TYPES.GRP_TIP_MBR_SET_ADMIN:
    case TYPES.GRP_TIP_MBR_CANCELED_ADMIN: {
      const role = tip.operationType === TYPES.GRP_TIP_MBR_SET_ADMIN ? TYPES.GRP_MBR_ROLE_ADMIN : TYPES.GRP_MBR_ROLE_MEMBER;
      return update(members, (member) => (named.has(member.userID) ? { role } : undefined));
    }
    case TYPES.GRP_TIP_GRP_PROFILE_UPDATED: {
      const ownerID = tip.newGroupProfile?.ownerID;
      if (ownerID === undefined) return members;
      return update(members, (member) => {
        if (member.userID === ownerID) return { role: TYPES.GRP_MBR_ROLE_OWNER };
        return member.role === TYPES.GRP_MBR_ROLE_OWNER ? { role: TYPES.GRP_MBR_ROLE_MEMBER } : undefined;
      });
    }
    case TYPES.GRP_TIP_MBR_PROFILE_UPDATED: {
      const muteTimes = new Map(tip.memberList.flatMap((entry) => (typeof entry.muteTime === 'number' ? [[entry.userID, entry.muteTime]] : [])));
      return update(members, (member) => {
        const muteTime = muteTimes.get(member.userID);
        return muteTime === undefined ? undefined : { muteUntil: muteTime > 0 ? nowSec + muteTime : 0 };
      });
    }
    default:
      return members;
  }
}

/** Applies `change` to the members it returns a change for; the same array when none changes. */
function update(members: readonly GroupMember[], change: (member: GroupMember) => Partial<GroupMember> | undefined): readonly GroupMember[] {
  let changed = false;
  const next = members.map((member) => {
    const patch = change(member);
    if (!patch || Object.entries(patch).every(([key, value]) => member[key as keyof GroupMember] === value)) return member;
    changed = true;
    return { ...member, ...patch };
  });
  return changed ? next : members;
}
