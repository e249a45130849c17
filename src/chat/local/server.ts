import type { DemoAccount } from '../backend';
import { EVENT, TYPES } from '../constants';
import type { KickedOutType, NetState } from '../constants';
import { ChatError, errorText } from '../errors';
import type { ChatEventName, ChatEventPayloads, Profile, UserFailure, UserStatus } from '../types';
import type { KeyValueStorage, SyncChannel } from '../../platform/port';
import { BlacklistService } from './blacklist';
import { LocalClient } from './client';
import { LOCAL_CODE } from './codes';
import { GroupService } from './groups/service';
import { DEMO_BLACKLISTS, DEMO_USER_IDS, demoRecords } from './demo-seed';
import { checkProfileItems } from '../rules/profile';
import type { ProfileItem } from '../rules/profile';
import { checkUserIDBytes } from '../rules/user-id';
import { applyProfileItems, cloneProfile, defaultProfile } from './profile-rules';
import { makeStatus, statusTypeFor, unknownUserFailure } from './status';
import { DEFAULT_KEY_PREFIX, UserStore, cloneRecord, createMemoryStorage } from './storage';
import type { ServerProblem, UserRecord } from './storage';
import { TabSync } from './sync/tab-sync';
import type { RemoteSession, SyncHost, TabSyncOptions } from './sync/tab-sync';

export interface LocalServerOptions {
  /** Where accounts live; default: a fresh in-memory storage. */
  storage?: KeyValueStorage;
  /** Milliseconds since the epoch; default Date.now. */
  clock?: () => number;
  /** 'demo' creates the demo accounts when the storage holds none; default 'none'. */
  seed?: 'demo' | 'none';
  /** Registered `Tag_Profile_Custom_*` keys; empty or absent accepts any well-formed key. */
  profileCustomKeys?: string[];
  /** The plan's cap of members per group (AVChatRoom excepted); default 6000 (Enterprise). */
  maxMembersPerGroup?: number;
  /** The plan's cap of groups one user may be in (AVChatRoom excepted); default 5000. */
  maxGroupsPerUser?: number;
  /** Instances one account may have logged in at once; the oldest is kicked beyond it. Default 1. */
  maxInstancesPerUser?: number;
  /** Prefix of every storage key; default 'chat:'. */
  keyPrefix?: string;
  /**
   * Runs server pushes (SDK_READY, other clients' events) later, the way network pushes arrive after the
   * call that caused them. Default: setTimeout 0.
   */
  defer?: (task: () => void) => void;
  /**
   * Other processes running their own server over the same storage (H5 tabs): sessions, writes and pushes
   * are shared through it, so each tab sees the others' users as the real service would. Default: none.
   */
  channel?: SyncChannel;
  /** Heartbeat and expiry of the cross-tab sync (used only with `channel`). */
  tabSync?: TabSyncOptions;
}

/** The embedded service as tests and the local backend see it. */
export interface LocalServer {
  createClient(): LocalClient;
  /** The demo accounts offered on the login page (empty unless seeded with 'demo'). */
  demoAccounts(): DemoAccount[];
  /** Emits NET_STATE_CHANGE `{state}` to every client. */
  setNetState(state: NetState): void;
  /** Storage keys that could not be read or were repaired, failed writes, listeners that threw. */
  readonly problems: readonly ServerProblem[];
  /** Resolves once every queued push (including pushes those caused) has been delivered. */
  settle(): Promise<void>;
  /** Accounts the service knows, in storage order. */
  userIDs(): string[];
  /** A copy of an account's profile, without logging in. */
  peekProfile(userID: string): Profile | undefined;
  /** What getUserStatus would answer for an account. */
  peekStatus(userID: string): UserStatus | undefined;
  /** Logged-in instances of an account, in every tab. */
  instanceCount(userID: string): number;
  /** The storage key holding an account. */
  storageKeyOf(userID: string): string;
  /**
   * Stops the server as closing its tab would: its instances stop counting as logged in elsewhere, and the
   * cross-tab heartbeat stops. Its clients get no more pushes from other tabs.
   */
  close(): void;
}

/** One logged-in instance; a client holds at most one at a time. */
export interface Session {
  readonly id: number;
  readonly userID: string;
  readonly client: LocalClient;
  /** Milliseconds; orders instances across tabs when the oldest must be kicked out. */
  readonly openedAt: number;
}

/** Server-side state and rules. Clients call it the way the SDK calls the real service. */
export class ServerCore {
  readonly problems: ServerProblem[] = [];
  readonly clock: () => number;
  private readonly store: UserStore;
  private readonly records: Map<string, UserRecord>;
  private readonly sessions: Session[] = [];
  private readonly clients = new Set<LocalClient>();
  private readonly customKeys: readonly string[];
  private readonly maxInstances: number;
  private readonly defer: (task: () => void) => void;
  private readonly seeded: boolean;
  private nextSessionID = 1;
  private readonly keyWatchers: Array<{ prefix: string; onChange: (key: string) => void }> = [];
  readonly storage: KeyValueStorage;
  readonly keyPrefix: string;
  /** Groups and group members (./groups); built after the demo accounts exist, since its seed uses them. */
  readonly groups: GroupService;
  private queue: Array<() => void> = [];
  private drainScheduled = false;
  /** Null when the server is the only process over its storage. */
  private readonly sync: TabSync | null;
  readonly blacklists: BlacklistService;

  constructor(options: LocalServerOptions) {
    this.clock = options.clock ?? Date.now;
    this.customKeys = [...(options.profileCustomKeys ?? [])];
    this.maxInstances = Math.max(1, Math.floor(options.maxInstancesPerUser ?? 1));
    this.defer = options.defer ?? ((task) => void setTimeout(task, 0));
    this.seeded = options.seed === 'demo';
    this.keyPrefix = options.keyPrefix ?? DEFAULT_KEY_PREFIX;
    const storage = options.storage ?? createMemoryStorage();
    this.sync = options.channel
      ? new TabSync(this.syncHost(), options.channel, storage, this.keyPrefix, options.tabSync)
      : null;
    this.storage = this.sync ? this.sync.trackedStorage() : storage;
    this.store = new UserStore(this.storage, this.keyPrefix, this.problems);
    this.blacklists = new BlacklistService(this);
    const { records, userKeys } = this.store.loadAll();
    this.records = records;
    if (this.seeded && records.size === 0) this.seedDemo(userKeys);
    this.groups = new GroupService(this, {
      seed: options.seed,
      maxMembersPerGroup: options.maxMembersPerGroup,
      maxGroupsPerUser: options.maxGroupsPerUser,
    });
  }

  /** Keys that exist but could not be read are left alone: their data may still be recoverable by hand. */
  private seedDemo(existingKeys: ReadonlySet<string>): void {
    for (const record of demoRecords(this.clock())) {
      if (existingKeys.has(record.profile.userID)) continue;
      try {
        this.store.write(record);
      } catch {
        // Already listed in `problems`; the demo still works for this run.
      }
      this.records.set(record.profile.userID, record);
    }
    this.blacklists.seed(DEMO_BLACKLISTS);
  }

  // ---- pushes -------------------------------------------------------------------------------------------

  schedule(task: () => void): void {
    this.queue.push(task);
    if (this.drainScheduled) return;
    this.drainScheduled = true;
    this.defer(() => this.drain());
  }

  private drain(): void {
    this.drainScheduled = false;
    const batch = this.queue;
    this.queue = [];
    for (const task of batch) {
      try {
        task();
      } catch (error) {
        this.reportHandlerError('push', error);
      }
    }
  }

  async settle(): Promise<void> {
    do {
      await new Promise<void>((resolve) => this.schedule(resolve));
    } while (this.queue.length > 0 || this.drainScheduled);
  }

  reportHandlerError(eventName: string, error: unknown): void {
    this.problems.push({ kind: 'handler-error', message: `${eventName} listener threw: ${errorText(error)}` });
  }

  /**
   * Every event meant for a user's instances goes through here (except the caller's own session when
   * `except` is given), so that the cross-tab relay can forward it to instances living in other tabs.
   */
  pushToUser<E extends ChatEventName>(
    userID: string,
    eventName: E,
    makeData: () => ChatEventPayloads[E],
    except?: Session,
  ): void {
    for (const session of this.sessionsOf(userID)) {
      if (session !== except) this.push(session, eventName, makeData);
    }
    // Computed here, once: the other tabs deliver the same data to their instances of the user.
    this.sync?.relayPush(userID, eventName, makeData());
  }

  /**
   * Modules keeping storage-backed state in memory register here; the cross-tab sync calls `onChange` with
   * each key under `prefix` that another tab wrote, so the module can reload it.
   */
  watchExternalKeys(prefix: string, onChange: (key: string) => void): void {
    this.keyWatchers.push({ prefix, onChange });
  }

  /** Delivered only if the session is still the client's current one, as a closed socket gets nothing. */
  private push<E extends ChatEventName>(session: Session, eventName: E, makeData: () => ChatEventPayloads[E]): void {
    this.schedule(() => session.client.receivePush(session, eventName, makeData));
  }

  // ---- clients and sessions -----------------------------------------------------------------------------

  registerClient(client: LocalClient): void {
    this.clients.add(client);
  }

  forgetClient(client: LocalClient): void {
    this.clients.delete(client);
  }

  setNetState(state: NetState): void {
    for (const client of this.clients) {
      this.schedule(() => client.receiveNetState(state));
    }
  }

  sessionsOf(userID: string): Session[] {
    return this.sessions.filter((session) => session.userID === userID);
  }

  /**
   * Logs an instance in. A valid UserSig creates the account on the real service, and so does any
   * non-empty one here (there is no secret to check it against).
   */
  openSession(client: LocalClient, userID: string): Session {
    const tooLong = checkUserIDBytes(userID);
    if (tooLong) throw tooLong;
    if (!this.records.has(userID)) {
      const record: UserRecord = { profile: defaultProfile(userID, this.clock()), customStatus: '', subscriptions: [] };
      this.store.write(record);
      this.records.set(userID, record);
    }
    this.clients.add(client);
    const online = this.onlineCount(userID);
    const wasOnline = online > 0;
    const { local, remote } = this.oldestInstances(userID, online - this.maxInstances + 1);
    for (const old of local) {
      this.removeSession(old);
      old.client.kickedOut(old, TYPES.KICKED_OUT_MULT_ACCOUNT);
    }
    const session: Session = { id: this.nextSessionID++, userID, client, openedAt: this.clock() };
    this.sessions.push(session);
    // The new instance is announced before the kicks, so no tab ever sees the account with no instance.
    this.sync?.announceSessions();
    for (const old of remote) this.sync?.kickRemote(old, TYPES.KICKED_OUT_MULT_ACCOUNT);
    if (!wasOnline) this.notifySubscribers(userID);
    return session;
  }

  closeSession(session: Session): void {
    if (!this.removeSession(session)) return;
    this.sync?.announceSessions();
    if (this.onlineCount(session.userID) === 0) this.notifySubscribers(session.userID);
  }

  /** Instances of the account in this tab and, with a sync channel, in the other tabs. */
  onlineCount(userID: string): number {
    return this.sessionsOf(userID).length + (this.sync?.remoteSessions(userID).length ?? 0);
  }

  /** onlineCount(userID) > 0, without building the lists. */
  isOnline(userID: string): boolean {
    return this.sessions.some((session) => session.userID === userID) || (this.sync?.hasRemoteSession(userID) ?? false);
  }

  /** The `count` instances of the account that logged in first, wherever they are. */
  private oldestInstances(userID: string, count: number): { local: Session[]; remote: RemoteSession[] } {
    const tab = this.sync?.tabID ?? '';
    const all = [
      ...this.sessionsOf(userID).map((session) => ({ at: session.openedAt, tab, id: session.id, session })),
      ...(this.sync?.remoteSessions(userID) ?? []).map((remote) => ({ at: remote.openedAt, tab: remote.tab, id: remote.id, remote })),
    ].sort((a, b) => a.at - b.at || a.tab.localeCompare(b.tab) || a.id - b.id);
    const chosen = all.slice(0, Math.max(0, count));
    return {
      local: chosen.flatMap((item) => ('session' in item ? [item.session] : [])),
      remote: chosen.flatMap((item) => ('remote' in item ? [item.remote] : [])),
    };
  }

  private removeSession(session: Session): boolean {
    const index = this.sessions.indexOf(session);
    if (index < 0) return false;
    this.sessions.splice(index, 1);
    return true;
  }

  // ---- profiles -----------------------------------------------------------------------------------------

  hasUser(userID: string): boolean {
    return this.records.has(userID);
  }

  userIDs(): string[] {
    return [...this.records.keys()];
  }

  getProfile(userID: string): Profile | undefined {
    const record = this.records.get(userID);
    return record ? cloneProfile(record.profile) : undefined;
  }

  /** An account's nick and avatar, read in place (getProfile copies the whole profile). */
  nickAndAvatar(userID: string): { nick: string; avatar: string } | undefined {
    const profile = this.records.get(userID)?.profile;
    return profile ? { nick: profile.nick, avatar: profile.avatar } : undefined;
  }

  /** Accounts that do not exist are left out, as the SDK drops the server's `@TLS#NOT_FOUND` entries. */
  getProfiles(userIDs: readonly string[]): Profile[] {
    const found: Profile[] = [];
    for (const userID of userIDs) {
      const profile = this.getProfile(userID);
      if (profile) found.push(profile);
    }
    return found;
  }

  /**
   * Applies a validated update. Every rule is checked and the new record written before memory changes, so a
   * refusal or a failed write leaves the account exactly as it was.
   */
  updateProfile(session: Session, items: readonly ProfileItem[]): { profile: Profile; changed: boolean } {
    const record = this.requireRecord(session.userID);
    checkProfileItems(items, { customKeys: this.customKeys });
    const { profile, changed } = applyProfileItems(record.profile, items, this.clock());
    if (changed) {
      this.commit({ ...cloneRecord(record), profile });
      // Other users learn of profile changes only as friends on the real service, and this template has no
      // friends, so the push goes to the account's own other instances only.
      this.pushToUser(session.userID, EVENT.PROFILE_UPDATED, () => [cloneProfile(profile)], session);
    }
    return { profile: cloneProfile(profile), changed };
  }

  private requireRecord(userID: string): UserRecord {
    const record = this.records.get(userID);
    if (!record) throw new ChatError(LOCAL_CODE.ACCOUNT_NOT_FOUND, `user ${userID} does not exist`);
    return record;
  }

  private commit(record: UserRecord): void {
    this.store.write(record);
    this.records.set(record.profile.userID, record);
  }

  // ---- user status --------------------------------------------------------------------------------------

  statusOf(userID: string): UserStatus | undefined {
    const record = this.records.get(userID);
    if (!record) return undefined;
    return makeStatus(userID, statusTypeFor(this.onlineCount(userID)), record.customStatus);
  }

  setCustomStatus(session: Session, customStatus: string): void {
    const record = this.requireRecord(session.userID);
    if (record.customStatus !== customStatus) this.commit({ ...cloneRecord(record), customStatus });
    // Every instance of the account hears of its own custom status (doc case 3), subscribers too.
    const status = this.statusOf(session.userID);
    if (!status) return;
    for (const recipient of new Set([session.userID, ...this.subscribersOf(session.userID)])) {
      this.pushToUser(recipient, EVENT.USER_STATUS_UPDATED, () => [{ ...status }]);
    }
  }

  /**
   * Online/offline transitions reach subscribers only. `onlyHere`: every tab noticed the change itself (a
   * silent tab timed out), so each tells its own instances and nothing is relayed.
   */
  private notifySubscribers(userID: string, onlyHere = false): void {
    const status = this.statusOf(userID);
    if (!status) return;
    for (const subscriber of this.subscribersOf(userID)) {
      const makeData = () => [{ ...status }];
      if (!onlyHere) this.pushToUser(subscriber, EVENT.USER_STATUS_UPDATED, makeData);
      else for (const session of this.sessionsOf(subscriber)) this.push(session, EVENT.USER_STATUS_UPDATED, makeData);
    }
  }

  /** Accounts subscribed to `userID`, logged in or not: their instances may live in another tab. */
  private subscribersOf(userID: string): string[] {
    const found: string[] = [];
    for (const [subscriber, record] of this.records) if (record.subscriptions.includes(userID)) found.push(subscriber);
    return found;
  }

  /**
   * Subscriptions belong to the account (server-side), not to one instance, and are kept across logins.
   * UNCONFIRMED: the real service caps the total and evicts the oldest; the cap is undocumented, so none here.
   */
  subscribe(session: Session, userIDs: readonly string[]): UserFailure[] {
    const record = this.requireRecord(session.userID);
    const { known, failures } = this.splitKnown(userIDs);
    const next = [...record.subscriptions];
    for (const userID of known) if (!next.includes(userID)) next.push(userID);
    if (next.length !== record.subscriptions.length) this.commit({ ...cloneRecord(record), subscriptions: next });
    return failures;
  }

  /** `'all'` is the SDK's `unsubscribeAll`. UNCONFIRMED: unknown accounts are reported like in subscribe. */
  unsubscribe(session: Session, userIDs: readonly string[] | 'all'): UserFailure[] {
    const record = this.requireRecord(session.userID);
    let failures: UserFailure[] = [];
    let next: string[] = [];
    if (userIDs !== 'all') {
      const split = this.splitKnown(userIDs);
      failures = split.failures;
      const drop = new Set(split.known);
      next = record.subscriptions.filter((userID) => !drop.has(userID));
    }
    if (next.length !== record.subscriptions.length) this.commit({ ...cloneRecord(record), subscriptions: next });
    return failures;
  }

  /** The accounts among `userIDs`, in order, and a failure for each one that does not exist. */
  private splitKnown(userIDs: readonly string[]): { known: string[]; failures: UserFailure[] } {
    const known: string[] = [];
    const failures: UserFailure[] = [];
    for (const userID of userIDs) {
      if (this.records.has(userID)) known.push(userID);
      else failures.push(unknownUserFailure(userID));
    }
    return { known, failures };
  }

  // ---- other tabs ---------------------------------------------------------------------------------------

  private syncHost(): SyncHost {
    return {
      clock: () => this.clock(),
      localSessions: () => this.sessions.map(({ id, userID, openedAt }) => ({ id, userID, openedAt })),
      applyExternalKeys: (keys) => this.applyExternalKeys(keys),
      deliverRelayed: (userID, eventName, data) => this.deliverRelayed(userID, eventName, data),
      kickLocal: (sessionID, type) => this.kickLocal(sessionID, type),
      presenceLost: (userIDs) => {
        for (const userID of userIDs) if (this.onlineCount(userID) === 0) this.notifySubscribers(userID, true);
      },
      presenceRegained: (userIDs) => userIDs.forEach((userID) => this.notifySubscribers(userID)),
      report: (problem) => this.problems.push(problem),
    };
  }

  /** Another tab wrote these keys: accounts are read again, and the modules that keep keys reload them. */
  private applyExternalKeys(keys: readonly string[]): void {
    for (const key of keys) {
      const userID = this.store.userIDOfKey(key);
      if (userID !== null) {
        const record = this.store.load(userID);
        if (record) this.records.set(userID, record);
        else if (this.storage.getItem(key) === null) this.records.delete(userID);
      }
      for (const watcher of this.keyWatchers) {
        if (!key.startsWith(watcher.prefix)) continue;
        try {
          watcher.onChange(key);
        } catch (error) {
          this.reportHandlerError(`reloading ${key}`, error);
        }
      }
    }
  }

  /** An event another tab computed, for this tab's instances of the user; every listener gets its own copy. */
  private deliverRelayed<E extends ChatEventName>(userID: string, eventName: E, data: unknown): void {
    const json = JSON.stringify(data);
    if (json === undefined) return;
    // Produced by pushToUser in a tab that speaks the same protocol version, so it has the event's shape.
    const makeData = () => JSON.parse(json) as ChatEventPayloads[E];
    for (const session of this.sessionsOf(userID)) this.push(session, eventName, makeData);
  }

  private kickLocal(sessionID: number, type: KickedOutType): void {
    const session = this.sessions.find((candidate) => candidate.id === sessionID);
    if (!session || !this.removeSession(session)) return;
    session.client.kickedOut(session, type);
    // The login that caused the kick keeps the account online, so subscribers hear nothing.
    this.sync?.announceSessions();
  }

  close(): void {
    this.sync?.close();
  }

  // ---- facade helpers -----------------------------------------------------------------------------------

  demoAccounts(): DemoAccount[] {
    if (!this.seeded) return [];
    const accounts: DemoAccount[] = [];
    for (const userID of DEMO_USER_IDS) {
      const profile = this.records.get(userID)?.profile;
      if (profile) accounts.push({ userID, nick: profile.nick, avatar: profile.avatar });
    }
    return accounts;
  }

  storageKeyOf(userID: string): string {
    return this.store.keyOf(userID);
  }
}

export function createLocalServer(options: LocalServerOptions = {}): LocalServer {
  const core = new ServerCore(options);
  return {
    createClient: () => {
      const client = new LocalClient(core);
      core.registerClient(client);
      return client;
    },
    demoAccounts: () => core.demoAccounts(),
    setNetState: (state) => core.setNetState(state),
    problems: core.problems,
    settle: () => core.settle(),
    userIDs: () => core.userIDs(),
    peekProfile: (userID) => core.getProfile(userID),
    peekStatus: (userID) => core.statusOf(userID),
    instanceCount: (userID) => core.onlineCount(userID),
    storageKeyOf: (userID) => core.storageKeyOf(userID),
    close: () => core.close(),
  };
}
