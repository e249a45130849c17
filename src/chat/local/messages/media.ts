import { TYPES } from '../../constants';
import { ChatError } from '../../errors';
import type { AudioPayload, FilePayload, ImageInfo, ImagePayload, VideoPayload } from '../../message-types';
import type { KeptMedia, MediaDescription, MediaKind } from '../core/ports';
import { MESSAGE_CODE } from './codes';
import { IMAGE_EXTENSIONS, IMAGE_FORMAT, IMAGE_FORMAT_UNKNOWN, UPLOAD_LIMIT, VIDEO_EXTENSIONS } from './limits';

/** The message types that carry a file, and the kind of file each keeps. */
export const MEDIA_KIND = {
  [TYPES.MSG_IMAGE]: 'image',
  [TYPES.MSG_AUDIO]: 'audio',
  [TYPES.MSG_VIDEO]: 'video',
  [TYPES.MSG_FILE]: 'file',
} as const satisfies Record<string, MediaKind>;

export type MediaType = keyof typeof MEDIA_KIND;

export function extensionOf(name: string): string {
  const dot = name.lastIndexOf('.');
  return dot < 0 ? '' : name.slice(dot + 1).toLowerCase();
}

const LETTERS = '0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ';

/**
 * The SDK's file uuid (index.es.js `_generateUUID`): `${SDKAppID}-${userID}-${32 random characters}.${ext}`.
 * The local service has no SDKAppID: 0.
 */
export function mediaUUID(userID: string, extension: string): string {
  let random = '';
  for (let i = 0; i < 32; i++) random += LETTERS[Math.floor(Math.random() * LETTERS.length)];
  return `0-${userID}-${random}${extension ? `.${extension}` : ''}`;
}

function sizeRefusal(code: number, what: string, limit: number): ChatError {
  return new ChatError(code, `sendMessage: the ${what} must be smaller than ${limit / 1048576} MB`);
}

/**
 * The SDK's checks before it uploads (index.es.js doUploadImage / doUploadFile / doUploadVideo /
 * doUploadAudio), in its order: images by extension (2252), then empty (2108) or 20 MB and more (2253);
 * files over 100 MB (2402), then empty; videos over 100 MB (2351), empty, then by extension (2352); audio
 * over 20 MB (2301), then empty.
 */
export function checkMedia(kind: MediaKind, file: MediaDescription): ChatError | null {
  const extension = extensionOf(file.name);
  const empty = new ChatError(MESSAGE_CODE.FILE_IS_EMPTY, 'sendMessage: the file is empty');
  switch (kind) {
    case 'image':
      if (!IMAGE_EXTENSIONS.includes(extension)) {
        return new ChatError(MESSAGE_CODE.IMAGE_TYPE_LIMIT, `sendMessage: images must be ${IMAGE_EXTENSIONS.join(', ')}; got "${file.name}"`);
      }
      if (file.size === 0) return empty;
      return file.size < UPLOAD_LIMIT.image ? null : sizeRefusal(MESSAGE_CODE.IMAGE_SIZE_LIMIT, 'image', UPLOAD_LIMIT.image);
    case 'file':
      if (file.size > UPLOAD_LIMIT.file) return sizeRefusal(MESSAGE_CODE.FILE_SIZE_LIMIT, 'file', UPLOAD_LIMIT.file);
      return file.size === 0 ? empty : null;
    case 'video':
      if (file.size > UPLOAD_LIMIT.video) return sizeRefusal(MESSAGE_CODE.VIDEO_SIZE_LIMIT, 'video', UPLOAD_LIMIT.video);
      if (file.size === 0) return empty;
      return VIDEO_EXTENSIONS.includes(extension)
        ? null
        : new ChatError(MESSAGE_CODE.VIDEO_TYPE_LIMIT, `sendMessage: videos must be ${VIDEO_EXTENSIONS.join(', ')}; got "${file.name}"`);
    case 'audio':
      if (file.size > UPLOAD_LIMIT.audio) return sizeRefusal(MESSAGE_CODE.AUDIO_SIZE_LIMIT, 'recording', UPLOAD_LIMIT.audio);
      return file.size === 0 ? empty : null;
  }
}

/**
 * The SDK's reduced sizes (index.es.js `Ct`): the short side brought down to 198 (thumbnail) or 720 (large)
 * px, the long side in proportion; an image already smaller keeps its size.
 */
export function scaled(width: number, height: number, min: number): { width: number; height: number } {
  if (Math.min(width, height) <= min) return { width, height };
  return height <= width ? { width: Math.ceil((width * min) / height), height: min } : { width: min, height: Math.ceil((height * min) / width) };
}

function imageInfo(type: ImageInfo['type'], sizeType: ImageInfo['sizeType'], url: string, size: number, width: number, height: number): ImageInfo {
  return { type, sizeType, size, width, height, url, imageUrl: url, instanceID: Math.round(Math.random() * 9_999_999) };
}

/** Before the upload: three blank sizes in the order the SDK ends up with ([0] original, [1] thumbnail, [2] large). */
export function unsentImage(uuid: string): ImagePayload {
  return {
    uuid,
    imageFormat: IMAGE_FORMAT_UNKNOWN,
    imageInfoArray: [imageInfo(0, 1, '', 0, 0, 0), imageInfo(1, 3, '', 0, 0, 0), imageInfo(2, 2, '', 0, 0, 0)],
  };
}

/**
 * After the upload (index.es.js `_uploadImage` then `Tt`): [0] the original, [1] the thumbnail ≤ 198 px,
 * [2] the large image ≤ 720 px. The local service keeps one file, so all three point at it (the cloud
 * appends COS resize parameters instead).
 */
export function sentImage(payload: ImagePayload, file: MediaDescription, kept: KeptMedia): ImagePayload {
  const width = kept.width ?? file.width ?? 0;
  const height = kept.height ?? file.height ?? 0;
  const thumb = scaled(width, height, 198);
  const large = scaled(width, height, 720);
  return {
    uuid: payload.uuid,
    imageFormat: IMAGE_FORMAT[extensionOf(file.name)] ?? IMAGE_FORMAT_UNKNOWN,
    imageInfoArray: [
      imageInfo(0, 1, kept.url, kept.size, width, height),
      imageInfo(1, 3, kept.url, 0, thumb.width, thumb.height),
      imageInfo(2, 2, kept.url, 0, large.width, large.height),
    ],
  };
}

export function unsentFile(uuid: string, file: MediaDescription): FilePayload {
  return { uuid, fileName: file.name, fileSize: file.size, fileUrl: '', remoteFileUrl: '', downloadFlag: 2 };
}

export function sentFile(payload: FilePayload, kept: KeptMedia): FilePayload {
  return { ...payload, fileUrl: kept.url, remoteFileUrl: kept.url };
}

/** `second`: whole seconds (index.es.js createAudioMessage: Math.floor(duration / 1000) of the recorder's ms). */
export function unsentAudio(uuid: string, file: MediaDescription): AudioPayload {
  return { uuid, url: '', remoteAudioUrl: '', second: Math.floor(file.duration ?? 0), size: file.size, downloadFlag: 2 };
}

export function sentAudio(payload: AudioPayload, kept: KeptMedia): AudioPayload {
  return { ...payload, url: kept.url, remoteAudioUrl: kept.url };
}

/** The SDK's default poster is 200×200 jpg until the upload gives a snapshot (index.es.js createVideoMessage). */
export function unsentVideo(userID: string, file: MediaDescription): VideoPayload {
  const extension = extensionOf(file.name);
  const thumbWidth = file.width ?? 200;
  const thumbHeight = file.height ?? 200;
  return {
    videoFormat: extension,
    videoSecond: Math.round(file.duration ?? 0),
    videoSize: file.size,
    videoUrl: '',
    remoteVideoUrl: '',
    videoUUID: mediaUUID(userID, extension),
    videoDownloadFlag: 2,
    thumbUUID: mediaUUID(userID, 'jpg'),
    thumbFormat: 'jpg',
    thumbWidth,
    thumbHeight,
    thumbSize: 0,
    thumbUrl: '',
    remoteThumbUrl: '',
    thumbDownloadFlag: 2,
    snapshotUrl: '',
    snapshotWidth: thumbWidth,
    snapshotHeight: thumbHeight,
    snapshotSize: 0,
    remoteSnapshotUrl: '',
  };
}

export function sentVideo(payload: VideoPayload, kept: KeptMedia): VideoPayload {
  const thumbUrl = kept.thumbUrl ?? '';
  const thumbWidth = kept.thumbWidth ?? payload.thumbWidth;
  const thumbHeight = kept.thumbHeight ?? payload.thumbHeight;
  return {
    ...payload,
    videoSecond: kept.duration !== undefined ? Math.round(kept.duration) : payload.videoSecond,
    videoSize: kept.size,
    videoUrl: kept.url,
    remoteVideoUrl: kept.url,
    thumbUrl,
    remoteThumbUrl: thumbUrl,
    thumbWidth,
    thumbHeight,
    snapshotUrl: thumbUrl,
    remoteSnapshotUrl: thumbUrl,
    snapshotWidth: thumbWidth,
    snapshotHeight: thumbHeight,
  };
}
