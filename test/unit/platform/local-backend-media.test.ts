/** The local backend hands the platform's MediaPort to the embedded service, which keeps message files through it. */
import { createMemoryPlatform } from '@/src/platform/memory';
import { cloudConfig } from '../cloud/fakes';

const created: unknown[] = [];

jest.mock('@/src/chat/local', () => {
  const actual = jest.requireActual<typeof import('@/src/chat/local')>('@/src/chat/local');
  return {
    ...actual,
    createLocalServer: (options: Parameters<typeof actual.createLocalServer>[0]) => {
      created.push(options);
      return actual.createLocalServer(options);
    },
  };
});

// Imported after the mock is declared (jest hoists jest.mock above imports anyway).
import { createBackend, withMedia } from '@/src/chat/backends/local';

const CONFIG = cloudConfig({ backend: 'local', localSeed: 'none' });

test('createLocalServer gets the platform’s media port alongside its storage', () => {
  const platform = createMemoryPlatform();
  createBackend(CONFIG, platform);
  expect(created).toHaveLength(1);
  expect(created[0]).toMatchObject({ storage: platform.storage, media: platform.media, seed: 'none' });
});

test('withMedia adds the port and keeps every other option', () => {
  const platform = createMemoryPlatform();
  const options = { storage: platform.storage, seed: 'demo' as const, keyPrefix: 'x:' };
  expect(withMedia(options, platform.media)).toEqual({ ...options, media: platform.media });
});
