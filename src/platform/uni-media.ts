/**
 * The media half of the uni platform: pickers, recorder, viewers, audio playback, and the MediaPort the local
 * backend keeps message files through. Each picker hands over the `payload.file` the real SDK takes on the
 * platform at hand (see media-file.ts for the SDK's reading of it), so the app's create*Message call is the
 * same in both backends and on both targets.
 */
import type { PickedFiles, PickedTempFile } from '../chat/message-types';
import type {
  AudioPlayback,
  AudioRecording,
  ChosenFile,
  ChosenMedia,
  FilePickOptions,
  ImageSource,
  KeptMedia,
  MediaCalls,
  MediaKind,
  MediaPickOptions,
  MediaPort,
  PickableMedia,
  RecordedAudio,
  RecordOptions,
} from './port';
import { PlatformError } from './port';
import type { BrowserMediaEnv } from './h5-media';
import type { IdbMediaStore } from './idb-media';
import { POSTER_SUFFIX, describeMessageFile, extensionOf, newMediaId, readMessageFile } from './media-file';
import type { PlatformTarget } from './media-file';
import { baseName, createAudioSlot, isIdbUrl, refusedRecording, settleOnce, uniMediaCapabilities } from './shared';
import { errorText, isCancel } from './uni-call';
import type { WithFail } from './uni-call';

/** The slice of RecorderManager used (a singleton per mini program: handlers cannot be removed). */
export interface RecorderLike {
  start(options: UniNamespace.RecorderManagerStartOptions): void;
  stop(): void;
  onStart(callback: () => void): void;
  onStop(callback: (result: RecordedAudio) => void): void;
  onError(callback: (result: unknown) => void): void;
  /** A phone call or another app took the microphone (base library 2.3.0+). */
  onInterruptionBegin?(callback: () => void): void;
}

/** The slice of InnerAudioContext used. */
export interface AudioContextLike {
  src: string;
  play(): void;
  stop(): void;
  destroy(): void;
  onEnded(callback: () => void): void;
  onError(callback: (result: unknown) => void): void;
}

/** The slice of FileSystemManager used, with wx's option types. */
export interface FileSystemLike {
  mkdir(options: WithFail<UniNamespace.MkdirOption>): void;
  copyFile(options: WithFail<UniNamespace.CopyFileOption>): void;
  unlink(options: WithFail<UniNamespace.UnlinkOption>): void;
}

/** WeChat-only APIs, each looked up when called; absent outside mini program builds. */
export interface MiniProgramMediaApi {
  /** Whether the base library has it (chooseMedia 2.10.0, chooseMessageFile 2.5.0). */
  has(name: 'chooseMedia' | 'chooseMessageFile' | 'getRecorderManager'): boolean;
  chooseMedia(options: WithFail<UniNamespace.ChooseMediaOption>): void;
  chooseMessageFile(options: WithFail<UniNamespace.ChooseMessageFileOption>): void;
  getRecorderManager(): RecorderLike;
  getFileSystemManager(): FileSystemLike;
  /** wx.env.USER_DATA_PATH: 'wxfile://usr' on phones, 'http://usr' in devtools. */
  userDataPath(): string;
}

/** wx.openDocument's options; `showMenu` (base library 2.11.0) is missing from uni's typings. */
export type OpenDocumentOptions = UniNamespace.OpenDocumentOptions & { showMenu?: boolean };

/** The slice of `uni` the media calls use. */
export interface UniMediaApi {
  chooseImage(options: WithFail<UniNamespace.ChooseImageOptions>): void;
  chooseVideo(options: WithFail<UniNamespace.ChooseVideoOptions>): void;
  createInnerAudioContext(): AudioContextLike;
  previewImage(options: WithFail<UniNamespace.PreviewImageOptions>): void;
  openDocument(options: WithFail<OpenDocumentOptions>): void;
  downloadFile(options: WithFail<UniNamespace.DownloadFileOption>): void;
  getImageInfo(options: WithFail<UniNamespace.GetImageInfoOptions>): void;
  miniProgram?: MiniProgramMediaApi;
}

/** What the H5 target adds: the browser's file input and probes, and the IndexedDB store. */
export interface H5Media {
  env: BrowserMediaEnv;
  store: IdbMediaStore;
}

export interface UniMedia extends Omit<MediaCalls, 'resolveMediaUrl'> {
  /** Resolves `idb:` urls; everything else (kept-file:// included) goes to `otherUrl`. */
  resolveMediaUrl(url: string, otherUrl: (url: string) => string): Promise<string>;
  /** The synchronous answer for an `idb:` url ('' until resolved), or undefined for any other url. */
  cachedMediaUrl(url: string): string | undefined;
}

/** The image formats the SDK sends (index.es.js `nn`: others fail with 2252) and the video formats (`on`, 2352). */
export const IMAGE_EXTENSIONS = ['jpg', 'jpeg', 'png', 'gif', 'bmp', 'webp'];
export const VIDEO_EXTENSIONS = ['mp4', 'mov'];
const BROWSER_MEDIA_ACCEPT = 'image/jpeg,image/png,image/gif,image/bmp,image/webp,video/mp4,video/quicktime';
/** What wx.openDocument opens. */
export const DOCUMENT_TYPES = ['doc', 'docx', 'xls', 'xlsx', 'ppt', 'pptx', 'pdf'];
export const MEDIA_FOLDER = 'chat-media';
/** Seed 004's recorder options for createAudioMessage (aac plays on every Chat platform). */
export const RECORDER_OPTIONS = { sampleRate: 44100, numberOfChannels: 1, encodeBitRate: 192000, format: 'aac' } as const;
export const DEFAULT_RECORD_MS = 60_000;
export const MAX_RECORD_MS = 600_000;
const MAX_PICK = 9;

function clamp(value: number, low: number, high: number): number {
  return Math.min(high, Math.max(low, Math.round(value)));
}

function failure(result: unknown, action: string): PlatformError {
  const text = errorText(result);
  if (isCancel(result)) return new PlatformError('cancelled', text);
  return new PlatformError('failed', `${action}: ${text}`);
}

function quotaOrFailure(result: unknown, action: string): PlatformError {
  const text = errorText(result);
  // wx: "…fail the maximum size of the file storage limit is exceeded".
  return new PlatformError(/exceed|maximum size|storage limit/i.test(text) ? 'quota' : 'failed', `${action}: ${text}`);
}

function sourcesOf(sources: ImageSource[] | undefined): ImageSource[] {
  return sources?.length ? [...new Set(sources)] : ['album', 'camera'];
}

function kindsOf(kinds: PickableMedia[] | undefined): PickableMedia[] {
  return kinds?.length ? [...new Set(kinds)] : ['image', 'video'];
}

function isBlob(value: unknown): value is Blob {
  return typeof Blob !== 'undefined' && value instanceof Blob;
}

function nameOf(file: Blob, fallback: string): string {
  return typeof File !== 'undefined' && file instanceof File && file.name ? file.name : fallback;
}

/** A picked browser File as the SDK's uni result object ({tempFiles, tempFilePaths}): createImage/FileMessage on the Web. */
function browserFiles(file: File, path: string): PickedFiles {
  return { tempFiles: [file], tempFilePaths: [path] };
}

/** A picked browser video: the uni chooseVideo result the SDK's Web createVideoMessage reads (`tempFile`, and the poster size from `width`/`height`). */
function browserVideo(file: File, path: string, facts: { duration?: number; width?: number; height?: number }): ChosenMedia {
  const messageFile: PickedFiles & { tempFile: File; duration?: number; width?: number; height?: number } = {
    ...browserFiles(file, path),
    tempFile: file,
  };
  const chosen: ChosenMedia = { kind: 'video', file: messageFile, name: file.name, size: file.size, previewUrl: path };
  if (facts.duration) {
    messageFile.duration = facts.duration;
    chosen.duration = facts.duration;
    // The SDK's Web createVideoMessage takes videoSecond from `files[0].duration`, which a File lacks.
    if (!('duration' in file)) Object.defineProperty(file, 'duration', { value: facts.duration, configurable: true });
  }
  if (facts.width && facts.height) {
    messageFile.width = chosen.width = facts.width;
    messageFile.height = chosen.height = facts.height;
  }
  return chosen;
}

/** One chooseMedia entry as its own result object: the SDK reads only `tempFiles[0]`. */
function miniProgramMedia(entry: UniNamespace.MediaFile, resultType: string): ChosenMedia {
  const kind: PickableMedia = (entry.fileType ?? resultType) === 'video' ? 'video' : 'image';
  const picked: PickedTempFile = { tempFilePath: entry.tempFilePath, size: entry.size };
  const chosen: ChosenMedia = {
    kind,
    file: { tempFiles: [picked], tempFilePaths: [entry.tempFilePath] },
    name: baseName(entry.tempFilePath),
    size: entry.size,
    previewUrl: entry.tempFilePath,
  };
  if (kind === 'video') {
    const messageFile: PickedFiles & { width?: number; height?: number } = { tempFiles: [picked], tempFilePaths: [entry.tempFilePath] };
    if (entry.duration) picked.duration = chosen.duration = entry.duration;
    if (entry.width && entry.height) {
      picked.width = chosen.width = entry.width;
      picked.height = chosen.height = entry.height;
      // createVideoMessage sizes the poster from the result object's own width/height (default 200×200).
      messageFile.width = entry.width;
      messageFile.height = entry.height;
    }
    if (entry.thumbTempFilePath) picked.thumbTempFilePath = entry.thumbTempFilePath;
    chosen.file = messageFile;
  }
  return chosen;
}

interface Recording {
  handle: AudioRecording;
  start(): void;
  /** The recorder said it records. */
  onStart(): void;
  /** The recorder stopped, by stop(), cancel(), the time limit or an interruption. */
  onStop(result: RecordedAudio): void;
  onError(result: unknown): void;
  /** True once stop() or cancel() asked the recorder to stop. */
  readonly stopping: boolean;
}

export function createUniMedia(api: UniMediaApi, target: PlatformTarget, h5: H5Media | undefined): UniMedia {
  const mp = target === 'mp' ? api.miniProgram : undefined;

  function requireH5(): H5Media {
    if (!h5) throw new PlatformError('unsupported', 'This build has no browser media support');
    return h5;
  }

  // ---- pickers ------------------------------------------------------------------------------------------

  function chooseMiniProgramMedia(kinds: PickableMedia[], sources: ImageSource[], count: number, maxSeconds: number): Promise<ChosenMedia[]> {
    return new Promise((resolve, reject) => {
      if (!mp?.has('chooseMedia')) {
        reject(new PlatformError('unsupported', 'Choosing media needs WeChat base library 2.10.0 or later'));
        return;
      }
      mp.chooseMedia({
        count,
        mediaType: kinds,
        sourceType: sources,
        maxDuration: maxSeconds,
        sizeType: ['original', 'compressed'],
        camera: 'back',
        success: (result: UniNamespace.ChooseMediaSuccessCallbackResult) => {
          const chosen = (result.tempFiles ?? []).map((entry) => miniProgramMedia(entry, result.type));
          if (chosen.length > 0) resolve(chosen);
          else reject(new PlatformError('cancelled', 'Nothing was picked'));
        },
        fail: (result: unknown) => reject(failure(result, 'Could not pick media')),
      });
    });
  }

  function chooseBrowserImages(sources: ImageSource[], count: number): Promise<ChosenMedia[]> {
    return new Promise((resolve, reject) => {
      api.chooseImage({
        count,
        sizeType: ['compressed'],
        sourceType: sources,
        extension: IMAGE_EXTENSIONS,
        success: (result: UniNamespace.ChooseImageSuccessCallbackResult) => {
          const files = Array.isArray(result.tempFiles) ? result.tempFiles : [result.tempFiles];
          const paths = Array.isArray(result.tempFilePaths) ? result.tempFilePaths : [result.tempFilePaths];
          const chosen: ChosenMedia[] = [];
          files.forEach((file, index) => {
            if (!isBlob(file)) return;
            const picked = file as File;
            const path = paths[index] ?? h5?.env.objectUrl(picked) ?? '';
            chosen.push({ kind: 'image', file: browserFiles(picked, path), name: nameOf(picked, baseName(path)), size: picked.size, previewUrl: path });
          });
          if (chosen.length > 0) resolve(chosen);
          else reject(new PlatformError('cancelled', 'No image was picked'));
        },
        fail: (result: unknown) => reject(failure(result, 'Could not pick an image')),
      });
    });
  }

  function chooseBrowserVideo(sources: ImageSource[], maxSeconds: number): Promise<ChosenMedia[]> {
    return new Promise((resolve, reject) => {
      api.chooseVideo({
        sourceType: sources,
        maxDuration: maxSeconds,
        extension: VIDEO_EXTENSIONS,
        success: (result: UniNamespace.ChooseVideoSuccess) => {
          const file = result.tempFile;
          if (!isBlob(file)) {
            reject(new PlatformError('cancelled', 'No video was picked'));
            return;
          }
          resolve([browserVideo(file, result.tempFilePath, result)]);
        },
        fail: (result: unknown) => reject(failure(result, 'Could not pick a video')),
      });
    });
  }

  async function chooseBrowserMixed(sources: ImageSource[], count: number): Promise<ChosenMedia[]> {
    const { env } = requireH5();
    const files = await env.pickFiles({
      accept: BROWSER_MEDIA_ACCEPT,
      multiple: count > 1,
      capture: sources.length === 1 && sources[0] === 'camera',
    });
    const chosen: ChosenMedia[] = [];
    for (const file of files.slice(0, count)) {
      const path = env.objectUrl(file);
      const isVideo = file.type.startsWith('video/') || VIDEO_EXTENSIONS.includes(extensionOf(file.name, 'file'));
      if (!isVideo) {
        chosen.push({ kind: 'image', file: browserFiles(file, path), name: file.name, size: file.size, previewUrl: path });
        continue;
      }
      let facts: { duration?: number; width?: number; height?: number } = {};
      try {
        facts = await env.readVideo(file, false);
      } catch {
        // Unknown size and duration: the SDK sends 0 s and a 200×200 poster, as with uni's own chooseVideo.
      }
      chosen.push(browserVideo(file, path, facts));
    }
    return chosen;
  }

  function chooseMedia(options: MediaPickOptions = {}): Promise<ChosenMedia[]> {
    const kinds = kindsOf(options.kinds);
    const sources = sourcesOf(options.sources);
    const count = clamp(options.count ?? 1, 1, MAX_PICK);
    const maxSeconds = clamp(options.maxVideoSeconds ?? 60, 3, 60);
    if (target === 'mp') return chooseMiniProgramMedia(kinds, sources, count, maxSeconds);
    if (kinds.length === 1 && kinds[0] === 'image') return chooseBrowserImages(sources, count);
    if (kinds.length === 1) return chooseBrowserVideo(sources, maxSeconds);
    return chooseBrowserMixed(sources, count);
  }

  async function chooseFile(options: FilePickOptions = {}): Promise<ChosenFile[]> {
    const count = clamp(options.count ?? 1, 1, 100);
    const extensions = (options.extensions ?? []).map((extension) => extension.replace(/^\./, '').toLowerCase()).filter(Boolean);
    if (target === 'h5') {
      const { env } = requireH5();
      const files = await env.pickFiles({ accept: extensions.map((extension) => `.${extension}`).join(','), multiple: count > 1, capture: false });
      return files.slice(0, count).map((file) => ({ file: browserFiles(file, env.objectUrl(file)), name: file.name, size: file.size }));
    }
    if (!mp?.has('chooseMessageFile')) throw new PlatformError('unsupported', 'Choosing a file needs WeChat base library 2.5.0 or later');
    return new Promise((resolve, reject) => {
      const request: WithFail<UniNamespace.ChooseMessageFileOption> = {
        count,
        // wx applies `extension` only with type 'file'.
        type: extensions.length > 0 ? 'file' : 'all',
        success: (result: UniNamespace.ChooseMessageFileSuccessCallbackResult) => {
          const chosen = (result.tempFiles ?? []).map((entry) => {
            const picked: PickedTempFile = { path: entry.path, size: entry.size, name: entry.name };
            return { file: { tempFiles: [picked], tempFilePaths: [entry.path] }, name: entry.name || baseName(entry.path), size: entry.size };
          });
          if (chosen.length > 0) resolve(chosen);
          else reject(new PlatformError('cancelled', 'No file was picked'));
        },
        fail: (result: unknown) => reject(failure(result, 'Could not pick a file')),
      };
      if (extensions.length > 0) request.extension = extensions;
      mp.chooseMessageFile(request);
    });
  }

  // ---- recording (one recorder per mini program) --------------------------------------------------------

  let recorder: RecorderLike | null = null;
  /** The recording the recorder's events belong to, and the one waiting for it to stop. */
  let current: Recording | null = null;
  let waiting: Recording | null = null;

  function theRecorder(): RecorderLike {
    if (recorder) return recorder;
    if (!mp) throw new PlatformError('unsupported', 'Recording needs a mini program');
    const made = mp.getRecorderManager();
    made.onStart(() => current?.onStart());
    made.onStop((result) => {
      const ended = current;
      current = null;
      ended?.onStop(result);
      startWaiting();
    });
    made.onError((result) => {
      const ended = current;
      current = null;
      ended?.onError(result);
      startWaiting();
    });
    // A call takes the microphone: keep what was said, as WeChat does, instead of a paused recorder.
    made.onInterruptionBegin?.(() => {
      if (current && !current.stopping) current.handle.stop();
    });
    recorder = made;
    return made;
  }

  function startWaiting(): void {
    const next = waiting;
    waiting = null;
    if (next) {
      current = next;
      next.start();
    }
  }

  function recordAudio(options: RecordOptions = {}): AudioRecording {
    if (target !== 'mp' || !mp?.has('getRecorderManager')) {
      return refusedRecording(new PlatformError('unsupported', 'Voice messages can be recorded only in the mini program'));
    }
    const duration = clamp(options.maxDurationMs ?? DEFAULT_RECORD_MS, 1000, MAX_RECORD_MS);
    const manager = theRecorder();
    const started = settleOnce<void>();
    const result = settleOnce<RecordedAudio>();
    // Callers may await only one of the two: the other must not report an unhandled rejection.
    started.promise.catch(() => undefined);
    result.promise.catch(() => undefined);
    let stopping = false;
    let cancelled = false;
    /** wx fails a stop() that comes before the recorder started: such a stop waits for onStart. */
    let recorderStarted = false;

    const fail = (error: PlatformError) => {
      started.reject(error);
      result.reject(error);
    };
    const recording: Recording = {
      get stopping() {
        return stopping;
      },
      start: () => manager.start({ duration, ...RECORDER_OPTIONS }),
      onStart: () => {
        recorderStarted = true;
        started.resolve();
        if (stopping) manager.stop();
      },
      onStop: (audio) => {
        if (cancelled) return;
        started.resolve();
        result.resolve({ tempFilePath: audio.tempFilePath, fileSize: audio.fileSize, duration: audio.duration });
      },
      onError: (error) => fail(new PlatformError(isCancel(error) ? 'cancelled' : 'failed', `Recording failed: ${errorText(error)}`)),
      handle: {
        started: started.promise,
        result: result.promise,
        stop() {
          if (stopping) return;
          stopping = true;
          if (current === recording && recorderStarted) manager.stop();
        },
        cancel() {
          if (cancelled || result.settled) return;
          cancelled = true;
          stopping = true;
          fail(new PlatformError('cancelled', 'The recording was cancelled'));
          if (waiting === recording) waiting = null;
          else if (current === recording && recorderStarted) manager.stop();
        },
      },
    };

    // The recorder refuses a second start while it records: the running one is cancelled and this one
    // starts once the recorder has reported its stop.
    waiting?.handle.cancel();
    if (current) {
      waiting = recording;
      current.handle.cancel();
    } else {
      current = recording;
      recording.start();
    }
    return recording.handle;
  }

  // ---- viewing and playing ------------------------------------------------------------------------------

  function resolveIdb(url: string): Promise<string> {
    return isIdbUrl(url) ? requireH5().store.resolve(url) : Promise.resolve(url);
  }

  async function previewImage(urls: string[], current = 0): Promise<void> {
    const resolved = await Promise.all(urls.map(resolveIdb));
    if (resolved.length === 0) return;
    const index = clamp(current, 0, resolved.length - 1);
    await new Promise<void>((resolve, reject) => {
      api.previewImage({
        urls: resolved,
        current: resolved[index],
        success: () => resolve(),
        fail: (result: unknown) => reject(failure(result, 'Could not show the image')),
      });
    });
  }

  function download(url: string): Promise<string> {
    return new Promise((resolve, reject) => {
      api.downloadFile({
        url,
        success: (result: UniNamespace.DownloadSuccessData) => {
          if (result.statusCode >= 200 && result.statusCode < 300) resolve(result.tempFilePath);
          else reject(new PlatformError('failed', `Downloading the file answered HTTP ${result.statusCode}`));
        },
        fail: (result: unknown) => reject(failure(result, 'Could not download the file')),
      });
    });
  }

  async function openDocument(url: string, name?: string): Promise<void> {
    if (target === 'h5') {
      const { env } = requireH5();
      env.openUrl(await resolveIdb(url), name);
      return;
    }
    const fileType = extensionOf(name || baseName(url), 'file');
    if (!DOCUMENT_TYPES.includes(fileType)) {
      throw new PlatformError('unsupported', `WeChat opens only ${DOCUMENT_TYPES.join(', ')} documents`);
    }
    // wx.openDocument needs a local file: a cloud message's url is downloaded first. Devtools' own local
    // paths look like http://usr/… and http://tmp/… (no dot in the host), so only a real host counts as remote.
    const filePath = /^https?:\/\/[^/]*[.:]/i.test(url) ? await download(url) : url;
    await new Promise<void>((resolve, reject) => {
      api.openDocument({
        filePath,
        fileType,
        showMenu: true,
        success: () => resolve(),
        fail: (result: unknown) => reject(failure(result, 'Could not open the document')),
      });
    });
  }

  const audio = createAudioSlot();

  function playAudio(url: string): AudioPlayback {
    const context = api.createInnerAudioContext();
    const handle = audio.start((end) => {
      if (end === 'stopped') context.stop();
      context.destroy();
    });
    context.onEnded(() => handle.finish('ended'));
    context.onError(() => handle.finish('failed'));
    resolveIdb(url).then(
      (src) => {
        if (handle.ended) return;
        context.src = src;
        context.play();
      },
      () => handle.finish('failed'),
    );
    return handle.playback;
  }

  // ---- keeping message files ----------------------------------------------------------------------------

  function media(): MediaPort {
    if (target === 'h5') return requireH5().store;
    if (!mp) throw new PlatformError('unsupported', 'This build has no mini program file system');
    return createMiniProgramMediaStore(api, mp);
  }

  return {
    get capabilities() {
      return uniMediaCapabilities(target, h5 !== undefined, mp);
    },
    chooseMedia,
    chooseFile,
    recordAudio,
    previewImage,
    openDocument,
    playAudio,
    resolveMediaUrl: (url, otherUrl) => (isIdbUrl(url) ? resolveIdb(url) : Promise.resolve(otherUrl(url))),
    cachedMediaUrl: (url) => (isIdbUrl(url) ? (h5?.store.cachedUrl(url) ?? '') : undefined),
    media: lazyMediaPort(media),
  };
}

/** The media port is made on first use, so a platform that never keeps a file never touches the file system. */
function lazyMediaPort(make: () => MediaPort): MediaPort {
  let port: MediaPort | null = null;
  const get = () => (port ??= make());
  return {
    describe: (kind, file) => get().describe(kind, file),
    keep: (kind, file, onProgress) => get().keep(kind, file, onProgress),
    discard: (url) => get().discard(url),
  };
}

/** Mini program: message files copied into the user data folder (wx allows 200 MB there; 10 MB of storage). */
export function createMiniProgramMediaStore(api: Pick<UniMediaApi, 'getImageInfo'>, mp: MiniProgramMediaApi): MediaPort {
  const root = `${mp.userDataPath()}/${MEDIA_FOLDER}`;
  let folder: Promise<void> | null = null;

  function fs(): FileSystemLike {
    return mp.getFileSystemManager();
  }

  function ensureFolder(): Promise<void> {
    folder ??= new Promise<void>((resolve, reject) => {
      fs().mkdir({
        dirPath: root,
        recursive: true,
        success: () => resolve(),
        fail: (result: unknown) => (/exist/i.test(errorText(result)) ? resolve() : reject(quotaOrFailure(result, 'Could not create the media folder'))),
      });
    });
    // A failure is not remembered: the next keep tries again.
    folder.catch(() => {
      folder = null;
    });
    return folder;
  }

  function copy(srcPath: string, destPath: string): Promise<void> {
    return new Promise((resolve, reject) => {
      fs().copyFile({ srcPath, destPath, success: () => resolve(), fail: (result: unknown) => reject(quotaOrFailure(result, 'Could not keep the file')) });
    });
  }

  function remove(filePath: string): Promise<void> {
    // A file already gone is what discard wants.
    return new Promise((resolve) => {
      fs().unlink({ filePath, success: () => resolve(), fail: () => resolve() });
    });
  }

  function imageSize(src: string): Promise<{ width: number; height: number } | undefined> {
    return new Promise((resolve) => {
      api.getImageInfo({
        src,
        success: (result: UniNamespace.GetImageInfoSuccessData) => resolve({ width: result.width, height: result.height }),
        fail: () => resolve(undefined),
      });
    });
  }

  async function keep(kind: MediaKind, file: unknown, onProgress: (percent: number) => void): Promise<KeptMedia> {
    const source = readMessageFile(kind, file, 'mp');
    if (!source?.path) throw new PlatformError('failed', `This ${kind} cannot be sent from a mini program`);
    onProgress(0);
    await ensureFolder();
    const id = newMediaId();
    const extension = extensionOf(source.name, kind);
    const url = `${root}/${id}${extension ? `.${extension}` : ''}`;
    await copy(source.path, url);
    const kept: KeptMedia = { url, size: source.size };
    if (source.duration !== undefined) kept.duration = source.duration;
    if (kind === 'image') {
      const size = (await imageSize(url)) ?? (source.width && source.height ? { width: source.width, height: source.height } : undefined);
      if (size) Object.assign(kept, size);
    }
    if (kind === 'video') {
      if (source.width && source.height) Object.assign(kept, { width: source.width, height: source.height });
      if (source.thumbPath) {
        onProgress(0.9);
        const thumbUrl = `${root}/${id}${POSTER_SUFFIX}.jpg`;
        try {
          await copy(source.thumbPath, thumbUrl);
        } catch (error) {
          await remove(url);
          throw error;
        }
        kept.thumbUrl = thumbUrl;
        const size = (await imageSize(thumbUrl)) ?? (source.width && source.height ? { width: source.width, height: source.height } : undefined);
        if (size) Object.assign(kept, { thumbWidth: size.width, thumbHeight: size.height });
      }
    }
    onProgress(1);
    return kept;
  }

  async function discard(url: string): Promise<void> {
    if (!url.startsWith(`${root}/`)) return;
    await remove(url);
    const name = url.slice(root.length + 1);
    const id = name.replace(/\.[0-9a-z]+$/, '');
    if (!id.endsWith(POSTER_SUFFIX)) await remove(`${root}/${id}${POSTER_SUFFIX}.jpg`);
  }

  return { describe: (kind, file) => describeMessageFile(kind, file, 'mp'), keep, discard };
}
