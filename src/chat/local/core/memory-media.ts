import type { KeptMedia, MediaDescription, MediaKind, MediaPort } from './ports';

/** A kept file of the in-memory media port. */
export interface MemoryMediaFile extends MediaDescription {
  kind: MediaKind;
  url: string;
}

/** The in-memory MediaPort, with what it holds visible to tests. */
export interface MemoryMedia extends MediaPort {
  readonly files: ReadonlyMap<string, MemoryMediaFile>;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

function count(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isFinite(value) && value >= 0 ? value : undefined;
}

function baseName(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1);
}

/** A browser/Node File (or Blob with a name): what H5 choosers and `<input type=file>` hand over. */
function fromFile(value: unknown): MediaDescription | undefined {
  if (!isRecord(value) || typeof value.name !== 'string') return undefined;
  const size = count(value.size);
  if (size === undefined || typeof value.slice !== 'function') return undefined;
  return { name: value.name, size };
}

/** A chooser entry of a mini program: `path` (chooseImage) or `tempFilePath` (chooseMedia, chooseMessageFile). */
function fromTempFile(value: unknown): MediaDescription | undefined {
  if (!isRecord(value)) return undefined;
  const path = typeof value.tempFilePath === 'string' ? value.tempFilePath : typeof value.path === 'string' ? value.path : '';
  const size = count(value.size) ?? count(value.fileSize);
  if (path === '' || size === undefined) return undefined;
  const description: MediaDescription = { name: typeof value.name === 'string' && value.name !== '' ? value.name : baseName(path), size };
  const width = count(value.width);
  const height = count(value.height);
  if (width !== undefined) description.width = width;
  if (height !== undefined) description.height = height;
  const duration = count(value.duration);
  // RecorderManager's onStop gives milliseconds (with fileSize); the choosers give seconds.
  if (duration !== undefined) description.duration = count(value.fileSize) !== undefined ? duration / 1000 : duration;
  return description;
}

/**
 * Reads the `payload.file` shapes of note §6 the way the SDK does: a File, an input element, a chooser's
 * result object (its `tempFiles[0]`), a chooseVideo result, or RecorderManager's onStop result.
 */
export function describeMessageFile(file: unknown): MediaDescription | undefined {
  const direct = fromFile(file) ?? fromTempFile(file);
  if (direct) return direct;
  if (!isRecord(file)) return undefined;
  const list: unknown = file.tempFiles ?? file.files;
  const first: unknown = Array.isArray(list) ? list[0] : isRecord(list) ? list[0] : undefined;
  if (first === undefined && isRecord(file.tempFile)) return fromFile(file.tempFile);
  return fromFile(first) ?? fromTempFile(first);
}

const POSTER = { width: 200, height: 200 };

/**
 * A MediaPort that keeps descriptions in memory (Node, tests, the service given no platform): a kept file
 * is a `memory://` URL, progress goes 0 → 0.5 → 1 over two turns, and discard forgets it.
 */
export function createMemoryMedia(): MemoryMedia {
  const files = new Map<string, MemoryMediaFile>();
  let next = 1;
  return {
    files,
    describe: (_kind, file) => describeMessageFile(file),
    async keep(kind, file, onProgress) {
      const description = describeMessageFile(file);
      if (!description) throw new Error('keep: not a file this platform can send');
      onProgress(0);
      await Promise.resolve();
      onProgress(0.5);
      await Promise.resolve();
      const url = `memory://${kind}/${next++}/${encodeURIComponent(description.name)}`;
      files.set(url, { ...description, kind, url });
      onProgress(1);
      const kept: KeptMedia = { url, size: description.size };
      if (description.width !== undefined) kept.width = description.width;
      if (description.height !== undefined) kept.height = description.height;
      if (description.duration !== undefined) kept.duration = description.duration;
      if (kind === 'video') {
        const thumbUrl = `${url}#poster.jpg`;
        files.set(thumbUrl, { kind: 'image', url: thumbUrl, name: 'poster.jpg', size: 0, ...POSTER });
        Object.assign(kept, { thumbUrl, thumbWidth: POSTER.width, thumbHeight: POSTER.height });
      }
      return kept;
    },
    async discard(url) {
      files.delete(url);
      files.delete(`${url}#poster.jpg`);
    },
  };
}
