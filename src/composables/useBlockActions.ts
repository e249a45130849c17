import { useI18n } from 'vue-i18n';
import { appContext } from '@/src/app/context';
import { useErrorText } from '@/src/composables/useErrorText';
import { useBlocklistStore } from '@/src/stores/blocklist';
import { useProfilesStore } from '@/src/stores/profiles';

/**
 * Blocking and unblocking one person as the pages offer it: ask first (blocking in the destructive
 * colour), then act and say how it went in a toast.
 */
export function useBlockActions() {
  const { t } = useI18n();
  const { describe } = useErrorText();
  const blocklist = useBlocklistStore();
  const profiles = useProfilesStore();

  async function setBlocked(userID: string, block: boolean): Promise<void> {
    const { platform } = appContext();
    const name = profiles.nameOf(userID);
    const confirmed = await platform.confirm({
      title: block ? t('user.block') : t('user.unblock'),
      content: block ? t('user.blockConfirm', { name }) : t('user.unblockConfirm', { name }),
      confirmText: block ? t('user.block') : t('user.unblock'),
      cancelText: t('common.cancel'),
      destructive: block,
    });
    if (!confirmed) return;
    try {
      if (block) await blocklist.block([userID]);
      else await blocklist.unblock([userID]);
      platform.toast(block ? t('user.blocked') : t('user.unblocked'), 'success');
    } catch (error) {
      platform.toast(describe(error), 'error');
    }
  }

  return {
    block: (userID: string) => setBlocked(userID, true),
    unblock: (userID: string) => setBlocked(userID, false),
    /** Blocks someone not blocked, unblocks someone blocked. */
    toggle: (userID: string) => setBlocked(userID, !blocklist.has(userID)),
  };
}
