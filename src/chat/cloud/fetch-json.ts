import type { PlatformPort } from '@/src/platform/port';
import { UserSigError } from './usersig-source';
import type { FetchJson } from './usersig-source';

/** Global fetch: present on H5 and in Node 18+, absent in mini programs. */
export const fetchJsonWithFetch: FetchJson = async (url) => {
  if (typeof fetch !== 'function') {
    throw new UserSigError('No HTTP client for the UserSig endpoint on this platform (no fetch, no platform requestJson)');
  }
  const response = await fetch(url);
  if (!response.ok) throw new UserSigError(`GET ${url} answered HTTP ${response.status}`);
  const body: unknown = await response.json();
  return body;
};

/**
 * PlatformPort has no general request method yet, only upload. When it gains `requestJson` (built on
 * uni.request, so mini programs can reach the UserSig endpoint), that is used; until then, fetch.
 */
export function platformFetchJson(platform: PlatformPort): FetchJson {
  const { requestJson } = platform as PlatformPort & { requestJson?: FetchJson };
  return requestJson ? (url) => requestJson.call(platform, url) : fetchJsonWithFetch;
}
