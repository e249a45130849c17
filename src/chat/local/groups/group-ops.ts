import { GROUP_NOTICE, TYPES } from '../../constants';
import type { MessageRemindType } from '../../constants';
import { canEditGroupProfile } from '../../rules/group-permissions';
import type { GroupIDResult, GroupListResult, GroupResult, OnlineMemberCountResult } from '../../types';
import type { GroupTipProfileChange } from '../../message-types';
import type { Session } from '../core/session';
import { announceNotice, announceTip } from './announce';
import { GROUP_CODE } from './codes';
import { answer, refuse } from './context';
import type { GroupContext, GroupOutcome } from './context';
import { mergeGroupCustomFields, readProfileChanges } from './fields';
import { REMIND_TYPES } from './limits';
import { touched } from './membership';
import type { GroupRecord } from './model';
import { allMembers, memberOf } from './reader';
import {
  optionalArray,
  optionalBoolean,
  readOptions,
  requireGroupIDArg,
  requireString,
  stringList,
} from './params';
import { groupView } from './views';

export function getGroupList(ctx: GroupContext, session: Session): GroupOutcome<GroupListResult> {
  return answer({ groupList: ctx.listOf(session.userID), isSyncCompleted: true });
}

/**
 * A member sees the group with its selfInfo; anyone else the SDK's blank selfInfo. UNCONFIRMED: a Work
 * group's profile is refused to non-members (10007), as Work groups are private and not searchable.
 */
export function getGroupProfile(ctx: GroupContext, session: Session, raw: unknown): GroupOutcome<GroupResult> {
  const api = 'getGroupProfile';
  const options = readOptions(api, raw);
  const groupID = requireString(api, options, 'groupID');
  const filterList = optionalArray(api, options, 'groupCustomFieldFilter');
  const filter = filterList === undefined ? undefined : stringList(api, 'groupCustomFieldFilter', filterList);
  optionalArray(api, options, 'memberCustomFieldFilter');
  const group = ctx.requireGroup(api, groupID);
  const self = memberOf(ctx.state, groupID, session.userID);
  if (!self && group.type === TYPES.GRP_WORK) throw ctx.denied(api, `${session.userID} is not in Work group ${groupID}`);
  return answer({ group: groupView(group, self, filter) });
}

/** Everyone in the group hears of a profile change (group tip 6), the operator's instances included. */
export function updateGroupProfile(ctx: GroupContext, session: Session, raw: unknown): GroupOutcome<GroupResult> {
  const api = 'updateGroupProfile';
  const options = readOptions(api, raw);
  const groupID = requireString(api, options, 'groupID');
  optionalBoolean(api, options, 'muteAllMembers');
  const { group, self } = ctx.operator(api, groupID, session.userID);
  if (!canEditGroupProfile(group.type, self.role)) {
    throw ctx.denied(api, `a ${self.role} may not modify a ${group.type} group's profile`);
  }
  // maxMemberNum is not changeable here (REST only, https://trtc.io/document/48184), so it is ignored like other unknown keys.
  const changes = readProfileChanges(api, options, group.type);
  const { groupCustomField: customChanges, ...plain } = changes;
  const next: GroupRecord = {
    ...group,
    ...plain,
    groupCustomField: customChanges ? mergeGroupCustomFields(api, group.groupCustomField, customChanges) : group.groupCustomField,
  };
  if (JSON.stringify(next) === JSON.stringify(group)) return answer({ group: groupView(group, self) });
  const tx = ctx.tx();
  tx.setProfile(touched(next, ctx.nowSec()));
  const recipients = ctx.accountMembers(groupID);
  tx.commit();
  // Tip 6 first: the SDK applies its newGroupProfile and then emits GROUP_LIST_UPDATED (group-module.js
  // _onGroupProfileModified).
  announceTip(ctx, groupID, {
    operationType: TYPES.GRP_TIP_GRP_PROFILE_UPDATED,
    operatorID: session.userID,
    userIDList: [session.userID],
    newGroupProfile: profileChange(group, next),
  });
  if (group.type !== TYPES.GRP_AVCHATROOM) ctx.notifyLists(recipients);
  return answer({ group: groupView(ctx.requireGroup(api, groupID), self) });
}

/**
 * newGroupProfile of tip 6: only what changed, under the tip's key names (groupName for name; muteAllMembers
 * as a boolean, as the SDK converts it, index.es.js GroupTipElem _initNewGroupProfile). Custom fields: only
 * those whose value changed (UNCONFIRMED whether the server lists the others too; the seed says members
 * "obtain related content" through newGroupProfile.groupCustomField).
 */
function profileChange(before: GroupRecord, after: GroupRecord): GroupTipProfileChange {
  const change: GroupTipProfileChange = {};
  if (after.name !== before.name) change.groupName = after.name;
  if (after.introduction !== before.introduction) change.introduction = after.introduction;
  if (after.notification !== before.notification) change.notification = after.notification;
  if (after.avatar !== before.avatar) change.avatar = after.avatar;
  if (after.muteAllMembers !== before.muteAllMembers) change.muteAllMembers = after.muteAllMembers;
  if (after.joinOption !== before.joinOption) change.joinOption = after.joinOption;
  if (after.inviteOption !== before.inviteOption) change.inviteOption = after.inviteOption;
  const old = new Map(before.groupCustomField.map((field) => [field.key, field.value]));
  const kept = new Set(after.groupCustomField.map((field) => field.key));
  const custom = [
    ...after.groupCustomField.filter((field) => old.get(field.key) !== field.value).map((field) => ({ ...field })),
    // A key set to '' is removed (fields.ts mergeCustomFields); the tip says so with its empty value.
    ...[...old.keys()].filter((key) => !kept.has(key)).map((key) => ({ key, value: '' })),
  ];
  if (custom.length > 0) change.groupCustomField = custom;
  return change;
}

/**
 * Work groups cannot be dismissed by anyone in them (only the app admin, via REST); the others by their
 * owner. UNCONFIRMED code for both refusals: 10007.
 */
export function dismissGroup(ctx: GroupContext, session: Session, rawGroupID: unknown): GroupOutcome<GroupIDResult> {
  const api = 'dismissGroup';
  const groupID = requireGroupIDArg(api, rawGroupID);
  const group = ctx.requireGroup(api, groupID);
  if (group.type === TYPES.GRP_WORK) throw ctx.denied(api, 'a Work group cannot be dismissed by its members');
  if (group.ownerID !== session.userID) throw ctx.denied(api, `only the owner may dismiss ${groupID}`);
  const members = allMembers(ctx.state, groupID);
  const recipients = ctx.accountMembers(groupID);
  const tx = ctx.tx();
  for (const member of members) {
    tx.setEntries(member.userID, tx.entriesOf(member.userID).filter(([id]) => id !== groupID));
  }
  tx.deleteGroup(groupID);
  tx.commit();
  // Notice 5 to every member ("群被解散(全员接收)", TIMGroupReportType kTIMGroupReport_Delete), the owner's
  // other instances included; no tip, as the group's conversation is gone with it.
  announceNotice(ctx, recipients, group, { operationType: GROUP_NOTICE.DISMISSED, operatorID: session.userID }, session);
  const listed = group.type !== TYPES.GRP_AVCHATROOM;
  if (listed) ctx.notifyLists(recipients, session);
  return answer({ groupID }, listed);
}

/**
 * The SDK refuses an AVChatRoom (2620, when the room is in its list) and the caller itself (2621); the
 * server wants the owner as caller and a member as new owner (UNCONFIRMED code for both: 10007). Everyone
 * hears of it (group tip 6 with the new ownerID).
 */
export function changeGroupOwner(ctx: GroupContext, session: Session, raw: unknown): GroupOutcome<GroupResult> {
  const api = 'changeGroupOwner';
  const options = readOptions(api, raw);
  const groupID = requireString(api, options, 'groupID');
  const newOwnerID = requireString(api, options, 'newOwnerID');
  const group = ctx.state.profile(groupID);
  const self = memberOf(ctx.state, groupID, session.userID);
  if (group && self && group.type === TYPES.GRP_AVCHATROOM) {
    throw refuse(GROUP_CODE.AVCHATROOM_CANNOT_CHANGE_OWNER, `${api}: an AVChatRoom's owner cannot be changed`);
  }
  if (newOwnerID === session.userID) throw refuse(GROUP_CODE.CANNOT_CHANGE_OWNER_TO_SELF, `${api}: you are already the owner`);
  const current = ctx.requireGroup(api, groupID);
  if (!self || current.ownerID !== session.userID) throw ctx.denied(api, `only the owner may transfer ${groupID}`);
  const heir = memberOf(ctx.state, groupID, newOwnerID);
  if (!heir) throw ctx.denied(api, `${newOwnerID} is not a member of ${groupID}`);
  const tx = ctx.tx();
  tx.putMember(groupID, { ...self, role: TYPES.GRP_MBR_ROLE_MEMBER });
  tx.putMember(groupID, { ...heir, role: TYPES.GRP_MBR_ROLE_OWNER });
  tx.setProfile(touched({ ...(tx.profile(groupID) ?? current), ownerID: newOwnerID }, ctx.nowSec()));
  const recipients = ctx.accountMembers(groupID);
  tx.commit();
  // Tip 6 with the new ownerID (group-module.js _ownerChanged). UNCONFIRMED that no notice goes to the new
  // owner: TIMGroupReportType has none for a transfer.
  announceTip(ctx, groupID, {
    operationType: TYPES.GRP_TIP_GRP_PROFILE_UPDATED,
    operatorID: session.userID,
    userIDList: [session.userID],
    newGroupProfile: { ownerID: newOwnerID },
  });
  ctx.notifyLists(recipients, session);
  const after = memberOf(ctx.state, groupID, session.userID);
  return answer({ group: groupView(ctx.requireGroup(api, groupID), after) }, true);
}

/**
 * The group form of setMessageRemindType (the SDK's modifyGroupMemberInfo on oneself). It emits no group
 * list update, only a conversation update, which this template does not model.
 */
export function setMessageRemindType(ctx: GroupContext, session: Session, raw: unknown): GroupOutcome<GroupResult> {
  const api = 'setMessageRemindType';
  const options = readOptions(api, raw);
  const groupID = requireString(api, options, 'groupID');
  const remindType = options.messageRemindType;
  const { group, self } = ctx.operator(api, groupID, session.userID);
  if (!REMIND_TYPES.includes(remindType as MessageRemindType)) {
    // UNCONFIRMED code: 10004 for a value the server does not know.
    throw refuse(GROUP_CODE.INVALID_PARAMETER, `${api}: messageRemindType must be one of ${REMIND_TYPES.join(', ')}`);
  }
  const updated = { ...self, remindType: remindType as MessageRemindType };
  if (updated.remindType !== self.remindType) {
    const tx = ctx.tx();
    tx.putMember(groupID, updated);
    tx.commit();
  }
  return answer({ group: groupView(group, updated) });
}

/**
 * Work groups cannot be found this way (doc); UNCONFIRMED code, 10007. The answer is the outside view (the
 * SDK builds it from the search result, without selfInfo).
 */
export function searchGroupByID(ctx: GroupContext, _session: Session, rawGroupID: unknown): GroupOutcome<GroupResult> {
  const api = 'searchGroupByID';
  const groupID = requireGroupIDArg(api, rawGroupID);
  const group = ctx.requireGroup(api, groupID);
  if (group.type === TYPES.GRP_WORK) throw ctx.denied(api, 'Work groups cannot be searched');
  return answer({ group: groupView(group, undefined) });
}

/**
 * The SDK answers 0 without asking for a group it is not in; otherwise the server counts the members online
 * (for every type since the SDK asks it for every type; the doc's "0 for non-AVChatRoom" predates that).
 */
export function getGroupOnlineMemberCount(
  ctx: GroupContext,
  session: Session,
  rawGroupID: unknown,
): GroupOutcome<OnlineMemberCountResult> {
  const groupID = requireGroupIDArg('getGroupOnlineMemberCount', rawGroupID);
  if (!ctx.localGroup(groupID, session.userID)) return answer({ memberCount: 0 });
  const online = ctx.accounts.onlineUserIDs().filter((userID) => memberOf(ctx.state, groupID, userID) !== undefined);
  return answer({ memberCount: online.length });
}
