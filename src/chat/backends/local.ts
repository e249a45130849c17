import type { ChatBackend, CreateBackend } from '../backend';
import { TYPES } from '../constants';
import { createLocalServer } from '../local';
import type { KeyValueStorage, LocalServer, LocalServerOptions } from '../local';
import type { MediaPort } from '../local/core/ports';
import { PlatformError } from '../../platform/port';
import type { PlatformPort } from '../../platform/port';

/**
 * The local backend: the embedded service (src/chat/local, which knows nothing of the platform) bound to the
 * platform's storage, cross-tab channel and file keeping. vite.config.ts aliases `#chat-backend` here in
 * local mode.
 */

/** Local mode checks no signature; any non-empty string logs in. */
const LOCAL_USER_SIG = 'local-mode-usersig';

/**
 * One service per storage: two services over the same keys would each keep their own memory and overwrite
 * each other's writes, so a second createBackend on the same storage (e.g. after a hot reload) gets the
 * first backend back.
 */
const backends = new WeakMap<KeyValueStorage, ChatBackend>();

export const createBackend: CreateBackend = (config, platform) => {
  const existing = backends.get(platform.storage);
  if (existing) return existing;

  const server = createLocalServer(
    withMedia(
      {
        storage: platform.storage,
        seed: config.localSeed,
        profileCustomKeys: config.profileCustomKeys,
        // H5: the other tabs of this origin run their own service over the same localStorage.
        channel: platform.syncChannel?.('chat'),
      },
      // Message files go to the user data folder (mini program) or IndexedDB (H5), never to storage.
      platform.media,
    ),
  );
  const backend = createLocalBackend(server, platform);
  backends.set(platform.storage, backend);
  return backend;
};

/**
 * The server's options with the platform's media port. `media` is the LocalServerOptions member through
 * which the messaging domain keeps image, video, audio and file messages; typed here as an addition so this
 * compiles on either side of that member landing.
 */
export function withMedia(options: LocalServerOptions, media: MediaPort): LocalServerOptions & { media: MediaPort } {
  return { ...options, media };
}

/** The app's view of one local server: a client of it, plus avatar keeping through the platform. */
export function createLocalBackend(server: LocalServer, platform: PlatformPort): ChatBackend {
  return {
    kind: 'local',
    chat: server.createClient(),
    getUserSig: async () => LOCAL_USER_SIG,
    demoAccounts: () => server.demoAccounts(),
    instancesOnline: (userID) => server.instanceCount(userID),
    saveAvatar(image, onProgress) {
      let settled = false;
      let abortTask: (() => void) | undefined;
      const result = new Promise<string>((resolve, reject) => {
        abortTask = () => {
          if (settled) return;
          settled = true;
          reject(new PlatformError('aborted', 'Saving the avatar was cancelled'));
        };
        platform.keepFile(image).then(
          (url) => {
            if (settled) return;
            settled = true;
            onProgress({ percent: 100, sentBytes: image.size, totalBytes: image.size });
            resolve(url);
          },
          (error: unknown) => {
            if (settled) return;
            settled = true;
            reject(error);
          },
        );
      });
      return { result, abort: () => abortTask?.() };
    },
    setNetworkConnected(connected) {
      server.setNetState(connected ? TYPES.NET_STATE_CONNECTED : TYPES.NET_STATE_DISCONNECTED);
    },
  };
}
