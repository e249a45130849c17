import { ref } from 'vue';
import { loadPinyinReader } from '@/src/platform/load-pinyin';
import { setPinyinReader } from '@/src/utils/contact-index';

/** Shared by every screen that sorts contacts: the reader loads once per app start. */
const settled = ref(false);
let loading: Promise<void> | null = null;

/**
 * Whether the pinyin reader has settled (loaded, or failed to: Chinese names then sort by their characters
 * under '#', and the next screen that opens tries again), for the screens that sort contacts A–Z: their
 * sorted lists read `settled` so that they sort again once it has loaded, and `load()` goes into the
 * screen's load.
 */
export function usePinyin() {
  function load(): Promise<void> {
    loading ??= loadPinyinReader().then(
      (reader) => {
        setPinyinReader(reader);
        settled.value = true;
      },
      () => {
        loading = null;
        settled.value = true;
      },
    );
    return loading;
  }
  return { settled, load };
}
