import { platformFetchJson } from '@/src/chat/cloud/fetch-json';
import { createMemoryPlatform } from '@/src/platform/memory';

describe('fetch-json', () => {
  test('GETs the UserSig endpoint through the platform', async () => {
    const platform = createMemoryPlatform({ responses: { 'https://x.example/sig': { userSig: 's' } } });
    await expect(platformFetchJson(platform)('https://x.example/sig')).resolves.toEqual({ userSig: 's' });
    expect(platform.requests).toEqual(['https://x.example/sig']);
  });

  test('an unreachable endpoint rejects', async () => {
    const platform = createMemoryPlatform();
    await expect(platformFetchJson(platform)('https://x.example/none')).rejects.toThrow('no response scripted');
  });
});
