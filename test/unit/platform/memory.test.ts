import { createMemoryPlatform, createMemoryStorage } from '@/src/platform/memory';
import { PlatformError } from '@/src/platform/port';
import type { ChosenImage, UploadProgress } from '@/src/platform/port';
import { DEFAULT_AVATAR_URL } from '@/src/platform/shared';
import { rejection } from './platform-error';

const IMAGE: ChosenImage = { path: '/tmp/me.jpg', size: 1000, name: 'me.jpg' };

function syncError(action: () => void): PlatformError {
  try {
    action();
  } catch (error) {
    if (error instanceof PlatformError) return error;
    throw error;
  }
  throw new Error('expected a throw');
}

describe('memory storage', () => {
  test('behaves like Web Storage', () => {
    const storage = createMemoryStorage({ seeded: '1' });
    expect(storage.getItem('seeded')).toBe('1');
    expect(storage.getItem('missing')).toBeNull();
    storage.setItem('empty', '');
    expect(storage.getItem('empty')).toBe('');
    storage.removeItem('seeded');
    storage.removeItem('never-there');
    expect(storage.keys()).toEqual(['empty']);
  });

  test('quotaBytes refuses a write past the total and keeps the old value', () => {
    const { storage } = createMemoryPlatform({ quotaBytes: 20 });
    storage.setItem('k', 'short');
    const error = syncError(() => storage.setItem('k', 'x'.repeat(30)));
    expect(error.reason).toBe('quota');
    expect(storage.getItem('k')).toBe('short');
  });

  test('quota counts UTF-8 bytes and is freed by overwrite and remove', () => {
    const { storage } = createMemoryPlatform({ quotaBytes: 10 });
    storage.setItem('a', '字字字'); // 1 + 9 bytes
    expect(syncError(() => storage.setItem('b', '')).reason).toBe('quota');
    storage.setItem('a', 'x'); // overwriting frees the difference
    storage.setItem('b', 'yyyyyyy');
    storage.removeItem('a');
    storage.setItem('c', 'z');
    expect(storage.keys().sort()).toEqual(['b', 'c']);
  });

  test('maxItemBytes mimics wx’s per-key limit', () => {
    const { storage } = createMemoryPlatform({ maxItemBytes: 4 });
    storage.setItem('ok', 'abcd');
    expect(syncError(() => storage.setItem('big', 'abcde')).reason).toBe('quota');
  });

  test('seeded contents count toward the quota', () => {
    const { storage } = createMemoryPlatform({ storage: { k: '123456789' }, quotaBytes: 12 });
    expect(syncError(() => storage.setItem('x', 'yyy')).reason).toBe('quota');
  });
});

describe('memory chooseImage', () => {
  test('answers from the queue, records the sources, and backs out on "cancel" or an empty queue', async () => {
    const platform = createMemoryPlatform({ images: [IMAGE, 'cancel'] });
    await expect(platform.chooseImage(['album'])).resolves.toEqual(IMAGE);
    expect((await rejection(platform.chooseImage(['camera']))).reason).toBe('cancelled');
    platform.queueImage({ ...IMAGE, name: 'second.jpg' });
    await expect(platform.chooseImage(['album', 'camera'])).resolves.toMatchObject({ name: 'second.jpg' });
    expect((await rejection(platform.chooseImage(['album']))).reason).toBe('cancelled');
    expect(platform.imageRequests).toEqual([['album'], ['camera'], ['album', 'camera'], ['album']]);
  });
});

describe('memory upload', () => {
  test('reports the scripted progress and resolves with the scripted body', async () => {
    const platform = createMemoryPlatform({ uploads: [{ progress: [25, 75, 100], body: '{"url":"https://x.example/a.jpg"}' }] });
    const seen: UploadProgress[] = [];
    const task = platform.upload({ url: 'https://up.example', image: IMAGE, onProgress: (p) => seen.push(p) });
    await expect(task.result).resolves.toBe('{"url":"https://x.example/a.jpg"}');
    expect(seen).toEqual([
      { percent: 25, sentBytes: 250, totalBytes: 1000 },
      { percent: 75, sentBytes: 750, totalBytes: 1000 },
      { percent: 100, sentBytes: 1000, totalBytes: 1000 },
    ]);
    expect(platform.uploads).toHaveLength(1);
    expect(platform.uploads[0]?.url).toBe('https://up.example');
  });

  test('without a script: one 100 % step and a JSON body with a url', async () => {
    const platform = createMemoryPlatform();
    const body = await platform.upload({ url: 'https://up.example', image: IMAGE }).result;
    const parsed: unknown = JSON.parse(body);
    expect(parsed).toEqual({ url: expect.stringContaining('me.jpg') });
  });

  test('progress is asynchronous, so a caller can subscribe first', () => {
    const seen: number[] = [];
    createMemoryPlatform().upload({ url: 'u', image: IMAGE, onProgress: (p) => seen.push(p.percent) });
    expect(seen).toEqual([]);
  });

  test('a scripted error rejects after the progress', async () => {
    const platform = createMemoryPlatform();
    platform.queueUpload({ progress: [50], error: new PlatformError('failed', 'Upload failed with HTTP 500') });
    const seen: number[] = [];
    const error = await rejection(platform.upload({ url: 'u', image: IMAGE, onProgress: (p) => seen.push(p.percent) }).result);
    expect(error.message).toContain('500');
    expect(seen).toEqual([50]);
  });

  test('abort right away: rejects "aborted" with no progress', async () => {
    const seen: number[] = [];
    const task = createMemoryPlatform().upload({ url: 'u', image: IMAGE, onProgress: (p) => seen.push(p.percent) });
    task.abort();
    expect((await rejection(task.result)).reason).toBe('aborted');
    await Promise.resolve();
    expect(seen).toEqual([]);
  });

  test('abort mid-way stops further progress', async () => {
    const platform = createMemoryPlatform({ uploads: [{ progress: [10, 50, 90, 100] }] });
    const seen: number[] = [];
    const task = platform.upload({
      url: 'u',
      image: IMAGE,
      onProgress: (p) => {
        seen.push(p.percent);
        if (p.percent >= 50) task.abort();
      },
    });
    expect((await rejection(task.result)).reason).toBe('aborted');
    for (let i = 0; i < 5; i += 1) await Promise.resolve();
    expect(seen).toEqual([10, 50]);
  });
});

describe('memory keepFile and displayUrl', () => {
  test('keeps an image behind a short kept-file URL that displays as its path', async () => {
    const platform = createMemoryPlatform();
    const url = await platform.keepFile(IMAGE);
    expect(url).toMatch(/^kept-file:\/\/[0-9a-z]+$/);
    expect(platform.displayUrl(url)).toBe(IMAGE.path);
    expect([...platform.keptFiles.values()]).toEqual([IMAGE]);
  });

  test('unknown kept files show the default avatar; other URLs pass through', () => {
    const platform = createMemoryPlatform();
    expect(platform.displayUrl('kept-file://zzz')).toBe(DEFAULT_AVATAR_URL);
    expect(platform.displayUrl('https://cdn.example.com/a.png')).toBe('https://cdn.example.com/a.png');
  });
});

describe('memory dialogs and feedback', () => {
  test('records toasts with their kind (info by default)', () => {
    const platform = createMemoryPlatform();
    platform.toast('Saved', 'success');
    platform.toast('Hi');
    expect(platform.toasts).toEqual([
      { message: 'Saved', kind: 'success' },
      { message: 'Hi', kind: 'info' },
    ]);
  });

  test('confirm answers from the queue, then the default, and records each dialog', async () => {
    const platform = createMemoryPlatform({ confirmAnswers: [false], defaultConfirm: true });
    await expect(platform.confirm({ title: 'a', content: 'x' })).resolves.toBe(false);
    await expect(platform.confirm({ title: 'b', content: 'y' })).resolves.toBe(true);
    platform.queueConfirm(false);
    await expect(platform.confirm({ title: 'c', content: 'z', destructive: true })).resolves.toBe(false);
    expect(platform.confirms.map((c) => c.title)).toEqual(['a', 'b', 'c']);
    expect(platform.confirms[2]?.destructive).toBe(true);
  });

  test('tracks the loading indicator', () => {
    const platform = createMemoryPlatform();
    platform.showLoading('Saving');
    expect(platform.loading).toBe('Saving');
    platform.hideLoading();
    expect(platform.loading).toBeNull();
    expect(platform.loadings).toEqual(['Saving']);
  });

  test('keeps the clipboard text', async () => {
    const platform = createMemoryPlatform();
    await platform.setClipboard('user-42');
    expect(platform.clipboard).toBe('user-42');
  });
});

describe('memory network', () => {
  test('starts online by default, or as configured', async () => {
    await expect(createMemoryPlatform().getNetworkStatus()).resolves.toEqual({ connected: true, type: 'wifi' });
    await expect(createMemoryPlatform({ connected: false }).getNetworkStatus()).resolves.toEqual({ connected: false, type: 'none' });
  });

  test('setConnected notifies listeners until they unsubscribe', async () => {
    const platform = createMemoryPlatform();
    const seen: boolean[] = [];
    const stop = platform.onNetworkChange((status) => seen.push(status.connected));
    expect(platform.networkListenerCount).toBe(1);
    platform.setConnected(false);
    await expect(platform.getNetworkStatus()).resolves.toEqual({ connected: false, type: 'none' });
    platform.setConnected(true, '4g');
    stop();
    platform.setConnected(false);
    expect(seen).toEqual([false, true]);
    expect(platform.networkListenerCount).toBe(0);
  });

  test('the same function subscribed twice needs two unsubscribes', () => {
    const platform = createMemoryPlatform();
    const seen: boolean[] = [];
    const listener = (status: { connected: boolean }) => seen.push(status.connected);
    const stopFirst = platform.onNetworkChange(listener);
    platform.onNetworkChange(listener);
    stopFirst();
    platform.setConnected(false);
    expect(seen).toEqual([false]);
  });
});

describe('memory locale and theme', () => {
  test('maps the system language like the real platform', () => {
    expect(createMemoryPlatform().systemLocale()).toBe('en');
    expect(createMemoryPlatform({ language: 'zh_CN' }).systemLocale()).toBe('zh-Hans');
    const platform = createMemoryPlatform();
    platform.language = 'zh-TW';
    expect(platform.systemLocale()).toBe('zh-Hans');
  });

  test('setTheme changes the theme and notifies until unsubscribed', () => {
    const platform = createMemoryPlatform({ theme: 'dark' });
    expect(platform.systemTheme()).toBe('dark');
    const seen: string[] = [];
    const stop = platform.onThemeChange((theme) => seen.push(theme));
    platform.setTheme('light');
    stop();
    platform.setTheme('dark');
    expect(seen).toEqual(['light']);
    expect(platform.systemTheme()).toBe('dark');
    expect(platform.themeListenerCount).toBe(0);
  });
});
