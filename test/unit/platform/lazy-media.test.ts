/**
 * The mini program's media calls behind the facade that loads their code when first needed
 * (src/platform/lazy-media.ts; the build loads uni-media.ts from the backend subpackage): what answers before
 * the code is there, what waits for it, and a failed download that the next call retries.
 */
import type { PlatformPort } from '@/src/platform/port';
import { createPlatformOn } from '@/src/platform/uni';
import type { UniMediaModule } from '@/src/platform/lazy-media';
import * as uniMediaModule from '@/src/platform/uni-media';
import { FakeUni, only } from './fake-uni';
import { holdDownloads, until, type HeldDownloads } from './held-download';
import { rejection } from './platform-error';

let fake: FakeUni;
/** The download of the media code, settled by each test. */
let downloads: HeldDownloads<UniMediaModule>['pending'];
let arrive: () => void;
let platform: PlatformPort;

beforeEach(() => {
  fake = new FakeUni();
  const held = holdDownloads<UniMediaModule>(uniMediaModule);
  ({ pending: downloads, arrive } = held);
  platform = createPlatformOn(fake, { target: 'mp', h5Media: null, loadMedia: held.load });
});

test('nothing downloads until asked; capabilities and plain urls answer at once', async () => {
  expect(downloads).toHaveLength(0);
  expect(platform.capabilities).toEqual({ chooseFile: true, recordAudio: true });
  fake.miniProgram!.available.delete('getRecorderManager');
  expect(platform.capabilities.recordAudio).toBe(false);
  await expect(platform.resolveMediaUrl('wxfile://usr/chat-media/a.jpg')).resolves.toBe('wxfile://usr/chat-media/a.jpg');
  expect(platform.displayUrl('https://cdn.example.com/a.png')).toBe('https://cdn.example.com/a.png');
  expect(() => platform.media.describe('image', { tempFiles: [{ tempFilePath: 'wxfile://tmp/a.jpg', size: 1 }] })).toThrow(/not loaded/);
  expect(downloads).toHaveLength(0);
});

test('mediaReady loads the code once; then the media port describes synchronously', async () => {
  const ready = platform.mediaReady!();
  const again = platform.mediaReady!();
  expect(downloads).toHaveLength(1);
  arrive();
  await Promise.all([ready, again]);
  expect(platform.media.describe('image', { tempFiles: [{ tempFilePath: 'wxfile://tmp/a.jpg', size: 10 }], tempFilePaths: ['wxfile://tmp/a.jpg'] })).toMatchObject({ size: 10 });
  await platform.mediaReady!();
  expect(downloads).toHaveLength(0);
});

test('a picker waits for the code, then asks WeChat', async () => {
  const picked = platform.chooseMedia({ kinds: ['image'], count: 3 });
  expect(fake.miniProgram!.chooseMediaCalls).toHaveLength(0);
  arrive();
  await until(() => fake.miniProgram!.chooseMediaCalls.length === 1);
  const call = only(fake.miniProgram!.chooseMediaCalls);
  expect(call).toMatchObject({ mediaType: ['image'], count: 3 });
  call.success!({ type: 'image', tempFiles: [{ tempFilePath: 'wxfile://tmp/p.jpg', size: 5, fileType: 'image' }] } as unknown as UniNamespace.ChooseMediaSuccessCallbackResult);
  await expect(picked).resolves.toMatchObject([{ kind: 'image', size: 5, previewUrl: 'wxfile://tmp/p.jpg' }]);
});

test('a failed download rejects with "failed" and WeChat’s message; the next call downloads again', async () => {
  const first = platform.chooseFile();
  downloads.splice(0)[0].reject({ mod: 'src/subpackages/backend/x.js', errMsg: 'loadSubpackage: fail network' });
  const error = await rejection(first);
  expect(error.reason).toBe('failed');
  expect(error.message).toContain('loadSubpackage: fail network');

  const second = platform.chooseFile();
  expect(downloads).toHaveLength(1);
  arrive();
  await until(() => fake.miniProgram!.chooseMessageFileCalls.length === 1);
  fake.miniProgram!.chooseMessageFileCalls[0].fail!({ errMsg: 'chooseMessageFile:fail cancel' });
  expect((await rejection(second)).reason).toBe('cancelled');
});

test('a recording asked for before the code arrived starts once it has; a stop before that is kept', async () => {
  const recording = platform.recordAudio();
  recording.stop();
  const recorder = fake.miniProgram!.recorder;
  expect(recorder.starts).toHaveLength(0);
  arrive();
  await until(() => recorder.starts.length === 1);
  recorder.emitStart();
  await recording.started;
  expect(recorder.stops).toBe(1);
  recorder.emitStop({ tempFilePath: 'wxfile://tmp_v.aac', fileSize: 100, duration: 1500 });
  await expect(recording.result).resolves.toEqual({ tempFilePath: 'wxfile://tmp_v.aac', fileSize: 100, duration: 1500 });
});

test('a recording cancelled before the code arrived never starts the recorder', async () => {
  const recording = platform.recordAudio();
  recording.cancel();
  expect((await rejection(recording.result)).reason).toBe('cancelled');
  expect((await rejection(recording.started)).reason).toBe('cancelled');
  arrive();
  await platform.mediaReady!();
  expect(fake.miniProgram!.recorder.starts).toHaveLength(0);
});

test('a playback asked for before the code arrived plays once it has; one stopped before that never plays', async () => {
  const ends: string[] = [];
  const stopped = platform.playAudio('wxfile://usr/chat-media/a.aac');
  stopped.onEnded((end) => ends.push(`a ${end}`));
  stopped.stop();
  const playing = platform.playAudio('wxfile://usr/chat-media/b.aac');
  playing.onEnded((end) => ends.push(`b ${end}`));
  arrive();
  await until(() => fake.audioContexts.length === 1 && fake.audioContexts[0].plays === 1);
  expect(fake.audioContexts[0].src).toBe('wxfile://usr/chat-media/b.aac');
  fake.audioContexts[0].emitEnded();
  await until(() => ends.length === 2);
  expect(ends).toEqual(['a stopped', 'b ended']);
});

test('a playback whose code cannot download ends as failed', async () => {
  const ends: string[] = [];
  platform.playAudio('wxfile://usr/chat-media/a.aac').onEnded((end) => ends.push(end));
  downloads.splice(0)[0].reject(new Error('offline'));
  await until(() => ends.length === 1);
  expect(ends).toEqual(['failed']);
});
