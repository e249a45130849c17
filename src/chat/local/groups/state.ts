import {
  decodeApplications,
  decodeBucket,
  decodeChunk,
  decodeGroup,
  decodeMeta,
} from './codec';
import type { Report } from './codec';
import { fnv1a } from '../core/hash';
import type { GroupStore } from './group-store';
import { CHUNK_SIZE, INDEX_BUCKETS } from './limits';
import type { ApplicationBook, GroupMeta, GroupRecord, IndexEntry, MemberRecord } from './model';

/** Join sequence numbers start at 1: chunk 0 holds 1…200, chunk 1 201…400, and so on. */
export function chunkOf(seq: number): number {
  return Math.floor((seq - 1) / CHUNK_SIZE);
}

/** The index bucket of a user: a stable hash, since the layout is stored. */
export function bucketOf(userID: string): number {
  return fnv1a(userID) % INDEX_BUCKETS;
}

/** How a record that decoded with problems is reported: a bad profile is corrupt, anything else repaired. */
type RecordProblem = 'corrupt-record' | 'repaired-record';

/** The cached value for `id`, loading and caching it on a miss. */
function cached<K, V>(cache: Map<K, V>, id: K, load: () => V): V {
  let value = cache.get(id);
  if (value === undefined) {
    value = load();
    cache.set(id, value);
  }
  return value;
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
    const record = cached(this.profiles, groupID, () =>
      this.load(this.store.profileKey(groupID), 'corrupt-record', null, (raw, report) => decodeGroup(groupID, raw, report)),
    );
    return record ?? undefined;
  }

  chunk(groupID: string, chunk: number): readonly MemberRecord[] {
    let loaded = this.chunks.get(groupID);
    if (!loaded) {
      loaded = new Map();
      this.chunks.set(groupID, loaded);
    }
    return cached(loaded, chunk, () => this.load(this.store.chunkKey(groupID, chunk), 'repaired-record', [], decodeChunk));
  }

  bucket(bucket: number): ReadonlyMap<string, readonly IndexEntry[]> {
    return cached(this.buckets, bucket, () =>
      this.load(this.store.bucketKey(bucket), 'repaired-record', new Map<string, IndexEntry[]>(), decodeBucket),
    );
  }

  entriesOf(userID: string): readonly IndexEntry[] {
    return this.bucket(bucketOf(userID)).get(userID) ?? [];
  }

  applications(groupID: string): ApplicationBook {
    return cached(this.applicationBooks, groupID, () =>
      this.load(this.store.applicationsKey(groupID), 'repaired-record', { pending: [], handled: [] }, decodeApplications),
    );
  }

  groupMeta(): GroupMeta {
    this.meta ??= this.load(this.store.metaKey(), 'repaired-record', { bulk: null }, decodeMeta);
    return this.meta;
  }

  /** One stored record, decoded; `empty` when the key is absent. Decoding problems are reported as `kind`. */
  private load<T>(key: string, kind: RecordProblem, empty: T, decode: (raw: unknown, report: Report) => T): T {
    const raw = this.store.readJSON(key);
    return raw === undefined ? empty : decode(raw, (message) => this.store.report(kind, key, message));
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
