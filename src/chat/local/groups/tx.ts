import { encodeApplications, encodeBucket, encodeChunk, encodeGroup, encodeMeta } from './codec';
import type { StorageWrite } from './group-store';
import type { ApplicationBook, GroupMeta, GroupRecord, IndexEntry, MemberRecord } from './model';
import type { GroupReader } from './reader';
import { bucketOf, chunkOf } from './state';
import type { CommittedChange, GroupState } from './state';

/**
 * One change of group data, staged in memory and then written in one go. Reads see the staged values, so a
 * change can be built step by step; nothing reaches the cache until every storage write has succeeded.
 */
export class GroupTx implements GroupReader {
  private readonly profiles = new Map<string, GroupRecord | null>();
  private readonly chunks = new Map<string, Map<number, MemberRecord[]>>();
  private readonly entries = new Map<string, IndexEntry[]>();
  private readonly books = new Map<string, ApplicationBook | null>();
  private meta: GroupMeta | undefined;

  constructor(private readonly state: GroupState) {}

  profile(groupID: string): GroupRecord | undefined {
    if (this.profiles.has(groupID)) return this.profiles.get(groupID) ?? undefined;
    return this.state.profile(groupID);
  }

  setProfile(record: GroupRecord): void {
    this.profiles.set(record.groupID, record);
  }

  /** Removes the group with its members and applications (the user index is the caller's to update). */
  deleteGroup(groupID: string): void {
    this.profiles.set(groupID, null);
  }

  chunk(groupID: string, chunk: number): readonly MemberRecord[] {
    return this.chunks.get(groupID)?.get(chunk) ?? this.state.chunk(groupID, chunk);
  }

  /** Adds or replaces the member with this sequence number. */
  putMember(groupID: string, member: MemberRecord): void {
    const chunk = chunkOf(member.seq);
    const next = this.chunk(groupID, chunk).filter((other) => other.seq !== member.seq);
    let index = next.length;
    while (index > 0 && next[index - 1].seq > member.seq) index -= 1;
    next.splice(index, 0, member);
    this.stageChunk(groupID, chunk, next);
  }

  removeMember(groupID: string, member: MemberRecord): void {
    const chunk = chunkOf(member.seq);
    this.stageChunk(groupID, chunk, this.chunk(groupID, chunk).filter((other) => other.seq !== member.seq));
  }

  private stageChunk(groupID: string, chunk: number, members: MemberRecord[]): void {
    let staged = this.chunks.get(groupID);
    if (!staged) {
      staged = new Map();
      this.chunks.set(groupID, staged);
    }
    staged.set(chunk, members);
  }

  entriesOf(userID: string): readonly IndexEntry[] {
    return this.entries.get(userID) ?? this.state.entriesOf(userID);
  }

  setEntries(userID: string, entries: readonly IndexEntry[]): void {
    this.entries.set(userID, [...entries]);
  }

  applications(groupID: string): ApplicationBook {
    const staged = this.books.get(groupID);
    if (staged === null) return { pending: [], handled: [] };
    return staged ?? this.state.applications(groupID);
  }

  setApplications(groupID: string, book: ApplicationBook): void {
    this.books.set(groupID, book);
  }

  setMeta(meta: GroupMeta): void {
    this.meta = meta;
  }

  /** Writes everything staged; throws ChatError(STORAGE_WRITE_FAILED) with storage and memory unchanged. */
  commit(): void {
    this.syncChunkLists();
    const change: CommittedChange = {
      profiles: new Map(this.profiles),
      chunks: new Map(),
      buckets: new Map(),
      applications: new Map(this.books),
      meta: this.meta,
    };
    const store = this.state.store;
    const writes: StorageWrite[] = [];
    for (const [groupID, record] of this.profiles) {
      if (record) {
        writes.push({ key: store.profileKey(groupID), value: encodeGroup(record) });
        continue;
      }
      const before = this.state.profile(groupID);
      const chunks = new Set([...(before?.chunkNos ?? []), ...(this.chunks.get(groupID)?.keys() ?? [])]);
      for (const chunk of chunks) writes.push({ key: store.chunkKey(groupID, chunk), value: null });
      writes.push({ key: store.applicationsKey(groupID), value: null });
      writes.push({ key: store.profileKey(groupID), value: null });
      change.applications.set(groupID, null);
    }
    for (const [groupID, chunks] of this.chunks) {
      if (this.profiles.get(groupID) === null) continue;
      change.chunks.set(groupID, chunks);
      for (const [chunk, members] of chunks) {
        writes.push({ key: store.chunkKey(groupID, chunk), value: members.length > 0 ? encodeChunk(members) : null });
      }
    }
    for (const [bucket, users] of this.stagedBuckets()) {
      change.buckets.set(bucket, users);
      writes.push({ key: store.bucketKey(bucket), value: users.size > 0 ? encodeBucket(users) : null });
    }
    for (const [groupID, book] of this.books) {
      if (book === null || this.profiles.get(groupID) === null) continue;
      const empty = book.pending.length === 0 && book.handled.length === 0;
      writes.push({ key: store.applicationsKey(groupID), value: empty ? null : encodeApplications(book) });
    }
    if (this.meta) writes.push({ key: store.metaKey(), value: encodeMeta(this.meta) });
    store.commit(writes);
    this.state.apply(change);
  }

  /** A group's chunk list follows its chunks: a chunk that empties is forgotten, a new one recorded. */
  private syncChunkLists(): void {
    for (const [groupID, chunks] of this.chunks) {
      const group = this.profile(groupID);
      if (!group) continue;
      const list = new Set(group.chunkNos);
      for (const [chunk, members] of chunks) {
        if (members.length > 0) list.add(chunk);
        else list.delete(chunk);
      }
      const chunkNos = [...list].sort((a, b) => a - b);
      if (chunkNos.join() !== group.chunkNos.join()) this.profiles.set(groupID, { ...group, chunkNos });
    }
  }

  private stagedBuckets(): Map<number, Map<string, IndexEntry[]>> {
    const buckets = new Map<number, Map<string, IndexEntry[]>>();
    for (const [userID, entries] of this.entries) {
      const bucket = bucketOf(userID);
      let users = buckets.get(bucket);
      if (!users) {
        users = new Map(this.state.bucket(bucket) as ReadonlyMap<string, IndexEntry[]>);
        buckets.set(bucket, users);
      }
      if (entries.length > 0) users.set(userID, entries);
      else users.delete(userID);
    }
    return buckets;
  }
}
