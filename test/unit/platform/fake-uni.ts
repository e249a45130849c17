/**
 * A typed stand-in for the global `uni`, behaving like the WeChat runtime where it matters to the adapter:
 * getStorageSync answers '' for a missing key, setStorageSync throws past its quota, async APIs report
 * through success/fail callbacks that the test fires.
 */
import type { HideLoadingOptions, UniApi, WithFail } from '@/src/platform/uni';
import type { RecordedAudio } from '@/src/platform/port';
import type {
  AudioContextLike,
  FileSystemLike,
  MiniProgramMediaApi,
  OpenDocumentOptions,
  RecorderLike,
} from '@/src/platform/uni-media';

type NetworkCallback = (result: UniNamespace.OnNetworkStatusChangeSuccess) => void;

export class FakeUploadTask {
  readonly progressCallbacks: Array<(result: UniNamespace.OnProgressUpdateResult) => void> = [];
  aborted = false;

  abort(): void {
    this.aborted = true;
  }

  onProgressUpdate(callback: (result: UniNamespace.OnProgressUpdateResult) => void): void {
    this.progressCallbacks.push(callback);
  }

  progress(totalBytesSent: number, totalBytesExpectedToSend: number): void {
    const progress = Math.round((totalBytesSent / totalBytesExpectedToSend) * 100);
    for (const callback of this.progressCallbacks) callback({ progress, totalBytesSent, totalBytesExpectedToSend });
  }
}

export interface FakeUpload {
  options: WithFail<UniNamespace.UploadFileOption>;
  task: FakeUploadTask;
}

/** An InnerAudioContext: records what the adapter did; the test ends or fails the playback. */
export class FakeAudioContext implements AudioContextLike {
  src = '';
  plays = 0;
  stops = 0;
  destroyed = false;
  private ended: Array<() => void> = [];
  private errors: Array<(result: unknown) => void> = [];

  play(): void {
    this.plays += 1;
  }

  stop(): void {
    this.stops += 1;
  }

  destroy(): void {
    this.destroyed = true;
  }

  onEnded(callback: () => void): void {
    this.ended.push(callback);
  }

  onError(callback: (result: unknown) => void): void {
    this.errors.push(callback);
  }

  emitEnded(): void {
    for (const callback of this.ended) callback();
  }

  emitError(errMsg: string): void {
    for (const callback of this.errors) callback({ errMsg });
  }
}

/** WeChat's RecorderManager singleton: records start/stop; the test fires its events. */
export class FakeRecorder implements RecorderLike {
  readonly starts: UniNamespace.RecorderManagerStartOptions[] = [];
  stops = 0;
  private readonly startCallbacks: Array<() => void> = [];
  private readonly stopCallbacks: Array<(result: RecordedAudio) => void> = [];
  private readonly errorCallbacks: Array<(result: unknown) => void> = [];
  private readonly interruptionCallbacks: Array<() => void> = [];

  start(options: UniNamespace.RecorderManagerStartOptions): void {
    this.starts.push(options);
  }

  stop(): void {
    this.stops += 1;
  }

  onStart(callback: () => void): void {
    this.startCallbacks.push(callback);
  }

  onStop(callback: (result: RecordedAudio) => void): void {
    this.stopCallbacks.push(callback);
  }

  onError(callback: (result: unknown) => void): void {
    this.errorCallbacks.push(callback);
  }

  onInterruptionBegin(callback: () => void): void {
    this.interruptionCallbacks.push(callback);
  }

  emitStart(): void {
    for (const callback of this.startCallbacks) callback();
  }

  emitStop(result: RecordedAudio): void {
    for (const callback of this.stopCallbacks) callback(result);
  }

  emitError(errMsg: string): void {
    for (const callback of this.errorCallbacks) callback({ errMsg });
  }

  emitInterruption(): void {
    for (const callback of this.interruptionCallbacks) callback();
  }

  /** How many handlers of each kind were registered (the manager is a singleton: once each). */
  get handlerCount(): number {
    return this.startCallbacks.length + this.stopCallbacks.length + this.errorCallbacks.length;
  }
}

/**
 * wx's FileSystemManager over a map of paths to sizes, answering each call on the next microtask the way wx
 * answers it: a missing source fails "no such file or directory", a copy past `quotaBytes` fails with wx's
 * storage-limit message.
 */
export class FakeFileSystem implements FileSystemLike {
  readonly files = new Map<string, number>();
  readonly dirs = new Set<string>();
  readonly calls: string[] = [];
  quotaBytes = Number.POSITIVE_INFINITY;

  private answer(run: () => string | null, success: (() => void) | undefined, fail: (result: UniNamespace.FileError) => void): void {
    void Promise.resolve().then(() => {
      const error = run();
      if (error === null) success?.();
      else fail({ errMsg: error, errCode: 1300002 });
    });
  }

  mkdir(options: WithFail<UniNamespace.MkdirOption>): void {
    this.calls.push(`mkdir ${options.dirPath}`);
    this.answer(
      () => {
        if (this.dirs.has(options.dirPath)) return `mkdir:fail file already exists ${options.dirPath}`;
        this.dirs.add(options.dirPath);
        return null;
      },
      options.success as (() => void) | undefined,
      options.fail,
    );
  }

  copyFile(options: WithFail<UniNamespace.CopyFileOption>): void {
    this.calls.push(`copy ${options.srcPath} ${options.destPath}`);
    this.answer(
      () => {
        const size = this.files.get(options.srcPath);
        if (size === undefined) return `copyFile:fail no such file or directory ${options.srcPath}`;
        const folder = options.destPath.slice(0, options.destPath.lastIndexOf('/'));
        if (!this.dirs.has(folder)) return `copyFile:fail no such file or directory ${options.destPath}`;
        let used = size;
        for (const [path, bytes] of this.files) if (path.startsWith('wxfile://usr/')) used += bytes;
        if (used > this.quotaBytes) return 'copyFile:fail the maximum size of the file storage limit is exceeded';
        this.files.set(options.destPath, size);
        return null;
      },
      options.success as (() => void) | undefined,
      options.fail,
    );
  }

  unlink(options: WithFail<UniNamespace.UnlinkOption>): void {
    this.calls.push(`unlink ${options.filePath}`);
    this.answer(
      () => (this.files.delete(options.filePath) ? null : `unlink:fail no such file or directory ${options.filePath}`),
      options.success as (() => void) | undefined,
      options.fail,
    );
  }
}

/** The WeChat-only APIs; `available` says what the simulated base library has. */
export class FakeMiniProgram implements MiniProgramMediaApi {
  readonly available = new Set<string>(['chooseMedia', 'chooseMessageFile', 'getRecorderManager']);
  readonly chooseMediaCalls: Array<WithFail<UniNamespace.ChooseMediaOption>> = [];
  readonly chooseMessageFileCalls: Array<WithFail<UniNamespace.ChooseMessageFileOption>> = [];
  readonly recorder = new FakeRecorder();
  readonly fs = new FakeFileSystem();
  recorderManagerCalls = 0;

  has(name: 'chooseMedia' | 'chooseMessageFile' | 'getRecorderManager'): boolean {
    return this.available.has(name);
  }

  chooseMedia(options: WithFail<UniNamespace.ChooseMediaOption>): void {
    this.chooseMediaCalls.push(options);
  }

  chooseMessageFile(options: WithFail<UniNamespace.ChooseMessageFileOption>): void {
    this.chooseMessageFileCalls.push(options);
  }

  getRecorderManager(): FakeRecorder {
    this.recorderManagerCalls += 1;
    return this.recorder;
  }

  getFileSystemManager(): FakeFileSystem {
    return this.fs;
  }

  userDataPath(): string {
    return 'wxfile://usr';
  }
}

export class FakeUni implements UniApi {
  readonly store = new Map<string, unknown>();
  /** Total characters of keys and values setStorageSync accepts before refusing, like wx's 10 MB. */
  quotaChars = Number.POSITIVE_INFINITY;
  setStorageCalls = 0;

  readonly chooseImageCalls: Array<WithFail<UniNamespace.ChooseImageOptions>> = [];
  readonly uploads: FakeUpload[] = [];
  readonly saveFileCalls: Array<WithFail<UniNamespace.SaveFileOptions>> = [];
  readonly requests: Array<WithFail<UniNamespace.RequestOptions>> = [];
  readonly toasts: Array<WithFail<UniNamespace.ShowToastOptions>> = [];
  readonly modals: Array<WithFail<UniNamespace.ShowModalOptions>> = [];
  readonly loadings: Array<WithFail<UniNamespace.ShowLoadingOptions>> = [];
  readonly hideLoadingCalls: HideLoadingOptions[] = [];
  readonly networkTypeCalls: Array<WithFail<UniNamespace.GetNetworkTypeOptions>> = [];
  readonly networkCallbacks: NetworkCallback[] = [];
  readonly clipboardCalls: Array<WithFail<UniNamespace.SetClipboardDataOptions>> = [];
  readonly themeCallbacks: UniNamespace.OnThemeChangeCallback[] = [];
  offNetworkCalls: NetworkCallback[] = [];

  readonly chooseVideoCalls: Array<WithFail<UniNamespace.ChooseVideoOptions>> = [];
  readonly audioContexts: FakeAudioContext[] = [];
  readonly previewCalls: Array<WithFail<UniNamespace.PreviewImageOptions>> = [];
  readonly openDocumentCalls: Array<WithFail<OpenDocumentOptions>> = [];
  readonly downloadCalls: Array<WithFail<UniNamespace.DownloadFileOption>> = [];
  /** Sizes getImageInfo answers (on the next microtask) by path; other paths fail as an undecodable file. */
  readonly imageSizes = new Map<string, { width: number; height: number }>();
  readonly imageInfoCalls: string[] = [];
  miniProgram?: FakeMiniProgram = new FakeMiniProgram();

  appInfo: { language?: string; hostLanguage?: string; theme?: string } = { language: 'en', theme: 'light' };
  locale = 'en';

  getStorageSync(key: string): unknown {
    return this.store.has(key) ? this.store.get(key) : '';
  }

  setStorageSync(key: string, value: string): void {
    this.setStorageCalls += 1;
    let used = key.length + value.length;
    for (const [other, stored] of this.store) {
      if (other !== key) used += other.length + String(stored).length;
    }
    if (used > this.quotaChars) throw new Error('setStorageSync:fail exceed storage max size 10MB');
    this.store.set(key, value);
  }

  removeStorageSync(key: string): void {
    this.store.delete(key);
  }

  getStorageInfoSync(): { keys: string[] } {
    return { keys: [...this.store.keys()] };
  }

  chooseImage(options: WithFail<UniNamespace.ChooseImageOptions>): void {
    this.chooseImageCalls.push(options);
  }

  chooseVideo(options: WithFail<UniNamespace.ChooseVideoOptions>): void {
    this.chooseVideoCalls.push(options);
  }

  createInnerAudioContext(): FakeAudioContext {
    const context = new FakeAudioContext();
    this.audioContexts.push(context);
    return context;
  }

  previewImage(options: WithFail<UniNamespace.PreviewImageOptions>): void {
    this.previewCalls.push(options);
  }

  openDocument(options: WithFail<OpenDocumentOptions>): void {
    this.openDocumentCalls.push(options);
  }

  downloadFile(options: WithFail<UniNamespace.DownloadFileOption>): void {
    this.downloadCalls.push(options);
  }

  getImageInfo(options: WithFail<UniNamespace.GetImageInfoOptions>): void {
    this.imageInfoCalls.push(options.src);
    void Promise.resolve().then(() => {
      const size = this.imageSizes.get(options.src);
      if (size) options.success?.({ ...size, path: options.src });
      else options.fail({ errMsg: 'getImageInfo:fail file not found' });
    });
  }

  uploadFile(options: WithFail<UniNamespace.UploadFileOption>): FakeUploadTask {
    const task = new FakeUploadTask();
    this.uploads.push({ options, task });
    return task;
  }

  request(options: WithFail<UniNamespace.RequestOptions>): void {
    this.requests.push(options);
  }

  saveFile(options: WithFail<UniNamespace.SaveFileOptions>): void {
    this.saveFileCalls.push(options);
  }

  showToast(options: WithFail<UniNamespace.ShowToastOptions>): void {
    this.toasts.push(options);
  }

  showModal(options: WithFail<UniNamespace.ShowModalOptions>): void {
    this.modals.push(options);
  }

  showLoading(options: WithFail<UniNamespace.ShowLoadingOptions>): void {
    this.loadings.push(options);
  }

  hideLoading(options: HideLoadingOptions): void {
    this.hideLoadingCalls.push(options);
  }

  getNetworkType(options: WithFail<UniNamespace.GetNetworkTypeOptions>): void {
    this.networkTypeCalls.push(options);
  }

  onNetworkStatusChange(callback: NetworkCallback): void {
    this.networkCallbacks.push(callback);
  }

  /** Optional members are properties so a test can delete them, as old base libraries lack them. */
  offNetworkStatusChange?: (callback: NetworkCallback) => void = (callback) => {
    this.offNetworkCalls.push(callback);
    const index = this.networkCallbacks.indexOf(callback);
    if (index >= 0) this.networkCallbacks.splice(index, 1);
  };

  emitNetwork(isConnected: boolean, networkType: string): void {
    for (const callback of [...this.networkCallbacks]) callback({ isConnected, networkType });
  }

  setClipboardData(options: WithFail<UniNamespace.SetClipboardDataOptions>): void {
    this.clipboardCalls.push(options);
  }

  getSystemInfoSync(): { language?: string; hostLanguage?: string; theme?: string } {
    return { ...this.appInfo };
  }

  getAppBaseInfo?: () => { language?: string; hostLanguage?: string; theme?: string } = () => ({ ...this.appInfo });

  getLocale(): string {
    return this.locale;
  }

  onThemeChange?: (callback: UniNamespace.OnThemeChangeCallback) => void = (callback) => {
    this.themeCallbacks.push(callback);
  };

  offThemeChange?: (callback: UniNamespace.OnThemeChangeCallback) => void = (callback) => {
    const index = this.themeCallbacks.indexOf(callback);
    if (index >= 0) this.themeCallbacks.splice(index, 1);
  };

  emitTheme(theme: 'light' | 'dark'): void {
    for (const callback of [...this.themeCallbacks]) callback({ theme });
  }
}

type GlobalWithUni = typeof globalThis & { uni?: UniApi };

/** Puts the fake where the adapter's `uni.method(...)` calls look it up. */
export function installFakeUni(fake: UniApi): void {
  (globalThis as GlobalWithUni).uni = fake;
}

export function removeFakeUni(): void {
  delete (globalThis as GlobalWithUni).uni;
}

/** The one pending call of a kind, failing the test clearly when the adapter made none. */
export function only<T>(calls: readonly T[]): T {
  if (calls.length !== 1) throw new Error(`expected exactly one call, got ${calls.length}`);
  return calls[0];
}
