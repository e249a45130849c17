import { toValue, type MaybeRefOrGetter } from 'vue';
import { useI18n } from 'vue-i18n';
import { appContext } from '@/src/app/context';
import type { Group } from '@/src/chat/types';
import { useErrorText } from '@/src/composables/useErrorText';
import { useGroupsStore } from '@/src/stores/groups';

/**
 * Group actions as the group and members pages offer them: ask first (in the destructive colour), then
 * act and say how it went in a toast. `group` may be null while it loads; the group is then named by its ID.
 */
export function useGroupActions(groupID: MaybeRefOrGetter<string>, group: MaybeRefOrGetter<Group | null | undefined>) {
  const { t } = useI18n();
  const { describe } = useErrorText();
  const groups = useGroupsStore();

  /**
   * Hands the group to `newOwnerID`, called `name` in the question (each page names people its own way).
   * Resolves to the group as it is now, or null when the person said no or the transfer failed (already toasted).
   */
  async function confirmTransfer(newOwnerID: string, name: string): Promise<Group | null> {
    const { platform } = appContext();
    const id = toValue(groupID);
    const confirmed = await platform.confirm({
      title: t('group.transfer'),
      content: t('group.transferConfirm', { name, group: toValue(group)?.name || id }),
      confirmText: t('group.transfer'),
      cancelText: t('common.cancel'),
      destructive: true,
    });
    if (!confirmed) return null;
    try {
      const next = await groups.transferOwner({ groupID: id, newOwnerID });
      platform.toast(t('group.transferred'), 'success');
      return next;
    } catch (error) {
      platform.toast(describe(error), 'error');
      return null;
    }
  }

  return { confirmTransfer };
}
