import type { ChatSDK } from '@tencentcloud/chat';
import type { ChatSdkModule } from '@/src/chat/cloud/sdk';

/** A stand-in for '@tencentcloud/chat' whose instances only record setup calls (the real one needs a network). */
export function fakeSdkModule() {
  const instances: Array<{ setLogLevel: jest.Mock; registerPlugin: jest.Mock }> = [];
  const create = jest.fn((_options: { SDKAppID: number }) => {
    const instance = { setLogLevel: jest.fn(), registerPlugin: jest.fn() };
    instances.push(instance);
    // Setup is all these tests look at; the adapter's forwarding has its own tests with a full fake.
    return instance as unknown as ChatSDK;
  });
  const sdkModule: ChatSdkModule = { create };
  return { sdkModule, create, instances };
}
