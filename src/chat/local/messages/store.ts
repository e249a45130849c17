import { errorText } from '../../errors';
import type { KeyValueStorage } from '../core/ports';
import type { ServerProblem } from '../core/problems';
import { commitWrites, readStored, storageRefusal } from '../core/stored';
import type { StorageWrite } from '../core/stored';
import { decodeBucket, decodeChunk, decodeHead, decodeInbox, decodeMeta } from './codec';
import type { Report } from './codec';
import { MessageKeys } from './keys';
import { CHUNK_MESSAGES } from './limits';
import type { LogHead, StoreMeta, StoredMessage, UserBucket } from './model';

/** Positions 1…20 are chunk 0, 21…40 chunk 1, and so on. */
export function chunkOf(k: number): number {
  return Math.floor((k - 1) / CHUNK_MESSAGES);
}

/** What a key costs: its characters and its value's (what storage quotas count). */
export function sizeOf(key: string, value: string | null): number {
  return value === null ? 0 : key.length + value.length;
}

type ProblemKind = 'corrupt-record' | 'repaired-record';

/**
 * The message store's view of storage: every key is read on first use and cached (start-up reads nothing),
 * along with its size, so that a change knows what it adds to the total without reading anything twice.
 * Cached records are shared and never mutated; MessageTx stages replacements and `apply` swaps them in once
 * the storage writes succeeded.
 */
export class MessageStore {
  readonly keys: MessageKeys;
  private readonly heads = new Map<string, LogHead | null>();
  private readonly chunks = new Map<string, StoredMessage[]>();
  private readonly buckets = new Map<string, UserBucket>();
  private readonly inboxes = new Map<string, StoredMessage[]>();
  private readonly sizes = new Map<string, number>();
  /** Per log, message ID → position, for the chunks memory has held: cursors and recalls find their message at once. */
  private readonly positions = new Map<string, Map<string, number>>();
  private metaRecord: StoreMeta | null = null;
  /** Every log with a head in storage; listed on first need (eviction, sweeping), then kept current. */
  private registry: Set<string> | null = null;

  constructor(
    readonly storage: KeyValueStorage,
    keyPrefix: string,
    readonly problems: ServerProblem[],
  ) {
    this.keys = new MessageKeys(`${keyPrefix}msg:`);
  }

  // ---- reads ---------------------------------------------------------------------------------------------

  head(logID: string): LogHead | undefined {
    let head = this.heads.get(logID);
    if (head === undefined) {
      const key = this.keys.head(logID);
      head = this.load(key, 'corrupt-record', null, decodeHead);
      this.heads.set(logID, head);
    }
    return head ?? undefined;
  }

  chunk(logID: string, chunk: number): readonly StoredMessage[] {
    const key = this.keys.chunk(logID, chunk);
    let messages = this.chunks.get(key);
    if (!messages) {
      messages = this.load(key, 'repaired-record', [], decodeChunk);
      this.chunks.set(key, messages);
      this.index(logID, messages);
    }
    return messages;
  }

  /** Where the message with this ID was last seen in the log; the caller checks it is still there. */
  positionOf(logID: string, id: string): number | undefined {
    return this.positions.get(logID)?.get(id);
  }

  private index(logID: string, messages: readonly StoredMessage[]): void {
    let ids = this.positions.get(logID);
    if (!ids) {
      ids = new Map();
      this.positions.set(logID, ids);
    }
    for (const message of messages) ids.set(message.id, message.k);
  }

  bucket(userID: string, bucket: number): UserBucket {
    const key = this.keys.bucket(userID, bucket);
    let records = this.buckets.get(key);
    if (!records) {
      records = this.load(key, 'repaired-record', new Map(), decodeBucket);
      this.buckets.set(key, records);
    }
    return records;
  }

  inbox(userID: string): readonly StoredMessage[] {
    let notices = this.inboxes.get(userID);
    if (!notices) {
      notices = this.load(this.keys.inbox(userID), 'repaired-record', [], decodeInbox);
      this.inboxes.set(userID, notices);
    }
    return notices;
  }

  /** The stored JSON of a large merged message's list; null when unknown. */
  merger(downloadKey: string): string | null {
    const key = this.keys.merger(downloadKey);
    const raw = readStored(this.storage, key, this.problems);
    this.sizes.set(key, sizeOf(key, raw));
    return raw;
  }

  meta(): StoreMeta {
    if (!this.metaRecord) {
      const key = this.keys.meta();
      this.metaRecord = this.load(key, 'repaired-record', null, decodeMeta) ?? this.recount();
    }
    return this.metaRecord;
  }

  /** The characters `key` takes now (0 when absent), reading it if no read or write has told us yet. */
  size(key: string): number {
    let size = this.sizes.get(key);
    if (size === undefined) {
      size = sizeOf(key, readStored(this.storage, key, this.problems));
      this.sizes.set(key, size);
    }
    return size;
  }

  /** Every log that has a head in storage. */
  logIDs(): ReadonlySet<string> {
    if (!this.registry) {
      this.registry = new Set();
      for (const key of this.listKeys()) {
        const parsed = this.keys.parse(key);
        if (parsed?.kind === 'head') this.registry.add(parsed.logID);
      }
    }
    return this.registry;
  }

  report(kind: ServerProblem['kind'], key: string, message: string): void {
    this.problems.push({ kind, key, message });
  }

  private listKeys(): string[] {
    try {
      return this.storage.keys().filter((key) => key.startsWith(this.keys.prefix));
    } catch (error) {
      this.problems.push({ kind: 'storage-unreadable', message: `listing keys failed: ${errorText(error)}` });
      return [];
    }
  }

  /** A missing or unreadable summary: the characters of every message key, counted once. */
  private recount(): StoreMeta {
    let b = 0;
    let seeded = false;
    for (const key of this.listKeys()) {
      if (key === this.keys.meta()) continue;
      b += this.size(key);
      seeded = true;
    }
    return { b, fw: {}, seeded };
  }

  private load<T>(key: string, kind: ProblemKind, empty: T, decode: (raw: unknown, report: Report) => T): T {
    const raw = readStored(this.storage, key, this.problems);
    this.sizes.set(key, sizeOf(key, raw));
    if (raw === null) return empty;
    let parsed: unknown;
    try {
      parsed = JSON.parse(raw);
    } catch (error) {
      this.report('corrupt-record', key, `not JSON (${errorText(error)}); skipped`);
      return empty;
    }
    return decode(parsed, (message) => this.report(kind, key, message));
  }

  // ---- writes --------------------------------------------------------------------------------------------

  /**
   * Writes in one go; on failure storage is put back and the call is refused with STORAGE_WRITE_FAILED, and
   * memory is left as it was (the caller applies its change only after this returns).
   */
  write(writes: readonly StorageWrite[]): void {
    commitWrites(this.storage, writes, this.problems, storageRefusal('the message change'));
    for (const { key, value } of writes) this.sizes.set(key, sizeOf(key, value));
  }

  /** Swaps in records a committed change wrote. */
  applyHead(logID: string, head: LogHead | null): void {
    this.heads.set(logID, head);
    if (head) this.registry?.add(logID);
    else this.registry?.delete(logID);
  }

  applyChunk(logID: string, chunk: number, messages: StoredMessage[] | null): void {
    const key = this.keys.chunk(logID, chunk);
    if (messages) this.index(logID, messages);
    else for (const message of this.chunks.get(key) ?? []) this.positions.get(logID)?.delete(message.id);
    this.chunks.set(key, messages ?? []);
  }

  applyBucket(userID: string, bucket: number, records: UserBucket): void {
    this.buckets.set(this.keys.bucket(userID, bucket), records);
  }

  applyInbox(userID: string, notices: StoredMessage[]): void {
    this.inboxes.set(userID, notices);
  }

  applyMeta(meta: StoreMeta): void {
    this.metaRecord = meta;
  }

  /** Another tab wrote `key`: forget what memory holds for it, so that the next use reads the new value. */
  forget(key: string): boolean {
    const parsed = this.keys.parse(key);
    if (!parsed) return false;
    this.sizes.delete(key);
    switch (parsed.kind) {
      case 'head':
        this.heads.delete(parsed.logID);
        if (this.registry && readStored(this.storage, key, this.problems) !== null) this.registry.add(parsed.logID);
        break;
      case 'chunk':
        this.chunks.delete(key);
        break;
      case 'bucket':
        this.buckets.delete(key);
        break;
      case 'inbox':
        this.inboxes.delete(parsed.userID);
        break;
      case 'meta':
        this.metaRecord = null;
        break;
      case 'merger':
        break;
    }
    return true;
  }
}
