import { EVENT } from '../constants';
import { ChatError } from '../errors';
import { BLACKLIST_MAX_PER_CALL, BLACKLIST_MAX_TOTAL } from '../rules/blacklist';
import { LOCAL_CODE } from './codes';
import type { AccountService } from './accounts/accounts';
import type { ServiceHost } from './core/host';
import type { BlockHook } from './core/relations';
import { commitWrites, readStored, readStoredJSON, writeStored } from './core/stored';

const KEY_PART = 'blacklist:';
const VERSION = 1;

/** The parts of the server the blocklist uses. */
export type BlacklistHost = Pick<ServiceHost, 'storage' | 'keyPrefix' | 'problems' | 'pushToUser' | 'watchExternalKeys'>;

/**
 * The relationship chain's blocklist, one storage key per account (`<prefix>blacklist:<userID>`, absent
 * when empty) so that blocking never rewrites the profile record. Lists keep the order entries were added.
 */
export class BlacklistService {
  private readonly cache = new Map<string, readonly string[]>();
  private readonly prefix: string;

  constructor(
    private readonly host: BlacklistHost,
    private readonly accounts: Pick<AccountService, 'hasUser'>,
    /** The relationship chain, which a block changes too (friendships, requests), in the same commit. */
    private readonly blockHook?: BlockHook,
  ) {
    this.prefix = host.keyPrefix + KEY_PART;
    // Another tab changed someone's list: read it again on next use.
    host.watchExternalKeys(this.prefix, (key) => this.cache.delete(key.slice(this.prefix.length)));
  }

  keyOf(userID: string): string {
    return this.prefix + userID;
  }

  list(userID: string): string[] {
    return [...this.load(userID)];
  }

  /**
   * Blocks every known account of `userIDs` not blocked yet. Unknown and already-blocked IDs fail one by one
   * on the server and the SDK ignores those failures, so they change nothing and refuse nothing.
   */
  add(userID: string, userIDs: readonly unknown[]): string[] {
    this.checkRequest('addToBlacklist', userIDs);
    const current = this.load(userID);
    const next = [...current];
    for (const target of userIDs) {
      // UNCONFIRMED: the server's per-entry result for an account that does not exist (likely 30003, "account
      // not found"); either way the SDK leaves it out of the list.
      if (typeof target !== 'string' || target === userID || !this.accounts.hasUser(target)) continue;
      if (!next.includes(target)) next.push(target);
    }
    if (next.length > BLACKLIST_MAX_TOTAL) {
      throw new ChatError(
        LOCAL_CODE.BLACKLIST_FULL,
        `addToBlacklist: a blocklist holds at most ${BLACKLIST_MAX_TOTAL} users (${current.length} now, ${next.length - current.length} more requested)`,
      );
    }
    return this.commit(userID, current, next);
  }

  /** Unblocks whatever of `userIDs` is blocked; IDs that are not fail one by one, ignored by the SDK. */
  remove(userID: string, userIDs: readonly unknown[]): string[] {
    this.checkRequest('removeFromBlacklist', userIDs);
    const current = this.load(userID);
    const drop = new Set(userIDs.filter((target): target is string => typeof target === 'string'));
    return this.commit(userID, current, current.filter((target) => !drop.has(target)));
  }

  /** Demo lists for accounts that have none stored; a failed write is already listed in `problems`. */
  seed(lists: Readonly<Record<string, readonly string[]>>): void {
    for (const [userID, targets] of Object.entries(lists)) {
      if (readStored(this.host.storage, this.keyOf(userID), this.host.problems) !== null) continue;
      const next = targets.filter((target) => target !== userID && this.accounts.hasUser(target));
      try {
        this.write(userID, next);
      } catch {
        // The demo still works for this run, from memory.
      }
      this.cache.set(userID, next);
    }
  }

  /**
   * UNCONFIRMED: the SDK sends any array, and what the server answers for more than 1000 IDs or for none at all
   * is undocumented; the whole request is refused here with the relationship chain's "invalid parameter".
   */
  private checkRequest(api: string, userIDs: readonly unknown[]): void {
    if (userIDs.length === 0) {
      throw new ChatError(LOCAL_CODE.SNS_INVALID_PARAM, `${api}: userIDList holds no userID to send`);
    }
    if (userIDs.length > BLACKLIST_MAX_PER_CALL) {
      throw new ChatError(
        LOCAL_CODE.SNS_INVALID_PARAM,
        `${api}: at most ${BLACKLIST_MAX_PER_CALL} userIDs per request, got ${userIDs.length}`,
      );
    }
  }

  /** Every instance of the account hears of a change (the server's relation-chain notice), the caller's too. */
  private commit(userID: string, current: readonly string[], next: string[]): string[] {
    if (next.length === current.length && next.every((target, index) => target === current[index])) return [...next];
    const added = next.filter((target) => !current.includes(target));
    const staged = added.length > 0 ? (this.blockHook?.stageBlock(userID, added) ?? null) : null;
    if (staged) this.writeWith(userID, next, staged.writes);
    else this.write(userID, next);
    this.cache.set(userID, next);
    staged?.apply();
    this.host.pushToUser(userID, EVENT.BLACKLIST_UPDATED, () => [...next]);
    return [...next];
  }

  private load(userID: string): readonly string[] {
    const cached = this.cache.get(userID);
    if (cached) return cached;
    const list = this.parse(this.keyOf(userID));
    this.cache.set(userID, list);
    return list;
  }

  /** A damaged list reads as the entries that are still userIDs (possibly none); the key stays until rewritten. */
  private parse(key: string): string[] {
    const parsed = readStoredJSON(this.host.storage, key, this.host.problems, 'read as empty');
    if (parsed === undefined) return [];
    const entries: unknown = parsed && typeof parsed === 'object' ? Reflect.get(parsed, 'userIDs') : undefined;
    if (!Array.isArray(entries)) {
      this.host.problems.push({ kind: 'corrupt-record', key, message: 'no userIDs array; read as empty' });
      return [];
    }
    const list = [...new Set(entries.filter((entry): entry is string => typeof entry === 'string'))];
    if (list.length !== entries.length) {
      this.host.problems.push({ kind: 'repaired-record', key, message: 'entries that were not userIDs dropped' });
    }
    return list;
  }

  /** Throws STORAGE_WRITE_FAILED when the storage refuses, before memory changes. */
  private write(userID: string, list: readonly string[]): void {
    writeStored(this.host.storage, this.keyOf(userID), this.body(list), this.host.problems);
  }

  /** The list and another domain's writes in one commit: all of them are made, or none. */
  private writeWith(userID: string, list: readonly string[], writes: ReadonlyArray<{ key: string; value: string | null }>): void {
    commitWrites(this.host.storage, [{ key: this.keyOf(userID), value: this.body(list) }, ...writes], this.host.problems, (reason, key) =>
      new ChatError(
        LOCAL_CODE.STORAGE_WRITE_FAILED,
        `The local chat service could not save data (storage full or unavailable): ${reason}`,
        { key },
      ),
    );
  }

  private body(list: readonly string[]): string | null {
    return list.length === 0 ? null : JSON.stringify({ v: VERSION, userIDs: list });
  }
}
