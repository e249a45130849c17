import type { ChatSDK } from '@tencentcloud/chat';
import TIMUploadPlugin from 'tim-upload-plugin';
import { createSdk, modularSdk, SDK_MODULES, withModules } from '@/src/chat/cloud/sdk';
import { fakeSdkModule } from './fake-sdk-module';

describe('createSdk', () => {
  test('creates the instance for the SDKAppID, at release log level, with the upload plugin', () => {
    const { sdkModule, create, instances } = fakeSdkModule();
    createSdk(1400000001, sdkModule);
    expect(create).toHaveBeenCalledWith({ SDKAppID: 1400000001 });
    expect(instances[0].setLogLevel).toHaveBeenCalledWith(1);
    expect(instances[0].registerPlugin).toHaveBeenCalledWith({ 'tim-upload-plugin': TIMUploadPlugin });
  });

  test('registers the real tim-upload-plugin class', () => {
    expect(typeof TIMUploadPlugin).toBe('function');
  });

  test('takes another log level', () => {
    const { sdkModule, instances } = fakeSdkModule();
    createSdk(1400000001, sdkModule, 4);
    expect(instances[0].setLogLevel).toHaveBeenCalledWith(4);
  });

  test('fails clearly when the SDK refuses the SDKAppID (it answers null)', () => {
    const sdkModule = { create: () => null as unknown as ChatSDK };
    expect(() => createSdk(1400000001, sdkModule)).toThrow('TencentCloudChat.create failed for SDKAppID 1400000001');
  });
});

describe('the SDK the app ships: the ES build with the group and relationship modules', () => {
  // test/cloud-sdk runs the whole adapter on this form of the SDK against a scripted gateway.
  test('hands the SDK exactly the two modules it uses', () => {
    expect(Object.keys(SDK_MODULES).sort()).toEqual(['group-module', 'relationship-module']);
    for (const SdkModule of Object.values(SDK_MODULES)) expect(typeof SdkModule).toBe('function');
  });

  test('creates every instance with them', () => {
    const { sdkModule, create } = fakeSdkModule();
    createSdk(1400000001, withModules(sdkModule));
    expect(create).toHaveBeenCalledWith({ SDKAppID: 1400000001, modules: SDK_MODULES });
    expect(typeof modularSdk.create).toBe('function');
  });
});
