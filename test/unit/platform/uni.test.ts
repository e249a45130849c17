import { PlatformError } from '@/src/platform/port';
import type { ChosenImage, PlatformPort, UploadProgress } from '@/src/platform/port';
import { DEFAULT_AVATAR_URL } from '@/src/platform/shared';
import { KEPT_IMAGE_MAX_SIDE, MP_MAX_ITEM_BYTES, createPlatformOn, createUniPlatform } from '@/src/platform/uni';
import type { MediaQueryListLike, UniPlatformOptions } from '@/src/platform/uni';
import { FakeUni, installFakeUni, only, removeFakeUni } from './fake-uni';
import { rejection } from './platform-error';

let fake: FakeUni;

beforeEach(() => {
  fake = new FakeUni();
  installFakeUni(fake);
});

afterEach(() => {
  removeFakeUni();
});

function mp(options: UniPlatformOptions = {}): PlatformPort {
  return createUniPlatform({ target: 'mp', ...options });
}

function h5(options: UniPlatformOptions = {}): PlatformPort {
  return createUniPlatform({ target: 'h5', ...options });
}

function syncError(action: () => void): PlatformError {
  try {
    action();
  } catch (error) {
    if (error instanceof PlatformError) return error;
    throw error;
  }
  throw new Error('expected a throw');
}

const PICKED: ChosenImage = { path: 'wxfile://tmp_abc.jpg', size: 2048, name: 'tmp_abc.jpg' };

describe('uni storage', () => {
  test('getItem answers null for a missing key, although uni answers ""', () => {
    expect(fake.getStorageSync('missing')).toBe('');
    expect(mp().storage.getItem('missing')).toBeNull();
  });

  test('a stored empty string stays an empty string', () => {
    const { storage } = mp();
    storage.setItem('empty', '');
    expect(storage.getItem('empty')).toBe('');
  });

  test('a burst of misses in one turn lists the keys once', async () => {
    const { storage } = mp();
    const listings = jest.spyOn(fake, 'getStorageInfoSync');
    for (let i = 0; i < 50; i += 1) expect(storage.getItem(`missing-${i}`)).toBeNull();
    expect(listings).toHaveBeenCalledTimes(1);
    await Promise.resolve();
    expect(storage.getItem('missing-0')).toBeNull();
    expect(listings).toHaveBeenCalledTimes(2);
  });

  test("the adapter's own writes within a turn keep '' and null apart", () => {
    const { storage } = mp();
    expect(storage.getItem('empty')).toBeNull();
    storage.setItem('empty', '');
    expect(storage.getItem('empty')).toBe('');
    expect(storage.keys()).toEqual(['empty']);
    storage.removeItem('empty');
    expect(storage.getItem('empty')).toBeNull();
    expect(storage.keys()).toEqual([]);
  });

  test('writes by someone else (another H5 tab) are seen on the next turn', async () => {
    const { storage } = h5();
    expect(storage.getItem('other')).toBeNull();
    fake.store.set('other', '');
    await Promise.resolve();
    expect(storage.getItem('other')).toBe('');
    expect(storage.keys()).toEqual(['other']);
  });

  test('round-trips values, removes them and lists keys', () => {
    const { storage } = mp();
    storage.setItem('a', '{"x":1}');
    storage.setItem('b', 'two');
    expect(storage.getItem('a')).toBe('{"x":1}');
    expect(storage.keys().sort()).toEqual(['a', 'b']);
    storage.removeItem('a');
    expect(storage.getItem('a')).toBeNull();
    expect(storage.keys()).toEqual(['b']);
  });

  test('a non-string value (H5 unwraps its {type,data} envelope) comes back as JSON text', () => {
    fake.store.set('obj', { n: 1 });
    fake.store.set('num', 5);
    const { storage } = h5();
    expect(storage.getItem('obj')).toBe('{"n":1}');
    expect(storage.getItem('num')).toBe('5');
  });

  test('a write the platform refuses throws PlatformError("quota") and keeps the old value', () => {
    const { storage } = mp();
    storage.setItem('k', 'old');
    fake.quotaChars = 10;
    const error = syncError(() => storage.setItem('k', 'x'.repeat(20)));
    expect(error.reason).toBe('quota');
    expect(error.message).toContain('exceed storage max size');
    expect(storage.getItem('k')).toBe('old');
  });

  test('on mini programs a value over 1 MB is refused before reaching wx', () => {
    const error = syncError(() => mp().storage.setItem('big', 'x'.repeat(MP_MAX_ITEM_BYTES + 1)));
    expect(error.reason).toBe('quota');
    expect(fake.setStorageCalls).toBe(0);
  });

  test('the 1 MB check counts UTF-8 bytes, not characters', () => {
    const chinese = '字'.repeat(Math.floor(MP_MAX_ITEM_BYTES / 3) + 1);
    expect(syncError(() => mp().storage.setItem('zh', chinese)).reason).toBe('quota');
    mp().storage.setItem('ok', 'x'.repeat(MP_MAX_ITEM_BYTES));
    expect(fake.store.has('ok')).toBe(true);
  });

  test('H5 has no per-key limit, only the browser quota', () => {
    h5().storage.setItem('big', 'x'.repeat(MP_MAX_ITEM_BYTES + 1));
    expect(fake.setStorageCalls).toBe(1);
  });
});

describe('uni chooseImage', () => {
  test('asks for one compressed image from the given sources', () => {
    void mp().chooseImage(['camera']);
    const call = only(fake.chooseImageCalls);
    expect(call).toMatchObject({ count: 1, sizeType: ['compressed'], sourceType: ['camera'] });
  });

  test('no sources means both', () => {
    void mp().chooseImage([]);
    expect(only(fake.chooseImageCalls).sourceType).toEqual(['album', 'camera']);
  });

  test('mini program result: path, size and a name from the path', async () => {
    const picked = mp().chooseImage(['album']);
    only(fake.chooseImageCalls).success?.({
      tempFilePaths: ['wxfile://tmp_123.jpg'],
      tempFiles: [{ path: 'wxfile://tmp_123.jpg', size: 4567 }],
    });
    await expect(picked).resolves.toEqual({ path: 'wxfile://tmp_123.jpg', size: 4567, name: 'tmp_123.jpg' });
  });

  test('H5 result keeps the File alongside its blob URL', async () => {
    const file = new File([new Uint8Array(300)], 'me.png', { type: 'image/png' });
    const picked = h5().chooseImage(['album']);
    only(fake.chooseImageCalls).success?.({ tempFilePaths: ['blob:http://localhost/1f2e'], tempFiles: [file] });
    const image = await picked;
    expect(image).toMatchObject({ path: 'blob:http://localhost/1f2e', size: 300, name: 'me.png' });
    expect(image.file).toBe(file);
  });

  test('backing out rejects with PlatformError("cancelled")', async () => {
    const picked = mp().chooseImage(['album']);
    only(fake.chooseImageCalls).fail({ errMsg: 'chooseImage:fail cancel' });
    const error = await rejection(picked);
    expect(error.reason).toBe('cancelled');
  });

  test('H5 rejects with a bare string on cancel', async () => {
    const picked = h5().chooseImage(['album']);
    only(fake.chooseImageCalls).fail('chooseImage:fail cancel');
    expect((await rejection(picked)).reason).toBe('cancelled');
  });

  test('other failures (permission denied) are "failed"', async () => {
    const picked = mp().chooseImage(['camera']);
    only(fake.chooseImageCalls).fail({ errMsg: 'chooseImage:fail auth deny' });
    const error = await rejection(picked);
    expect(error.reason).toBe('failed');
    expect(error.message).toContain('auth deny');
  });
});

describe('uni upload', () => {
  test('mini program: sends the path with field name, form data and headers', () => {
    mp().upload({
      url: 'https://up.example.com/avatar',
      image: PICKED,
      fieldName: 'avatar',
      formData: { user: 'alice' },
      headers: { Authorization: 'Bearer t' },
    });
    const { options } = only(fake.uploads);
    expect(options).toMatchObject({
      url: 'https://up.example.com/avatar',
      filePath: PICKED.path,
      name: 'avatar',
      formData: { user: 'alice' },
      header: { Authorization: 'Bearer t' },
    });
    expect(options.file).toBeUndefined();
  });

  test('field name defaults to "file"', () => {
    mp().upload({ url: 'https://up.example.com', image: PICKED });
    expect(only(fake.uploads).options.name).toBe('file');
  });

  test('reports progress and resolves with the body on 2xx', async () => {
    const seen: UploadProgress[] = [];
    const task = mp().upload({ url: 'https://up.example.com', image: PICKED, onProgress: (p) => seen.push(p) });
    const upload = only(fake.uploads);
    upload.task.progress(1024, 2048);
    upload.task.progress(2048, 2048);
    upload.options.success?.({ statusCode: 201, data: '{"url":"https://cdn.example.com/a.jpg"}' });
    await expect(task.result).resolves.toBe('{"url":"https://cdn.example.com/a.jpg"}');
    expect(seen).toEqual([
      { percent: 50, sentBytes: 1024, totalBytes: 2048 },
      { percent: 100, sentBytes: 2048, totalBytes: 2048 },
    ]);
  });

  test('a zero-length total reports 0 %, not NaN', () => {
    const seen: UploadProgress[] = [];
    mp().upload({ url: 'https://up.example.com', image: PICKED, onProgress: (p) => seen.push(p) });
    only(fake.uploads).task.progress(0, 0);
    expect(seen[0]?.percent).toBe(0);
  });

  test('non-2xx status rejects with PlatformError("failed") naming the status', async () => {
    const task = mp().upload({ url: 'https://up.example.com', image: PICKED });
    only(fake.uploads).options.success?.({ statusCode: 413, data: 'too large' });
    const error = await rejection(task.result);
    expect(error.reason).toBe('failed');
    expect(error.message).toContain('413');
  });

  test('abort aborts the platform task, rejects at once with "aborted", and silences later progress', async () => {
    const seen: UploadProgress[] = [];
    const task = mp().upload({ url: 'https://up.example.com', image: PICKED, onProgress: (p) => seen.push(p) });
    const upload = only(fake.uploads);
    upload.task.progress(100, 2048);
    task.abort();
    expect(upload.task.aborted).toBe(true);
    expect((await rejection(task.result)).reason).toBe('aborted');
    upload.task.progress(2048, 2048);
    upload.options.fail({ errMsg: 'uploadFile:fail abort' });
    expect(seen).toHaveLength(1);
  });

  test('abort after the upload settled changes nothing', async () => {
    const task = mp().upload({ url: 'https://up.example.com', image: PICKED });
    const upload = only(fake.uploads);
    upload.options.success?.({ statusCode: 200, data: 'ok' });
    task.abort();
    await expect(task.result).resolves.toBe('ok');
    expect(upload.task.aborted).toBe(false);
  });

  test('a platform-side abort is "aborted", other failures "failed"', async () => {
    const aborted = mp().upload({ url: 'https://up.example.com', image: PICKED });
    only(fake.uploads).options.fail({ errMsg: 'uploadFile:fail abort' });
    expect((await rejection(aborted.result)).reason).toBe('aborted');

    const failed = mp().upload({ url: 'https://up.example.com', image: PICKED });
    fake.uploads[1]?.options.fail({ errMsg: 'uploadFile:fail timeout' });
    expect((await rejection(failed.result)).reason).toBe('failed');
  });

  test('H5 with a File: passes the File and keeps the blob URL as filePath (uni-h5 needs both)', () => {
    const file = new File([new Uint8Array(10)], 'me.png', { type: 'image/png' });
    h5().upload({ url: 'https://up.example.com', image: { path: 'blob:http://localhost/9', size: 10, name: 'me.png', file } });
    const { options } = only(fake.uploads);
    expect(options.file).toBe(file);
    expect(options.filePath).toBe('blob:http://localhost/9');
  });

  test('H5 with a bare Blob: wraps it in a File named after the image', () => {
    const blob = new Blob([new Uint8Array(10)], { type: 'image/jpeg' });
    h5().upload({ url: 'https://up.example.com', image: { path: '', size: 10, name: 'cam.jpg', file: blob } });
    const { options } = only(fake.uploads);
    expect(options.file).toBeInstanceOf(File);
    expect(options.file?.name).toBe('cam.jpg');
    expect(options.file?.type).toBe('image/jpeg');
    expect(options.filePath).toBe('cam.jpg');
  });

  test('H5 without a File (a restored blob or data URL): uploads by path', () => {
    h5().upload({ url: 'https://up.example.com', image: { path: 'blob:http://localhost/7', size: 10, name: '7' } });
    const { options } = only(fake.uploads);
    expect(options.file).toBeUndefined();
    expect(options.filePath).toBe('blob:http://localhost/7');
  });

  test('mini program ignores a File even if one is present', () => {
    const file = new File([new Uint8Array(1)], 'x.png');
    mp().upload({ url: 'https://up.example.com', image: { ...PICKED, file } });
    expect(only(fake.uploads).options.file).toBeUndefined();
  });
});

describe('uni keepFile and displayUrl', () => {
  test('mini program saves the temp file and returns the saved path', async () => {
    const kept = mp().keepFile(PICKED);
    const call = only(fake.saveFileCalls);
    expect(call.tempFilePath).toBe(PICKED.path);
    call.success?.({ savedFilePath: 'wxfile://store_abc.jpg' });
    await expect(kept).resolves.toBe('wxfile://store_abc.jpg');
  });

  test('mini program saveFile failure is "failed"', async () => {
    const kept = mp().keepFile(PICKED);
    only(fake.saveFileCalls).fail({ errMsg: 'saveFile:fail exceeded the maximum size of the file storage limit 10M' });
    expect((await rejection(kept)).reason).toBe('failed');
  });

  const DATA_URL = `data:image/jpeg;base64,${'A'.repeat(4000)}`;

  test('H5 stores the downscaled image and returns a short kept-file URL that displayUrl resolves', async () => {
    const sides: number[] = [];
    const platform = h5({
      downscale: async (_image, maxSide) => {
        sides.push(maxSide);
        return DATA_URL;
      },
    });
    const url = await platform.keepFile({ path: 'blob:http://localhost/1', size: 9999, name: 'me.png' });
    expect(url).toMatch(/^kept-file:\/\/[0-9a-z]+$/);
    expect(url.length).toBeLessThan(500);
    expect(sides).toEqual([KEPT_IMAGE_MAX_SIDE]);
    expect(platform.displayUrl(url)).toBe(DATA_URL);
    const id = url.slice('kept-file://'.length);
    expect(fake.store.get(`kept-file:${id}`)).toBe(DATA_URL);
  });

  test('H5 kept files survive a reload (a fresh platform reads storage)', async () => {
    const url = await h5({ downscale: async () => DATA_URL }).keepFile(PICKED);
    expect(h5().displayUrl(url)).toBe(DATA_URL);
  });

  test('H5 keeping the same picture twice reuses one entry', async () => {
    const platform = h5({ downscale: async () => DATA_URL });
    const first = await platform.keepFile(PICKED);
    const second = await platform.keepFile(PICKED);
    expect(second).toBe(first);
    expect(fake.store.size).toBe(1);
  });

  test('H5 keepFile rejects with "quota" when storage is full', async () => {
    fake.quotaChars = 100;
    const error = await rejection(h5({ downscale: async () => DATA_URL }).keepFile(PICKED));
    expect(error.reason).toBe('quota');
  });

  test('displayUrl falls back to the default avatar for a kept file that is gone', () => {
    expect(h5().displayUrl('kept-file://nothere')).toBe(DEFAULT_AVATAR_URL);
  });

  test('displayUrl leaves every other URL alone', () => {
    const platform = mp();
    for (const url of ['/static/avatars/alice.png', 'https://cdn.example.com/a.jpg', 'wxfile://store_abc.jpg', '']) {
      expect(platform.displayUrl(url)).toBe(url);
    }
  });
});

describe('uni toast, confirm, loading', () => {
  test('kinds map to icons, and every call carries a fail callback', () => {
    const platform = mp();
    platform.toast('Saved', 'success');
    platform.toast('Oops', 'error');
    platform.toast('Hello');
    expect(fake.toasts.map((t) => [t.title, t.icon])).toEqual([
      ['Saved', 'success'],
      ['Oops', 'error'],
      ['Hello', 'none'],
    ]);
    expect(fake.toasts.every((t) => typeof t.fail === 'function')).toBe(true);
  });

  test('long text drops the icon so wx does not cut it at 7 characters', () => {
    mp().toast('Could not reach the server', 'error');
    expect(only(fake.toasts).icon).toBe('none');
  });

  test('confirm resolves with the answer and paints destructive actions red', async () => {
    const platform = mp();
    const answer = platform.confirm({ title: 'Log out?', content: 'You can log in again.', confirmText: 'Log out', destructive: true });
    const modal = only(fake.modals);
    expect(modal).toMatchObject({ title: 'Log out?', content: 'You can log in again.', confirmText: 'Log out' });
    expect(modal.confirmColor).toMatch(/^#/);
    modal.success?.({ confirm: true, cancel: false });
    await expect(answer).resolves.toBe(true);
  });

  test('prompt opens an editable dialog and resolves with the text, or null when cancelled', async () => {
    const platform = mp();
    const typed = platform.prompt({ title: 'Name card', placeholder: 'Name in this group', value: 'Al' });
    const modal = only(fake.modals);
    expect(modal).toMatchObject({ title: 'Name card', editable: true, content: 'Al', placeholderText: 'Name in this group' });
    modal.success?.({ confirm: true, cancel: false, content: 'Alice' });
    await expect(typed).resolves.toBe('Alice');
    const cancelled = platform.prompt({ title: 'Reason' });
    fake.modals[1]?.success?.({ confirm: false, cancel: true, content: 'x' });
    await expect(cancelled).resolves.toBeNull();
  });

  test('confirm: cancel and a failed dialog are both false; unset options are not sent', async () => {
    const platform = mp();
    const cancelled = platform.confirm({ title: 't', content: 'c' });
    const modal = only(fake.modals);
    expect(Object.keys(modal).sort()).toEqual(['content', 'fail', 'success', 'title']);
    modal.success?.({ confirm: false, cancel: true });
    await expect(cancelled).resolves.toBe(false);

    const failed = platform.confirm({ title: 't', content: 'c' });
    fake.modals[1]?.fail({ errMsg: 'showModal:fail' });
    await expect(failed).resolves.toBe(false);
  });

  test('loading shows with a mask and hides with a fail callback (wx fails when none is showing)', () => {
    const platform = mp();
    platform.showLoading('Saving…');
    platform.hideLoading();
    expect(only(fake.loadings)).toMatchObject({ title: 'Saving…', mask: true });
    expect(typeof only(fake.hideLoadingCalls).fail).toBe('function');
  });
});

describe('uni network', () => {
  test('type "none" is disconnected, anything else connected', async () => {
    const platform = mp();
    const offline = platform.getNetworkStatus();
    only(fake.networkTypeCalls).success?.({ networkType: 'none' });
    await expect(offline).resolves.toEqual({ connected: false, type: 'none' });

    const online = platform.getNetworkStatus();
    fake.networkTypeCalls[1]?.success?.({ networkType: '4g' });
    await expect(online).resolves.toEqual({ connected: true, type: '4g' });
  });

  test('an unanswerable query counts as online', async () => {
    const status = mp().getNetworkStatus();
    only(fake.networkTypeCalls).fail({ errMsg: 'getNetworkType:fail' });
    await expect(status).resolves.toEqual({ connected: true, type: 'unknown' });
  });

  test('change events are mapped and unsubscribe removes the same handler', () => {
    const seen: Array<{ connected: boolean; type: string }> = [];
    const stop = mp().onNetworkChange((status) => seen.push(status));
    fake.emitNetwork(false, 'none');
    fake.emitNetwork(true, 'wifi');
    const handler = only(fake.networkCallbacks);
    stop();
    stop();
    expect(fake.offNetworkCalls).toEqual([handler]);
    fake.emitNetwork(false, 'none');
    expect(seen).toEqual([
      { connected: false, type: 'none' },
      { connected: true, type: 'wifi' },
    ]);
  });

  test('without offNetworkStatusChange (old base library) the listener still goes quiet', () => {
    fake.offNetworkStatusChange = undefined;
    const seen: boolean[] = [];
    const stop = mp().onNetworkChange((status) => seen.push(status.connected));
    fake.emitNetwork(false, 'none');
    stop();
    fake.emitNetwork(true, 'wifi');
    expect(seen).toEqual([false]);
  });
});

describe('uni clipboard', () => {
  test('resolves once copied', async () => {
    const copied = mp().setClipboard('alice');
    const call = only(fake.clipboardCalls);
    expect(call.data).toBe('alice');
    call.success?.({});
    await expect(copied).resolves.toBeUndefined();
  });

  test('rejects with "failed" when the platform refuses', async () => {
    const copied = mp().setClipboard('alice');
    only(fake.clipboardCalls).fail({ errMsg: 'setClipboardData:fail' });
    expect((await rejection(copied)).reason).toBe('failed');
  });
});

describe('uni locale and theme', () => {
  test.each([
    ['zh_CN', 'zh-Hans'],
    ['zh-CN', 'zh-Hans'],
    ['zh_TW', 'zh-Hans'],
    ['zh-Hant-HK', 'zh-Hans'],
    ['en', 'en'],
    ['en-US', 'en'],
    ['ja', 'en'],
  ])('system language %s → %s', (language, expected) => {
    fake.appInfo = { language };
    expect(mp().systemLocale()).toBe(expected);
  });

  test('falls back to getSystemInfoSync without getAppBaseInfo, then to getLocale', () => {
    fake.getAppBaseInfo = undefined;
    fake.appInfo = { language: 'zh_CN' };
    expect(mp().systemLocale()).toBe('zh-Hans');
    fake.appInfo = {};
    fake.locale = 'zh-Hans';
    expect(mp().systemLocale()).toBe('zh-Hans');
  });

  test('mini program theme comes from the system info and onThemeChange', () => {
    fake.appInfo = { theme: 'dark' };
    const platform = mp();
    expect(platform.systemTheme()).toBe('dark');
    const seen: string[] = [];
    const stop = platform.onThemeChange((theme) => seen.push(theme));
    fake.emitTheme('light');
    stop();
    fake.emitTheme('dark');
    expect(seen).toEqual(['light']);
    expect(fake.themeCallbacks).toHaveLength(0);
  });

  test('mini program without darkmode reports light', () => {
    fake.appInfo = {};
    expect(mp().systemTheme()).toBe('light');
  });

  class FakeMediaQuery implements MediaQueryListLike {
    readonly listeners = new Set<(event: { matches: boolean }) => void>();
    constructor(public matches: boolean) {}
    addEventListener(_type: 'change', listener: (event: { matches: boolean }) => void): void {
      this.listeners.add(listener);
    }
    removeEventListener(_type: 'change', listener: (event: { matches: boolean }) => void): void {
      this.listeners.delete(listener);
    }
    emit(matches: boolean): void {
      this.matches = matches;
      for (const listener of [...this.listeners]) listener({ matches });
    }
  }

  test('H5 theme follows prefers-color-scheme', () => {
    const query = new FakeMediaQuery(true);
    const queries: string[] = [];
    const platform = h5({
      matchMedia: (text) => {
        queries.push(text);
        return query;
      },
    });
    expect(platform.systemTheme()).toBe('dark');
    const seen: string[] = [];
    const stop = platform.onThemeChange((theme) => seen.push(theme));
    query.emit(false);
    stop();
    query.emit(true);
    expect(seen).toEqual(['light']);
    expect(query.listeners.size).toBe(0);
    expect(queries.every((text) => text === '(prefers-color-scheme: dark)')).toBe(true);
  });

  test('H5 on old Safari uses addListener/removeListener', () => {
    const listeners = new Set<(event: { matches: boolean }) => void>();
    const legacy: MediaQueryListLike = {
      matches: false,
      addListener: (listener) => listeners.add(listener),
      removeListener: (listener) => listeners.delete(listener),
    };
    const platform = h5({ matchMedia: () => legacy });
    const seen: string[] = [];
    const stop = platform.onThemeChange((theme) => seen.push(theme));
    for (const listener of listeners) listener({ matches: true });
    stop();
    expect(seen).toEqual(['dark']);
    expect(listeners.size).toBe(0);
  });

  test('H5 without matchMedia is light and never changes', () => {
    const platform = h5({ matchMedia: undefined });
    expect(platform.systemTheme()).toBe('light');
    expect(() => platform.onThemeChange(() => undefined)()).not.toThrow();
  });
});

describe('requestJson and browser connectivity', () => {
  it('GETs JSON through uni.request and rejects on a non-2xx answer', async () => {
    const fake = new FakeUni();
    const platform = createPlatformOn(fake, { target: 'mp' });
    const ok = platform.requestJson('https://example.com/usersig?userID=a');
    fake.requests[0].success?.({ statusCode: 200, data: { userSig: 'sig' }, header: {}, cookies: [] } as UniNamespace.RequestSuccessCallbackResult);
    await expect(ok).resolves.toEqual({ userSig: 'sig' });
    const refused = platform.requestJson('https://example.com/usersig?userID=b');
    fake.requests[1].success?.({ statusCode: 403, data: '', header: {}, cookies: [] } as UniNamespace.RequestSuccessCallbackResult);
    await expect(refused).rejects.toMatchObject({ reason: 'failed', message: expect.stringContaining('403') });
  });
});
