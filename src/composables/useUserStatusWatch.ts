import { onHide, onShow, onUnload } from '@dcloudio/uni-app';
import { useUserStatusStore } from '@/src/stores/user-status';
import { WatchLifecycle } from './watch-lifecycle';

/**
 * Keeps the given users' status live while the page is shown: subscribe on show, unsubscribe on hide
 * and unload, so leaving a card never leaves a subscription behind.
 */
export function useUserStatusWatch(userIDs: () => string[], onError: (error: unknown) => void): void {
  const store = useUserStatusStore();
  const lifecycle = new WatchLifecycle(async () => {
    const ids = userIDs().filter((id) => id !== '');
    return ids.length > 0 ? store.watch(ids) : null;
  }, onError);

  onShow(() => void lifecycle.show());
  onHide(() => void lifecycle.hide());
  onUnload(() => void lifecycle.hide());
}
