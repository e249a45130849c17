import { TYPES } from '../../constants';
import type { GroupRole } from '../../constants';
import type { CustomField } from '../../types';
import type { GroupRecord, MemberRecord } from './model';
import type { GroupTx } from './tx';

/** How many more members fit; Infinity when the group has no limit (maxMemberCount 0). */
export function roomLeft(group: GroupRecord): number {
  return group.maxMemberCount === 0 ? Number.POSITIVE_INFINITY : Math.max(0, group.maxMemberCount - group.memberCount);
}

/**
 * Stages a new member at the group's next join sequence number, with the user index and member count to
 * match. Capacity and limits are the caller's to check first.
 */
export function stageJoin(
  tx: GroupTx,
  groupID: string,
  userID: string,
  role: GroupRole,
  joinTime: number,
  customFields: CustomField[] = [],
): MemberRecord {
  const group = tx.profile(groupID);
  if (!group) throw new Error(`stageJoin: group ${groupID} is not staged`);
  const member: MemberRecord = {
    userID,
    seq: group.nextSeq,
    role,
    joinTime,
    nameCard: '',
    muteUntil: 0,
    customFields,
    remindType: TYPES.MSG_REMIND_ACPT_AND_NOTE,
  };
  tx.putMember(groupID, member);
  tx.setEntries(userID, [...tx.entriesOf(userID).filter(([id]) => id !== groupID), [groupID, member.seq]]);
  tx.setProfile({ ...group, nextSeq: group.nextSeq + 1, memberCount: group.memberCount + 1 });
  return member;
}

/** Stages a member's departure; a leaving owner leaves the group ownerless (Work groups only get here). */
export function stageLeave(tx: GroupTx, groupID: string, member: MemberRecord): void {
  const group = tx.profile(groupID);
  if (!group) throw new Error(`stageLeave: group ${groupID} is not staged`);
  tx.removeMember(groupID, member);
  tx.setEntries(member.userID, tx.entriesOf(member.userID).filter(([id]) => id !== groupID));
  tx.setProfile({
    ...group,
    memberCount: Math.max(0, group.memberCount - 1),
    ownerID: group.ownerID === member.userID ? '' : group.ownerID,
  });
}

/** A profile change that members see: the SDK's infoSequence and lastInfoTime move with each one. */
export function touched(group: GroupRecord, now: number): GroupRecord {
  return { ...group, infoSequence: group.infoSequence + 1, lastInfoTime: now };
}
