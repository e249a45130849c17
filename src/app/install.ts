import { config } from '@/src/config';
import { createLazyBackend } from '@/src/chat/lazy-backend';
import { platform } from '@/src/platform';
import { setAppContext } from './context';

/**
 * The backend is imported dynamically so that the first page does not wait for it: in the mini program the
 * build turns this import() into WeChat's require.async of the backend subpackage (build/mp-packages.ts);
 * on H5 it is one of Vite's chunks.
 */
export function installAppContext(): void {
  const backend = createLazyBackend(config.backend, () => import('#chat-backend').then(({ createBackend }) => createBackend(config, platform)));
  setAppContext({ config, platform, backend });
}
