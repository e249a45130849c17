import type TencentCloudChatFull from '@tencentcloud/chat';
import type { ChatSDK } from '@tencentcloud/chat';
import TencentCloudChat from '@tencentcloud/chat/index.es.js';
import GroupModule from '@tencentcloud/chat/modules/group-module.js';
import RelationshipModule from '@tencentcloud/chat/modules/relationship-module.js';
import TIMUploadPlugin from 'tim-upload-plugin';

/** The SDK module's factory, as a parameter so that tests and the contract harness can pass their own copy. */
export type ChatSdkModule = Pick<typeof TencentCloudChatFull, 'create'>;

/**
 * The SDK's ES build (index.es.js) is its core (sign-in, profiles, status, blocklist, messages,
 * conversations); groups and friends are modules it takes in `create({ modules })` (index.es.js, class Gr's
 * constructor: "group-module", "relationship-module", …). The CommonJS build (index.js) has every module
 * built in, the signaling, follow and cloud-search ones this template never calls included: ≈ 60 KB more.
 */
export const SDK_MODULES = { 'group-module': GroupModule, 'relationship-module': RelationshipModule };

/** An SDK core that creates its instances with `modules` (index.d.ts has no such option). */
export function withModules(core: ChatSdkModule, modules: Readonly<Record<string, unknown>> = SDK_MODULES): ChatSdkModule {
  return { create: (options) => core.create({ ...options, modules } as Parameters<ChatSdkModule['create']>[0]) };
}

/** The ES build with the modules above, as the app creates it. */
export const modularSdk: ChatSdkModule = withModules(TencentCloudChat);

/** 1 = release level: the SDK logs important information only. */
export const RELEASE_LOG_LEVEL = 1;

/**
 * Creates (or, for an SDKAppID already created in this copy of the module, returns: the SDK caches one
 * instance per SDKAppID until destroy()) the SDK instance, with the upload plugin registered.
 */
export function createSdk(
  sdkAppID: number,
  sdkModule: ChatSdkModule = modularSdk,
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
