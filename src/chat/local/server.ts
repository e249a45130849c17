import { TYPES } from '../constants';
import type { KickedOutType, NetState } from '../constants';
import { errorText } from '../errors';
import type { ChatEventName, ChatEventPayloads, DemoAccount } from '../types';
import { checkUserIDBytes } from '../rules/user-id';
import { AccountService } from './accounts/accounts';
import { StatusSubscriptions } from './accounts/status-subscriptions';
import { BlacklistService } from './blacklist';
import { GroupEventRelay } from './core/group-events';
import type { Presence, ServiceHost } from './core/host';
import { createMemoryMedia } from './core/memory-media';
import { createMemoryStorage } from './core/memory-storage';
import type { KeyValueStorage, MediaPort, SyncChannel } from './core/ports';
import type { EventThrottleOptions } from './core/throttle';
import type { ServerProblem } from './core/problems';
import { PushQueue } from './core/push-queue';
import type { Session, SessionEndpoint } from './core/session';
import { DEFAULT_KEY_PREFIX } from './core/stored';
import { DEMO_BLACKLISTS } from './demo-seed';
import { GroupService } from './groups/service';
import { MessageService } from './messages/service';
import { TabSync } from './sync/tab-sync';
import type { RemoteSession, SyncHost, TabSyncOptions } from './sync/tab-sync';
import { throttleTimers } from './core/throttle';
import type { ThrottleTimers } from './core/throttle';
import { FriendService } from './friends/service';
import { GroupAttributeService } from './groups/attributes';

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
  /**
   * Where the files of image, video, audio and file messages are kept (never in `storage`); default: in
   * memory (core/memory-media.ts), which understands the SDK's `payload.file` shapes.
   */
  media?: MediaPort;
  /** Days of message history kept (the plan's roaming window); default 7. */
  roamingDays?: number;
  /** Characters of storage the message history may use; default 2 MiB. Oldest history goes first beyond it. */
  messageStorageBudget?: number;
  /**
   * The SDK's throttle of CONVERSATION_LIST_UPDATED, TOTAL_UNREAD_MESSAGE_COUNT_UPDATED and FRIEND_LIST_UPDATED
   * (1 s, leading and trailing); tests give their own timers or a shorter interval, and `flushEvents()` emits
   * what waits.
   */
  eventThrottle?: EventThrottleOptions;
}

/**
 * The server side of the embedded service: sessions and kick-out, the routing of pushes to instances (here
 * and, through the cross-tab sync, in other tabs), and the domains — accounts, status, blocklist, groups —
 * built over it. Clients (./client.ts) call it the way the SDK calls the real service.
 */
export class ServerCore implements ServiceHost, Presence {
  readonly problems: ServerProblem[] = [];
  readonly clock: () => number;
  readonly storage: KeyValueStorage;
  readonly keyPrefix: string;
  readonly accounts: AccountService;
  readonly status: StatusSubscriptions;
  readonly blacklists: BlacklistService;
  /** The SDK's event throttle, for the events an instance throttles itself (FRIEND_LIST_UPDATED). */
  readonly eventTimers: ThrottleTimers & { intervalMs: number };
  /** Built after the demo accounts exist, since its seed uses them. */
  readonly groups: GroupService;
  /** Group tips and notices; the messaging domain connects to it. */
  readonly groupEvents = new GroupEventRelay();
  /** Built after the groups, whose tips and notices it turns into messages. */
  readonly messages: MessageService;
  private readonly pushes: PushQueue;
  private readonly sessions: Session[] = [];
  private readonly endpoints = new Set<SessionEndpoint>();
  private readonly maxInstances: number;
  private readonly seeded: boolean;
  private nextSessionID = 1;
  private readonly keyWatchers: Array<{ prefix: string; onChange: (key: string) => void }> = [];
  /** Null when the server is the only process over its storage. */
  private readonly sync: TabSync | null;

  constructor(options: LocalServerOptions) {
    this.clock = options.clock ?? Date.now;
    this.maxInstances = Math.max(1, Math.floor(options.maxInstancesPerUser ?? 1));
    this.pushes = new PushQueue(
      options.defer ?? ((task) => void setTimeout(task, 0)),
      (error) => this.reportHandlerError('push', error),
    );
    this.seeded = options.seed === 'demo';
    this.keyPrefix = options.keyPrefix ?? DEFAULT_KEY_PREFIX;
    this.eventTimers = throttleTimers(options.eventThrottle);
    const storage = options.storage ?? createMemoryStorage();
    this.sync = options.channel
      ? new TabSync(this.syncHost(), options.channel, storage, this.keyPrefix, options.tabSync)
      : null;
    this.storage = this.sync ? this.sync.trackedStorage() : storage;
    this.accounts = new AccountService(this, options.profileCustomKeys ?? [], (profile) => this.friends.profileChanged(profile));
    this.status = new StatusSubscriptions(this, this.accounts, this);
    this.blacklists = new BlacklistService(this, this.accounts, {
      stageBlock: (userID, blocked) => this.friends.stageBlock(userID, blocked),
    });
    if (this.seeded && this.accounts.isEmpty) {
      this.accounts.seedDemo();
      this.blacklists.seed(DEMO_BLACKLISTS);
    }
    this.groups = new GroupService(this, this.accounts, this, this.groupEvents, {
      seed: options.seed,
      maxMembersPerGroup: options.maxMembersPerGroup,
      maxGroupsPerUser: options.maxGroupsPerUser,
    });
    // The group service is built first (messaging reads groups); its events reach messaging from here on.
    this.messages = new MessageService({
      host: this,
      presence: this,
      accounts: this.accounts,
      blacklists: this.blacklists,
      groups: this.groups,
      media: options.media ?? createMemoryMedia(),
      // Read on use: the relationship chain is built later (its seed needs the demo accounts).
      remarks: { remarkOf: (owner, userID) => this.friends.remarkOf(owner, userID) },
      options: { roamingDays: options.roamingDays, storageBudget: options.messageStorageBudget, eventThrottle: options.eventThrottle },
      seed: options.seed,
    });
    this.groupEvents.connect(this.messages);
  }

  // ---- pushes -------------------------------------------------------------------------------------------

  schedule(task: () => void): void {
    this.pushes.schedule(task);
  }

  settle(): Promise<void> {
    return this.pushes.settle();
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

  pushHere<E extends ChatEventName>(userID: string, eventName: E, makeData: () => ChatEventPayloads[E]): void {
    for (const session of this.sessionsOf(userID)) this.push(session, eventName, makeData);
  }

  watchExternalKeys(prefix: string, onChange: (key: string) => void): void {
    this.keyWatchers.push({ prefix, onChange });
  }

  /** Delivered only if the session is still the endpoint's current one, as a closed socket gets nothing. */
  private push<E extends ChatEventName>(session: Session, eventName: E, makeData: () => ChatEventPayloads[E]): void {
    this.schedule(() => session.endpoint.receivePush(session, eventName, makeData));
  }

  // ---- endpoints and sessions ---------------------------------------------------------------------------

  registerEndpoint(endpoint: SessionEndpoint): void {
    this.endpoints.add(endpoint);
  }

  forgetEndpoint(endpoint: SessionEndpoint): void {
    this.endpoints.delete(endpoint);
  }

  flushEvents(): void {
    for (const endpoint of this.endpoints) endpoint.flushEvents?.();
  }

  setNetState(state: NetState): void {
    for (const endpoint of this.endpoints) {
      this.schedule(() => endpoint.receiveNetState(state));
    }
  }

  sessionsOf(userID: string): Session[] {
    return this.sessions.filter((session) => session.userID === userID);
  }

  /**
   * Logs an instance in. A valid UserSig creates the account on the real service, and so does any
   * non-empty one here (there is no secret to check it against).
   */
  openSession(endpoint: SessionEndpoint, userID: string): Session {
    const tooLong = checkUserIDBytes(userID);
    if (tooLong) throw tooLong;
    this.accounts.ensure(userID);
    this.endpoints.add(endpoint);
    const online = this.onlineCount(userID);
    const wasOnline = online > 0;
    const { local, remote } = this.oldestInstances(userID, online - this.maxInstances + 1);
    for (const old of local) {
      this.removeSession(old);
      old.endpoint.kickedOut(old, TYPES.KICKED_OUT_MULT_ACCOUNT);
    }
    const session: Session = { id: this.nextSessionID++, userID, endpoint, openedAt: this.clock() };
    this.sessions.push(session);
    // The new instance is announced before the kicks, so no tab ever sees the account with no instance.
    this.sync?.announceSessions();
    for (const old of remote) this.sync?.kickRemote(old, TYPES.KICKED_OUT_MULT_ACCOUNT);
    if (!wasOnline) this.status.notifySubscribers(userID);
    return session;
  }

  closeSession(session: Session): void {
    if (!this.removeSession(session)) return;
    this.sync?.announceSessions();
    if (this.onlineCount(session.userID) === 0) this.status.notifySubscribers(session.userID);
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

  // ---- other tabs ---------------------------------------------------------------------------------------

  private syncHost(): SyncHost {
    return {
      clock: () => this.clock(),
      localSessions: () => this.sessions.map(({ id, userID, openedAt }) => ({ id, userID, openedAt })),
      applyExternalKeys: (keys) => this.applyExternalKeys(keys),
      deliverRelayed: (userID, eventName, data) => this.deliverRelayed(userID, eventName, data),
      kickLocal: (sessionID, type) => this.kickLocal(sessionID, type),
      presenceLost: (userIDs) => {
        for (const userID of userIDs) if (this.onlineCount(userID) === 0) this.status.notifySubscribers(userID, true);
      },
      presenceRegained: (userIDs) => userIDs.forEach((userID) => this.status.notifySubscribers(userID)),
      report: (problem) => this.problems.push(problem),
    };
  }

  /** Another tab wrote these keys: accounts are read again, and the modules that keep keys reload them. */
  private applyExternalKeys(keys: readonly string[]): void {
    for (const key of keys) {
      this.accounts.reloadKey(key);
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
    this.pushHere(userID, eventName, makeData);
  }

  private kickLocal(sessionID: number, type: KickedOutType): void {
    const session = this.sessions.find((candidate) => candidate.id === sessionID);
    if (!session || !this.removeSession(session)) return;
    session.endpoint.kickedOut(session, type);
    // The login that caused the kick keeps the account online, so subscribers hear nothing.
    this.sync?.announceSessions();
  }

  private friendService: FriendService | null = null;
  private attributeService: GroupAttributeService | null = null;

  /**
   * The relationship chain, built on first use: after the demo accounts exist (its seed uses them), and
   * without the constructor knowing it (the blocklist and accounts reach it through their hooks).
   */
  get friends(): FriendService {
    this.friendService ??= new FriendService(this, this.accounts, this.blacklists, { seed: this.seeded ? 'demo' : 'none' });
    return this.friendService;
  }

  /** Group attributes (./groups/attributes.ts), built on first use over the group service. */
  get groupAttributes(): GroupAttributeService {
    this.attributeService ??= new GroupAttributeService(this, this.groups.ctx);
    return this.attributeService;
  }

  close(): void {
    this.sync?.close();
  }

  /** The demo accounts offered on the login page (none unless seeded with 'demo'). */
  demoAccounts(): DemoAccount[] {
    return this.seeded ? this.accounts.demoAccounts() : [];
  }
}
