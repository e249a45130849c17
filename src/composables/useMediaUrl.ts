import { ref, watch, type Ref } from 'vue';
import { appContext } from '@/src/app/context';

/**
 * A message file's url as <image>, <video> and <audio> can load it (H5 keeps the local backend's files in
 * IndexedDB as `idb:` urls, made into blob: URLs on demand); '' until resolved or when there is none.
 */
export function useMediaUrl(url: () => string): Ref<string> {
  const resolved = ref('');
  watch(
    url,
    (value) => {
      if (!value) {
        resolved.value = '';
        return;
      }
      const { platform } = appContext();
      resolved.value = platform.displayUrl(value);
      platform.resolveMediaUrl(value).then(
        (display) => {
          if (url() === value) resolved.value = display;
        },
        () => {
          // The file is gone (discarded): the placeholder stays.
        },
      );
    },
    { immediate: true },
  );
  return resolved;
}
