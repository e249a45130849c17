import { watch } from 'vue';
import { useI18n } from 'vue-i18n';
import { onBackPress, onUnload } from '@dcloudio/uni-app';
import { appContext } from '@/src/app/context';
import { navigateBack, setLeaveAlert } from '@/src/platform/navigation';

/**
 * Asks once before a page with unsaved typing is left by Back: "Discard your changes?" with Discard in
 * red and Keep editing. WeChat asks with its own alert (enabled while `dirty`); H5 and apps ask here, from
 * onBackPress, which uni calls for the back button and for navigateBack. Saving first (dirty turns false)
 * leaves without a question.
 */
export function useLeaveGuard(dirty: () => boolean): void {
  const { t } = useI18n();
  let leaving = false;

  watch(dirty, (value) => setLeaveAlert(value ? t('group.edit.unsaved') : null));
  onUnload(() => setLeaveAlert(null));

  onBackPress(() => {
    if (leaving || !dirty()) return false;
    void appContext()
      .platform.confirm({
        title: t('group.edit.unsavedTitle'),
        content: t('group.edit.unsaved'),
        confirmText: t('group.edit.discard'),
        cancelText: t('group.edit.keep'),
        destructive: true,
      })
      .then((discard) => {
        if (!discard) return;
        leaving = true;
        navigateBack();
      });
    return true;
  });
}
