import { config } from '@/src/config';
import { createLazyBackend } from '@/src/chat/lazy-backend';
import { loadErrorTexts } from '@/src/locales/load-error-texts';
import { platform } from '@/src/platform';
import { setAppContext } from './context';

/**
 * The backend is imported dynamically so that the first page does not wait for it: in the mini program the
 * build turns this import() into WeChat's require.async of the backend subpackage (build/mp-packages.ts);
 * on H5 it is one of Vite's chunks. The sentences of the error codes and the media code come with it, from the
 * same subpackage.
 */
export function installAppContext(): void {
  const backend = createLazyBackend(config.backend, () =>
    // The error sentences and the platform's media code ship beside the backend (src/locales/load-error-texts.ts,
    // src/platform/lazy-media.ts): its errors find their sentence, and the embedded service its media port.
    Promise.all([import('#chat-backend'), loadErrorTexts(), platform.mediaReady?.()]).then(([{ createBackend }]) => createBackend(config, platform)),
  );
  setAppContext({ config, platform, backend });
}
