import { onHide, onShow, onUnload } from '@dcloudio/uni-app';
import { useUserStatusStore } from '@/src/stores/user-status';

/**
 * Keeps the given users' status live while the page is shown: subscribe on show, unsubscribe on hide
 * and unload, so leaving a card never leaves a subscription behind.
 */
export function useUserStatusWatch(userIDs: () => string[]): void {
  const store = useUserStatusStore();
  let stop: (() => Promise<void>) | null = null;

  async function start(): Promise<void> {
    await release();
    const ids = userIDs().filter((id) => id !== '');
    if (ids.length > 0) stop = await store.watch(ids);
  }

  async function release(): Promise<void> {
    const current = stop;
    stop = null;
    await current?.();
  }

  onShow(() => void start());
  onHide(() => void release());
  onUnload(() => void release());
}
