import { watch } from 'vue';
import { onHide, onShow, onUnload } from '@dcloudio/uni-app';
import { useUserStatusStore } from '@/src/stores/user-status';
import { StatusWindow } from './status-window';

/**
 * Keeps the status of the people on screen live while the page is shown (a list's online dots): the set
 * follows scrolling, and everything is released when the page hides or goes. A failure (e.g. the status
 * feature is off in the console) leaves the dots out; the list has nothing else to say about it.
 */
export function useVisibleStatus(userIDs: () => readonly string[]): void {
  const store = useUserStatusStore();
  const statusWindow = new StatusWindow(
    (ids) => store.watch(ids),
    () => undefined,
  );
  let shown = false;
  onShow(() => {
    shown = true;
    void statusWindow.set(userIDs());
  });
  const release = () => {
    shown = false;
    void statusWindow.set([]);
  };
  onHide(release);
  onUnload(release);
  watch(
    () => userIDs().join('\n'),
    () => {
      if (shown) void statusWindow.set(userIDs());
    },
  );
}
