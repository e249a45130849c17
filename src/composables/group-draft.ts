import type { InviteOption, JoinOption } from '@/src/chat/constants';
import type { UpdateGroupProfileOptions } from '@/src/chat/port';
import type { CustomField, Group } from '@/src/chat/types';

export interface GroupDraft {
  name: string;
  avatar: string;
  introduction: string;
  notification: string;
  joinOption: JoinOption;
  inviteOption: InviteOption;
  muteAllMembers: boolean;
  groupCustomField: CustomField[];
}

export function groupDraftFrom(group: Group): GroupDraft {
  return {
    name: group.name,
    avatar: group.avatar,
    introduction: group.introduction,
    notification: group.notification,
    joinOption: group.joinOption,
    inviteOption: group.inviteOption,
    muteAllMembers: group.muteAllMembers,
    groupCustomField: group.groupCustomField.map((field) => ({ ...field })),
  };
}

const SIMPLE = ['name', 'avatar', 'introduction', 'notification', 'joinOption', 'inviteOption', 'muteAllMembers'] as const;

/** The updateGroupProfile options that turn the group into the draft: only what changed is sent. */
export function groupDraftChanges(group: Group, draft: GroupDraft): UpdateGroupProfileOptions {
  const base = groupDraftFrom(group);
  const changes: Record<string, unknown> = { groupID: group.groupID };
  for (const field of SIMPLE) if (draft[field] !== base[field]) changes[field] = draft[field];
  const before = new Map(base.groupCustomField.map((field) => [field.key, field.value]));
  const custom = draft.groupCustomField.filter((field) => field.key !== '' && before.get(field.key) !== field.value);
  if (custom.length > 0) changes.groupCustomField = custom.map((field) => ({ ...field }));
  return changes as UpdateGroupProfileOptions;
}

/** Whether saving the draft would change anything: groupDraftChanges always carries groupID, so more than that. */
export function hasGroupDraftChanges(group: Group, draft: GroupDraft): boolean {
  return Object.keys(groupDraftChanges(group, draft)).some((key) => key !== 'groupID');
}
