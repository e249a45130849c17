import { ChatError, errorText } from '../../errors';
import { LOCAL_CODE } from '../codes';
import type { KeyValueStorage } from '../core/ports';
import type { ServerProblem } from '../core/problems';
import { commitWrites, readStoredJSON } from '../core/stored';
import type { StorageWrite } from '../core/stored';
import { decodeMeta, decodePending, decodeRelations } from './codec';
import type { Report } from './codec';
import { emptyMeta } from './model';
import type { PendingRecord, Relation, SnsMeta } from './model';

/**
 * Where the relationship chain lives, under `<keyPrefix>sns:`, per user:
 *   m:<userID>          chunk list, friend group names, read mark                    < 1 KB
 *   f:<chunk>:<userID>  up to CHUNK_SIZE relations (friends, and who has the user)   ≤ ~8 KB
 *   a:<userID>          pending friend requests, received and sent (≤ 100)            ≤ ~20 KB
 * so adding, changing or removing one friend rewrites one chunk of each party, whatever the list's size.
 */
export const CHUNK_SIZE = 100;

export interface LoadedUser {
  meta: SnsMeta;
  relations: Array<{ relation: Relation; chunk: number }>;
  pending: PendingRecord[];
}

export class FriendStore {
  readonly prefix: string;

  constructor(
    private readonly storage: KeyValueStorage,
    keyPrefix: string,
    private readonly problems: ServerProblem[],
  ) {
    this.prefix = `${keyPrefix}sns:`;
  }

  metaKey(userID: string): string {
    return `${this.prefix}m:${userID}`;
  }

  chunkKey(userID: string, chunk: number): string {
    return `${this.prefix}f:${chunk}:${userID}`;
  }

  pendingKey(userID: string): string {
    return `${this.prefix}a:${userID}`;
  }

  /** The user a key of this store belongs to; null for other keys. */
  userOfKey(key: string): string | null {
    if (!key.startsWith(this.prefix)) return null;
    const rest = key.slice(this.prefix.length);
    if ((rest.startsWith('m:') || rest.startsWith('a:')) && rest.length > 2) return rest.slice(2);
    const chunk = /^f:\d+:(.+)$/.exec(rest);
    return chunk ? chunk[1] : null;
  }

  /** Whether anything of the relationship chain is stored (the demo seed only fills an empty one). */
  hasAny(): boolean {
    try {
      return this.storage.keys().some((key) => key.startsWith(this.prefix));
    } catch (error) {
      this.problems.push({ kind: 'storage-unreadable', message: `listing keys failed: ${errorText(error)}` });
      return true;
    }
  }

  /** Everything stored for one user; damaged keys are skipped or repaired and reported. */
  load(userID: string): LoadedUser {
    const metaKey = this.metaKey(userID);
    const rawMeta = readStoredJSON(this.storage, metaKey, this.problems, 'its friend chunks are looked for');
    let meta = rawMeta === undefined ? null : decodeMeta(rawMeta, this.reporter('corrupt-record', metaKey));
    if (meta === null) {
      // Absent means no relations; present but unusable (not JSON, unreadable, wrong shape) means damaged.
      const damaged = rawMeta !== undefined || this.present(metaKey);
      meta = { ...emptyMeta(), chunks: damaged ? this.findChunks(userID) : [] };
    }
    const relations: LoadedUser['relations'] = [];
    const seen = new Set<string>();
    for (const chunk of meta.chunks) {
      const key = this.chunkKey(userID, chunk);
      const raw = readStoredJSON(this.storage, key, this.problems, 'skipped');
      if (raw === undefined) continue;
      for (const relation of decodeRelations(raw, this.reporter('repaired-record', key))) {
        if (seen.has(relation.userID)) {
          this.problems.push({ kind: 'repaired-record', key, message: `${relation.userID} listed twice; the first kept` });
          continue;
        }
        seen.add(relation.userID);
        relations.push({ relation, chunk });
      }
    }
    const pendingKey = this.pendingKey(userID);
    const rawPending = readStoredJSON(this.storage, pendingKey, this.problems, 'read as empty');
    const pending = rawPending === undefined ? [] : decodePending(rawPending, this.reporter('repaired-record', pendingKey));
    return { meta, relations, pending };
  }

  /**
   * Applies the writes in order, putting back the ones made if one fails, and refuses the call with 2903 so
   * that storage, like memory, keeps the state before the change.
   */
  commit(writes: readonly StorageWrite[]): void {
    commitWrites(this.storage, writes, this.problems, (reason, key) =>
      new ChatError(
        LOCAL_CODE.STORAGE_WRITE_FAILED,
        `The local chat service could not save the friend change (storage full or unavailable): ${reason}`,
        { key },
      ),
    );
  }

  private reporter(kind: ServerProblem['kind'], key: string): Report {
    return (message) => this.problems.push({ kind, key, message });
  }

  private present(key: string): boolean {
    try {
      return this.storage.getItem(key) !== null;
    } catch {
      return true;
    }
  }

  /** A damaged meta record: the user's chunks are found by listing keys, so their friends are not lost. */
  private findChunks(userID: string): number[] {
    let keys: string[];
    try {
      keys = this.storage.keys();
    } catch (error) {
      this.problems.push({ kind: 'storage-unreadable', message: `listing keys failed: ${errorText(error)}` });
      return [];
    }
    const chunks: number[] = [];
    const head = `${this.prefix}f:`;
    const tail = `:${userID}`;
    for (const key of keys) {
      if (!key.startsWith(head) || !key.endsWith(tail)) continue;
      const number = key.slice(head.length, key.length - tail.length);
      if (/^\d+$/.test(number)) chunks.push(Number(number));
    }
    if (chunks.length > 0) {
      this.problems.push({ kind: 'repaired-record', key: this.metaKey(userID), message: `chunk list rebuilt from ${chunks.length} stored chunk(s)` });
    }
    return chunks.sort((a, b) => a - b);
  }
}
