import { defineStore } from 'pinia';
import { ref } from 'vue';
import { appContext } from '@/src/app/context';
import type { ImageSource, UploadTask } from '@/src/platform/port';
import { PlatformError } from '@/src/platform/port';
import { useMyProfileStore } from './profile';

/**
 * Picking, storing or uploading a new avatar (mine or a group's), with progress; my profile changes only
 * once the picture is stored.
 */
export const useAvatarUploadStore = defineStore('avatarUpload', () => {
  const percent = ref<number | null>(null);
  let task: UploadTask | null = null;

  /**
   * A picture from the album or camera, kept (local backend) or uploaded (cloud), as a URL for an avatar
   * field. Null when the user backed out of the picker or cancelled.
   */
  async function pick(source: ImageSource): Promise<string | null> {
    const { platform, backend } = appContext();
    try {
      const image = await platform.chooseImage([source]);
      percent.value = 0;
      task = backend.saveAvatar(image, (progress) => {
        percent.value = progress.percent;
      });
      return await task.result;
    } catch (error) {
      if (error instanceof PlatformError && (error.reason === 'cancelled' || error.reason === 'aborted')) return null;
      throw error;
    } finally {
      task = null;
      percent.value = null;
    }
  }

  /** Resolves with my new avatar URL, or null when the user backed out of the picker or cancelled. */
  async function change(source: ImageSource): Promise<string | null> {
    const url = await pick(source);
    if (url) await useMyProfileStore().update({ avatar: url });
    return url;
  }

  function cancel(): void {
    task?.abort();
  }

  return { percent, pick, change, cancel };
});
