import { onPullDownRefresh, onShow } from '@dcloudio/uni-app';
import { setTitle, stopPullDownRefresh } from '@/src/platform/navigation';
import { pageData, type PageData, type PageDataOptions } from './page-data';

/**
 * A page's title and data: sets the title and loads on every show, loads again on pull-down and stops the
 * spinner once the load has answered. Returns the load's state for the page's loading and error views.
 */
export function usePageData(options: PageDataOptions): PageData {
  const page = pageData(options, { setTitle, stopPullDownRefresh });
  onShow(page.show);
  if (options.load) onPullDownRefresh(page.pullDownRefresh);
  return { loading: page.loading, error: page.error, reload: page.reload };
}
