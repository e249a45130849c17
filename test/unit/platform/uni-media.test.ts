/**
 * The uni platform's media calls on both targets, against the fake uni (mini program: WeChat's APIs; H5:
 * uni-h5's pickers plus the adapter's file input): what each asks the platform for, what it resolves with,
 * and how backing out and failures surface.
 */
import 'fake-indexeddb/auto';
import type { ChosenMedia, PlatformPort } from '@/src/platform/port';
import { createPlatformOn, createUniPlatform } from '@/src/platform/uni';
import { createIdbMediaStore } from '@/src/platform/idb-media';
import { DEFAULT_RECORD_MS, RECORDER_OPTIONS } from '@/src/platform/uni-media';
import { FakeUni, installFakeUni, only, removeFakeUni } from './fake-uni';
import { FakeBrowserEnv, browserFile } from './fake-browser';
import { rejection } from './platform-error';

let fake: FakeUni;
let env: FakeBrowserEnv;

beforeEach(() => {
  fake = new FakeUni();
  env = new FakeBrowserEnv();
});

function mp(): PlatformPort {
  return createPlatformOn(fake, { target: 'mp', h5Media: null });
}

function h5(): PlatformPort {
  return createPlatformOn(fake, { target: 'h5', h5Media: { env, store: createIdbMediaStore(env) }, syncChannel: null });
}

/** Waits (a macrotask at a time, so IndexedDB and promise chains can run) until the condition holds. */
async function until(condition: () => boolean): Promise<void> {
  while (!condition()) await new Promise((resolve) => setImmediate(resolve));
}

function mediaEntry(patch: Partial<UniNamespace.MediaFile>): UniNamespace.MediaFile {
  return { tempFilePath: '', size: 0, fileType: 'image', duration: 0, width: 0, height: 0, thumbTempFilePath: '', ...patch };
}

describe('capabilities', () => {
  test('a WeChat base library with chooseMessageFile and the recorder offers both', () => {
    expect(mp().capabilities).toEqual({ chooseFile: true, recordAudio: true });
  });

  test('an old base library without them offers neither, and the calls say unsupported', async () => {
    fake.miniProgram!.available.clear();
    const platform = mp();
    expect(platform.capabilities).toEqual({ chooseFile: false, recordAudio: false });
    expect((await rejection(platform.chooseFile())).reason).toBe('unsupported');
    expect((await rejection(platform.chooseMedia())).reason).toBe('unsupported');
    expect((await rejection(platform.recordAudio().result)).reason).toBe('unsupported');
  });

  test('H5 picks files but records nothing (the SDK sends no audio from the Web)', async () => {
    const platform = h5();
    expect(platform.capabilities).toEqual({ chooseFile: true, recordAudio: false });
    const recording = platform.recordAudio();
    expect((await rejection(recording.started)).reason).toBe('unsupported');
    expect((await rejection(recording.result)).reason).toBe('unsupported');
    expect(fake.miniProgram!.recorderManagerCalls).toBe(0);
  });
});

describe('chooseMedia on the mini program', () => {
  test('asks WeChat for images and videos, originals allowed, videos up to 60 s by default', () => {
    void mp().chooseMedia();
    expect(only(fake.miniProgram!.chooseMediaCalls)).toMatchObject({
      count: 1,
      mediaType: ['image', 'video'],
      sourceType: ['album', 'camera'],
      maxDuration: 60,
      sizeType: ['original', 'compressed'],
    });
  });

  test('passes kinds, sources and count, keeping WeChat’s limits (≤ 9 files, 3–60 s)', () => {
    void mp().chooseMedia({ kinds: ['video'], sources: ['camera'], count: 20, maxVideoSeconds: 600 });
    void mp().chooseMedia({ kinds: ['image'], count: 0, maxVideoSeconds: 1 });
    const [first, second] = fake.miniProgram!.chooseMediaCalls;
    expect(first).toMatchObject({ mediaType: ['video'], sourceType: ['camera'], count: 9, maxDuration: 60 });
    expect(second).toMatchObject({ mediaType: ['image'], count: 1, maxDuration: 3 });
  });

  test('each picked file becomes its own ChosenMedia with a preview path', async () => {
    const picked = mp().chooseMedia({ count: 2 });
    only(fake.miniProgram!.chooseMediaCalls).success?.({
      type: 'mix',
      errMsg: 'chooseMedia:ok',
      tempFiles: [
        mediaEntry({ tempFilePath: 'wxfile://tmp_a.jpg', size: 100 }),
        mediaEntry({ fileType: 'video', tempFilePath: 'wxfile://tmp_b.mp4', size: 900, duration: 3.5, width: 320, height: 240, thumbTempFilePath: 'wxfile://tmp_b.jpg' }),
      ],
    });
    const chosen = await picked;
    expect(chosen.map(({ file: _file, ...rest }) => rest)).toEqual([
      { kind: 'image', name: 'tmp_a.jpg', size: 100, previewUrl: 'wxfile://tmp_a.jpg' },
      { kind: 'video', name: 'tmp_b.mp4', size: 900, duration: 3.5, width: 320, height: 240, previewUrl: 'wxfile://tmp_b.mp4' },
    ]);
    expect(chosen[0].file).toEqual({ tempFiles: [{ tempFilePath: 'wxfile://tmp_a.jpg', size: 100 }], tempFilePaths: ['wxfile://tmp_a.jpg'] });
    expect(chosen[1].file).toEqual({
      tempFiles: [{ tempFilePath: 'wxfile://tmp_b.mp4', size: 900, duration: 3.5, width: 320, height: 240, thumbTempFilePath: 'wxfile://tmp_b.jpg' }],
      tempFilePaths: ['wxfile://tmp_b.mp4'],
      width: 320,
      height: 240,
    });
  });

  test('backing out is "cancelled"; a refused camera is "failed" with WeChat’s message', async () => {
    const cancelled = mp().chooseMedia();
    only(fake.miniProgram!.chooseMediaCalls).fail({ errMsg: 'chooseMedia:fail cancel' });
    expect((await rejection(cancelled)).reason).toBe('cancelled');

    const refused = mp().chooseMedia({ sources: ['camera'] });
    fake.miniProgram!.chooseMediaCalls[1]?.fail({ errMsg: 'chooseMedia:fail auth deny' });
    const error = await rejection(refused);
    expect(error.reason).toBe('failed');
    expect(error.message).toContain('auth deny');
  });
});

describe('chooseMedia on H5', () => {
  test('images go through uni.chooseImage, limited to the formats the SDK sends', async () => {
    const platform = h5();
    const picked = platform.chooseMedia({ kinds: ['image'], sources: ['camera'], count: 3 });
    const call = only(fake.chooseImageCalls);
    expect(call).toMatchObject({ count: 3, sourceType: ['camera'], extension: ['jpg', 'jpeg', 'png', 'gif', 'bmp', 'webp'] });
    const first = browserFile('a.jpg', 5, 'image/jpeg');
    const second = browserFile('b.png', 7, 'image/png');
    call.success?.({ tempFilePaths: ['blob:h/1', 'blob:h/2'], tempFiles: [first, second] });
    const chosen = await picked;
    expect(chosen).toEqual([
      { kind: 'image', file: { tempFiles: [first], tempFilePaths: ['blob:h/1'] }, name: 'a.jpg', size: 5, previewUrl: 'blob:h/1' },
      { kind: 'image', file: { tempFiles: [second], tempFilePaths: ['blob:h/2'] }, name: 'b.png', size: 7, previewUrl: 'blob:h/2' },
    ]);
  });

  test('a video goes through uni.chooseVideo and keeps its File, size and duration for the SDK', async () => {
    const platform = h5();
    const picked = platform.chooseMedia({ kinds: ['video'], maxVideoSeconds: 15 });
    const call = only(fake.chooseVideoCalls);
    expect(call).toMatchObject({ sourceType: ['album', 'camera'], maxDuration: 15, extension: ['mp4', 'mov'] });
    const file = browserFile('v.mp4', 40, 'video/mp4');
    call.success?.({ tempFilePath: 'blob:h/v', tempFile: file, size: 40, duration: 9.5, width: 640, height: 480, name: 'v.mp4' });
    const [chosen] = await picked;
    expect(chosen).toMatchObject({ kind: 'video', name: 'v.mp4', size: 40, duration: 9.5, width: 640, height: 480, previewUrl: 'blob:h/v' });
    expect(chosen.file).toEqual({ tempFiles: [file], tempFilePaths: ['blob:h/v'], tempFile: file, duration: 9.5, width: 640, height: 480 });
    // index.es.js createVideoMessage reads the Web video's seconds from the File itself.
    expect((file as File & { duration?: number }).duration).toBe(9.5);
  });

  test('both kinds open the adapter’s file input for images and videos, probing each video', async () => {
    const platform = h5();
    const photo = browserFile('p.jpg', 3, 'image/jpeg');
    const clip = browserFile('c.mov', 4, '');
    env.picks.push([photo, clip]);
    env.videoFacts.set(4, { width: 100, height: 50 });
    const chosen = await platform.chooseMedia({ count: 5, sources: ['camera'] });
    expect(only(env.pickRequests)).toEqual({
      accept: 'image/jpeg,image/png,image/gif,image/bmp,image/webp,video/mp4,video/quicktime',
      multiple: true,
      capture: true,
    });
    expect(chosen.map((each: ChosenMedia) => [each.kind, each.name, each.width, each.duration])).toEqual([
      ['image', 'p.jpg', undefined, undefined],
      ['video', 'c.mov', 100, undefined],
    ]);
    expect(env.probed).toEqual(['video 4 (no poster)']);
  });

  test('cancelling uni’s picker (a bare string on H5) or the file input is "cancelled"', async () => {
    const platform = h5();
    const images = platform.chooseMedia({ kinds: ['image'] });
    only(fake.chooseImageCalls).fail('chooseImage:fail cancel');
    expect((await rejection(images)).reason).toBe('cancelled');
    const video = platform.chooseMedia({ kinds: ['video'] });
    only(fake.chooseVideoCalls).fail('chooseVideo:fail cancel');
    expect((await rejection(video)).reason).toBe('cancelled');
    expect((await rejection(platform.chooseMedia())).reason).toBe('cancelled');
  });
});

describe('chooseFile', () => {
  test('mini program: chooseMessageFile from a chat, one message file per document', async () => {
    const picked = mp().chooseFile({ count: 2 });
    const call = only(fake.miniProgram!.chooseMessageFileCalls);
    expect(call).toMatchObject({ count: 2, type: 'all' });
    expect(call.extension).toBeUndefined();
    call.success?.({
      errMsg: 'chooseMessageFile:ok',
      tempFiles: [
        { path: 'wxfile://tmp_1.pdf', size: 10, name: 'a.pdf', type: 'file', time: 1 },
        { path: 'wxfile://tmp_2.zip', size: 20, name: 'b.zip', type: 'file', time: 2 },
      ],
    });
    expect(await picked).toEqual([
      { file: { tempFiles: [{ path: 'wxfile://tmp_1.pdf', size: 10, name: 'a.pdf' }], tempFilePaths: ['wxfile://tmp_1.pdf'] }, name: 'a.pdf', size: 10 },
      { file: { tempFiles: [{ path: 'wxfile://tmp_2.zip', size: 20, name: 'b.zip' }], tempFilePaths: ['wxfile://tmp_2.zip'] }, name: 'b.zip', size: 20 },
    ]);
  });

  test('mini program: extensions filter only with type "file", as wx requires', () => {
    void mp().chooseFile({ extensions: ['.PDF', 'docx'] });
    expect(only(fake.miniProgram!.chooseMessageFileCalls)).toMatchObject({ type: 'file', extension: ['pdf', 'docx'] });
  });

  test('mini program: backing out is "cancelled"', async () => {
    const picked = mp().chooseFile();
    only(fake.miniProgram!.chooseMessageFileCalls).fail({ errMsg: 'chooseMessageFile:fail cancel' });
    expect((await rejection(picked)).reason).toBe('cancelled');
  });

  test('H5: the file input, any type by default, each File in the SDK’s result object', async () => {
    const platform = h5();
    const file = browserFile('x.bin', 9);
    env.picks.push([file]);
    const [chosen] = await platform.chooseFile();
    expect(only(env.pickRequests)).toEqual({ accept: '', multiple: false, capture: false });
    expect(chosen).toEqual({ file: { tempFiles: [file], tempFilePaths: ['blob:http://127.0.0.1/1'] }, name: 'x.bin', size: 9 });
    env.picks.push('cancel');
    expect((await rejection(platform.chooseFile())).reason).toBe('cancelled');
  });
});

describe('recordAudio on the mini program', () => {
  test('starts the recorder with seed 004’s options and a 60 s limit, resolving on stop', async () => {
    const recording = mp().recordAudio();
    const recorder = fake.miniProgram!.recorder;
    expect(only(recorder.starts)).toEqual({ duration: DEFAULT_RECORD_MS, ...RECORDER_OPTIONS });
    recorder.emitStart();
    await recording.started;
    recording.stop();
    expect(recorder.stops).toBe(1);
    recorder.emitStop({ tempFilePath: 'wxfile://tmp_v.aac', fileSize: 100, duration: 1500 });
    await expect(recording.result).resolves.toEqual({ tempFilePath: 'wxfile://tmp_v.aac', fileSize: 100, duration: 1500 });
  });

  test('the limit is clamped to the recorder’s 600 s, and reaching it resolves without stop()', async () => {
    const recording = mp().recordAudio({ maxDurationMs: 3_600_000 });
    const recorder = fake.miniProgram!.recorder;
    expect(only(recorder.starts).duration).toBe(600_000);
    recorder.emitStart();
    recorder.emitStop({ tempFilePath: 'wxfile://tmp_long.aac', fileSize: 9, duration: 600_000 });
    await expect(recording.result).resolves.toMatchObject({ duration: 600_000 });
  });

  test('a stop before the recorder started waits for it (wx refuses stopping an unstarted recorder)', async () => {
    const recording = mp().recordAudio();
    const recorder = fake.miniProgram!.recorder;
    recording.stop();
    expect(recorder.stops).toBe(0);
    recorder.emitStart();
    expect(recorder.stops).toBe(1);
    recorder.emitStop({ tempFilePath: 'wxfile://tmp_short.aac', fileSize: 1, duration: 200 });
    await expect(recording.result).resolves.toMatchObject({ duration: 200 });
  });

  test('cancel rejects with "cancelled" and throws the recorded file away', async () => {
    const recording = mp().recordAudio();
    const recorder = fake.miniProgram!.recorder;
    recorder.emitStart();
    recording.cancel();
    expect(recorder.stops).toBe(1);
    recorder.emitStop({ tempFilePath: 'wxfile://tmp_x.aac', fileSize: 1, duration: 900 });
    expect((await rejection(recording.result)).reason).toBe('cancelled');
  });

  test('a refused microphone fails both promises with WeChat’s message', async () => {
    const recording = mp().recordAudio();
    fake.miniProgram!.recorder.emitError('operateRecorder:fail auth deny');
    const error = await rejection(recording.started);
    expect(error.reason).toBe('failed');
    expect(error.message).toContain('auth deny');
    expect((await rejection(recording.result)).reason).toBe('failed');
  });

  test('a new recording cancels the running one and starts once the recorder reported its stop', async () => {
    const platform = mp();
    const recorder = fake.miniProgram!.recorder;
    const first = platform.recordAudio();
    recorder.emitStart();
    const second = platform.recordAudio();
    expect((await rejection(first.result)).reason).toBe('cancelled');
    expect(recorder.starts).toHaveLength(1);
    recorder.emitStop({ tempFilePath: 'wxfile://tmp_first.aac', fileSize: 1, duration: 100 });
    expect(recorder.starts).toHaveLength(2);
    recorder.emitStart();
    second.stop();
    recorder.emitStop({ tempFilePath: 'wxfile://tmp_second.aac', fileSize: 2, duration: 200 });
    await expect(second.result).resolves.toMatchObject({ tempFilePath: 'wxfile://tmp_second.aac' });
    // The singleton's handlers are registered once, however many recordings.
    expect(recorder.handlerCount).toBe(3);
  });

  test('an interruption (a phone call) ends the recording with what was said', async () => {
    const recording = mp().recordAudio();
    const recorder = fake.miniProgram!.recorder;
    recorder.emitStart();
    recorder.emitInterruption();
    expect(recorder.stops).toBe(1);
    recorder.emitStop({ tempFilePath: 'wxfile://tmp_i.aac', fileSize: 5, duration: 2300 });
    await expect(recording.result).resolves.toMatchObject({ duration: 2300 });
  });
});

describe('previewImage', () => {
  test('opens the viewer on the url at the given index', async () => {
    const shown = mp().previewImage(['wxfile://usr/a.jpg', 'https://cdn.example.com/b.jpg'], 1);
    await until(() => fake.previewCalls.length > 0);
    const call = only(fake.previewCalls);
    expect(call).toMatchObject({ urls: ['wxfile://usr/a.jpg', 'https://cdn.example.com/b.jpg'], current: 'https://cdn.example.com/b.jpg' });
    call.success?.({});
    await expect(shown).resolves.toBeUndefined();
  });

  test('H5 resolves kept idb: urls to blob: URLs first', async () => {
    const platform = h5();
    const kept = await platform.media.keep('image', browserFile('k.png', 4, 'image/png'), () => undefined);
    const shown = platform.previewImage([kept.url]);
    await until(() => fake.previewCalls.length > 0);
    const call = only(fake.previewCalls);
    expect(call.urls[0]).toMatch(/^blob:/);
    call.success?.({});
    await shown;
    await platform.media.discard(kept.url);
  });

  test('a viewer that fails to open rejects with "failed"', async () => {
    const shown = mp().previewImage(['wxfile://usr/a.jpg']);
    await until(() => fake.previewCalls.length > 0);
    only(fake.previewCalls).fail({ errMsg: 'previewImage:fail' });
    expect((await rejection(shown)).reason).toBe('failed');
  });
});

describe('openDocument', () => {
  test('mini program: a kept document opens directly with its type and the share menu', async () => {
    const opened = mp().openDocument('wxfile://usr/chat-media/abc.pdf', 'Report.pdf');
    await until(() => fake.openDocumentCalls.length > 0);
    const call = only(fake.openDocumentCalls);
    expect(call).toMatchObject({ filePath: 'wxfile://usr/chat-media/abc.pdf', fileType: 'pdf', showMenu: true });
    expect(fake.downloadCalls).toHaveLength(0);
    call.success?.({});
    await opened;
  });

  test('mini program: devtools’ local http://usr paths are not downloaded', async () => {
    void mp().openDocument('http://usr/chat-media/abc.docx');
    await until(() => fake.openDocumentCalls.length > 0);
    expect(fake.downloadCalls).toHaveLength(0);
    expect(only(fake.openDocumentCalls).fileType).toBe('docx');
  });

  test('mini program: a cloud document is downloaded, then opened from the temp file', async () => {
    const opened = mp().openDocument('https://cos.ap-shanghai.myqcloud.com/x/y', 'Budget.xlsx');
    const download = only(fake.downloadCalls);
    expect(download.url).toBe('https://cos.ap-shanghai.myqcloud.com/x/y');
    download.success?.({ statusCode: 200, tempFilePath: 'wxfile://tmp_dl' });
    await until(() => fake.openDocumentCalls.length > 0);
    const call = only(fake.openDocumentCalls);
    expect(call).toMatchObject({ filePath: 'wxfile://tmp_dl', fileType: 'xlsx' });
    call.success?.({});
    await opened;
  });

  test('mini program: a failed download rejects with the HTTP status', async () => {
    const opened = mp().openDocument('https://files.example.com/a.pdf');
    only(fake.downloadCalls).success?.({ statusCode: 404, tempFilePath: '' });
    const error = await rejection(opened);
    expect(error.reason).toBe('failed');
    expect(error.message).toContain('404');
  });

  test('mini program: a type WeChat cannot show is "unsupported" before anything is downloaded', async () => {
    const error = await rejection(mp().openDocument('https://files.example.com/a.zip', 'a.zip'));
    expect(error.reason).toBe('unsupported');
    expect(fake.downloadCalls).toHaveLength(0);
  });

  test('H5: opens the (resolved) url in a new tab, downloading under the given name', async () => {
    const platform = h5();
    await platform.openDocument('https://files.example.com/a.zip', 'a.zip');
    const kept = await platform.media.keep('file', browserFile('n.txt', 2), () => undefined);
    await platform.openDocument(kept.url, 'n.txt');
    expect(env.opened[0]).toEqual({ url: 'https://files.example.com/a.zip', name: 'a.zip' });
    expect(env.opened[1]?.url).toMatch(/^blob:/);
    expect(env.opened[1]?.name).toBe('n.txt');
    await platform.media.discard(kept.url);
  });
});

describe('playAudio', () => {
  test('plays through an inner audio context and reports the end once', async () => {
    const playback = mp().playAudio('wxfile://usr/chat-media/v.aac');
    const ends: string[] = [];
    playback.onEnded((end) => ends.push(end));
    await until(() => fake.audioContexts[0]?.plays === 1);
    const context = only(fake.audioContexts);
    expect(context.src).toBe('wxfile://usr/chat-media/v.aac');
    expect(context.plays).toBe(1);
    context.emitEnded();
    context.emitEnded();
    expect(ends).toEqual(['ended']);
    expect(context.destroyed).toBe(true);
  });

  test('one at a time: a second playback stops the first', async () => {
    const platform = mp();
    const ends: string[] = [];
    platform.playAudio('wxfile://usr/a.aac').onEnded((end) => ends.push(`a ${end}`));
    platform.playAudio('wxfile://usr/b.aac').onEnded((end) => ends.push(`b ${end}`));
    expect(ends).toEqual(['a stopped']);
    expect(fake.audioContexts[0]?.stops).toBe(1);
    await until(() => fake.audioContexts[1]?.plays === 1);
    expect(fake.audioContexts[0]?.plays).toBe(0);
    expect(fake.audioContexts[1]?.plays).toBe(1);
  });

  test('stop(), a playback error, and listening after the end', async () => {
    const platform = mp();
    const first = platform.playAudio('wxfile://usr/a.aac');
    first.stop();
    const late = await new Promise((resolve) => first.onEnded(resolve));
    expect(late).toBe('stopped');
    const second = platform.playAudio('https://cdn.example.com/missing.aac');
    const ended = new Promise((resolve) => second.onEnded(resolve));
    await until(() => fake.audioContexts[1]?.plays === 1);
    fake.audioContexts[1]?.emitError('play:fail 404');
    await expect(ended).resolves.toBe('failed');
  });

  test('H5: a discarded kept file fails instead of playing', async () => {
    const platform = h5();
    const playback = platform.playAudio('idb:gone000000');
    await expect(new Promise((resolve) => playback.onEnded(resolve))).resolves.toBe('failed');
    expect(fake.audioContexts[0]?.plays).toBe(0);
  });
});

describe('the global uni binding', () => {
  afterEach(() => {
    removeFakeUni();
    Reflect.deleteProperty(globalThis, 'wx');
  });

  test('createUniPlatform reaches WeChat’s media APIs through the global uni, and wx.env for the folder', async () => {
    const wechat = fake.miniProgram!;
    installFakeUni(
      Object.assign(fake, {
        chooseMedia: (options: Parameters<typeof wechat.chooseMedia>[0]) => wechat.chooseMedia(options),
        chooseMessageFile: (options: Parameters<typeof wechat.chooseMessageFile>[0]) => wechat.chooseMessageFile(options),
        getRecorderManager: () => wechat.getRecorderManager(),
        getFileSystemManager: () => wechat.getFileSystemManager(),
      }),
    );
    Reflect.set(globalThis, 'wx', { env: { USER_DATA_PATH: 'wxfile://usr' } });
    const platform = createUniPlatform({ target: 'mp', h5Media: null });
    expect(platform.capabilities).toEqual({ chooseFile: true, recordAudio: true });
    void platform.chooseMedia();
    void platform.chooseFile();
    expect(wechat.chooseMediaCalls).toHaveLength(1);
    expect(wechat.chooseMessageFileCalls).toHaveLength(1);
    wechat.fs.files.set('wxfile://tmp_a.jpg', 10);
    const kept = await platform.media.keep('image', { tempFiles: [{ tempFilePath: 'wxfile://tmp_a.jpg', size: 10 }] }, () => undefined);
    expect(kept.url).toMatch(/^wxfile:\/\/usr\/chat-media\/[0-9a-z]+\.jpg$/);
    const playback = platform.playAudio(kept.url);
    expect(fake.audioContexts).toHaveLength(1);
    playback.stop();
  });
});
