import type { StorageWrite } from '../core/stored';
import { encodeMeta, encodePending, encodeRelations } from './codec';
import { hasRelation } from './model';
import type { PendingRecord, Relation, SnsMeta } from './model';
import { CHUNK_SIZE } from './store';
import type { FriendStore } from './store';

/**
 * One user's relationship chain in memory: loaded on first use, replaced only by a committed transaction
 * (FriendTx), never changed in place by a reader.
 */
export class UserSns {
  readonly relations = new Map<string, Relation>();
  readonly chunkOf = new Map<string, number>();
  readonly chunkMembers = new Map<number, Set<string>>();
  friendCount = 0;

  constructor(
    public meta: SnsMeta,
    public pending: PendingRecord[],
  ) {}

  place(relation: Relation, chunk: number): void {
    this.relations.set(relation.userID, relation);
    this.chunkOf.set(relation.userID, chunk);
    let members = this.chunkMembers.get(chunk);
    if (!members) {
      members = new Set();
      this.chunkMembers.set(chunk, members);
    }
    members.add(relation.userID);
    if (relation.friend) this.friendCount += 1;
  }

  drop(userID: string): void {
    const relation = this.relations.get(userID);
    if (!relation) return;
    if (relation.friend) this.friendCount -= 1;
    const chunk = this.chunkOf.get(userID);
    if (chunk !== undefined) this.chunkMembers.get(chunk)?.delete(userID);
    this.relations.delete(userID);
    this.chunkOf.delete(userID);
  }

  /** The friends, oldest first (the order the SDK's list has after a fresh sync). */
  friends(): Relation[] {
    const friends: Relation[] = [];
    for (const relation of this.relations.values()) if (relation.friend) friends.push(relation);
    return friends.sort(byAddTime);
  }
}

export function byAddTime(a: Relation, b: Relation): number {
  const at = a.friend?.addTime ?? 0;
  const bt = b.friend?.addTime ?? 0;
  return at - bt || (a.userID < b.userID ? -1 : a.userID > b.userID ? 1 : 0);
}

/** The loaded users; a key another tab wrote makes its user load again. */
export class FriendState {
  private readonly users = new Map<string, UserSns>();

  constructor(readonly store: FriendStore) {}

  user(userID: string): UserSns {
    let user = this.users.get(userID);
    if (!user) {
      const loaded = this.store.load(userID);
      user = new UserSns(loaded.meta, loaded.pending);
      for (const { relation, chunk } of loaded.relations) user.place(relation, chunk);
      this.users.set(userID, user);
    }
    return user;
  }

  /** Another tab wrote `key`: forget its user; the next use reads storage again. */
  forget(key: string): void {
    const userID = this.store.userOfKey(key);
    if (userID !== null) this.users.delete(userID);
  }

  tx(): FriendTx {
    return new FriendTx(this);
  }
}

interface StagedUser {
  relations: Map<string, Relation | null>;
  pending?: PendingRecord[];
  meta?: SnsMeta;
}

/**
 * One change of relationship data, possibly of several users, staged in memory and then written in one go.
 * Reads see the staged values. Nothing reaches memory until every storage write has succeeded.
 */
export class FriendTx {
  private readonly staged = new Map<string, StagedUser>();

  constructor(private readonly state: FriendState) {}

  private stage(userID: string): StagedUser {
    let staged = this.staged.get(userID);
    if (!staged) {
      staged = { relations: new Map() };
      this.staged.set(userID, staged);
    }
    return staged;
  }

  relation(owner: string, other: string): Relation | undefined {
    const staged = this.staged.get(owner)?.relations;
    if (staged?.has(other)) return staged.get(other) ?? undefined;
    return this.state.user(owner).relations.get(other);
  }

  /** Stages the relation; one that holds nothing any more is removed. */
  putRelation(owner: string, relation: Relation): void {
    this.stage(owner).relations.set(relation.userID, hasRelation(relation) ? relation : null);
  }

  /** The owner's friends with the staged changes, oldest first. */
  friends(owner: string): Relation[] {
    const staged = this.staged.get(owner)?.relations;
    if (!staged) return this.state.user(owner).friends();
    const merged = new Map(this.state.user(owner).relations);
    for (const [other, relation] of staged) {
      if (relation) merged.set(other, relation);
      else merged.delete(other);
    }
    return [...merged.values()].filter((relation) => relation.friend !== null).sort(byAddTime);
  }

  friendCount(owner: string): number {
    const base = this.state.user(owner);
    let count = base.friendCount;
    for (const [other, relation] of this.staged.get(owner)?.relations ?? []) {
      if (base.relations.get(other)?.friend) count -= 1;
      if (relation?.friend) count += 1;
    }
    return count;
  }

  pending(owner: string): readonly PendingRecord[] {
    return this.staged.get(owner)?.pending ?? this.state.user(owner).pending;
  }

  setPending(owner: string, pending: PendingRecord[]): void {
    this.stage(owner).pending = pending;
  }

  meta(owner: string): SnsMeta {
    return this.staged.get(owner)?.meta ?? this.state.user(owner).meta;
  }

  setMeta(owner: string, meta: SnsMeta): void {
    this.stage(owner).meta = meta;
  }

  get isEmpty(): boolean {
    return this.staged.size === 0;
  }

  /**
   * The storage writes of the change and the step that swaps it into memory; `apply` must run only after the
   * writes succeeded (FriendStore.commit, or a caller committing them with its own).
   */
  prepare(): { writes: StorageWrite[]; apply: () => void } {
    const writes: StorageWrite[] = [];
    const applies: Array<() => void> = [];
    for (const [userID, staged] of this.staged) {
      const plan = this.planUser(userID, staged);
      writes.push(...plan.writes);
      applies.push(plan.apply);
    }
    return { writes, apply: () => applies.forEach((apply) => apply()) };
  }

  commit(): void {
    const { writes, apply } = this.prepare();
    this.state.store.commit(writes);
    apply();
  }

  private planUser(userID: string, staged: StagedUser): { writes: StorageWrite[]; apply: () => void } {
    const store = this.state.store;
    const base = this.state.user(userID);
    const sizes = new Map<number, number>([...base.chunkMembers].map(([chunk, members]) => [chunk, members.size]));
    const changes = new Map<number, Map<string, Relation | null>>();
    const change = (chunk: number, other: string, relation: Relation | null): void => {
      let map = changes.get(chunk);
      if (!map) {
        map = new Map();
        changes.set(chunk, map);
      }
      map.set(other, relation);
    };
    const placed: Array<{ relation: Relation; chunk: number }> = [];
    for (const [other, relation] of staged.relations) {
      const chunk = base.chunkOf.get(other);
      if (chunk !== undefined) {
        change(chunk, other, relation);
        if (relation === null) sizes.set(chunk, (sizes.get(chunk) ?? 1) - 1);
        else placed.push({ relation, chunk });
      } else if (relation !== null) {
        const target = roomIn(sizes);
        sizes.set(target, (sizes.get(target) ?? 0) + 1);
        change(target, other, relation);
        placed.push({ relation, chunk: target });
      }
    }
    const writes: StorageWrite[] = [];
    for (const [chunk, map] of changes) {
      const entries: Relation[] = [];
      for (const member of base.chunkMembers.get(chunk) ?? []) {
        if (map.has(member)) continue;
        const relation = base.relations.get(member);
        if (relation) entries.push(relation);
      }
      for (const relation of map.values()) if (relation) entries.push(relation);
      writes.push({ key: store.chunkKey(userID, chunk), value: entries.length > 0 ? encodeRelations(entries) : null });
    }
    const chunks = [...sizes].filter(([, size]) => size > 0).map(([chunk]) => chunk).sort((a, b) => a - b);
    const meta: SnsMeta = { ...(staged.meta ?? base.meta), chunks };
    const metaChanged = JSON.stringify(meta) !== JSON.stringify(base.meta);
    if (metaChanged) {
      const empty = chunks.length === 0 && meta.groups.length === 0 && meta.readAt === 0;
      writes.push({ key: store.metaKey(userID), value: empty ? null : encodeMeta(meta) });
    }
    if (staged.pending) {
      writes.push({ key: store.pendingKey(userID), value: staged.pending.length > 0 ? encodePending(staged.pending) : null });
    }
    return {
      writes,
      apply: () => {
        for (const other of staged.relations.keys()) base.drop(other);
        for (const { relation, chunk } of placed) base.place(relation, chunk);
        for (const [chunk, members] of base.chunkMembers) if (members.size === 0) base.chunkMembers.delete(chunk);
        if (metaChanged) base.meta = meta;
        if (staged.pending) base.pending = staged.pending;
      },
    };
  }
}

/** The first chunk with room, or the lowest number not in use. */
function roomIn(sizes: ReadonlyMap<number, number>): number {
  const used = [...sizes].filter(([, size]) => size > 0).sort((a, b) => a[0] - b[0]);
  for (const [chunk, size] of used) if (size < CHUNK_SIZE) return chunk;
  let candidate = 0;
  while ((sizes.get(candidate) ?? 0) > 0) candidate += 1;
  return candidate;
}

