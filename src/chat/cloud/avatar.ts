import { ConfigError } from '@/src/config/errors';
import type { AppConfig } from '@/src/config/types';
import { PlatformError } from '@/src/platform/port';
import { utf8Bytes } from '@/src/utils/utf8';
import type { ChosenImage, PlatformPort, UploadProgress, UploadTask } from '@/src/platform/port';

/** The profile's avatar field holds at most 500 bytes. */
export const AVATAR_URL_MAX_BYTES = 500;


function readAvatarUrl(body: string, uploadUrl: string): string {
  let parsed: unknown;
  try {
    parsed = JSON.parse(body);
  } catch {
    throw new PlatformError('failed', `The avatar upload endpoint ${uploadUrl} answered something that is not JSON`);
  }
  const url = parsed && typeof parsed === 'object' ? (parsed as { url?: unknown }).url : undefined;
  if (typeof url !== 'string' || !/^https?:\/\/\S+$/i.test(url)) {
    throw new PlatformError('failed', `The avatar upload endpoint ${uploadUrl} must answer JSON { "url": "https://…" }`);
  }
  if (utf8Bytes(url) > AVATAR_URL_MAX_BYTES) {
    throw new PlatformError('failed', `The uploaded avatar's URL is longer than ${AVATAR_URL_MAX_BYTES} bytes`);
  }
  return url;
}

/**
 * Cloud mode keeps avatars on the deployer's server: the SDK's upload plugin only serves message files.
 *
 * Known pitfall: on H5 uni.chooseImage yields a File/blob (its `path` is a blob: URL), while tim-upload-plugin
 * and uni.uploadFile in mini programs expect a file path. ChosenImage carries both `path` and `file`, and
 * platform.upload picks whichever the platform needs, so nothing here depends on the platform.
 */
export function uploadAvatar(
  config: AppConfig,
  platform: PlatformPort,
  image: ChosenImage,
  onProgress: (progress: UploadProgress) => void,
): UploadTask {
  const uploadUrl = config.avatarUploadUrl;
  if (uploadUrl === null) {
    const error = new ConfigError(
      'VITE_AVATAR_UPLOAD_URL',
      'VITE_AVATAR_UPLOAD_URL is not set: cloud mode needs an endpoint that stores the avatar and answers { "url": "…" }',
    );
    return { result: Promise.reject(error), abort: () => undefined };
  }
  const task = platform.upload({ url: uploadUrl, image, fieldName: config.avatarUploadField, onProgress });
  return {
    result: task.result.then((body) => readAvatarUrl(body, uploadUrl)),
    abort: () => task.abort(),
  };
}
