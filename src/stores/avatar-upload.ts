import { defineStore } from 'pinia';
import { ref } from 'vue';
import { appContext } from '@/src/app/context';
import type { ImageSource, UploadTask } from '@/src/platform/port';
import { PlatformError } from '@/src/platform/port';
import { useMyProfileStore } from './profile';

/** Picking, storing or uploading a new avatar, with progress; the profile changes only once it is stored. */
export const useAvatarUploadStore = defineStore('avatarUpload', () => {
  const percent = ref<number | null>(null);
  let task: UploadTask | null = null;

  /** Resolves with the new avatar URL, or null when the user backed out of the picker or cancelled. */
  async function change(source: ImageSource): Promise<string | null> {
    const { platform, backend } = appContext();
    let url: string;
    try {
      const image = await platform.chooseImage([source]);
      percent.value = 0;
      task = backend.saveAvatar(image, (progress) => {
        percent.value = progress.percent;
      });
      url = await task.result;
    } catch (error) {
      if (error instanceof PlatformError && (error.reason === 'cancelled' || error.reason === 'aborted')) return null;
      throw error;
    } finally {
      task = null;
      percent.value = null;
    }
    await useMyProfileStore().update({ avatar: url });
    return url;
  }

  function cancel(): void {
    task?.abort();
  }

  return { percent, change, cancel };
});
