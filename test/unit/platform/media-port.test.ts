/**
 * The MediaPort the local backend keeps message files through: the mini program's user data folder (over a
 * fake FileSystemManager that answers like wx) and H5's IndexedDB (fake-indexeddb), including what another
 * tab of the same origin sees.
 */
import 'fake-indexeddb/auto';
import * as idbKeyval from 'idb-keyval';
import type { KeptMedia, MediaPort } from '@/src/platform/port';
import { createPlatformOn } from '@/src/platform/uni';
import { createIdbMediaStore } from '@/src/platform/idb-media';
import type { IdbMediaStore, KeptRecord } from '@/src/platform/idb-media';
import { FakeUni } from './fake-uni';
import { FakeBrowserEnv, browserFile } from './fake-browser';
import { rejection } from './platform-error';

async function keepWithProgress(port: MediaPort, ...args: [Parameters<MediaPort['keep']>[0], unknown]): Promise<{ kept: KeptMedia; progress: number[] }> {
  const progress: number[] = [];
  const kept = await port.keep(args[0], args[1], (share) => progress.push(share));
  return { kept, progress };
}

describe('mini program: the user data folder', () => {
  let fake: FakeUni;
  let media: MediaPort;

  beforeEach(() => {
    fake = new FakeUni();
    media = createPlatformOn(fake, { target: 'mp', h5Media: null }).media;
  });

  const fs = () => fake.miniProgram!.fs;

  test('an image is copied under wxfile://usr/chat-media with its size read from the copy', async () => {
    fs().files.set('wxfile://tmp_cat.jpg', 2048);
    const getImageInfo = jest.spyOn(fake, 'getImageInfo').mockImplementation((options) => {
      void Promise.resolve().then(() => options.success?.({ width: 1080, height: 1440, path: options.src }));
    });
    const { kept, progress } = await keepWithProgress(media, 'image', { tempFiles: [{ tempFilePath: 'wxfile://tmp_cat.jpg', size: 2048 }] });
    expect(kept).toEqual({ url: expect.stringMatching(/^wxfile:\/\/usr\/chat-media\/[0-9a-z]+\.jpg$/), size: 2048, width: 1080, height: 1440 });
    expect(kept.url.length).toBeLessThan(80);
    expect(fs().files.get(kept.url)).toBe(2048);
    expect(getImageInfo.mock.calls[0]?.[0].src).toBe(kept.url);
    expect(progress).toEqual([0, 1]);
  });

  test('the folder is created once; a folder left by an earlier launch is fine', async () => {
    fs().files.set('wxfile://tmp_1.png', 1);
    fs().dirs.add('wxfile://usr/chat-media');
    const file = { tempFiles: [{ tempFilePath: 'wxfile://tmp_1.png', size: 1 }] };
    await media.keep('image', file, () => undefined);
    await media.keep('image', file, () => undefined);
    expect(fs().calls.filter((call) => call.startsWith('mkdir'))).toEqual(['mkdir wxfile://usr/chat-media']);
    expect(fs().calls.filter((call) => call.startsWith('copy'))).toHaveLength(2);
  });

  test('a video is copied with the poster WeChat made, sized by the poster or the video', async () => {
    fs().files.set('wxfile://tmp_v.mp4', 9000);
    fs().files.set('wxfile://tmp_v_thumb.jpg', 300);
    const picked = {
      tempFiles: [{ tempFilePath: 'wxfile://tmp_v.mp4', size: 9000, duration: 4.2, width: 720, height: 1280, thumbTempFilePath: 'wxfile://tmp_v_thumb.jpg' }],
      width: 720,
      height: 1280,
    };
    const { kept, progress } = await keepWithProgress(media, 'video', picked);
    expect(kept).toEqual({
      url: expect.stringMatching(/^wxfile:\/\/usr\/chat-media\/[0-9a-z]+\.mp4$/),
      size: 9000,
      duration: 4.2,
      width: 720,
      height: 1280,
      thumbUrl: kept.url.replace(/\.mp4$/, '-poster.jpg'),
      // getImageInfo could not read the poster here: the video's own size stands in.
      thumbWidth: 720,
      thumbHeight: 1280,
    });
    expect(fs().files.get(kept.thumbUrl ?? '')).toBe(300);
    expect(progress).toEqual([0, 0.9, 1]);
  });

  test('a recording and a document keep their extensions; a document without one gets none', async () => {
    fs().files.set('wxfile://tmp_voice.aac', 40);
    fs().files.set('wxfile://tmp_doc', 50);
    const audio = await media.keep('audio', { tempFilePath: 'wxfile://tmp_voice.aac', fileSize: 40, duration: 3200 }, () => undefined);
    expect(audio).toEqual({ url: expect.stringMatching(/\.aac$/), size: 40, duration: 3.2 });
    const document = await media.keep('file', { tempFiles: [{ path: 'wxfile://tmp_doc', size: 50, name: 'README' }] }, () => undefined);
    expect(document.url).toMatch(/^wxfile:\/\/usr\/chat-media\/[0-9a-z]+$/);
  });

  test('what the SDK would not send here is refused before anything is copied', async () => {
    const error = await rejection(media.keep('image', browserFile('x.png', 1), () => undefined));
    expect(error.reason).toBe('failed');
    expect(fs().calls).toEqual([]);
  });

  test('a temp file that no longer exists fails with wx’s message and keeps nothing', async () => {
    const error = await rejection(media.keep('image', { tempFiles: [{ tempFilePath: 'wxfile://tmp_gone.jpg', size: 3 }] }, () => undefined));
    expect(error.reason).toBe('failed');
    expect(error.message).toContain('no such file');
    expect([...fs().files.keys()].filter((path) => path.startsWith('wxfile://usr/'))).toEqual([]);
  });

  test('a full user data folder is "quota"', async () => {
    fs().files.set('wxfile://tmp_big.mp4', 5000);
    fs().quotaBytes = 4000;
    const error = await rejection(media.keep('video', { tempFiles: [{ tempFilePath: 'wxfile://tmp_big.mp4', size: 5000 }] }, () => undefined));
    expect(error.reason).toBe('quota');
  });

  test('a poster that cannot be copied takes the video with it: no half-kept message', async () => {
    fs().files.set('wxfile://tmp_v.mp4', 10);
    const error = await rejection(
      media.keep('video', { tempFiles: [{ tempFilePath: 'wxfile://tmp_v.mp4', size: 10, thumbTempFilePath: 'wxfile://tmp_missing.jpg' }] }, () => undefined),
    );
    expect(error.reason).toBe('failed');
    expect([...fs().files.keys()].filter((path) => path.startsWith('wxfile://usr/'))).toEqual([]);
  });

  test('discard removes the file and its poster; other urls and a second discard change nothing', async () => {
    fs().files.set('wxfile://tmp_v.mp4', 10);
    fs().files.set('wxfile://tmp_t.jpg', 2);
    fs().files.set('wxfile://usr/elsewhere.txt', 1);
    const kept = await media.keep('video', { tempFiles: [{ tempFilePath: 'wxfile://tmp_v.mp4', size: 10, thumbTempFilePath: 'wxfile://tmp_t.jpg' }] }, () => undefined);
    await media.discard(kept.url);
    await media.discard(kept.url);
    await media.discard('wxfile://usr/elsewhere.txt');
    await media.discard('https://cdn.example.com/a.jpg');
    expect([...fs().files.keys()].filter((path) => path.startsWith('wxfile://usr/'))).toEqual(['wxfile://usr/elsewhere.txt']);
  });
});

describe('H5: IndexedDB', () => {
  let env: FakeBrowserEnv;
  let dbName: string;
  let store: IdbMediaStore;
  let databases = 0;

  beforeEach(() => {
    env = new FakeBrowserEnv();
    databases += 1;
    dbName = `chat-media-test-${databases}`;
    store = createIdbMediaStore(env, { dbName, chunkBytes: 4 });
  });

  afterEach(() => {
    jest.restoreAllMocks();
  });

  async function record(url: string): Promise<KeptRecord | undefined> {
    return idbKeyval.get<KeptRecord>(url.slice('idb:'.length), idbKeyval.createStore(dbName, 'files'));
  }

  async function bytes(blob: Blob): Promise<number[]> {
    return [...new Uint8Array(await blob.arrayBuffer())];
  }

  test('an image is copied into one record, read in chunks with progress, sized by the browser', async () => {
    const content = new Uint8Array([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    env.imageSizes.set(10, { width: 640, height: 480 });
    const file = browserFile('cat.png', content, 'image/png');
    const { kept, progress } = await keepWithProgress(store, 'image', { tempFiles: [file], tempFilePaths: ['blob:x'] });
    expect(kept).toEqual({ url: expect.stringMatching(/^idb:[0-9a-z]+$/), size: 10, width: 640, height: 480 });
    expect(progress[0]).toBe(0);
    expect(progress.at(-1)).toBe(1);
    expect(progress.length).toBeGreaterThanOrEqual(5);
    expect([...progress].sort((a, b) => a - b)).toEqual(progress);
    const saved = await record(kept.url);
    expect(saved).toMatchObject({ name: 'cat.png', kind: 'image' });
    expect(await bytes(saved!.blob)).toEqual([...content]);
    expect(saved!.blob.type).toBe('image/png');
  });

  test('a video keeps the size and duration uni reported and a first-frame poster as its own record', async () => {
    const file = browserFile('clip.mp4', 12, 'video/mp4');
    env.videoFacts.set(12, { width: 1, height: 1, duration: 99, poster: { blob: new Blob([new Uint8Array([7, 7])], { type: 'image/jpeg' }), width: 320, height: 180 } });
    const kept = await store.keep('video', { tempFiles: [file], tempFilePaths: ['blob:v'], tempFile: file, duration: 6.5, width: 1280, height: 720 }, () => undefined);
    expect(kept).toEqual({
      url: expect.stringMatching(/^idb:[0-9a-z]+$/),
      size: 12,
      duration: 6.5,
      width: 1280,
      height: 720,
      thumbUrl: `${kept.url}-poster`,
      thumbWidth: 320,
      thumbHeight: 180,
    });
    expect(await bytes((await record(kept.thumbUrl!))!.blob)).toEqual([7, 7]);
  });

  test('a video the browser cannot decode is still kept, without a poster', async () => {
    const kept = await store.keep('video', browserFile('odd.mov', 3, 'video/quicktime'), () => undefined);
    expect(kept).toEqual({ url: expect.stringMatching(/^idb:/), size: 3 });
  });

  test('resolve makes one blob: URL per file, which displayUrl then answers at once', async () => {
    const platform = createPlatformOn(new FakeUni(), { target: 'h5', h5Media: { env, store }, syncChannel: null });
    const kept = await platform.media.keep('file', browserFile('a.txt', 5), () => undefined);
    expect(platform.displayUrl(kept.url)).toBe('');
    const [first, second] = await Promise.all([platform.resolveMediaUrl(kept.url), platform.resolveMediaUrl(kept.url)]);
    expect(first).toMatch(/^blob:/);
    expect(second).toBe(first);
    expect(platform.displayUrl(kept.url)).toBe(first);
    expect(await platform.resolveMediaUrl('https://cdn.example.com/x.png')).toBe('https://cdn.example.com/x.png');
  });

  test('another tab of the origin reads the file this tab kept', async () => {
    const kept = await store.keep('image', browserFile('shared.jpg', new Uint8Array([4, 2]), 'image/jpeg'), () => undefined);
    const otherTab = createIdbMediaStore(new FakeBrowserEnv(), { dbName });
    const url = await otherTab.resolve(kept.url);
    const response = await fetch(url);
    expect([...new Uint8Array(await response.arrayBuffer())]).toEqual([4, 2]);
  });

  test('discard deletes the records and revokes the URL; resolving it later rejects', async () => {
    const revoke = jest.spyOn(URL, 'revokeObjectURL');
    env.videoFacts.set(4, { poster: { blob: new Blob([new Uint8Array(1)]), width: 1, height: 1 } });
    const kept = await store.keep('video', browserFile('v.mp4', 4, 'video/mp4'), () => undefined);
    const objectUrl = await store.resolve(kept.url);
    await store.discard(kept.url);
    expect(revoke).toHaveBeenCalledWith(objectUrl);
    expect(await record(kept.url)).toBeUndefined();
    expect(await record(kept.thumbUrl!)).toBeUndefined();
    expect(store.cachedUrl(kept.url)).toBeUndefined();
    const error = await rejection(store.resolve(kept.url));
    expect(error.reason).toBe('failed');
    await store.discard(kept.url);
    await store.discard('wxfile://usr/a.jpg');
  });

  test('a full origin is "quota", and a half-written video leaves no record', async () => {
    env.videoFacts.set(6, { poster: { blob: new Blob([new Uint8Array(1)]), width: 1, height: 1 } });
    // The second write (the poster) hits the origin's quota, as a browser reports it.
    const realPut = IDBObjectStore.prototype.put;
    let writes = 0;
    jest.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (this: IDBObjectStore, value: unknown, key?: IDBValidKey) {
      writes += 1;
      if (writes === 2) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      return realPut.call(this, value, key);
    });
    const deleted: string[] = [];
    const realDelete = IDBObjectStore.prototype.delete;
    jest.spyOn(IDBObjectStore.prototype, 'delete').mockImplementation(function (this: IDBObjectStore, key: IDBValidKey | IDBKeyRange) {
      deleted.push(String(key));
      return realDelete.call(this, key);
    });
    const error = await rejection(store.keep('video', browserFile('big.mp4', 6, 'video/mp4'), () => undefined));
    expect(error.reason).toBe('quota');
    expect(writes).toBe(2);
    expect(deleted).toHaveLength(2);
    jest.restoreAllMocks();
    for (const key of deleted) expect(await record(`idb:${key}`)).toBeUndefined();
  });

  test('a file that cannot be read any more (changed on disk) is "failed"', async () => {
    const file = browserFile('gone.png', 8, 'image/png');
    Object.defineProperty(file, 'slice', {
      value: () => ({ arrayBuffer: () => Promise.reject(new DOMException('The file changed', 'NotReadableError')) }),
    });
    const error = await rejection(store.keep('image', file, () => undefined));
    expect(error.reason).toBe('failed');
    expect(error.message).toContain('gone.png');
  });

  test('what the SDK would not send from a browser is refused', async () => {
    const error = await rejection(store.keep('audio', { tempFilePath: 'blob:a', fileSize: 1, duration: 1 }, () => undefined));
    expect(error.reason).toBe('failed');
    expect(store.describe('image', { tempFiles: [{ tempFilePath: 'wxfile://a.jpg', size: 1 }] })).toBeUndefined();
  });

  test('a browser without IndexedDB rejects resolve instead of throwing', async () => {
    const saved = globalThis.indexedDB;
    Reflect.deleteProperty(globalThis, 'indexedDB');
    try {
      const bare = createIdbMediaStore(env, { dbName: 'no-idb' });
      expect((await rejection(bare.resolve('idb:abc'))).reason).toBe('failed');
    } finally {
      Reflect.set(globalThis, 'indexedDB', saved);
    }
  });
});
