import { createBackend } from '#chat-backend';
import { config } from '@/src/config';
import { platform } from '@/src/platform';
import { setAppContext } from './context';

export function installAppContext(): void {
  setAppContext({ config, platform, backend: createBackend(config, platform) });
}
