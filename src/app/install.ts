import { createBackend } from '#chat-backend';
import { config } from '@/config';
import { platform } from '@/platform';
import { setAppContext } from './context';

export function installAppContext(): void {
  setAppContext({ config, platform, backend: createBackend(config, platform) });
}
