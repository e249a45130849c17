import {
  decodeApplications,
  decodeBucket,
  decodeChunk,
  decodeGroup,
  decodeMeta,
} from './codec';
import type { GroupStore } from './group-store';
import { CHUNK_SIZE, INDEX_BUCKETS } from './limits';
import type { ApplicationBook, GroupMeta, GroupRecord, IndexEntry, MemberRecord } from './model';

/** Join sequence numbers start at 1: chunk 0 holds 1…200, chunk 1 201…400, and so on. */
export function chunkOf(seq: number): number {
  return Math.floor((seq - 1) / CHUNK_SIZE);
}

/** FNV-1a over UTF-16 units: stable across platforms, which a stored layout needs. */
export function bucketOf(userID: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < userID.length; i++) {
    hash ^= userID.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash % INDEX_BUCKETS;
}

/** What a committed transaction replaces; null deletes. */
export interface CommittedChange {
  profiles: Map<string, GroupRecord | null>;
  chunks: Map<string, Map<number, MemberRecord[] | null>>;
  buckets: Map<number, Map<string, IndexEntry[]>>;
  applications: Map<string, ApplicationBook | null>;
  meta: GroupMeta | undefined;
}

/**
 * The in-memory view of group storage. Everything loads on first use, a key at a time: start-up reads
 * nothing, and a page of a 6000-member group reads one chunk. Cached records are shared and never mutated;
 * GroupTx builds replacements and `apply` swaps them in after the storage write succeeded.
 */
export class GroupState {
  private readonly profiles = new Map<string, GroupRecord | null>();
  private readonly chunks = new Map<string, Map<number, MemberRecord[]>>();
  private readonly buckets = new Map<number, Map<string, IndexEntry[]>>();
  private readonly applicationBooks = new Map<string, ApplicationBook>();
  private meta: GroupMeta | undefined;

  constructor(readonly store: GroupStore) {}

  profile(groupID: string): GroupRecord | undefined {
    let record = this.profiles.get(groupID);
    if (record === undefined) {
      const key = this.store.profileKey(groupID);
      const raw = this.store.readJSON(key);
      const report = (message: string): void => this.store.report('corrupt-record', key, message);
      record = raw === undefined ? null : decodeGroup(groupID, raw, report);
      this.profiles.set(groupID, record);
    }
    return record ?? undefined;
  }

  chunk(groupID: string, chunk: number): readonly MemberRecord[] {
    let loaded = this.chunks.get(groupID);
    if (!loaded) {
      loaded = new Map();
      this.chunks.set(groupID, loaded);
    }
    let members = loaded.get(chunk);
    if (!members) {
      const key = this.store.chunkKey(groupID, chunk);
      const raw = this.store.readJSON(key);
      members = raw === undefined ? [] : decodeChunk(raw, (message) => this.store.report('repaired-record', key, message));
      loaded.set(chunk, members);
    }
    return members;
  }

  bucket(bucket: number): ReadonlyMap<string, readonly IndexEntry[]> {
    let users = this.buckets.get(bucket);
    if (!users) {
      const key = this.store.bucketKey(bucket);
      const raw = this.store.readJSON(key);
      users = raw === undefined ? new Map() : decodeBucket(raw, (message) => this.store.report('repaired-record', key, message));
      this.buckets.set(bucket, users);
    }
    return users;
  }

  entriesOf(userID: string): readonly IndexEntry[] {
    return this.bucket(bucketOf(userID)).get(userID) ?? [];
  }

  applications(groupID: string): ApplicationBook {
    let book = this.applicationBooks.get(groupID);
    if (!book) {
      const key = this.store.applicationsKey(groupID);
      const raw = this.store.readJSON(key);
      const report = (message: string): void => this.store.report('repaired-record', key, message);
      book = raw === undefined ? { pending: [], handled: [] } : decodeApplications(raw, report);
      this.applicationBooks.set(groupID, book);
    }
    return book;
  }

  groupMeta(): GroupMeta {
    if (!this.meta) {
      const key = this.store.metaKey();
      const raw = this.store.readJSON(key);
      const report = (message: string): void => this.store.report('repaired-record', key, message);
      this.meta = raw === undefined ? { bulk: null } : decodeMeta(raw, report);
    }
    return this.meta;
  }

  /** Swaps in what a transaction wrote. */
  apply(change: CommittedChange): void {
    for (const [groupID, record] of change.profiles) {
      this.profiles.set(groupID, record);
      if (record === null) this.chunks.delete(groupID);
    }
    for (const [groupID, chunks] of change.chunks) {
      if (change.profiles.get(groupID) === null) continue;
      let loaded = this.chunks.get(groupID);
      if (!loaded) {
        loaded = new Map();
        this.chunks.set(groupID, loaded);
      }
      for (const [chunk, members] of chunks) loaded.set(chunk, members ?? []);
    }
    for (const [bucket, users] of change.buckets) this.buckets.set(bucket, users);
    for (const [groupID, book] of change.applications) {
      if (book === null) this.applicationBooks.delete(groupID);
      else this.applicationBooks.set(groupID, book);
    }
    if (change.meta) this.meta = change.meta;
  }

  /** Another tab wrote `key`: forget what memory holds for it, so the next use reads the new value. */
  forget(key: string): boolean {
    const parsed = this.store.parseKey(key);
    if (!parsed) return false;
    switch (parsed.kind) {
      case 'profile':
        this.profiles.delete(parsed.groupID);
        this.chunks.delete(parsed.groupID);
        break;
      case 'chunk':
        this.chunks.get(parsed.groupID)?.delete(parsed.chunk);
        break;
      case 'applications':
        this.applicationBooks.delete(parsed.groupID);
        break;
      case 'bucket':
        this.buckets.delete(parsed.bucket);
        break;
      case 'meta':
        this.meta = undefined;
        break;
    }
    return true;
  }
}
