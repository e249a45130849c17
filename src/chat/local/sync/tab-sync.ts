import type { KickedOutType } from '../../constants';
import { errorText } from '../../errors';
import type { ChatEventName } from '../../types';
import type { KeyValueStorage, SyncChannel } from '../core/ports';
import type { ServerProblem } from '../core/problems';
import { SYNC_VERSION, parseEnvelope } from './protocol';
import type { KeyChange, SyncEnvelope, SyncMessage, TabEntry, TabSessionInfo } from './protocol';
import { CarriedValues } from './carried-values';
import { TabRegistry, userIDsOf } from './registry';
import type { RemoteSession } from './registry';

export type { RemoteSession } from './registry';

/**
 * UNCONFIRMED design (the real service has no tabs; these are our choices): a tab proves it is alive every
 * 10 s, and its instances count as logged in until 75 s after its last proof. The margin covers browsers
 * that run timers of background tabs only once a minute.
 */
export const DEFAULT_HEARTBEAT_MS = 10_000;
export const DEFAULT_SESSION_TTL_MS = 75_000;

export interface TabSyncOptions {
  /** This tab's identity; default: random per page load. */
  tabID?: string;
  heartbeatMs?: number;
  sessionTtlMs?: number;
  /** Runs `task` every `intervalMs` until the returned function is called; default setInterval. */
  every?: (task: () => void, intervalMs: number) => () => void;
}

/** What the sync needs from the server it belongs to. */
export interface SyncHost {
  clock(): number;
  localSessions(): TabSessionInfo[];
  applyExternalKeys(keys: string[]): void;
  deliverRelayed(userID: string, eventName: ChatEventName, data: unknown): void;
  kickLocal(sessionID: number, type: KickedOutType): void;
  /** Instances of these users vanished with no live tab to announce it: tell this tab's subscribers. */
  presenceLost(userIDs: string[]): void;
  /** This tab's instances of these users are back after the other tabs wrote them off: tell every subscriber. */
  presenceRegained(userIDs: string[]): void;
  report(problem: ServerProblem): void;
}

function everyWithTimers(task: () => void, intervalMs: number): () => void {
  const timer = setInterval(task, intervalMs);
  // In Node (scripts, tests) the heartbeat alone must not keep the process running.
  const handle: unknown = timer;
  if (typeof handle === 'object' && handle !== null && 'unref' in handle && typeof handle.unref === 'function') {
    handle.unref();
  }
  return () => clearInterval(timer);
}

/**
 * One server's link to the servers of the other tabs: announces its writes, instances and pushes, and acts
 * on theirs. The messages are described in ./protocol.ts.
 */
export class TabSync {
  readonly tabID: string;
  private readonly registry: TabRegistry;
  private readonly stops: Array<() => void> = [];
  /** Written since the last `keys-changed`, with the value each got (null: removed). */
  private readonly pendingKeys = new Map<string, string | null>();
  private readonly carried: CarriedValues;
  private readonly heartbeatMs: number;
  private flushQueued = false;
  private rev = 0;
  /** The closing hook withdrew this tab's instances; if the page lives on, the next heartbeat restores them. */
  private withdrawn = false;
  private closed = false;

  constructor(
    private readonly host: SyncHost,
    private readonly channel: SyncChannel,
    private readonly storage: KeyValueStorage,
    keyPrefix: string,
    options: TabSyncOptions = {},
  ) {
    this.tabID = options.tabID ?? `${host.clock().toString(36)}-${Math.random().toString(36).slice(2, 10)}`;
    const ttlMs = options.sessionTtlMs ?? DEFAULT_SESSION_TTL_MS;
    this.registry = new TabRegistry(storage, keyPrefix, this.tabID, ttlMs, (problem) => host.report(problem));
    this.registry.readStored(host.clock());
    this.carried = new CarriedValues(storage, () => host.clock());
    this.heartbeatMs = options.heartbeatMs ?? DEFAULT_HEARTBEAT_MS;
    this.stops.push(channel.subscribe((message) => this.receive(message)));
    if (channel.onClosing) this.stops.push(channel.onClosing(() => this.withdraw()));
    const every = options.every ?? everyWithTimers;
    this.stops.push(every(() => this.tick(), this.heartbeatMs));
  }

  /**
   * The storage given to the constructor, with every successful write announced to the other tabs as
   * `keys-changed`, and the writes they announced readable even before this tab's storage shows them.
   */
  trackedStorage(): KeyValueStorage {
    return {
      getItem: (key) => this.carried.getItem(key),
      setItem: (key, value) => {
        this.storage.setItem(key, value);
        this.written(key, value);
      },
      removeItem: (key) => {
        this.storage.removeItem(key);
        this.written(key, null);
      },
      keys: () => this.carried.keys(),
    };
  }

  /** The instances of `userID` in other tabs that are alive. */
  remoteSessions(userID: string): RemoteSession[] {
    return this.registry.remoteSessions(userID, this.host.clock());
  }

  hasRemoteSession(userID: string): boolean {
    return this.registry.hasRemoteSession(userID, this.host.clock());
  }

  relayPush(userID: string, eventName: ChatEventName, data: unknown): void {
    this.send({ type: 'push', userID, eventName, data });
  }

  /** Asks the owning tab to kick the instance out; until it answers, this tab counts it as gone. */
  kickRemote(session: RemoteSession, kickType: KickedOutType): void {
    this.registry.forget(session.tab, session.id);
    this.send({ type: 'kick', tab: session.tab, session: session.id, kickType });
  }

  /** This tab's instances changed (login, logout, kick): store and announce them. */
  announceSessions(): void {
    if (this.closed) return;
    this.publish(this.host.localSessions(), false);
  }

  /** The heartbeat: prove this tab alive, pick up tabs seen only in storage, and write off the silent ones. */
  tick(): void {
    if (this.closed) return;
    const sessions = this.host.localSessions();
    const wasWithdrawn = this.withdrawn;
    this.withdrawn = false;
    if (sessions.length > 0) {
      const regained = wasWithdrawn || this.registry.ownEntryRemoved();
      this.announceSessions();
      if (regained) this.host.presenceRegained(userIDsOf(sessions));
    }
    const superseded = this.carried.prune(this.heartbeatMs);
    if (superseded.length > 0) this.host.applyExternalKeys(superseded);
    const now = this.host.clock();
    this.registry.readStored(now);
    const lost = this.registry.pruneExpired(now);
    if (lost.length > 0) this.host.presenceLost(lost);
  }

  /** A clean shutdown: this tab's instances are withdrawn and the sync stops. */
  close(): void {
    if (this.closed) return;
    this.withdraw();
    this.flushKeys();
    this.closed = true;
    for (const stop of this.stops.splice(0)) stop();
  }

  private written(key: string, value: string | null): void {
    this.carried.written(key);
    if (this.closed) return;
    this.pendingKeys.set(key, value);
    if (this.flushQueued) return;
    this.flushQueued = true;
    // One message per burst of writes (a seed writes dozens of keys).
    void Promise.resolve().then(() => this.flushKeys());
  }

  private flushKeys(): void {
    this.flushQueued = false;
    if (this.pendingKeys.size === 0) return;
    const withValues = this.channel.deliversAfterStorage !== true;
    const changes: KeyChange[] = [...this.pendingKeys].map(([key, value]) => (withValues ? { key, value } : { key }));
    this.pendingKeys.clear();
    this.post({ type: 'keys-changed', changes });
  }

  /** Data before events: a receiver has reloaded what a push is about by the time it delivers the push. */
  private send(message: SyncMessage): void {
    if (this.closed) return;
    this.flushKeys();
    this.post(message);
  }

  private post(message: SyncMessage): void {
    const envelope: SyncEnvelope = { ...message, v: SYNC_VERSION, from: this.tabID };
    try {
      this.channel.post(envelope);
    } catch (error) {
      this.host.report({ kind: 'sync-error', message: `posting ${message.type} failed: ${errorText(error)}` });
    }
  }

  private receive(raw: unknown): void {
    if (this.closed) return;
    const envelope = parseEnvelope(raw);
    // BroadcastChannel never echoes, but a second server on the same channel name in one tab would.
    if (!envelope || envelope.from === this.tabID) return;
    try {
      this.handle(envelope);
    } catch (error) {
      this.host.report({ kind: 'sync-error', message: `${envelope.type} from tab ${envelope.from}: ${errorText(error)}` });
    }
  }

  private handle(envelope: SyncEnvelope): void {
    switch (envelope.type) {
      case 'keys-changed':
        for (const { key, value } of envelope.changes) if (value !== undefined) this.carried.carry(key, value);
        this.host.applyExternalKeys(envelope.changes.map((change) => change.key));
        return;
      case 'push':
        this.host.deliverRelayed(envelope.userID, envelope.eventName, envelope.data);
        return;
      case 'sessions': {
        const replaced = this.registry.merge(envelope.from, envelope.entry);
        // A withdrawing tab cannot announce its users going offline: every tab tells its own subscribers.
        if (envelope.withdrawn && replaced) this.host.presenceLost(userIDsOf(replaced.sessions));
        return;
      }
      case 'kick':
        if (envelope.tab === this.tabID) this.host.kickLocal(envelope.session, envelope.kickType);
        else this.registry.forget(envelope.tab, envelope.session);
        return;
    }
  }

  private withdraw(): void {
    if (this.closed || !this.registry.announced) return;
    this.publish([], true);
  }

  /** Stores this tab's entry at the next revision and announces it; `withdrawn` when it lists no instance on purpose. */
  private publish(sessions: TabSessionInfo[], withdrawn: boolean): void {
    this.rev += 1;
    const entry: TabEntry = { rev: this.rev, beat: this.host.clock(), sessions };
    this.registry.storeOwn(entry);
    if (withdrawn) {
      this.withdrawn = true;
      this.send({ type: 'sessions', entry, withdrawn: true });
    } else {
      this.send({ type: 'sessions', entry });
    }
  }
}
