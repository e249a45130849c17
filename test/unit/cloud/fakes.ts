import type { AppConfig } from '@/src/config/types';
import type { PlatformPort, UploadRequest, UploadTask } from '@/src/platform/port';

export function cloudConfig(patch: Partial<AppConfig> = {}): AppConfig {
  return {
    backend: 'cloud',
    sdkAppID: 1400000001,
    userSigUrl: null,
    userSigTokenKey: 'auth:token',
    secretKey: 'dev-secret',
    userSigExpireSeconds: 604800,
    avatarUploadUrl: 'https://api.example.com/avatar',
    avatarUploadField: 'avatar',
    profileCustomKeys: [],
    localSeed: 'demo',
    isProduction: false,
    ...patch,
  };
}

/** A platform whose upload answers `body` (or fails with `error`); everything else is unused here. */
export function fakePlatform(answer: { body?: string; error?: Error } = {}) {
  const requests: UploadRequest[] = [];
  const abort = jest.fn();
  const unused = () => {
    throw new Error('not used by the cloud backend tests');
  };
  const platform: PlatformPort = {
    storage: { getItem: unused, setItem: unused, removeItem: unused, keys: unused },
    chooseImage: unused,
    upload(request): UploadTask {
      requests.push(request);
      request.onProgress?.({ percent: 100, sentBytes: 10, totalBytes: 10 });
      const result = answer.error ? Promise.reject(answer.error) : Promise.resolve(answer.body ?? '');
      return { result, abort };
    },
    keepFile: unused,
    displayUrl: unused,
    toast: unused,
    confirm: unused,
    prompt: unused,
    windowHeight: unused,
    measure: unused,
    onKeyboardHeightChange: unused,
    showLoading: unused,
    hideLoading: unused,
    getNetworkStatus: unused,
    onNetworkChange: unused,
    requestJson: unused,
    postJson: unused,
    setClipboard: unused,
    systemLocale: unused,
    systemTheme: unused,
    onThemeChange: unused,
    capabilities: { chooseFile: false, recordAudio: false },
    chooseMedia: unused,
    chooseFile: unused,
    recordAudio: unused,
    previewImage: unused,
    openDocument: unused,
    playAudio: unused,
    resolveMediaUrl: unused,
    media: { describe: unused, keep: unused, discard: unused },
  };
  return { platform, requests, abort };
}
