import { EVENT, TYPES } from '@/src/chat/constants';
import { LOCAL_CODE, LocalClient } from '@/src/chat/local';
import { createBackend } from '@/src/chat/backends/local';
import type { AppConfig } from '@/src/config/types';
import { createMemoryPlatform } from '@/src/platform/memory';
import type { ChosenImage, PlatformPort, UploadProgress } from '@/src/platform/port';
import { PlatformError } from '@/src/platform/port';
import { rejection } from './helpers';
import { eventually } from '../../wait';

function config(overrides: Partial<AppConfig> = {}): AppConfig {
  return {
    backend: 'local',
    sdkAppID: null,
    userSigUrl: null,
    secretKey: null,
    userSigExpireSeconds: 86400,
    avatarUploadUrl: null,
    avatarUploadField: 'file',
    profileCustomKeys: [],
    localSeed: 'demo',
    isProduction: false,
    ...overrides,
  };
}

const IMAGE: ChosenImage = { path: '/tmp/a.png', size: 2048, name: 'a.png' };

async function ready(chat: unknown, userID: string): Promise<void> {
  if (!(chat instanceof LocalClient)) throw new Error('expected the local client');
  await new Promise<void>((resolve) => {
    chat.on(EVENT.SDK_READY, () => resolve());
    void chat.login({ userID, userSig: 'local' });
  });
}

describe('local createBackend', () => {
  it('builds one local client over the platform storage, with the demo accounts of the config', async () => {
    const platform = createMemoryPlatform();
    const backend = createBackend(config(), platform);
    expect(backend.kind).toBe('local');
    expect(backend.chat).toBeInstanceOf(LocalClient);
    expect(backend.demoAccounts().map((account) => account.userID)).toContain('alice');
    expect(platform.storage.keys()).toContain('chat:user:alice');
    expect(createBackend(config(), platform)).toBe(backend);
    expect(createBackend(config({ localSeed: 'none' }), createMemoryPlatform()).demoAccounts()).toEqual([]);
  });

  it('hands out a non-empty placeholder UserSig that logs in', async () => {
    const backend = createBackend(config(), createMemoryPlatform());
    const userSig = await backend.getUserSig('zoe');
    expect(userSig.length).toBeGreaterThan(0);
    await expect(backend.chat.login({ userID: 'zoe', userSig })).resolves.toMatchObject({ code: 0 });
  });

  it('passes profileCustomKeys to the service', async () => {
    const backend = createBackend(config({ profileCustomKeys: ['Tag_Profile_Custom_Hobby'] }), createMemoryPlatform());
    await ready(backend.chat, 'zoe');
    const error = await rejection(
      backend.chat.updateMyProfile({ profileCustomField: [{ key: 'Tag_Profile_Custom_Test1', value: 'x' }] }),
    );
    expect(error.code).toBe(40009);
  });

  it('turns a platform quota error into a rejected call that changes nothing', async () => {
    const platform = createMemoryPlatform({ quotaBytes: 1200 });
    const backend = createBackend(config({ localSeed: 'none' }), platform);
    await ready(backend.chat, 'zoe');
    const stored = platform.storage.getItem('chat:user:zoe');
    const error = await rejection(backend.chat.updateMyProfile({ selfSignature: 'x'.repeat(500), avatar: 'y'.repeat(500) }));
    expect(error.code).toBe(LOCAL_CODE.STORAGE_WRITE_FAILED);
    expect(platform.storage.getItem('chat:user:zoe')).toBe(stored);
    expect((await backend.chat.getMyProfile()).data.selfSignature).toBe('');
  });

  it('saveAvatar keeps the file, reports 100% and resolves its URL', async () => {
    const platform = createMemoryPlatform();
    const backend = createBackend(config(), platform);
    const progress: UploadProgress[] = [];
    const url = await backend.saveAvatar(IMAGE, (step) => progress.push(step)).result;
    expect(platform.keptFiles.size).toBe(1);
    expect(platform.displayUrl(url)).toBe(IMAGE.path);
    expect(progress).toEqual([{ percent: 100, sentBytes: 2048, totalBytes: 2048 }]);
  });

  it('saveAvatar can be aborted before the file is kept', async () => {
    const base = createMemoryPlatform();
    let finish: (url: string) => void = () => undefined;
    const platform: PlatformPort = {
      ...base,
      storage: base.storage,
      keepFile: () => new Promise<string>((resolve) => (finish = resolve)),
    };
    const backend = createBackend(config(), platform);
    const progress: UploadProgress[] = [];
    const task = backend.saveAvatar(IMAGE, (step) => progress.push(step));
    task.abort();
    finish('kept-file://late');
    await expect(task.result).rejects.toBeInstanceOf(PlatformError);
    await expect(task.result).rejects.toMatchObject({ reason: 'aborted' });
    expect(progress).toEqual([]);
  });

  it('saveAvatar passes on a keepFile failure', async () => {
    const base = createMemoryPlatform();
    const failure = new PlatformError('failed', 'disk full');
    const platform: PlatformPort = { ...base, storage: base.storage, keepFile: () => Promise.reject(failure) };
    const backend = createBackend(config(), platform);
    await expect(backend.saveAvatar(IMAGE, () => undefined).result).rejects.toBe(failure);
  });

  it('setNetworkConnected mirrors the network into NET_STATE_CHANGE', async () => {
    const backend = createBackend(config(), createMemoryPlatform());
    const states: string[] = [];
    backend.chat.on(EVENT.NET_STATE_CHANGE, (event) => states.push(event.data.state));
    backend.setNetworkConnected?.(false);
    backend.setNetworkConnected?.(true);
    // The service delivers events on its next turn: wait for both, then check their order.
    await eventually(() => states.length >= 2);
    expect(states).toEqual([TYPES.NET_STATE_DISCONNECTED, TYPES.NET_STATE_CONNECTED]);
  });
});
