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
