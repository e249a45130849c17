import type { GroupRole, GroupType, InviteOption, JoinOption, MessageRemindType } from '../../constants';
import type { CustomField } from '../../types';

/**
 * What the service keeps, as opposed to the SDK-shaped objects it answers with (views.ts). Records are never
 * mutated once stored: a change builds new ones (tx.ts), so a failed write leaves memory as it was.
 */
export interface GroupRecord {
  groupID: string;
  type: GroupType;
  name: string;
  avatar: string;
  introduction: string;
  notification: string;
  /** '' once the owner of a Work group has left. */
  ownerID: string;
  /** Seconds. */
  createTime: number;
  infoSequence: number;
  lastInfoTime: number;
  /** 0: no limit (AVChatRoom). */
  maxMemberCount: number;
  joinOption: JoinOption;
  inviteOption: InviteOption;
  muteAllMembers: boolean;
  isSupportTopic: boolean;
  groupCustomField: CustomField[];
  memberCount: number;
  /** The join sequence number the next member gets; sequence numbers are never reused. */
  nextSeq: number;
  /** Chunk numbers that hold at least one member, ascending. */
  chunkNos: number[];
  /** AVChatRoom bans: userID → end of the ban in seconds. */
  bans: Array<[string, number]>;
}

export interface MemberRecord {
  userID: string;
  /** Join sequence number: the member's immutable place in member-list order. */
  seq: number;
  role: GroupRole;
  /** Seconds. */
  joinTime: number;
  nameCard: string;
  /** Seconds; 0 = not muted. */
  muteUntil: number;
  customFields: CustomField[];
  remindType: MessageRemindType;
}

/** 0: a request to join; 2: a member's invitation waiting for an owner's or admin's approval. */
export type ApplicationType = 0 | 2;

export interface ApplicationRecord {
  /** The `authentication` token the SDK hands back to handleGroupApplication. */
  id: string;
  type: ApplicationType;
  groupID: string;
  applicant: string;
  /** The invitee of an invitation; '' for a request to join (UNCONFIRMED: what the SDK reads there then). */
  userID: string;
  note: string;
  /** Seconds; also the SDK's `messageKey`. */
  time: number;
}

export interface ApplicationBook {
  pending: ApplicationRecord[];
  /** Most recent last, at most HANDLED_APPLICATIONS_KEPT. */
  handled: ApplicationRecord[];
}

/** One group of a user in the user index: [groupID, join sequence number]. */
export type IndexEntry = readonly [string, number];

/** Demo members that have no account record (see demo-groups.ts). */
export interface BulkMembers {
  prefix: string;
  digits: number;
  count: number;
}

export interface GroupMeta {
  bulk: BulkMembers | null;
}
