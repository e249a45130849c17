import type { DemoAccount } from '../backend';
import { EVENT, TYPES } from '../constants';
import type { NetState } from '../constants';
import { ChatError } from '../errors';
import type { ChatEventName, ChatEventPayloads, Profile, UserFailure, UserStatus } from '../types';
import type { KeyValueStorage } from '../../platform/port';
import { LocalClient } from './client';
import { LOCAL_CODE } from './codes';
import { DEMO_USER_IDS, demoRecords } from './demo-seed';
import { checkProfileItems } from '../rules/profile';
import type { ProfileItem } from '../rules/profile';
import { checkUserIDBytes } from '../rules/user-id';
import { applyProfileItems, cloneProfile, defaultProfile } from './profile-rules';
import { makeStatus, statusTypeFor, unknownUserFailure } from './status';
import { DEFAULT_KEY_PREFIX, UserStore, cloneRecord, createMemoryStorage } from './storage';
import type { ServerProblem, UserRecord } from './storage';

export interface LocalServerOptions {
  /** Where accounts live; default: a fresh in-memory storage. */
  storage?: KeyValueStorage;
  /** Milliseconds since the epoch; default Date.now. */
  clock?: () => number;
  /** 'demo' creates the demo accounts when the storage holds none; default 'none'. */
  seed?: 'demo' | 'none';
  /** Registered `Tag_Profile_Custom_*` keys; empty or absent accepts any well-formed key. */
  profileCustomKeys?: string[];
  /** Instances one account may have logged in at once; the oldest is kicked beyond it. Default 1. */
  maxInstancesPerUser?: number;
  /** Prefix of every storage key; default 'chat:'. */
  keyPrefix?: string;
  /**
   * Runs server pushes (SDK_READY, other clients' events) later, the way network pushes arrive after the
   * call that caused them. Default: setTimeout 0.
   */
  defer?: (task: () => void) => void;
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
  /** Logged-in instances of an account. */
  instanceCount(userID: string): number;
  /** The storage key holding an account. */
  storageKeyOf(userID: string): string;
}

/** One logged-in instance; a client holds at most one at a time. */
export interface Session {
  readonly id: number;
  readonly userID: string;
  readonly client: LocalClient;
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
  private queue: Array<() => void> = [];
  private drainScheduled = false;

  constructor(options: LocalServerOptions) {
    this.clock = options.clock ?? Date.now;
    this.customKeys = [...(options.profileCustomKeys ?? [])];
    this.maxInstances = Math.max(1, Math.floor(options.maxInstancesPerUser ?? 1));
    this.defer = options.defer ?? ((task) => void setTimeout(task, 0));
    this.seeded = options.seed === 'demo';
    this.storage = options.storage ?? createMemoryStorage();
    this.keyPrefix = options.keyPrefix ?? DEFAULT_KEY_PREFIX;
    this.store = new UserStore(this.storage, this.keyPrefix, this.problems);
    const { records, userKeys } = this.store.loadAll();
    this.records = records;
    if (this.seeded && records.size === 0) this.seedDemo(userKeys);
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
    const message = error instanceof Error ? error.message : String(error);
    this.problems.push({ kind: 'handler-error', message: `${eventName} listener threw: ${message}` });
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
    const wasOnline = this.sessionsOf(userID).length > 0;
    const excess = this.sessionsOf(userID).length - this.maxInstances + 1;
    for (const old of this.sessionsOf(userID).slice(0, Math.max(0, excess))) {
      this.removeSession(old);
      old.client.kickedOut(old, TYPES.KICKED_OUT_MULT_ACCOUNT);
    }
    const session: Session = { id: this.nextSessionID++, userID, client };
    this.sessions.push(session);
    if (!wasOnline) this.notifySubscribers(userID);
    return session;
  }

  closeSession(session: Session): void {
    if (!this.removeSession(session)) return;
    if (this.sessionsOf(session.userID).length === 0) this.notifySubscribers(session.userID);
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
      for (const other of this.sessionsOf(session.userID)) {
        if (other !== session) this.push(other, EVENT.PROFILE_UPDATED, () => [cloneProfile(profile)]);
      }
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
    return makeStatus(userID, statusTypeFor(this.sessionsOf(userID).length), record.customStatus);
  }

  setCustomStatus(session: Session, customStatus: string): void {
    const record = this.requireRecord(session.userID);
    if (record.customStatus !== customStatus) this.commit({ ...cloneRecord(record), customStatus });
    // Every instance of the account hears of its own custom status (doc case 3), subscribers too.
    const recipients = new Set([...this.sessionsOf(session.userID), ...this.subscriberSessions(session.userID)]);
    this.pushStatus(session.userID, recipients);
  }

  /** Online/offline transitions reach subscribers only. */
  private notifySubscribers(userID: string): void {
    this.pushStatus(userID, new Set(this.subscriberSessions(userID)));
  }

  private pushStatus(userID: string, recipients: ReadonlySet<Session>): void {
    const status = this.statusOf(userID);
    if (!status) return;
    for (const session of recipients) this.push(session, EVENT.USER_STATUS_UPDATED, () => [{ ...status }]);
  }

  private subscriberSessions(userID: string): Session[] {
    return this.sessions.filter((session) => this.records.get(session.userID)?.subscriptions.includes(userID));
  }

  /**
   * Subscriptions belong to the account (server-side), not to one instance, and are kept across logins.
   * UNCONFIRMED: the real service caps the total and evicts the oldest; the cap is undocumented, so none here.
   */
  subscribe(session: Session, userIDs: readonly string[]): UserFailure[] {
    const record = this.requireRecord(session.userID);
    const failures: UserFailure[] = [];
    const next = [...record.subscriptions];
    for (const userID of userIDs) {
      if (!this.records.has(userID)) failures.push(unknownUserFailure(userID));
      else if (!next.includes(userID)) next.push(userID);
    }
    if (next.length !== record.subscriptions.length) this.commit({ ...cloneRecord(record), subscriptions: next });
    return failures;
  }

  /** `'all'` is the SDK's `unsubscribeAll`. UNCONFIRMED: unknown accounts are reported like in subscribe. */
  unsubscribe(session: Session, userIDs: readonly string[] | 'all'): UserFailure[] {
    const record = this.requireRecord(session.userID);
    const failures: UserFailure[] = [];
    let next: string[] = [];
    if (userIDs !== 'all') {
      const drop = new Set<string>();
      for (const userID of userIDs) {
        if (!this.records.has(userID)) failures.push(unknownUserFailure(userID));
        else drop.add(userID);
      }
      next = record.subscriptions.filter((userID) => !drop.has(userID));
    }
    if (next.length !== record.subscriptions.length) this.commit({ ...cloneRecord(record), subscriptions: next });
    return failures;
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
    instanceCount: (userID) => core.sessionsOf(userID).length,
    storageKeyOf: (userID) => core.storageKeyOf(userID),
  };
}
