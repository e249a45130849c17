import type { CreateBackend } from '../backend';
import { createCloudBackend } from '../cloud/backend';
import { DEV_BUILD } from '@/src/config';

/**
 * The cloud backend: the real SDK (src/chat/cloud). vite.config.ts aliases `#chat-backend` here in cloud mode.
 * The development UserSig generator (crypto-js + fflate) is imported only in development builds: in a
 * production build DEV_BUILD is the constant `false`, so the bundler drops the branch and the module with it.
 */
export const createBackend: CreateBackend = (config, platform) =>
  createCloudBackend(config, platform, {
    devUserSig: DEV_BUILD ? (options) => import('../cloud/usersig').then(({ genTestUserSig }) => genTestUserSig(options)) : undefined,
  });
