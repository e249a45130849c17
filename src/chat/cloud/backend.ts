import type { ChatBackend } from '../backend';
import { ConfigError } from '@/src/config/errors';
import { DEFAULT_USERSIG_TOKEN_KEY } from '@/src/config/parse';
import type { AppConfig } from '@/src/config/types';
import type { PlatformPort } from '@/src/platform/port';
import { createChatAdapter } from './adapter';
import type { SdkInstance } from './adapter';
import { uploadAvatar } from './avatar';
import { createSdk } from './sdk';
import { bearerTokenFromStorage, createUserSigSource } from './usersig-source';
import type { DevUserSig, UserSigRequestDeps } from './usersig-source';

export interface CloudBackendDeps {
  /** An SDK instance to use instead of creating one, so that unit tests need no network. */
  sdk?: SdkInstance;
  /** Replaces the platform's transport, WeChat login code or bearer token source (the H5 seam). */
  userSig?: Partial<UserSigRequestDeps>;
  /**
   * The development UserSig generator (./usersig, on crypto-js and fflate), loaded when first used. Only
   * development builds pass it (src/chat/backends/cloud.ts), so production builds do not contain it.
   */
  devUserSig?: DevUserSig;
}

export function createCloudBackend(config: AppConfig, platform: PlatformPort, deps: CloudBackendDeps = {}): ChatBackend {
  // parseConfig already requires it for cloud; this covers configs built by hand.
  if (config.sdkAppID === null) {
    throw new ConfigError('VITE_TIM_SDK_APP_ID', "VITE_TIM_SDK_APP_ID is required when VITE_CHAT_BACKEND is 'cloud'");
  }
  const { sdkAppID } = config;
  return {
    kind: 'cloud',
    // A factory rather than an instance, so that the adapter can replace one a timed-out login left behind.
    chat: createChatAdapter(deps.sdk ?? (() => createSdk(sdkAppID))),
    getUserSig: createUserSigSource(config, {
      post: (request) => platform.postJson(request),
      // WeChat proves the user with a wx.login code; elsewhere the app's own sign-in token is the proof.
      loginCode: platform.loginCode?.bind(platform),
      bearerToken: bearerTokenFromStorage(platform.storage, config.userSigTokenKey ?? DEFAULT_USERSIG_TOKEN_KEY),
      devUserSig: deps.devUserSig,
      ...deps.userSig,
    }),
    // Real accounts are the deployer's users; there is nothing to offer on the login page.
    demoAccounts: () => [],
    saveAvatar: (image, onProgress) => uploadAvatar(config, platform, image, onProgress),
  };
}

