import type { SdkInstance } from '@/src/chat/cloud/adapter';
import { createCloudBackend } from '@/src/chat/cloud/backend';
import { USERSIG_CODE } from '@/src/chat/cloud/codes';
import { decodeUserSig, genTestUserSig, type GenTestUserSigOptions } from '@/src/chat/cloud/usersig';
import { ConfigError } from '@/src/config/errors';
import { createMemoryPlatform } from '@/src/platform/memory';
import { PlatformError } from '@/src/platform/port';
import type { ChosenImage, UploadProgress } from '@/src/platform/port';
import { cloudConfig, fakePlatform } from './fakes';

// The backend's own logic does not touch the SDK; forwarding is covered in adapter.test.ts.
const sdk = { on: jest.fn(), off: jest.fn() } as unknown as SdkInstance;
const image: ChosenImage = { path: 'blob:http://localhost/1', size: 10, name: 'me.png', file: new Blob(['x']) };

describe('createCloudBackend', () => {
  test('is the cloud kind, with no demo accounts', () => {
    const backend = createCloudBackend(cloudConfig(), fakePlatform().platform, { sdk });
    expect(backend.kind).toBe('cloud');
    expect(backend.demoAccounts()).toEqual([]);
    expect(backend.setNetworkConnected).toBeUndefined();
  });

  test('getUserSig POSTs through the platform with the bearer token the app’s sign-in stored', async () => {
    const platform = createMemoryPlatform({
      postAnswers: { 'https://api.example.com/sig': { status: 200, data: { userID: 'bob', userSig: 'from-server' } } },
    });
    platform.storage.setItem('auth:token', 'my-session-jwt');
    const config = cloudConfig({ userSigUrl: 'https://api.example.com/sig' });
    await expect(createCloudBackend(config, platform, { sdk }).getUserSig('bob')).resolves.toBe('from-server');
    expect(platform.posts).toEqual([
      { url: 'https://api.example.com/sig', body: { userID: 'bob' }, headers: { Authorization: 'Bearer my-session-jwt' } },
    ]);

    // A development build hands in the generator (src/chat/backends/cloud.ts); a production build has none.
    const devUserSig = async (options: GenTestUserSigOptions) => genTestUserSig(options);
    const dev = createCloudBackend(cloudConfig(), fakePlatform().platform, { sdk, devUserSig });
    expect(decodeUserSig(await dev.getUserSig('bob'))['TLS.identifier']).toBe('bob');
    const production = createCloudBackend(cloudConfig(), fakePlatform().platform, { sdk });
    await expect(production.getUserSig('bob')).rejects.toMatchObject({ code: USERSIG_CODE.NO_SOURCE });
  });

  test('on WeChat getUserSig proves the user with a wx.login code from the platform', async () => {
    const platform = createMemoryPlatform({
      loginCode: 'wx-code-1',
      postAnswers: { 'https://api.example.com/sig': { status: 200, data: { userID: 'bob', userSig: 's' } } },
    });
    await createCloudBackend(cloudConfig({ userSigUrl: 'https://api.example.com/sig' }), platform, { sdk }).getUserSig('bob');
    expect(platform.posts[0].body).toEqual({ userID: 'bob', proof: { type: 'wx-code', code: 'wx-code-1' } });
    expect(platform.posts[0].headers).toEqual({});
  });

  test('refuses a hand-built config without SDKAppID', () => {
    expect(() => createCloudBackend(cloudConfig({ sdkAppID: null }), fakePlatform().platform, { sdk })).toThrow(ConfigError);
  });
});

describe('saveAvatar', () => {
  test('uploads the picked image to the configured URL and field, and resolves with the answered url', async () => {
    const { platform, requests } = fakePlatform({ body: '{"url":"https://cdn.example.com/a/1.png","size":10}' });
    const progress: UploadProgress[] = [];
    const backend = createCloudBackend(cloudConfig(), platform, { sdk });
    const task = backend.saveAvatar(image, (p) => progress.push(p));

    await expect(task.result).resolves.toBe('https://cdn.example.com/a/1.png');
    expect(requests).toEqual([
      { url: 'https://api.example.com/avatar', image, fieldName: 'avatar', onProgress: expect.any(Function) },
    ]);
    expect(progress).toEqual([{ percent: 100, sentBytes: 10, totalBytes: 10 }]);
  });

  test('abort reaches the platform upload', () => {
    const { platform, abort } = fakePlatform({ body: '{}' });
    const task = createCloudBackend(cloudConfig(), platform, { sdk }).saveAvatar(image, () => undefined);
    task.abort();
    task.result.catch(() => undefined);
    expect(abort).toHaveBeenCalledTimes(1);
  });

  test('without VITE_AVATAR_UPLOAD_URL it rejects naming the variable, and uploads nothing', async () => {
    const { platform, requests } = fakePlatform();
    const backend = createCloudBackend(cloudConfig({ avatarUploadUrl: null }), platform, { sdk });
    const task = backend.saveAvatar(image, () => undefined);
    await expect(task.result).rejects.toThrow(/^VITE_AVATAR_UPLOAD_URL is not set/);
    await expect(task.result).rejects.toMatchObject({ variable: 'VITE_AVATAR_UPLOAD_URL' });
    expect(requests).toEqual([]);
  });

  test.each([
    ['not JSON', '<html>502</html>', /not JSON/],
    ['no url', '{"ok":true}', /must answer JSON \{ "url"/],
    ['a relative url', '{"url":"/a/1.png"}', /must answer JSON \{ "url"/],
    ['a url over 500 bytes', JSON.stringify({ url: `https://cdn.example.com/${'头'.repeat(160)}` }), /500 bytes/],
  ])('rejects an answer with %s', async (_name, body, message) => {
    const { platform } = fakePlatform({ body });
    const task = createCloudBackend(cloudConfig(), platform, { sdk }).saveAvatar(image, () => undefined);
    await expect(task.result).rejects.toBeInstanceOf(PlatformError);
    await expect(task.result).rejects.toThrow(message);
  });

  test('passes on the platform upload failure', async () => {
    const failure = new PlatformError('failed', 'HTTP 413');
    const { platform } = fakePlatform({ error: failure });
    const task = createCloudBackend(cloudConfig(), platform, { sdk }).saveAvatar(image, () => undefined);
    await expect(task.result).rejects.toBe(failure);
  });
});
