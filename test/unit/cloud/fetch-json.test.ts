import { fetchJsonWithFetch, platformFetchJson } from '@/src/chat/cloud/fetch-json';
import { UserSigError } from '@/src/chat/cloud/usersig-source';
import { fakePlatform } from './fakes';

describe('fetch-json', () => {
  afterEach(() => jest.restoreAllMocks());

  test('uses the platform requestJson when the platform has one', async () => {
    const { platform } = fakePlatform();
    const requestJson = jest.fn(async (): Promise<unknown> => ({ userSig: 's' }));
    const fetchJson = platformFetchJson(Object.assign(platform, { requestJson }));
    await expect(fetchJson('https://x.example/sig')).resolves.toEqual({ userSig: 's' });
    expect(requestJson).toHaveBeenCalledWith('https://x.example/sig');
  });

  test('falls back to fetch, reading the JSON body', async () => {
    const fetchMock = jest.spyOn(globalThis, 'fetch').mockResolvedValue(new Response('{"userSig":"s"}', { status: 200 }));
    await expect(platformFetchJson(fakePlatform().platform)('https://x.example/sig')).resolves.toEqual({ userSig: 's' });
    expect(fetchMock).toHaveBeenCalledWith('https://x.example/sig');
  });

  test('a non-2xx answer is a UserSigError naming the status', async () => {
    jest.spyOn(globalThis, 'fetch').mockResolvedValue(new Response('nope', { status: 403 }));
    await expect(fetchJsonWithFetch('https://x.example/sig')).rejects.toThrow(
      new UserSigError('GET https://x.example/sig answered HTTP 403'),
    );
  });
});
