/** Page navigation and page chrome on uni; pages and composables call these, stores never do. */

export function currentRoute(): string {
  const pages = getCurrentPages();
  const top = pages[pages.length - 1] as { route?: string } | undefined;
  return top?.route ?? '';
}

export function reLaunch(url: string): void {
  void uni.reLaunch({ url });
}

export function navigateTo(url: string): void {
  void uni.navigateTo({ url });
}

export function setTitle(title: string): void {
  void uni.setNavigationBarTitle({ title });
}

export function stopPullDownRefresh(): void {
  uni.stopPullDownRefresh();
}
