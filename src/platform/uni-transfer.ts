/**
 * The uni platform's calls that only the chat backend makes: uploads (the cloud backend's avatar), keeping a
 * picked image (the local backend's avatar in the mini program), JSON requests and WeChat's login code (the
 * cloud backend's UserSig). Mini program builds load this module with the backend, from its subpackage
 * (lazy-transfer.ts, vite.config.ts asyncModules), so that the main package does not carry it.
 */
import type { ChosenImage, JsonAnswer, PostJsonRequest, UploadRequest, UploadTask } from './port';
import { PlatformError } from './port';
import type { PlatformTarget } from './media-file';
import { clampPercent, settleOnce, uploadTask } from './shared';
import { errorText } from './uni-call';
import type { WithFail } from './uni-call';

type UploadTaskLike = Pick<UniNamespace.UploadTask, 'abort' | 'onProgressUpdate'>;

/** The slice of `uni` these calls use, with uni's own option types. */
export interface UniTransferApi {
  uploadFile(options: WithFail<UniNamespace.UploadFileOption>): UploadTaskLike | undefined;
  request(options: WithFail<UniNamespace.RequestOptions>): void;
  /** wx.login through uni (mini programs); H5 has no WeChat login. */
  login?(options: WithFail<UniNamespace.LoginOptions>): void;
  saveFile(options: WithFail<UniNamespace.SaveFileOptions>): void;
}

export interface UniTransfer {
  upload(request: UploadRequest): UploadTask;
  /** Mini program: moves a picked image out of the temp folder, answering its saved path. */
  saveFile(image: ChosenImage): Promise<string>;
  requestJson(url: string): Promise<unknown>;
  postJson(request: PostJsonRequest): Promise<JsonAnswer>;
  /** wx.login's one-time code; rejects when WeChat gives none (not signed in to WeChat, or refused). */
  loginCode(): Promise<string>;
}

/** uni's uploadFile types want a File; a bare Blob gets wrapped so the multipart part keeps its name. */
function asFile(blob: Blob, name: string): File {
  if (typeof File !== 'undefined' && blob instanceof File) return blob;
  return new File([blob], name, { type: blob.type });
}

/** uni.request parses JSON bodies itself with dataType 'json'; a body it could not parse arrives as text. */
function parseJsonBody(data: unknown): unknown {
  if (typeof data !== 'string') return data ?? null;
  try {
    return JSON.parse(data) as unknown;
  } catch {
    return null;
  }
}

/** uploadFile options for one platform: mini programs read only filePath; H5 prefers the File. */
export function uploadOptions(request: UploadRequest, target: PlatformTarget): UniNamespace.UploadFileOption {
  const { image } = request;
  const options: UniNamespace.UploadFileOption = {
    url: request.url,
    name: request.fieldName ?? 'file',
    filePath: image.path,
  };
  if (request.formData) options.formData = request.formData;
  if (request.headers) options.header = request.headers;
  if (target === 'h5' && image.file) {
    options.file = asFile(image.file, image.name);
    // uni-h5 fails with "file error" when filePath is empty even though it then uploads the File.
    if (!options.filePath) options.filePath = image.name || 'file';
  }
  return options;
}


export function createUniTransfer(api: UniTransferApi, target: PlatformTarget): UniTransfer {
  function upload(request: UploadRequest): UploadTask {
    const outcome = settleOnce<string>();
    const task = api.uploadFile({
      ...uploadOptions(request, target),
      success: (response: UniNamespace.UploadFileSuccessCallbackResult) => {
        const body = typeof response.data === 'string' ? response.data : JSON.stringify(response.data);
        if (response.statusCode >= 200 && response.statusCode < 300) outcome.resolve(body);
        else outcome.reject(new PlatformError('failed', `Upload failed with HTTP ${response.statusCode}`));
      },
      fail: (failure: unknown) => {
        const text = errorText(failure);
        outcome.reject(new PlatformError(/abort/i.test(text) ? 'aborted' : 'failed', `Upload failed: ${text}`));
      },
    });
    task?.onProgressUpdate((progress: UniNamespace.OnProgressUpdateResult) => {
      if (outcome.settled || !request.onProgress) return;
      request.onProgress({
        percent: clampPercent(progress.progress),
        sentBytes: progress.totalBytesSent,
        totalBytes: progress.totalBytesExpectedToSend,
      });
    });
    return uploadTask(outcome, () => task?.abort());
  }

  function saveFile(image: ChosenImage): Promise<string> {
    return new Promise((resolve, reject) => {
      api.saveFile({
        tempFilePath: image.path,
        success: (result: UniNamespace.SaveFileSuccess) => resolve(result.savedFilePath),
        fail: (failure: unknown) => reject(new PlatformError('failed', `Could not keep the image: ${errorText(failure)}`)),
      });
    });
  }

  function requestJson(url: string): Promise<unknown> {
    return new Promise((resolve, reject) => {
      api.request({
        url,
        method: 'GET',
        dataType: 'json',
        success: (result: UniNamespace.RequestSuccessCallbackResult) => {
          if (result.statusCode < 200 || result.statusCode >= 300) {
            reject(new PlatformError('failed', `GET ${url} answered HTTP ${result.statusCode}`));
            return;
          }
          resolve(typeof result.data === 'string' ? JSON.parse(result.data) : result.data);
        },
        fail: (failure: unknown) => reject(new PlatformError('failed', `GET ${url} failed: ${errorText(failure)}`)),
      });
    });
  }

  function postJson(request: PostJsonRequest): Promise<JsonAnswer> {
    return new Promise((resolve, reject) => {
      api.request({
        url: request.url,
        method: 'POST',
        data: request.body,
        header: { 'content-type': 'application/json', ...request.headers },
        dataType: 'json',
        success: (result: UniNamespace.RequestSuccessCallbackResult) =>
          resolve({ status: result.statusCode, data: parseJsonBody(result.data) }),
        fail: (failure: unknown) => reject(new PlatformError('failed', `POST ${request.url} failed: ${errorText(failure)}`)),
      });
    });
  }

  function loginCode(): Promise<string> {
    return new Promise((resolve, reject) => {
      api.login?.({
        provider: 'weixin',
        success: (result: UniNamespace.LoginRes) => {
          if (typeof result.code === 'string' && result.code !== '') resolve(result.code);
          else reject(new PlatformError('failed', 'wx.login answered without a code'));
        },
        fail: (failure: unknown) => reject(new PlatformError('failed', `wx.login failed: ${errorText(failure)}`)),
      });
    });
  }

  return { upload, saveFile, requestJson, postJson, loginCode };
}
