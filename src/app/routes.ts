export const ROUTES = {
  login: 'src/pages/login/login',
  profile: 'src/pages/profile/profile',
} as const;

export function pageUrl(route: string): string {
  return `/${route}`;
}
