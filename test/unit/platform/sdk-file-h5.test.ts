/**
 * The `payload.file` values the H5 platform hands out, given to the real SDK loaded as a uni-app H5 page: the
 * SDK must take them (its validators throw on anything else) and upload the picked File; the MediaPort must
 * describe what the SDK would send, and nothing for what it refuses.
 */
import { createPlatformOn } from '@/src/platform/uni';
import type { PlatformPort } from '@/src/platform/port';
import { createIdbMediaStore } from '@/src/platform/idb-media';
import { createMemoryPlatform } from '@/src/platform/memory';
import { FakeUni, only } from './fake-uni';
import { FakeBrowserEnv, browserFile } from './fake-browser';
import { TO_BOB, loadRealSdk } from './real-sdk';
import type { RealSdk } from './real-sdk';

let real: RealSdk;
let fake: FakeUni;
let env: FakeBrowserEnv;
let platform: PlatformPort;

beforeAll(() => {
  real = loadRealSdk('h5');
});

afterAll(async () => {
  await real.close();
});

beforeEach(() => {
  fake = new FakeUni();
  env = new FakeBrowserEnv();
  platform = createPlatformOn(fake, { target: 'h5', h5Media: { env, store: createIdbMediaStore(env) }, syncChannel: null });
});

const to = TO_BOB;

test('an image from uni.chooseImage: the SDK takes the result object and uploads its File', async () => {
  const file = browserFile('cat.png', 300, 'image/png');
  const picked = platform.chooseMedia({ kinds: ['image'] });
  only(fake.chooseImageCalls).success?.({ tempFilePaths: ['blob:http://127.0.0.1/a1'], tempFiles: [file] });
  const [chosen] = await picked;
  expect(chosen.file).toEqual({ tempFiles: [file], tempFilePaths: ['blob:http://127.0.0.1/a1'] });
  const message = real.sdk.createImageMessage({ ...to, payload: { file: chosen.file } });
  expect(message.type).toBe('TIMImageElem');
  // The SDK previews the File it will upload through a blob: URL of its own.
  expect(message.payload.imageInfoArray[0].url).toMatch(/^blob:/);
  expect(message.payload.uuid).toMatch(/\.png$/);
  expect(platform.media.describe('image', chosen.file)).toEqual({ name: 'cat.png', size: 300 });
});

test('a video from uni.chooseVideo: the SDK reads tempFile, its duration and the poster size', async () => {
  const file = browserFile('clip.mp4', 5000, 'video/mp4');
  const picked = platform.chooseMedia({ kinds: ['video'] });
  only(fake.chooseVideoCalls).success?.({
    tempFilePath: 'blob:http://127.0.0.1/v1',
    tempFile: file,
    size: 5000,
    duration: 7.4,
    width: 1280,
    height: 720,
    name: 'clip.mp4',
  });
  const [chosen] = await picked;
  const message = real.sdk.createVideoMessage({ ...to, payload: { file: chosen.file } });
  expect(message.payload).toMatchObject({ videoSize: 5000, videoFormat: 'mp4', videoSecond: 7, thumbWidth: 1280, thumbHeight: 720 });
  expect(platform.media.describe('video', chosen.file)).toEqual({ name: 'clip.mp4', size: 5000, duration: 7.4, width: 1280, height: 720 });
});

test('images and videos from the file input each make their own SDK message', async () => {
  const photo = browserFile('beach.webp', 40, 'image/webp');
  const clip = browserFile('MOV_0001.mov', 80, 'video/quicktime');
  env.picks.push([photo, clip]);
  env.videoFacts.set(80, { duration: 2.2, width: 480, height: 640 });
  const chosen = await platform.chooseMedia({ count: 2 });
  expect(chosen.map((each) => each.kind)).toEqual(['image', 'video']);
  expect(real.sdk.createImageMessage({ ...to, payload: { file: chosen[0].file } }).payload.uuid).toMatch(/\.webp$/);
  expect(real.sdk.createVideoMessage({ ...to, payload: { file: chosen[1].file } }).payload).toMatchObject({
    videoSize: 80,
    videoFormat: 'quicktime',
    videoSecond: 2,
    thumbWidth: 480,
    thumbHeight: 640,
  });
});

test('a document from the file input: the SDK sends its File with name and size', async () => {
  env.picks.push([browserFile('Quarterly report.pdf', 123, 'application/pdf')]);
  const [chosen] = await platform.chooseFile({ extensions: ['pdf'] });
  expect(only(env.pickRequests)).toEqual({ accept: '.pdf', multiple: false, capture: false });
  const message = real.sdk.createFileMessage({ ...to, payload: { file: chosen.file } });
  expect(message.payload).toMatchObject({ fileName: 'Quarterly report.pdf', fileSize: 123 });
  expect(platform.media.describe('file', chosen.file)).toEqual({ name: 'Quarterly report.pdf', size: 123 });
});

test('what the SDK refuses on the Web, describe refuses too', () => {
  const video = browserFile('clip.mp4', 10, 'video/mp4');
  // A video result object without `tempFile` fails the SDK's validator.
  const withoutTempFile = { tempFiles: [video], tempFilePaths: ['blob:x'] };
  expect(() => real.sdk.createVideoMessage({ ...to, payload: { file: withoutTempFile } })).toThrow();
  expect(platform.media.describe('video', withoutTempFile)).toBeUndefined();
  // A mini program path is no file in a browser.
  const miniProgramShape = { tempFiles: [{ tempFilePath: 'wxfile://tmp_1.jpg', size: 3 }], tempFilePaths: ['wxfile://tmp_1.jpg'] };
  expect(() => real.sdk.createImageMessage({ ...to, payload: { file: miniProgramShape } })).toThrow();
  expect(platform.media.describe('image', miniProgramShape)).toBeUndefined();
  // The SDK sends no audio from the Web.
  expect(platform.media.describe('audio', { tempFilePath: 'blob:x', fileSize: 3, duration: 1000 })).toBeUndefined();
});

test('a bare File works for every kind, as the SDK accepts it', () => {
  const file = browserFile('any.png', 12, 'image/png');
  expect(real.sdk.createImageMessage({ ...to, payload: { file } }).type).toBe('TIMImageElem');
  expect(platform.media.describe('image', file)).toEqual({ name: 'any.png', size: 12 });
  expect(platform.media.describe('file', file)).toEqual({ name: 'any.png', size: 12 });
});

test('the memory platform, as H5, hands out shapes the SDK reads the same way', async () => {
  const memory = createMemoryPlatform({
    mediaTarget: 'h5',
    media: [[{ kind: 'image', name: 'dog.jpg', size: 64, width: 10, height: 10 }], [{ kind: 'video', name: 'v.mp4', size: 32, duration: 5, width: 8, height: 6 }]],
    files: [[{ name: 'a.txt', size: 3 }]],
  });
  const [image] = await memory.chooseMedia({ kinds: ['image'] });
  expect(real.sdk.createImageMessage({ ...to, payload: { file: image.file } }).payload.uuid).toMatch(/\.jpg$/);
  const [video] = await memory.chooseMedia({ kinds: ['video'] });
  expect(real.sdk.createVideoMessage({ ...to, payload: { file: video.file } }).payload).toMatchObject({ videoSize: 32, thumbWidth: 8, thumbHeight: 6 });
  const [document] = await memory.chooseFile();
  expect(real.sdk.createFileMessage({ ...to, payload: { file: document.file } }).payload).toMatchObject({ fileName: 'a.txt', fileSize: 3 });
  expect(memory.capabilities.recordAudio).toBe(false);
});
