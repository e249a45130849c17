import { errorText } from '../../errors';
import type { KeyValueStorage } from '../core/ports';
import { commitWrites, readStoredJSON, storageRefusal } from '../core/stored';
import type { StorageWrite } from '../core/stored';
import type { ServerProblem } from '../core/problems';

/**
 * Where group data lives, under `<keyPrefix>grp:`:
 *   p:<groupID>         one group's profile (GroupRecord)                    ~1 KB
 *   m:<chunk>:<groupID> members whose join sequence is in [chunk·200 + 1, +200] ≤ 200 members, ~10 KB
 *   a:<groupID>         the group's pending and recently handled applications
 *   i:<bucket>          user → [groupID, sequence] for the users hashed to the bucket (64 buckets)
 *   meta                what the demo seed left (bulk members without accounts)
 */
export type GroupKey =
  | { kind: 'profile'; groupID: string }
  | { kind: 'chunk'; groupID: string; chunk: number }
  | { kind: 'applications'; groupID: string }
  | { kind: 'bucket'; bucket: number }
  | { kind: 'meta' };

export type { StorageWrite } from '../core/stored';

export class GroupStore {
  /** `<keyPrefix>grp:`, the prefix of every key this store writes. */
  readonly prefix: string;

  constructor(
    private readonly storage: KeyValueStorage,
    keyPrefix: string,
    private readonly problems: ServerProblem[],
  ) {
    this.prefix = `${keyPrefix}grp:`;
  }

  profileKey(groupID: string): string {
    return `${this.prefix}p:${groupID}`;
  }

  chunkKey(groupID: string, chunk: number): string {
    return `${this.prefix}m:${chunk}:${groupID}`;
  }

  applicationsKey(groupID: string): string {
    return `${this.prefix}a:${groupID}`;
  }

  bucketKey(bucket: number): string {
    return `${this.prefix}i:${bucket}`;
  }

  metaKey(): string {
    return `${this.prefix}meta`;
  }

  parseKey(key: string): GroupKey | null {
    if (!key.startsWith(this.prefix)) return null;
    const rest = key.slice(this.prefix.length);
    if (rest === 'meta') return { kind: 'meta' };
    const body = rest.slice(2);
    if (rest.startsWith('p:') && body !== '') return { kind: 'profile', groupID: body };
    if (rest.startsWith('a:') && body !== '') return { kind: 'applications', groupID: body };
    if (rest.startsWith('i:') && /^\d+$/.test(body)) return { kind: 'bucket', bucket: Number(body) };
    const chunk = /^m:(\d+):(.+)$/.exec(rest);
    if (chunk) return { kind: 'chunk', groupID: chunk[2], chunk: Number(chunk[1]) };
    return null;
  }

  /** Whether any group profile is stored (readable or not): the demo seed only fills an empty service. */
  hasAnyGroup(): boolean {
    try {
      return this.storage.keys().some((key) => key.startsWith(`${this.prefix}p:`));
    } catch (error) {
      this.report('storage-unreadable', undefined, `listing keys failed: ${errorText(error)}`);
      return true;
    }
  }

  /** The parsed JSON of a key; undefined when absent or unreadable (the latter reported). */
  readJSON(key: string): unknown {
    return readStoredJSON(this.storage, key, this.problems, 'skipped');
  }

  report(kind: ServerProblem['kind'], key: string | undefined, message: string): void {
    this.problems.push(key === undefined ? { kind, message } : { kind, key, message });
  }

  /**
   * Applies the writes in order. If one throws (quota, storage gone) the ones already made are put back as
   * they were and the call is refused with STORAGE_WRITE_FAILED, so storage, like memory, keeps the state
   * before the change.
   */
  commit(writes: readonly StorageWrite[]): void {
    commitWrites(this.storage, writes, this.problems, storageRefusal('the group change'));
  }
}
