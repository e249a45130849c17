import type { CustomField, Group, GroupMember } from '../../types';
import type { GroupRecord, MemberRecord } from './model';

/**
 * A filter of custom-field keys as the SDK passes it: undefined = every field. UNCONFIRMED: an empty filter
 * is read literally (no fields), as a list of keys to pick.
 */
export type KeyFilter = readonly string[] | undefined;

function pickFields(fields: readonly CustomField[], filter: KeyFilter): CustomField[] {
  const kept = filter === undefined ? fields : fields.filter((field) => filter.includes(field.key));
  return kept.map((field) => ({ ...field }));
}

/**
 * The SDK's Group object for a record, seen by `self` (its member record) or from outside (undefined: the
 * SDK's blank selfInfo). A fresh object each time, so no two callers or listeners share one.
 */
export function groupView(group: GroupRecord, self: MemberRecord | undefined, customFilter?: KeyFilter): Group {
  return {
    groupID: group.groupID,
    name: group.name,
    avatar: group.avatar,
    type: group.type,
    introduction: group.introduction,
    notification: group.notification,
    ownerID: group.ownerID,
    createTime: group.createTime,
    infoSequence: group.infoSequence,
    lastInfoTime: group.lastInfoTime,
    selfInfo: self
      ? {
          userID: self.userID,
          role: self.role,
          joinTime: self.joinTime,
          nameCard: self.nameCard,
          messageRemindType: self.remindType,
          memberCustomField: pickFields(self.customFields, undefined),
        }
      : { userID: '', role: '', joinTime: 0, nameCard: '', messageRemindType: '', memberCustomField: [] },
    lastMessage: { lastTime: 0, lastSequence: 0, fromAccount: '', messageForShow: '' },
    nextMessageSeq: 1,
    memberCount: group.memberCount,
    maxMemberCount: group.maxMemberCount,
    joinOption: group.joinOption,
    inviteOption: group.inviteOption,
    groupCustomField: pickFields(group.groupCustomField, customFilter),
    muteAllMembers: group.muteAllMembers,
    isSupportTopic: group.isSupportTopic,
  };
}

/**
 * The SDK's GroupMember. getGroupMemberList asks the server for Role, JoinTime, NameCard, ShutUpUntil and
 * OnlineStatus only (GroupMemberHandler DEFAULT_MEMBER_INFO_FILTER), so its members carry no custom fields;
 * getGroupMemberProfile passes `customFilter` to get them.
 */
export function memberView(
  member: MemberRecord,
  card: { nick: string; avatar: string },
  isOnline: boolean,
  customFilter: KeyFilter | 'none',
): GroupMember {
  return {
    userID: member.userID,
    avatar: card.avatar,
    nick: card.nick,
    role: member.role,
    joinTime: member.joinTime,
    lastSendMsgTime: 0,
    nameCard: member.nameCard,
    muteUntil: member.muteUntil,
    memberCustomField: customFilter === 'none' ? [] : pickFields(member.customFields, customFilter),
    isOnline,
  };
}
