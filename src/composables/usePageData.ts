import { watch } from 'vue';
import { onHide, onPullDownRefresh, onShow, onUnload } from '@dcloudio/uni-app';
import { isTabRoute } from '@/src/app/tabs';
import { currentRoute, setTitle, stopPullDownRefresh } from '@/src/platform/navigation';
import { pageData, type PageData, type PageDataOptions } from './page-data';
import { showTabBadges, showTabTexts } from './useTabBar';

/**
 * A page's title and data: sets the title and loads on every show, loads again on pull-down and stops the
 * spinner once the load has answered. The title follows the language at once, and a tab page names the
 * tab bar's items in it and shows the unread badge (mini programs refuse both from other pages). Returns the
 * load's state for the page's loading and error views.
 */
export function usePageData(options: PageDataOptions): PageData {
  const page = pageData(options, { setTitle, stopPullDownRefresh });
  onShow(() => {
    page.show();
    if (isTabRoute(currentRoute())) {
      showTabTexts();
      showTabBadges();
    }
  });
  onHide(page.hide);
  onUnload(page.hide);
  watch(options.title, page.retitle);
  if (options.load) onPullDownRefresh(page.pullDownRefresh);
  return { loading: page.loading, error: page.error, reload: page.reload };
}
