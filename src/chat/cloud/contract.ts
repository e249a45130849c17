import type { ChatPort } from '../port';
import { createChatAdapter } from './adapter';
import { createSdk } from './sdk';
import type { ChatSdkModule } from './sdk';
import { genTestUserSig } from './usersig';

export interface CloudContractOptions {
  sdkAppID: number;
  secretKey: string;
  /** Seconds the generated UserSigs stay valid (default one day). */
  expireSeconds?: number;
  /**
   * Loads a separate copy of '@tencentcloud/chat'. Required for more than one client: the SDK hands out one
   * shared instance per SDKAppID per module copy (until destroy()), so one copy means one logged-in user.
   */
  loadSdkModule?: () => ChatSdkModule;
}

export interface CloudContractClient {
  chat: ChatPort;
  userSig(userID: string): string;
}

/**
 * n independent clients of the real service, for the contract suite (CHAT_BACKEND=cloud with env
 * TIM_SDK_APP_ID and TIM_SECRET_KEY). In jest, load fresh module copies with
 *   loadSdkModule: () => { let m; jest.isolateModules(() => { m = require('@tencentcloud/chat'); }); return m; }
 * Node 20 has no global WebSocket, which the SDK needs: set globalThis.WebSocket (the `ws` package) first.
 * Log level 4 (none) keeps the test output readable.
 */
export function createCloudContractClients(n: number, options: CloudContractOptions): CloudContractClient[] {
  const { sdkAppID, secretKey, expireSeconds = 86400, loadSdkModule } = options;
  if (n > 1 && !loadSdkModule) {
    throw new Error(
      'createCloudContractClients: more than one client needs loadSdkModule (one SDK instance per module copy)',
    );
  }
  return Array.from({ length: n }, () => {
    const sdkModule = loadSdkModule?.();
    return {
      chat: createChatAdapter(() => createSdk(sdkAppID, sdkModule, 4)),
      userSig: (userID: string) => genTestUserSig({ sdkAppID, secretKey, userID, expireSeconds }),
    };
  });
}
