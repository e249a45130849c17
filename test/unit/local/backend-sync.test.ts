import { createBackend } from '@/src/chat/backends/local';
import type { AppConfig } from '@/src/config/types';
import { createMemoryPlatform } from '@/src/platform/memory';
import { createMemoryChannelHub } from '@/src/platform/memory-sync';
import { SYNC_VERSION } from '@/src/chat/local/sync/protocol';

const CONFIG: AppConfig = {
  backend: 'local',
  sdkAppID: null,
  userSigUrl: null,
  secretKey: null,
  userSigExpireSeconds: 86400,
  avatarUploadUrl: null,
  avatarUploadField: 'file',
  profileCustomKeys: [],
  localSeed: 'none',
  isProduction: false,
};

describe('local createBackend and the platform sync channel', () => {
  it("joins the platform's 'chat' channel when the platform has one (H5 tabs)", async () => {
    const hub = createMemoryChannelHub();
    const heard: unknown[] = [];
    hub.channel('chat').subscribe((message) => heard.push(message));
    const backend = createBackend(CONFIG, createMemoryPlatform({ syncHub: hub }));
    await backend.chat.login({ userID: 'alice', userSig: await backend.getUserSig('alice') });
    await hub.flush();
    expect(heard).toContainEqual(
      expect.objectContaining({ v: SYNC_VERSION, type: 'sessions', entry: expect.objectContaining({ sessions: [expect.objectContaining({ userID: 'alice' })] }) }),
    );
  });

  it('runs as a single process without one (mini programs): nothing about tabs is stored', async () => {
    const platform = createMemoryPlatform();
    const backend = createBackend(CONFIG, platform);
    await backend.chat.login({ userID: 'alice', userSig: await backend.getUserSig('alice') });
    expect(platform.storage.keys().filter((key) => key.startsWith('chat:tab:'))).toEqual([]);
  });
});
