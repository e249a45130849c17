/**
 * The memory platform's media, which the stores' and the service's tests use: scripted pickers and recorder,
 * an in-memory MediaPort with the real platforms' reading rules, a quota, and tabs sharing one store.
 */
import { PlatformError } from '@/src/platform/port';
import { MemoryMediaStore, createMemoryPlatform } from '@/src/platform/memory';
import { rejection } from './platform-error';

test('pickers answer from their queues, record each request, and back out when empty', async () => {
  const platform = createMemoryPlatform({ media: [[{ kind: 'image', name: 'a.jpg', size: 5, width: 4, height: 3 }], 'cancel'] });
  const [image] = await platform.chooseMedia({ kinds: ['image'], sources: ['camera'] });
  expect(image).toMatchObject({ kind: 'image', name: 'a.jpg', size: 5, width: 4, height: 3, previewUrl: 'memory://tmp/1/a.jpg' });
  expect(image.file).toEqual({ tempFiles: [{ tempFilePath: 'memory://tmp/1/a.jpg', size: 5 }], tempFilePaths: ['memory://tmp/1/a.jpg'] });
  expect((await rejection(platform.chooseMedia())).reason).toBe('cancelled');
  expect((await rejection(platform.chooseMedia())).reason).toBe('cancelled');
  expect((await rejection(platform.chooseFile())).reason).toBe('cancelled');
  expect(platform.mediaRequests).toEqual([{ kinds: ['image'], sources: ['camera'] }, {}, {}]);
});

test('a scripted pick of the wrong kind is a mistake in the test, not a cancel', async () => {
  const platform = createMemoryPlatform({ media: [[{ kind: 'video', name: 'v.mp4', size: 1 }]] });
  await expect(platform.chooseMedia({ kinds: ['image'] })).rejects.toThrow(/Scripted video/);
});

test('keep reports 0 → 1, sizes images as the platform would, and displayUrl / resolveMediaUrl show it', async () => {
  const platform = createMemoryPlatform({ media: [[{ kind: 'image', name: 'a.png', size: 50, width: 800, height: 600 }]] });
  const [image] = await platform.chooseMedia();
  expect(platform.media.describe('image', image.file)).toEqual({ name: 'a.png', size: 50 });
  const progress: number[] = [];
  const kept = await platform.media.keep('image', image.file, (share) => progress.push(share));
  expect(kept).toEqual({ url: 'memory:m1', size: 50, width: 800, height: 600 });
  expect(progress).toEqual([0, 0.5, 1]);
  expect(platform.displayUrl(kept.url)).toBe(kept.url);
  await expect(platform.resolveMediaUrl(kept.url)).resolves.toBe(kept.url);
  await platform.media.discard(kept.url);
  expect(platform.displayUrl(kept.url)).toBe('');
  expect((await rejection(platform.resolveMediaUrl(kept.url))).reason).toBe('failed');
});

test('a video keeps its poster beside it; discarding the video takes the poster', async () => {
  const platform = createMemoryPlatform({ media: [[{ kind: 'video', name: 'v.mp4', size: 70, duration: 8, width: 640, height: 360 }]] });
  const [video] = await platform.chooseMedia();
  const kept = await platform.media.keep('video', video.file, () => undefined);
  expect(kept).toEqual({ url: 'memory:m1', size: 70, width: 640, height: 360, duration: 8, thumbUrl: 'memory:m1-poster', thumbWidth: 640, thumbHeight: 360 });
  await platform.media.discard(kept.url);
  expect([...platform.mediaStore.files.keys()]).toEqual([]);
});

test('a full store refuses with "quota" and keeps nothing; a scripted failure happens once', async () => {
  const store = new MemoryMediaStore(100);
  const platform = createMemoryPlatform({ mediaStore: store, files: [[{ name: 'big.zip', size: 101 }], [{ name: 'ok.txt', size: 10 }]] });
  const [big] = await platform.chooseFile();
  expect((await rejection(platform.media.keep('file', big.file, () => undefined))).reason).toBe('quota');
  expect(store.files.size).toBe(0);
  const [ok] = await platform.chooseFile();
  platform.failNextKeep(new PlatformError('failed', 'disk error'));
  expect((await rejection(platform.media.keep('file', ok.file, () => undefined))).message).toBe('disk error');
  await expect(platform.media.keep('file', ok.file, () => undefined)).resolves.toMatchObject({ size: 10 });
  expect(store.usedBytes).toBe(10);
});

test('two platforms on one store are tabs of one origin: each shows what the other kept', async () => {
  const store = new MemoryMediaStore();
  const first = createMemoryPlatform({ mediaStore: store, files: [[{ name: 'a.pdf', size: 3 }]] });
  const second = createMemoryPlatform({ mediaStore: store });
  const [file] = await first.chooseFile();
  const kept = await first.media.keep('file', file.file, () => undefined);
  await expect(second.resolveMediaUrl(kept.url)).resolves.toBe(kept.url);
  await second.media.discard(kept.url);
  expect(first.displayUrl(kept.url)).toBe('');
});

test('as H5 it hands out Files, takes no audio, and refuses mini program paths', async () => {
  const platform = createMemoryPlatform({ mediaTarget: 'h5', files: [[{ name: 'n.txt', size: 2 }]] });
  const [file] = await platform.chooseFile();
  expect(file.file).toEqual({ tempFiles: [expect.any(File)], tempFilePaths: ['blob:memory/1'] });
  expect(platform.capabilities).toEqual({ chooseFile: true, recordAudio: false });
  expect((await rejection(platform.recordAudio().result)).reason).toBe('unsupported');
  expect(platform.media.describe('file', { tempFiles: [{ path: 'memory://tmp/1/n.txt', size: 2, name: 'n.txt' }] })).toBeUndefined();
  expect((await rejection(platform.media.keep('image', { tempFiles: [{ tempFilePath: 'x.jpg', size: 1 }] }, () => undefined))).reason).toBe('failed');
});

test('recordings: started at once, the result on stop, cancelled or denied as scripted', async () => {
  const platform = createMemoryPlatform({ recordings: [{ durationMs: 90_000, fileSize: 64 }, 'denied'] });
  const first = platform.recordAudio({ maxDurationMs: 60_000 });
  await first.started;
  first.stop();
  await expect(first.result).resolves.toEqual({ tempFilePath: 'memory://tmp/1/voice.aac', fileSize: 64, duration: 60_000 });
  expect((await rejection(platform.recordAudio().result)).reason).toBe('failed');
  const third = platform.recordAudio();
  third.cancel();
  expect((await rejection(third.result)).reason).toBe('cancelled');
  expect(platform.recordRequests).toEqual([{ maxDurationMs: 60_000 }, {}, {}]);
});

test('capabilities can be taken away to test screens without them', async () => {
  const platform = createMemoryPlatform({ capabilities: { chooseFile: false, recordAudio: false } });
  expect((await rejection(platform.chooseFile())).reason).toBe('unsupported');
  expect((await rejection(platform.recordAudio().started)).reason).toBe('unsupported');
});

test('viewers and playback are recorded; one playback at a time', async () => {
  const platform = createMemoryPlatform();
  await platform.previewImage(['memory:a', 'memory:b'], 1);
  await platform.openDocument('memory:c', 'c.pdf');
  const ends: string[] = [];
  platform.playAudio('https://x/a.aac').onEnded((end) => ends.push(`a ${end}`));
  platform.playAudio('https://x/b.aac').onEnded((end) => ends.push(`b ${end}`));
  platform.finishAudio();
  expect(ends).toEqual(['a stopped', 'b ended']);
  expect(platform.previews).toEqual([{ urls: ['memory:a', 'memory:b'], current: 1 }]);
  expect(platform.openedDocuments).toEqual([{ url: 'memory:c', name: 'c.pdf' }]);
  expect(platform.audioPlays).toEqual(['https://x/a.aac', 'https://x/b.aac']);
});
