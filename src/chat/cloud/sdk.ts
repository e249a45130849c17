import TencentCloudChat from '@tencentcloud/chat';
import type { ChatSDK } from '@tencentcloud/chat';
import TIMUploadPlugin from 'tim-upload-plugin';

/** The SDK module's factory, as a parameter so that tests and the contract harness can pass their own copy. */
export type ChatSdkModule = Pick<typeof TencentCloudChat, 'create'>;

/** 1 = release level: the SDK logs important information only. */
export const RELEASE_LOG_LEVEL = 1;

/**
 * Creates (or, for an SDKAppID already created in this copy of the module, returns: the SDK caches one
 * instance per SDKAppID until destroy()) the SDK instance, with the upload plugin registered.
 */
export function createSdk(
  sdkAppID: number,
  sdkModule: ChatSdkModule = TencentCloudChat,
  logLevel: number = RELEASE_LOG_LEVEL,
): ChatSDK {
  // The SDK answers null instead of throwing when it cannot use the SDKAppID.
  const sdk: ChatSDK | null = sdkModule.create({ SDKAppID: sdkAppID });
  if (!sdk) throw new Error(`TencentCloudChat.create failed for SDKAppID ${sdkAppID}`);
  sdk.setLogLevel(logLevel);
  // Needed for image/file messages. Avatars do not use it: they go to the deployer's upload URL (avatar.ts).
  sdk.registerPlugin({ 'tim-upload-plugin': TIMUploadPlugin });
  return sdk;
}
