import type { ChatSDK } from '@tencentcloud/chat';
import type { ChatSdkModule } from '@/src/chat/cloud/sdk';

/** A stand-in for '@tencentcloud/chat' whose instances only record setup calls (the real one needs a network). */
export function fakeSdkModule() {
  const instances: Array<{ setLogLevel: jest.Mock; registerPlugin: jest.Mock; on: jest.Mock; off: jest.Mock; logout: jest.Mock }> =
    [];
  const create = jest.fn((_options: { SDKAppID: number }) => {
    const instance = {
      setLogLevel: jest.fn(),
      registerPlugin: jest.fn(),
      on: jest.fn(),
      off: jest.fn(),
      logout: jest.fn(async () => ({ code: 0, data: {} })),
    };
    instances.push(instance);
    // Setup is all these tests look at; the adapter's forwarding has its own tests with a full fake.
    return instance as unknown as ChatSDK;
  });
  const sdkModule: ChatSdkModule = { create };
  return { sdkModule, create, instances };
}
