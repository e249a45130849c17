/** Page navigation and page chrome on uni; pages and composables call these, stores never do. */

function ignore(): void {
  // A callback makes uni skip its promise form, whose rejection would otherwise go unhandled.
}

export function currentRoute(): string {
  const pages = getCurrentPages();
  const top = pages[pages.length - 1] as { route?: string } | undefined;
  return top?.route ?? '';
}

export function reLaunch(url: string): void {
  uni.reLaunch({ url, fail: ignore });
}

export function navigateTo(url: string): void {
  uni.navigateTo({ url, fail: ignore });
}

export function setTitle(title: string): void {
  uni.setNavigationBarTitle({ title, fail: ignore });
}

export function stopPullDownRefresh(): void {
  uni.stopPullDownRefresh();
}

/** Tab pages (Contacts, Me) are reached with switchTab; navigateTo refuses them. */
export function switchTab(url: string): void {
  uni.switchTab({ url, fail: ignore });
}

export function navigateBack(): void {
  uni.navigateBack({ fail: ignore });
}

/** What each page of the stack exposes: its route, and the query it opened with (uni's H5 puts it on $page). */
interface StackPage {
  route?: string;
  options?: Record<string, string | undefined>;
  $page?: { options?: Record<string, string | undefined> };
}

/**
 * Goes back to the nearest page below the current one that shows `route` with `query` (e.g. the chat a
 * user card was opened from) and answers true; false when no such page is on the stack.
 */
export function backTo(route: string, query: Record<string, string>): boolean {
  const pages = getCurrentPages() as unknown as StackPage[];
  for (let index = pages.length - 2; index >= 0; index -= 1) {
    const page = pages[index];
    const options = page.options ?? page.$page?.options ?? {};
    if (page.route === route && Object.entries(query).every(([key, value]) => options[key] === value)) {
      uni.navigateBack({ delta: pages.length - 1 - index, fail: ignore });
      return true;
    }
  }
  return false;
}

/** Names tab bar items in the current language (pages.json can only hold one). */
export function setTabTexts(texts: string[]): void {
  texts.forEach((text, index) => uni.setTabBarItem({ index, text, fail: ignore }));
}

/**
 * The count on a tab item (text as shown, e.g. '99+'), or none with ''. Like setTabBarItem, WeChat and uni-h5
 * refuse it unless a tab page is in front ("not TabBar page"): callers set it again when a tab page shows.
 */
export function setTabBadge(index: number, text: string): void {
  if (text) uni.setTabBarBadge({ index, text, fail: ignore });
  else uni.removeTabBarBadge({ index, fail: ignore });
}

/** The language of the page for assistive technology and font selection (`<html lang>`; H5 only). */
export function setPageLanguage(locale: string): void {
  // #ifdef H5
  document.documentElement.lang = locale;
  // #endif
}

/** Replaces the current page (e.g. the create form by the group it made). */
export function redirectTo(url: string): void {
  uni.redirectTo({ url, fail: ignore });
}

/**
 * A page's query value as it was given to pageUrl. uni-h5's router decodes query values before onLoad;
 * WeChat hands them over as written in the URL, so a groupID such as "@TGS#…" arrives percent-encoded.
 */
export function queryParam(query: Record<string, string | undefined> | undefined, name: string): string {
  const raw = String(query?.[name] ?? '');
  let decoded = false;
  // #ifdef H5
  decoded = true;
  // #endif
  if (decoded) return raw;
  try {
    return decodeURIComponent(raw);
  } catch {
    return raw;
  }
}

/**
 * While `message` is set, WeChat asks before the user leaves the page with its back button or the back
 * gesture, showing the message (wx.enableAlertBeforeUnload, base library 2.12.0+; a navigateBack the app
 * calls itself is not asked about). H5 has no such alert: pages ask from onBackPress (useLeaveGuard).
 */
export function setLeaveAlert(message: string | null): void {
  // #ifdef MP-WEIXIN
  if (message) uni.enableAlertBeforeUnload({ message, fail: ignore });
  else uni.disableAlertBeforeUnload({ fail: ignore });
  // #endif
}

/**
 * H5: calls `listener` with the address's query whenever the address changes to `route` with another query
 * (a link or an edited address: uni-h5 keeps the open page of that route, and its onLoad does not run
 * again). Mini programs open a new page for every navigation, so nothing is called there. Returns a
 * function that stops listening.
 */
export function onRouteQueryChange(route: string, listener: (query: Record<string, string>) => void): () => void {
  let stop = (): void => undefined;
  // #ifdef H5
  const handler = (): void => {
    const [path, search = ''] = location.hash.slice(1).split('?');
    if (path.replace(/^\//, '') !== route) return;
    // As uni-h5 hands queries to onLoad: the router decodes once, then uni once more (decodedQuery), since
    // navigateTo encodes an already encoded value again.
    const decodeOnce = (value: string): string => {
      try {
        return decodeURIComponent(value);
      } catch {
        return value;
      }
    };
    listener(Object.fromEntries([...new URLSearchParams(search)].map(([name, value]) => [name, decodeOnce(value)])));
  };
  window.addEventListener('hashchange', handler);
  stop = () => window.removeEventListener('hashchange', handler);
  // #endif
  return stop;
}

/** Scrolls the page (not a scroll-view) to `scrollTop` px at once. */
export function pageScrollTo(scrollTop: number): void {
  uni.pageScrollTo({ scrollTop: Math.max(0, Math.round(scrollTop)), duration: 0, fail: ignore });
}

/**
 * Where the first element matching `selector` starts, in px from the top of the page's content (its top on
 * screen plus how far the page is scrolled); null when nothing matches or the platform cannot tell.
 */
export function pageOffsetOf(selector: string): Promise<number | null> {
  return new Promise((resolve) => {
    try {
      const query = uni.createSelectorQuery();
      query.select(selector).boundingClientRect();
      query.selectViewport().scrollOffset(() => undefined);
      query.exec((answers: unknown[]) => {
        const rect = answers?.[0] as { top?: number } | null | undefined;
        const viewport = answers?.[1] as { scrollTop?: number } | null | undefined;
        if (!rect || typeof rect.top !== 'number') resolve(null);
        else resolve(rect.top + (viewport?.scrollTop ?? 0));
      });
    } catch {
      resolve(null);
    }
  });
}
