import type { NetState } from '../constants';
import type { DemoAccount, Profile, UserStatus } from '../types';
import { LocalClient } from './client';
import type { ServerProblem } from './core/problems';
import { ServerCore } from './server';
import type { LocalServerOptions } from './server';

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
  /**
   * Emits at once the throttled CONVERSATION_LIST_UPDATED / TOTAL_UNREAD_MESSAGE_COUNT_UPDATED events that
   * wait for their timer, on every client (tests need no real waiting).
   */
  flushEvents(): void;
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

/** Wires a server and hands out SDK-shaped clients of it; several clients are several users. */
export function createLocalServer(options: LocalServerOptions = {}): LocalServer {
  const core = new ServerCore(options);
  return {
    createClient: () => {
      const client = new LocalClient(core);
      core.registerEndpoint(client);
      return client;
    },
    flushEvents: () => core.flushEvents(),
    demoAccounts: () => core.demoAccounts(),
    setNetState: (state) => core.setNetState(state),
    problems: core.problems,
    settle: () => core.settle(),
    userIDs: () => core.accounts.userIDs(),
    peekProfile: (userID) => core.accounts.getProfile(userID),
    peekStatus: (userID) => core.status.statusOf(userID),
    instanceCount: (userID) => core.onlineCount(userID),
    storageKeyOf: (userID) => core.accounts.storageKeyOf(userID),
    close: () => core.close(),
  };
}
