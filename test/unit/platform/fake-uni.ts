/**
 * A typed stand-in for the global `uni`, behaving like the WeChat runtime where it matters to the adapter:
 * getStorageSync answers '' for a missing key, setStorageSync throws past its quota, async APIs report
 * through success/fail callbacks that the test fires.
 */
import type { HideLoadingOptions, UniApi, WithFail } from '@/src/platform/uni';

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
