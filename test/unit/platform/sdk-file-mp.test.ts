/**
 * The `payload.file` values the mini program platform hands out, given to the real SDK loaded as a WeChat
 * mini program: each must make the message the SDK makes from WeChat's own chooser results, and the
 * MediaPort must describe exactly what the SDK would send (and nothing where the SDK sends nothing).
 */
import { createPlatformOn } from '@/src/platform/uni';
import type { PlatformPort } from '@/src/platform/port';
import { createMemoryPlatform } from '@/src/platform/memory';
import { FakeUni, only } from './fake-uni';
import { browserFile } from './fake-browser';
import { TO_BOB, loadRealSdk } from './real-sdk';
import type { RealSdk } from './real-sdk';

let real: RealSdk;
let fake: FakeUni;
let platform: PlatformPort;

beforeAll(() => {
  real = loadRealSdk('mp');
});

afterAll(async () => {
  await real.close();
});

beforeEach(() => {
  fake = new FakeUni();
  platform = createPlatformOn(fake, { target: 'mp', h5Media: null });
});

const to = TO_BOB;

function mediaEntry(patch: Partial<UniNamespace.MediaFile>): UniNamespace.MediaFile {
  return { tempFilePath: '', size: 0, fileType: 'image', duration: 0, width: 0, height: 0, thumbTempFilePath: '', ...patch };
}

test('an image from chooseMedia makes the SDK image message of that temp file', async () => {
  const picked = platform.chooseMedia({ kinds: ['image'] });
  only(fake.miniProgram!.chooseMediaCalls).success?.({
    type: 'image',
    errMsg: 'chooseMedia:ok',
    tempFiles: [mediaEntry({ tempFilePath: 'wxfile://tmp_cat.JPG', size: 2048 })],
  });
  const [chosen] = await picked;
  const message = real.sdk.createImageMessage({ ...to, payload: { file: chosen.file } });
  expect(message.type).toBe('TIMImageElem');
  expect(message.payload.imageInfoArray.map((info: { url: string }) => info.url)).toEqual([
    'wxfile://tmp_cat.JPG',
    'wxfile://tmp_cat.JPG',
    'wxfile://tmp_cat.JPG',
  ]);
  // The SDK names the upload after the path's extension; the MediaPort reads the same name.
  expect(message.payload.uuid).toMatch(/\.JPG$/);
  expect(platform.media.describe('image', chosen.file)).toEqual({ name: 'tmp_cat.JPG', size: 2048 });
});

test('a video from chooseMedia carries its duration, size and poster size into the SDK message', async () => {
  const picked = platform.chooseMedia({ kinds: ['video'] });
  only(fake.miniProgram!.chooseMediaCalls).success?.({
    type: 'video',
    errMsg: 'chooseMedia:ok',
    tempFiles: [
      mediaEntry({
        fileType: 'video',
        tempFilePath: 'wxfile://tmp_clip.mp4',
        size: 734003,
        duration: 12.6,
        width: 720,
        height: 1280,
        thumbTempFilePath: 'wxfile://tmp_clip_thumb.jpg',
      }),
    ],
  });
  const [chosen] = await picked;
  const message = real.sdk.createVideoMessage({ ...to, payload: { file: chosen.file } });
  expect(message.payload).toMatchObject({
    videoUrl: 'wxfile://tmp_clip.mp4',
    videoSize: 734003,
    // index.es.js createVideoMessage: vt(second, 0), i.e. rounded (audio seconds are floored).
    videoSecond: 13,
    videoFormat: 'mp4',
    // Without the result object's own width/height the SDK would say 200×200.
    thumbWidth: 720,
    thumbHeight: 1280,
  });
  expect(platform.media.describe('video', chosen.file)).toEqual({ name: 'tmp_clip.mp4', size: 734003, duration: 12.6, width: 720, height: 1280 });
});

test('several picked images become one message file each', async () => {
  const picked = platform.chooseMedia({ kinds: ['image'], count: 3 });
  only(fake.miniProgram!.chooseMediaCalls).success?.({
    type: 'image',
    errMsg: 'chooseMedia:ok',
    tempFiles: [mediaEntry({ tempFilePath: 'wxfile://tmp_1.png', size: 10 }), mediaEntry({ tempFilePath: 'wxfile://tmp_2.gif', size: 20 })],
  });
  const chosen = await picked;
  const urls = chosen.map((each) => real.sdk.createImageMessage({ ...to, payload: { file: each.file } }).payload.imageInfoArray[0].url);
  expect(urls).toEqual(['wxfile://tmp_1.png', 'wxfile://tmp_2.gif']);
});

test('a file from chooseMessageFile keeps its original name and size in the SDK message', async () => {
  const picked = platform.chooseFile();
  only(fake.miniProgram!.chooseMessageFileCalls).success?.({
    errMsg: 'chooseMessageFile:ok',
    tempFiles: [{ path: 'wxfile://tmp_8f2a.pdf', size: 53211, name: 'Quarterly report.pdf', type: 'file', time: 1700000000 }],
  });
  const [chosen] = await picked;
  const message = real.sdk.createFileMessage({ ...to, payload: { file: chosen.file } });
  expect(message.payload).toMatchObject({ fileName: 'Quarterly report.pdf', fileSize: 53211 });
  expect(platform.media.describe('file', chosen.file)).toEqual({ name: 'Quarterly report.pdf', size: 53211 });
});

test('a recording makes the SDK audio message with its duration in whole seconds', async () => {
  const recording = platform.recordAudio();
  const recorder = fake.miniProgram!.recorder;
  recorder.emitStart();
  recording.stop();
  recorder.emitStop({ tempFilePath: 'wxfile://tmp_voice.aac', fileSize: 38211, duration: 4750 });
  const audio = await recording.result;
  const message = real.sdk.createAudioMessage({ ...to, payload: { file: audio } });
  expect(message.payload).toMatchObject({ url: 'wxfile://tmp_voice.aac', size: 38211, second: 4 });
  expect(platform.media.describe('audio', audio)).toEqual({ name: 'tmp_voice.aac', size: 38211, duration: 4.75 });
});

test('a browser File is no mini program file: the SDK makes no message and describe says so', () => {
  const file = browserFile('cat.png', 10, 'image/png');
  expect(real.sdk.createImageMessage({ ...to, payload: { file } })).toBeUndefined();
  expect(real.sdk.createVideoMessage({ ...to, payload: { file } })).toBeUndefined();
  expect(platform.media.describe('image', file)).toBeUndefined();
  expect(platform.media.describe('video', file)).toBeUndefined();
});

test('the memory platform hands out mini program shapes the SDK reads the same way', async () => {
  const memory = createMemoryPlatform({
    media: [[{ kind: 'video', name: 'clip.mp4', size: 900, duration: 3, width: 640, height: 360 }]],
    files: [[{ name: 'notes.docx', size: 77 }]],
    recordings: [{ durationMs: 2500, fileSize: 999 }],
  });
  const [video] = await memory.chooseMedia({ kinds: ['video'] });
  expect(real.sdk.createVideoMessage({ ...to, payload: { file: video.file } }).payload).toMatchObject({
    videoSize: 900,
    videoSecond: 3,
    thumbWidth: 640,
    thumbHeight: 360,
  });
  const [document] = await memory.chooseFile();
  expect(real.sdk.createFileMessage({ ...to, payload: { file: document.file } }).payload).toMatchObject({ fileName: 'notes.docx', fileSize: 77 });
  const recording = memory.recordAudio();
  recording.stop();
  const audio = await recording.result;
  expect(real.sdk.createAudioMessage({ ...to, payload: { file: audio } }).payload).toMatchObject({ size: 999, second: 2 });
});
