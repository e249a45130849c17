/**
 * Reading a message's `payload.file` the way @tencentcloud/chat 3.6.6 reads it on each platform, so the local
 * backend accepts exactly what the real SDK accepts. Pure: Node runs it (tests, the memory platform).
 *
 * The SDK's rules (index.es.js; B = browser or uni-app H5, q = mini program):
 * - validators of createImageMessage / createVideoMessage (`Ts`): on B the file is an HTMLInputElement with
 *   files, a File, or a plain object (only where `uni` exists) with non-empty `tempFilePaths` and `tempFiles`
 *   (image) or a File `tempFile` (video).
 * - createImageMessage: q reads `tempFiles[0].path || tempFiles[0].tempFilePath` and `tempFiles[0].size`, and
 *   returns undefined for a File; B uploads `tempFiles[0]` (a File).
 * - createVideoMessage: q reads `tempFiles[0]` (or the object itself) `tempFilePath`, `size`, `duration`,
 *   and the poster size from the object's own `width`/`height`; B uploads `tempFile`.
 * - createFileMessage: WeChat reads `tempFiles[0]` with `url = path` (chooseMessageFile's entries, which
 *   carry `name`); B uploads `tempFiles[0]` or `files[0]`.
 * - createAudioMessage: q reads RecorderManager onStop's `tempFilePath`, `fileSize`, `duration` (ms); the Web
 *   sends no audio.
 */
import type { MediaDescription, MediaKind } from './port';
import { baseName } from './shared';

export type PlatformTarget = 'h5' | 'mp';

/** A message file as the platform will copy it: a path (mini program) or the bytes (H5), with what it is. */
export interface MediaSource extends MediaDescription {
  /** Mini program: the temp file to copy. */
  path?: string;
  /** H5: the picked File. */
  blob?: Blob;
  /** Mini program video: the poster chooseMedia made. */
  thumbPath?: string;
}

type Fields = Record<string, unknown>;

/** The SDK's `Ve`: an object whose prototype is the end of its chain (a literal, or a null-prototype object). */
export function isPlainObject(value: unknown): value is Fields {
  if (typeof value !== 'object' || value === null) return false;
  const proto: unknown = Object.getPrototypeOf(value);
  if (proto === null) return true;
  let root = proto;
  while (Object.getPrototypeOf(root) !== null) root = Object.getPrototypeOf(root);
  return proto === root;
}

/** The SDK's `Fe`: a browser File (by tag, so Files from another realm count). */
export function isFile(value: unknown): value is File {
  return Object.prototype.toString.call(value) === '[object File]';
}

function isInputElement(value: unknown): value is HTMLInputElement {
  return typeof HTMLInputElement !== 'undefined' && value instanceof HTMLInputElement;
}

function text(value: unknown): string | undefined {
  return typeof value === 'string' && value !== '' ? value : undefined;
}

function count(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isFinite(value) && value >= 0 ? value : undefined;
}

function firstOf(value: unknown): unknown {
  return Array.isArray(value) && value.length > 0 ? value[0] : undefined;
}

function withOptional(source: MediaSource, fields: Partial<Record<'width' | 'height' | 'duration', number | undefined>>): MediaSource {
  for (const key of ['width', 'height', 'duration'] as const) {
    const value = fields[key];
    if (value !== undefined && value > 0) source[key] = value;
  }
  return source;
}

function fromBrowserFile(file: File, extra: Fields = {}): MediaSource {
  return withOptional(
    { name: file.name, size: file.size, blob: file },
    { width: count(extra.width), height: count(extra.height), duration: count(extra.duration) },
  );
}

function readBrowser(kind: MediaKind, file: unknown): MediaSource | undefined {
  // index.es.js createAudioMessage: nothing for the Web ("not supported on Web").
  if (kind === 'audio') return undefined;
  if (isInputElement(file)) {
    const picked = file.files?.[0];
    return picked ? fromBrowserFile(picked) : undefined;
  }
  if (isFile(file)) return fromBrowserFile(file);
  if (!isPlainObject(file)) return undefined;
  if (kind === 'video') return isFile(file.tempFile) ? fromBrowserFile(file.tempFile, file) : undefined;
  if (kind === 'image') {
    const paths = file.tempFilePaths;
    const picked = firstOf(file.tempFiles);
    const hasPaths = (Array.isArray(paths) && paths.length > 0) || text(paths) !== undefined;
    return hasPaths && isFile(picked) ? fromBrowserFile(picked, file) : undefined;
  }
  const picked = Array.isArray(file.tempFiles) ? firstOf(file.tempFiles) : firstOf(file.files);
  return isFile(picked) ? fromBrowserFile(picked) : undefined;
}

function readMiniProgram(kind: MediaKind, file: unknown): MediaSource | undefined {
  // A File in a mini program: the SDK warns "FileUnsupportedInMP" and creates no message.
  if (!isPlainObject(file)) return undefined;
  if (kind === 'audio') {
    const path = text(file.tempFilePath);
    if (!path) return undefined;
    const durationMs = count(file.duration);
    return withOptional(
      { name: baseName(path), size: count(file.fileSize) ?? count(file.size) ?? 0, path },
      { duration: durationMs === undefined ? undefined : durationMs / 1000 },
    );
  }
  if (kind === 'video') {
    const entry = Array.isArray(file.tempFiles) ? firstOf(file.tempFiles) : file;
    if (!isPlainObject(entry)) return undefined;
    const path = text(entry.tempFilePath);
    if (!path) return undefined;
    const source: MediaSource = { name: baseName(path), size: count(entry.size) ?? 0, path };
    const thumbPath = text(entry.thumbTempFilePath);
    if (thumbPath) source.thumbPath = thumbPath;
    return withOptional(source, {
      width: count(entry.width) ?? count(file.width),
      height: count(entry.height) ?? count(file.height),
      duration: count(entry.duration),
    });
  }
  const entry = firstOf(file.tempFiles);
  if (!isPlainObject(entry)) return undefined;
  if (kind === 'image') {
    const path = text(entry.path) ?? text(entry.tempFilePath);
    if (!path) return undefined;
    return withOptional(
      { name: baseName(path), size: count(entry.size) ?? 0, path },
      { width: count(entry.width), height: count(entry.height) },
    );
  }
  const path = text(entry.path);
  if (!path) return undefined;
  return { name: text(entry.name) ?? baseName(path), size: count(entry.size) ?? 0, path };
}

/** What the SDK would send for `file` as a `kind` message on `target`, or undefined where it would send none. */
export function readMessageFile(kind: MediaKind, file: unknown, target: PlatformTarget): MediaSource | undefined {
  return target === 'h5' ? readBrowser(kind, file) : readMiniProgram(kind, file);
}

/** The MediaPort's describe: the public part of readMessageFile. */
export function describeMessageFile(kind: MediaKind, file: unknown, target: PlatformTarget): MediaDescription | undefined {
  const source = readMessageFile(kind, file, target);
  if (!source) return undefined;
  const description: MediaDescription = { name: source.name, size: source.size };
  for (const key of ['width', 'height', 'duration'] as const) {
    if (source[key] !== undefined) description[key] = source[key];
  }
  return description;
}

const DEFAULT_EXTENSION: Record<MediaKind, string> = { image: 'jpg', video: 'mp4', audio: 'aac', file: '' };

/** The lower-case extension of a name (without the dot), or the kind's usual one; '' for an unknown file. */
export function extensionOf(name: string, kind: MediaKind): string {
  const dot = name.lastIndexOf('.');
  const extension = dot > 0 ? name.slice(dot + 1).toLowerCase() : '';
  return /^[0-9a-z]{1,8}$/.test(extension) ? extension : DEFAULT_EXTENSION[kind];
}

/** A short, unique-enough id for a kept file: time plus randomness, letters and digits only. */
export function newMediaId(now: number = Date.now(), random: () => number = Math.random): string {
  const noise = Math.floor(random() * 36 ** 6).toString(36).padStart(6, '0');
  return `${now.toString(36)}${noise}`;
}

/** A kept video's poster is kept beside it under the video's key plus this suffix (both targets). */
export const POSTER_SUFFIX = '-poster';
