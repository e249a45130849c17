/**
 * H5's MediaPort: message files kept in IndexedDB (one record per file, through idb-keyval), never in
 * localStorage, whose ~5 MB would not hold one photo. IndexedDB belongs to the origin, so every tab of the app
 * reads what another kept. Needs Blob, URL and indexedDB only (jest runs it over fake-indexeddb); what needs
 * a canvas or a <video> comes in as a BrowserMediaProbe (h5-media.ts).
 */
import { createStore, del, get, set } from 'idb-keyval';
import type { UseStore } from 'idb-keyval';
import type { KeptMedia, MediaKind, MediaPort } from './port';
import { PlatformError } from './port';
import { POSTER_SUFFIX, describeMessageFile, newMediaId, readMessageFile } from './media-file';
import { IDB_URL_PREFIX, idbKeyOf } from './shared';

export const MEDIA_DB_NAME = 'chat-media';
export const MEDIA_STORE_NAME = 'files';
/** Read in 1 MB slices, so the progress of a large video moves and a 100 MB file is never one ArrayBuffer. */
export const READ_CHUNK_BYTES = 1024 * 1024;

export interface MediaSize {
  width: number;
  height: number;
}

export interface VideoFacts {
  width?: number;
  height?: number;
  /** Seconds. */
  duration?: number;
  /** The first frame as a JPEG, where the browser could decode the video. */
  poster?: MediaSize & { blob: Blob };
}

/** What only a browser can tell about a file (h5-media.ts; tests pass their own). */
export interface BrowserMediaProbe {
  imageSize(blob: Blob): Promise<MediaSize | undefined>;
  /** With `poster` false it answers as soon as the size and duration are known. */
  readVideo(blob: Blob, poster?: boolean): Promise<VideoFacts>;
}

/** One kept file. */
export interface KeptRecord {
  blob: Blob;
  name: string;
  kind: MediaKind;
  /** Milliseconds since the epoch. */
  keptAt: number;
}

export interface IdbMediaStore extends MediaPort {
  /** A blob: URL for an `idb:` url (made once per file); other urls unchanged. */
  resolve(url: string): Promise<string>;
  /** The blob: URL resolve made for an `idb:` url, if it did; undefined for any other url. */
  cachedUrl(url: string): string | undefined;
}

export interface IdbMediaOptions {
  dbName?: string;
  chunkBytes?: number;
  now?: () => number;
  random?: () => number;
}

function storageError(error: unknown, action: string): PlatformError {
  if (error instanceof PlatformError) return error;
  const name = error instanceof Error || (typeof DOMException !== 'undefined' && error instanceof DOMException) ? error.name : '';
  const message = error instanceof Error ? error.message : String(error);
  return new PlatformError(name === 'QuotaExceededError' ? 'quota' : 'failed', `${action}: ${message || name}`);
}

/** Copies a blob slice by slice, reporting 0…1 as it reads. */
async function copyBlob(blob: Blob, chunkBytes: number, onProgress: (share: number) => void): Promise<Blob> {
  const parts: ArrayBuffer[] = [];
  for (let offset = 0; offset < blob.size; offset += chunkBytes) {
    parts.push(await blob.slice(offset, Math.min(blob.size, offset + chunkBytes)).arrayBuffer());
    onProgress(Math.min(1, (offset + chunkBytes) / blob.size));
  }
  return new Blob(parts, { type: blob.type });
}

async function optional<T>(work: () => Promise<T>): Promise<T | undefined> {
  try {
    return await work();
  } catch {
    // Size and poster are extras: a file the browser cannot decode is still kept and sent.
    return undefined;
  }
}

export function createIdbMediaStore(probe: BrowserMediaProbe, options: IdbMediaOptions = {}): IdbMediaStore {
  let store: UseStore | null = null;
  const chunkBytes = options.chunkBytes ?? READ_CHUNK_BYTES;
  const now = options.now ?? Date.now;
  /** blob: URLs by key; the promise map makes concurrent resolves of one file share one URL. */
  const objectUrls = new Map<string, string>();
  const pending = new Map<string, Promise<string>>();

  // Opened on first use: the database is not touched by a tab that never shows or sends media.
  function db(): UseStore {
    store ??= createStore(options.dbName ?? MEDIA_DB_NAME, MEDIA_STORE_NAME);
    return store;
  }

  function forget(key: string): void {
    const objectUrl = objectUrls.get(key);
    if (objectUrl !== undefined) URL.revokeObjectURL(objectUrl);
    objectUrls.delete(key);
    pending.delete(key);
  }

  async function keep(kind: MediaKind, file: unknown, onProgress: (percent: number) => void): Promise<KeptMedia> {
    const source = readMessageFile(kind, file, 'h5');
    if (!source?.blob) throw new PlatformError('failed', `This ${kind} cannot be sent from a browser`);
    onProgress(0);
    let copy: Blob;
    try {
      // Reading now also surfaces a file changed or removed on disk since it was picked (NotReadableError).
      copy = await copyBlob(source.blob, chunkBytes, (share) => onProgress(share * 0.9));
    } catch (error) {
      throw storageError(error, `Could not read ${source.name}`);
    }
    const key = newMediaId(now(), options.random);
    const kept: KeptMedia = { url: `${IDB_URL_PREFIX}${key}`, size: copy.size };
    if (source.duration !== undefined) kept.duration = source.duration;
    const records: Array<[string, KeptRecord]> = [[key, { blob: copy, name: source.name, kind, keptAt: now() }]];
    if (kind === 'image') {
      const size = await optional(() => probe.imageSize(copy));
      if (size) Object.assign(kept, size);
    } else if (kind === 'video') {
      const facts = (await optional(() => probe.readVideo(copy))) ?? {};
      kept.width = source.width ?? facts.width;
      kept.height = source.height ?? facts.height;
      kept.duration = source.duration ?? facts.duration;
      if (facts.poster) {
        const posterKey = `${key}${POSTER_SUFFIX}`;
        records.push([posterKey, { blob: facts.poster.blob, name: `${key}.jpg`, kind: 'image', keptAt: now() }]);
        kept.thumbUrl = `${IDB_URL_PREFIX}${posterKey}`;
        kept.thumbWidth = facts.poster.width;
        kept.thumbHeight = facts.poster.height;
      }
      for (const field of ['width', 'height', 'duration'] as const) if (kept[field] === undefined) delete kept[field];
    }
    try {
      for (const [recordKey, record] of records) await set(recordKey, record, db());
    } catch (error) {
      for (const [recordKey] of records) await optional(() => del(recordKey, db()));
      throw storageError(error, `Could not keep ${source.name}`);
    }
    onProgress(1);
    return kept;
  }

  async function discard(url: string): Promise<void> {
    const key = idbKeyOf(url);
    if (key === null) return;
    const keys = key.endsWith(POSTER_SUFFIX) ? [key] : [key, `${key}${POSTER_SUFFIX}`];
    for (const each of keys) {
      forget(each);
      await del(each, db());
    }
  }

  function resolve(url: string): Promise<string> {
    const key = idbKeyOf(url);
    if (key === null) return Promise.resolve(url);
    const known = pending.get(key);
    if (known) return known;
    // Through then(): a browser without IndexedDB throws at once, which must reject like any other failure.
    const lookup = Promise.resolve()
      .then(() => get<KeptRecord>(key, db()))
      .then(
      (record) => {
        if (!record?.blob) throw new PlatformError('failed', `The kept file ${url} is gone`);
        // A discard that ran while IndexedDB answered wins: no URL that nobody would revoke.
        if (pending.get(key) !== lookup) throw new PlatformError('failed', `The kept file ${url} was discarded`);
        const objectUrl = URL.createObjectURL(record.blob);
        objectUrls.set(key, objectUrl);
        return objectUrl;
      },
      (error: unknown) => {
        throw storageError(error, `Could not read ${url}`);
      },
    );
    pending.set(key, lookup);
    lookup.catch(() => {
      if (pending.get(key) === lookup) pending.delete(key);
    });
    return lookup;
  }

  return {
    describe: (kind, file) => describeMessageFile(kind, file, 'h5'),
    keep,
    discard,
    resolve,
    cachedUrl(url) {
      const key = idbKeyOf(url);
      return key === null ? undefined : objectUrls.get(key);
    },
  };
}

