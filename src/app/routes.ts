export const ROUTES = {
  login: 'src/pages/login/login',
  profile: 'src/pages/profile/profile',
  user: 'src/pages/user/user',
  blocklist: 'src/pages/blocklist/blocklist',
} as const;

export function pageUrl(route: string, query: Record<string, string> = {}): string {
  const search = Object.entries(query)
    .map(([key, value]) => `${key}=${encodeURIComponent(value)}`)
    .join('&');
  return search ? `/${route}?${search}` : `/${route}`;
}
