import type { KeyValueStorage } from '../core/ports';
import { errorText } from '../../errors';
import type { ServerProblem } from '../core/problems';
import { parseTabEntry } from './protocol';
import type { TabEntry, TabSessionInfo } from './protocol';

/** An instance logged in in another tab. */
export interface RemoteSession extends TabSessionInfo {
  tab: string;
}

const TAB_KEY_PART = 'tab:';

export function userIDsOf(sessions: readonly TabSessionInfo[]): string[] {
  return [...new Set(sessions.map((session) => session.userID))];
}

/**
 * Who is logged in in which tab: each tab keeps its own entry under `<prefix>tab:<tabID>` (only its owner
 * writes it, so tabs never overwrite each other), and every tab keeps a view of the others' entries from
 * their messages and, for tabs that were there first, from storage.
 */
export class TabRegistry {
  private readonly view = new Map<string, TabEntry>();
  private readonly prefix: string;
  /** This tab's entry is in storage. */
  announced = false;

  constructor(
    /** The storage without write tracking: entries travel in `sessions` messages instead. */
    private readonly storage: KeyValueStorage,
    keyPrefix: string,
    readonly tabID: string,
    private readonly ttlMs: number,
    private readonly report: (problem: ServerProblem) => void,
  ) {
    this.prefix = keyPrefix + TAB_KEY_PART;
  }

  isLive(entry: TabEntry, now: number): boolean {
    return now - entry.beat <= this.ttlMs;
  }

  /** The live instances of `userID` in other tabs. */
  remoteSessions(userID: string, now: number): RemoteSession[] {
    const found: RemoteSession[] = [];
    for (const [tab, entry] of this.view) {
      if (!this.isLive(entry, now)) continue;
      for (const session of entry.sessions) if (session.userID === userID) found.push({ ...session, tab });
    }
    return found;
  }

  /** Whether `userID` has a live instance in another tab; remoteSessions without building the list. */
  hasRemoteSession(userID: string, now: number): boolean {
    for (const entry of this.view.values()) {
      if (this.isLive(entry, now) && entry.sessions.some((session) => session.userID === userID)) return true;
    }
    return false;
  }

  /** Takes a tab's announcement unless an equal or newer one is known; answers the entry it replaced. */
  merge(tab: string, entry: TabEntry): TabEntry | undefined {
    const known = this.view.get(tab);
    if (known && entry.rev <= known.rev) return undefined;
    if (entry.sessions.length === 0) this.view.delete(tab);
    else this.view.set(tab, entry);
    return known;
  }

  /** Same rev on purpose: the stored copy of a dead tab must not bring the kicked instance back. */
  forget(tab: string, sessionID: number): void {
    const entry = this.view.get(tab);
    if (entry) this.view.set(tab, { ...entry, sessions: entry.sessions.filter((session) => session.id !== sessionID) });
  }

  /** Writes this tab's entry (removes it when there is no instance). */
  storeOwn(entry: TabEntry): void {
    const key = this.prefix + this.tabID;
    try {
      if (entry.sessions.length === 0) this.storage.removeItem(key);
      else this.storage.setItem(key, JSON.stringify(entry));
      this.announced = entry.sessions.length > 0;
    } catch (error) {
      // The message still tells the open tabs; only tabs opened later miss this one.
      this.report({ kind: 'storage-write', key, message: errorText(error) });
    }
  }

  /** Another tab removes the entry of a tab it thinks dead; a tab that was only asleep notices it here. */
  ownEntryRemoved(): boolean {
    return this.announced && this.readRaw(this.prefix + this.tabID) === null;
  }

  /** Picks up entries written by tabs this one has not heard from (they were there first). */
  readStored(now: number): void {
    let keys: string[];
    try {
      keys = this.storage.keys();
    } catch (error) {
      this.report({ kind: 'storage-unreadable', message: `listing keys failed: ${errorText(error)}` });
      return;
    }
    for (const key of keys) {
      if (!key.startsWith(this.prefix) || key === this.prefix + this.tabID) continue;
      const tab = key.slice(this.prefix.length);
      const entry = this.readEntry(key);
      const known = this.view.get(tab);
      if (!entry || (known && entry.rev <= known.rev)) continue;
      // A tab that died before this one ever saw it was never counted as online: drop it without a word.
      if (!known && !this.isLive(entry, now)) this.removeKey(key);
      else this.view.set(tab, entry);
    }
  }

  /** Drops the tabs that stopped beating (and their stored entries); answers the users they had. */
  pruneExpired(now: number): string[] {
    const lost = new Set<string>();
    for (const [tab, entry] of [...this.view]) {
      if (this.isLive(entry, now)) continue;
      this.view.delete(tab);
      this.removeKey(this.prefix + tab);
      for (const userID of userIDsOf(entry.sessions)) lost.add(userID);
    }
    return [...lost];
  }

  private readRaw(key: string): string | null {
    try {
      return this.storage.getItem(key);
    } catch {
      return null;
    }
  }

  private readEntry(key: string): TabEntry | null {
    const raw = this.readRaw(key);
    if (raw === null) return null;
    let entry: TabEntry | null = null;
    try {
      entry = parseTabEntry(JSON.parse(raw));
    } catch {
      entry = null;
    }
    if (!entry) {
      this.report({ kind: 'corrupt-record', key, message: 'unreadable tab entry; removed' });
      this.removeKey(key);
    }
    return entry;
  }

  private removeKey(key: string): void {
    try {
      this.storage.removeItem(key);
    } catch {
      // Another tab will try again on its next heartbeat.
    }
  }
}
