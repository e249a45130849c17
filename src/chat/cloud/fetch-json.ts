import type { PlatformPort } from '@/src/platform/port';
import type { FetchJson } from './usersig-source';

/** The platform's uni.request in the app: mini programs have no fetch. */
export function platformFetchJson(platform: PlatformPort): FetchJson {
  return (url) => platform.requestJson(url);
}
