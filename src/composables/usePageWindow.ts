import { computed, nextTick, ref, type Ref } from 'vue';
import { onPageScroll } from '@dcloudio/uni-app';
import { appContext } from '@/src/app/context';
import { pageOffsetOf, pageScrollTo } from '@/src/platform/navigation';
import { rowWindow, type ContactLayout, type ContactRow } from '@/src/utils/contact-rows';

export interface PageWindowOptions {
  /** The page's outermost element and the list's, to measure where the list starts within the page. */
  rootSelector: string;
  listSelector: string;
  /** Where the list starts until it has been measured (or where the platform cannot measure). */
  estimatedTop: number;
}

/**
 * A long list in a page that scrolls as a whole (its header scrolls away with it, as WeChat's Contacts does):
 * only the rows near the screen are rendered, spacers keep the list's height, and a row can be scrolled to
 * without being rendered. Call `measure()` when what is above the list changed.
 */
export function usePageWindow<T>(layout: Ref<ContactLayout<T>>, options: PageWindowOptions) {
  const scrollTop = ref(0);
  const listTop = ref(options.estimatedTop);
  const viewportHeight = appContext().platform.windowHeight();

  onPageScroll((event: { scrollTop: number }) => {
    scrollTop.value = event.scrollTop;
  });

  const windowed = computed(() => {
    const from = scrollTop.value - listTop.value;
    return rowWindow(layout.value, from, from + viewportHeight);
  });
  const rows = computed<Array<ContactRow<T>>>(() => layout.value.rows.slice(windowed.value.start, windowed.value.end));

  async function measure(): Promise<void> {
    await nextTick();
    const [root, list] = await Promise.all([pageOffsetOf(options.rootSelector), pageOffsetOf(options.listSelector)]);
    if (root !== null && list !== null) listTop.value = list - root;
  }

  /** Scrolls the page so that the row at `top` (in the list) is at the top of the screen. */
  function scrollToRow(top: number): void {
    const target = listTop.value + top;
    pageScrollTo(target);
    scrollTop.value = target;
  }

  return { rows, windowed, measure, scrollToRow };
}
