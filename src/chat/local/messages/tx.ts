import type { StorageWrite } from '../core/stored';
import { encodeBucket, encodeChunk, encodeHead, encodeInbox, encodeMeta } from './codec';
import { userBucketOf } from './keys';
import type { LogHead, StoreMeta, StoredMessage, UserBucket, UserConversation } from './model';
import { sizeOf } from './store';
import type { MessageStore } from './store';

interface StagedChunk {
  logID: string;
  chunk: number;
  messages: StoredMessage[] | null;
}

interface StagedBucket {
  userID: string;
  bucket: number;
  records: UserBucket;
}

/**
 * One change of messaging data, staged in memory and written in one go. Reads see the staged values; the
 * store's caches change only after every storage write succeeded. The commit also keeps each log's size and
 * the store's total current, which is what the storage budget is checked against.
 */
export class MessageTx {
  private readonly heads = new Map<string, LogHead | null>();
  private readonly chunks = new Map<string, StagedChunk>();
  private readonly buckets = new Map<string, StagedBucket>();
  private readonly inboxes = new Map<string, StoredMessage[]>();
  private readonly mergers = new Map<string, string | null>();
  private fw: Record<string, number> | null = null;
  private seeded = false;

  constructor(readonly store: MessageStore) {}

  head(logID: string): LogHead | undefined {
    if (this.heads.has(logID)) return this.heads.get(logID) ?? undefined;
    return this.store.head(logID);
  }

  setHead(logID: string, head: LogHead | null): void {
    this.heads.set(logID, head);
  }

  chunk(logID: string, chunk: number): readonly StoredMessage[] {
    const staged = this.chunks.get(this.store.keys.chunk(logID, chunk));
    if (staged) return staged.messages ?? [];
    return this.store.chunk(logID, chunk);
  }

  positionOf(logID: string, id: string): number | undefined {
    return this.store.positionOf(logID, id);
  }

  setChunk(logID: string, chunk: number, messages: StoredMessage[] | null): void {
    this.chunks.set(this.store.keys.chunk(logID, chunk), { logID, chunk, messages });
  }

  conversation(userID: string, conversationID: string): UserConversation | undefined {
    return this.bucketOf(userID, conversationID).get(conversationID);
  }

  /** Replaces (or with null removes) a user's record of a conversation. */
  setConversation(userID: string, conversationID: string, record: UserConversation | null): void {
    const bucket = userBucketOf(conversationID);
    const key = this.store.keys.bucket(userID, bucket);
    const records = new Map(this.bucketOf(userID, conversationID));
    if (record === null || Object.keys(record).length === 0) records.delete(conversationID);
    else records.set(conversationID, record);
    this.buckets.set(key, { userID, bucket, records });
  }

  inbox(userID: string): readonly StoredMessage[] {
    return this.inboxes.get(userID) ?? this.store.inbox(userID);
  }

  setInbox(userID: string, notices: StoredMessage[]): void {
    this.inboxes.set(userID, notices);
  }

  setMerger(downloadKey: string, json: string | null): void {
    this.mergers.set(downloadKey, json);
  }

  forwarded(): Readonly<Record<string, number>> {
    return this.fw ?? this.store.meta().fw;
  }

  setForwarded(fw: Record<string, number>): void {
    this.fw = fw;
  }

  markSeeded(): void {
    this.seeded = true;
  }

  get isEmpty(): boolean {
    return this.heads.size + this.chunks.size + this.buckets.size + this.inboxes.size + this.mergers.size === 0 && !this.fw && !this.seeded;
  }

  private bucketOf(userID: string, conversationID: string): UserBucket {
    const bucket = userBucketOf(conversationID);
    return this.buckets.get(this.store.keys.bucket(userID, bucket))?.records ?? this.store.bucket(userID, bucket);
  }

  /** Writes everything staged; throws ChatError(STORAGE_WRITE_FAILED) with storage and memory unchanged. */
  commit(): void {
    if (this.isEmpty) return;
    const { store } = this;
    const keys = store.keys;
    const writes: StorageWrite[] = [];
    let total = 0;
    const add = (key: string, value: string | null): number => {
      const delta = sizeOf(key, value) - store.size(key);
      writes.push({ key, value });
      total += delta;
      return delta;
    };
    const logDeltas = new Map<string, number>();
    for (const [key, staged] of this.chunks) {
      const value = staged.messages && staged.messages.length > 0 ? encodeChunk(staged.messages) : null;
      const delta = add(key, value);
      logDeltas.set(staged.logID, (logDeltas.get(staged.logID) ?? 0) + delta);
    }
    for (const [logID, delta] of logDeltas) {
      const head = this.head(logID);
      if (head && delta !== 0) this.heads.set(logID, { ...head, b: Math.max(0, head.b + delta) });
    }
    for (const [logID, head] of this.heads) add(keys.head(logID), head ? encodeHead(head) : null);
    for (const [key, staged] of this.buckets) add(key, staged.records.size > 0 ? encodeBucket(staged.records) : null);
    for (const [userID, notices] of this.inboxes) add(keys.inbox(userID), notices.length > 0 ? encodeInbox(notices) : null);
    for (const [downloadKey, json] of this.mergers) add(keys.merger(downloadKey), json);
    const before = store.meta();
    const meta: StoreMeta = { b: Math.max(0, before.b + total), fw: this.fw ?? before.fw, seeded: before.seeded || this.seeded };
    writes.push({ key: keys.meta(), value: encodeMeta(meta) });
    store.write(writes);
    for (const [logID, head] of this.heads) store.applyHead(logID, head);
    for (const staged of this.chunks.values()) store.applyChunk(staged.logID, staged.chunk, staged.messages);
    for (const staged of this.buckets.values()) store.applyBucket(staged.userID, staged.bucket, staged.records);
    for (const [userID, notices] of this.inboxes) store.applyInbox(userID, notices);
    store.applyMeta(meta);
  }
}
