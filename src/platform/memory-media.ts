/**
 * The memory platform's media: scripted pickers and recorder that hand out the `payload.file` shapes of the
 * mini program (default) or of H5, and an in-memory MediaPort reading them with the same rules as the real
 * platforms (media-file.ts). Several memory platforms given one MemoryMediaStore are tabs of one origin.
 */
import type {
  AudioPlayback,
  AudioRecording,
  ChosenFile,
  ChosenMedia,
  FilePickOptions,
  KeptMedia,
  MediaCalls,
  MediaKind,
  MediaPickOptions,
  MediaPort,
  PickableMedia,
  PlatformCapabilities,
  PlaybackEnd,
  RecordedAudio,
  RecordOptions,
} from './port';
import type { PickedFiles, PickedTempFile } from '../chat/message-types';
import { PlatformError } from './port';
import { POSTER_SUFFIX, describeMessageFile, readMessageFile } from './media-file';
import type { PlatformTarget } from './media-file';
import { createAudioSlot, refusedRecording, settleOnce } from './shared';

/** A picked image or video, as the test describes it. */
export interface MemoryMediaPick {
  kind: PickableMedia;
  name: string;
  size: number;
  width?: number;
  height?: number;
  /** Seconds (video). */
  duration?: number;
}

export interface MemoryFilePick {
  name: string;
  size: number;
}

/** What the next recording yields when stopped; 'denied' fails it as a refused microphone does. */
export type MemoryRecordingScript = { durationMs: number; fileSize: number } | 'denied';

/** One file the memory MediaPort keeps. */
export interface MemoryKeptFile {
  kind: MediaKind;
  name: string;
  size: number;
}

/** Kept files, shareable between memory platforms that stand for tabs of one origin. */
export class MemoryMediaStore {
  readonly files = new Map<string, MemoryKeptFile>();
  /** Bytes the store accepts in all; a keep past it rejects with PlatformError('quota'). */
  quotaBytes: number;
  private nextID = 1;

  constructor(quotaBytes = Number.POSITIVE_INFINITY) {
    this.quotaBytes = quotaBytes;
  }

  get usedBytes(): number {
    let total = 0;
    for (const file of this.files.values()) total += file.size;
    return total;
  }

  newID(): string {
    const id = `m${this.nextID}`;
    this.nextID += 1;
    return id;
  }
}

export const MEMORY_MEDIA_PREFIX = 'memory:';

export interface MemoryMediaOptions {
  /** Whose `payload.file` shapes to hand out and accept; default 'mp'. */
  target?: PlatformTarget;
  capabilities?: Partial<PlatformCapabilities>;
  /** What chooseMedia answers, in order; 'cancel' (or an empty queue) backs out. */
  media?: Array<MemoryMediaPick[] | 'cancel'>;
  files?: Array<MemoryFilePick[] | 'cancel'>;
  /** What each recordAudio yields; an empty queue records 1 s of 4 KB. */
  recordings?: MemoryRecordingScript[];
  store?: MemoryMediaStore;
}

export interface MemoryMedia extends MediaCalls {
  /** The url if kept here, '' if it was discarded; undefined for a url that is not a memory one. */
  cachedMediaUrl(url: string): string | undefined;
  readonly mediaStore: MemoryMediaStore;
  readonly mediaRequests: MediaPickOptions[];
  readonly fileRequests: FilePickOptions[];
  readonly recordRequests: RecordOptions[];
  readonly previews: Array<{ urls: string[]; current: number }>;
  readonly openedDocuments: Array<{ url: string; name?: string }>;
  /** Every url playAudio was given, in order. */
  readonly audioPlays: string[];
  /** Ends the playback running now, as the audio reaching its end (or failing) would. */
  finishAudio(end?: PlaybackEnd): void;
  queueMedia(picks: MemoryMediaPick[] | 'cancel'): void;
  queueFiles(picks: MemoryFilePick[] | 'cancel'): void;
  queueRecording(script: MemoryRecordingScript): void;
  /** The next keep rejects with this error (after reporting 0), once. */
  failNextKeep(error: PlatformError): void;
}

function microtask(): Promise<void> {
  return Promise.resolve();
}

function memoryKey(url: string): string | null {
  if (!url.startsWith(MEMORY_MEDIA_PREFIX)) return null;
  return url.slice(MEMORY_MEDIA_PREFIX.length) || null;
}

export function createMemoryMedia(options: MemoryMediaOptions = {}): MemoryMedia {
  const target = options.target ?? 'mp';
  const store = options.store ?? new MemoryMediaStore();
  const capabilities: PlatformCapabilities = {
    chooseFile: true,
    recordAudio: target === 'mp',
    ...options.capabilities,
  };
  const mediaQueue = [...(options.media ?? [])];
  const fileQueue = [...(options.files ?? [])];
  const recordingQueue = [...(options.recordings ?? [])];
  const keepFailures: PlatformError[] = [];
  /** Image sizes the "platform" knows for a picked path or File, as getImageInfo / createImageBitmap would. */
  const pickedSizes = new Map<unknown, { width: number; height: number }>();
  let tempCount = 0;
  const audio = createAudioSlot();

  const mediaRequests: MediaPickOptions[] = [];
  const fileRequests: FilePickOptions[] = [];
  const recordRequests: RecordOptions[] = [];
  const previews: Array<{ urls: string[]; current: number }> = [];
  const openedDocuments: Array<{ url: string; name?: string }> = [];
  const audioPlays: string[] = [];

  function tempPath(name: string): string {
    tempCount += 1;
    return target === 'h5' ? `blob:memory/${tempCount}` : `memory://tmp/${tempCount}/${name}`;
  }

  function browserFile(name: string, size: number, type: string): File {
    return new File([new Uint8Array(size)], name, { type });
  }

  function pickedMedia(pick: MemoryMediaPick): ChosenMedia {
    const path = tempPath(pick.name);
    const chosen: ChosenMedia = { kind: pick.kind, file: { tempFiles: [] }, name: pick.name, size: pick.size, previewUrl: path };
    if (pick.duration !== undefined) chosen.duration = pick.duration;
    if (pick.width !== undefined && pick.height !== undefined) Object.assign(chosen, { width: pick.width, height: pick.height });
    if (target === 'h5') {
      const file = browserFile(pick.name, pick.size, pick.kind === 'video' ? 'video/mp4' : 'image/jpeg');
      const result: PickedFiles & { tempFile?: File; duration?: number; width?: number; height?: number } = {
        tempFiles: [file],
        tempFilePaths: [path],
      };
      if (pick.kind === 'video') Object.assign(result, { tempFile: file, duration: pick.duration, width: pick.width, height: pick.height });
      else if (pick.width !== undefined && pick.height !== undefined) pickedSizes.set(file, { width: pick.width, height: pick.height });
      chosen.file = result;
      return chosen;
    }
    const entry: PickedTempFile = { tempFilePath: path, size: pick.size };
    const result: PickedFiles & { width?: number; height?: number } = { tempFiles: [entry], tempFilePaths: [path] };
    if (pick.kind === 'video') {
      Object.assign(entry, { duration: pick.duration, width: pick.width, height: pick.height, thumbTempFilePath: tempPath('poster.jpg') });
      Object.assign(result, { width: pick.width, height: pick.height });
    } else if (pick.width !== undefined && pick.height !== undefined) {
      pickedSizes.set(path, { width: pick.width, height: pick.height });
    }
    chosen.file = result;
    return chosen;
  }

  function pickedFile(pick: MemoryFilePick): ChosenFile {
    const path = tempPath(pick.name);
    if (target === 'h5') {
      return { file: { tempFiles: [browserFile(pick.name, pick.size, '')], tempFilePaths: [path] }, name: pick.name, size: pick.size };
    }
    return { file: { tempFiles: [{ path, size: pick.size, name: pick.name }], tempFilePaths: [path] }, name: pick.name, size: pick.size };
  }

  async function keep(kind: MediaKind, file: unknown, onProgress: (percent: number) => void): Promise<KeptMedia> {
    const source = readMessageFile(kind, file, target);
    if (!source) throw new PlatformError('failed', `This ${kind} cannot be sent from this platform`);
    onProgress(0);
    await microtask();
    const failure = keepFailures.shift();
    if (failure) throw failure;
    if (store.usedBytes + source.size > store.quotaBytes) {
      throw new PlatformError('quota', `Keeping ${source.name} needs ${source.size} bytes; the media store is full`);
    }
    onProgress(0.5);
    await microtask();
    const id = store.newID();
    store.files.set(id, { kind, name: source.name, size: source.size });
    const kept: KeptMedia = { url: `${MEMORY_MEDIA_PREFIX}${id}`, size: source.size };
    const size = pickedSizes.get(source.path ?? source.blob) ?? (source.width && source.height ? { width: source.width, height: source.height } : undefined);
    if (size) Object.assign(kept, size);
    if (source.duration !== undefined) kept.duration = source.duration;
    if (kind === 'video' && (source.thumbPath || target === 'h5') && size) {
      const posterID = `${id}${POSTER_SUFFIX}`;
      store.files.set(posterID, { kind: 'image', name: `${id}.jpg`, size: 0 });
      Object.assign(kept, { thumbUrl: `${MEMORY_MEDIA_PREFIX}${posterID}`, thumbWidth: size.width, thumbHeight: size.height });
    }
    onProgress(1);
    return kept;
  }

  const media: MediaPort = {
    describe: (kind, file) => describeMessageFile(kind, file, target),
    keep,
    async discard(url) {
      const id = memoryKey(url);
      if (id === null) return;
      store.files.delete(id);
      if (!id.endsWith(POSTER_SUFFIX)) store.files.delete(`${id}${POSTER_SUFFIX}`);
    },
  };

  function cachedMediaUrl(url: string): string | undefined {
    const id = memoryKey(url);
    if (id === null) return undefined;
    return store.files.has(id) ? url : '';
  }

  function recordAudio(recordOptions: RecordOptions = {}): AudioRecording {
    recordRequests.push({ ...recordOptions });
    if (!capabilities.recordAudio) return refusedRecording(new PlatformError('unsupported', 'Voice messages can be recorded only in the mini program'));
    const script = recordingQueue.shift() ?? { durationMs: 1000, fileSize: 4096 };
    if (script === 'denied') return refusedRecording(new PlatformError('failed', 'Recording failed: operateRecorder:fail auth deny'));
    const started = settleOnce<void>();
    const result = settleOnce<RecordedAudio>();
    started.promise.catch(() => undefined);
    result.promise.catch(() => undefined);
    void microtask().then(() => started.resolve());
    const durationMs = Math.min(script.durationMs, recordOptions.maxDurationMs ?? 60_000);
    const recorded: RecordedAudio = { tempFilePath: tempPath('voice.aac'), fileSize: script.fileSize, duration: durationMs };
    return {
      started: started.promise,
      result: result.promise,
      stop() {
        started.resolve();
        result.resolve(recorded);
      },
      cancel() {
        const error = new PlatformError('cancelled', 'The recording was cancelled');
        started.reject(error);
        result.reject(error);
      },
    };
  }

  function playAudio(url: string): AudioPlayback {
    audioPlays.push(url);
    const handle = audio.start(() => undefined);
    if (cachedMediaUrl(url) === '') handle.finish('failed');
    return handle.playback;
  }

  return {
    capabilities,
    mediaStore: store,
    mediaRequests,
    fileRequests,
    recordRequests,
    previews,
    openedDocuments,
    audioPlays,
    media,
    cachedMediaUrl,
    chooseMedia(pickOptions = {}) {
      mediaRequests.push({ ...pickOptions });
      const next = mediaQueue.shift();
      if (next === undefined || next === 'cancel') return Promise.reject(new PlatformError('cancelled', 'The user backed out of the picker'));
      const kinds = pickOptions.kinds?.length ? pickOptions.kinds : ['image', 'video'];
      const wrong = next.find((pick) => !kinds.includes(pick.kind));
      if (wrong) return Promise.reject(new Error(`Scripted ${wrong.kind} "${wrong.name}" but the picker asked for ${kinds.join('/')}`));
      return Promise.resolve(next.slice(0, pickOptions.count ?? 1).map(pickedMedia));
    },
    chooseFile(pickOptions = {}) {
      fileRequests.push({ ...pickOptions });
      if (!capabilities.chooseFile) return Promise.reject(new PlatformError('unsupported', 'This platform has no file picker'));
      const next = fileQueue.shift();
      if (next === undefined || next === 'cancel') return Promise.reject(new PlatformError('cancelled', 'The user backed out of the picker'));
      return Promise.resolve(next.slice(0, pickOptions.count ?? 1).map(pickedFile));
    },
    recordAudio,
    previewImage(urls, current = 0) {
      previews.push({ urls: [...urls], current });
      return Promise.resolve();
    },
    openDocument(url, name) {
      openedDocuments.push(name === undefined ? { url } : { url, name });
      return Promise.resolve();
    },
    playAudio,
    resolveMediaUrl(url) {
      const cached = cachedMediaUrl(url);
      if (cached === '') return Promise.reject(new PlatformError('failed', `The kept file ${url} is gone`));
      return Promise.resolve(url);
    },
    finishAudio(end = 'ended') {
      audio.current?.finish(end);
    },
    queueMedia: (picks) => void mediaQueue.push(picks),
    queueFiles: (picks) => void fileQueue.push(picks),
    queueRecording: (script) => void recordingQueue.push(script),
    failNextKeep: (error) => void keepFailures.push(error),
  };
}
