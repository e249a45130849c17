import type { UpdateMyProfileOptions } from '@/src/chat/port';
import { useMyProfileStore } from '@/src/stores/profile';

/**
 * A change to my profile made with one tap (a sheet, a switch, the date picker): sent at once, and on
 * failure handed to `onFailed` for the page to say why (nothing was typed, so nothing can be lost).
 */
export function useProfileChange(onFailed: (error: unknown) => void) {
  const store = useMyProfileStore();
  return async function change(options: UpdateMyProfileOptions): Promise<void> {
    try {
      await store.update(options);
    } catch (error) {
      onFailed(error);
    }
  };
}
