import { EVENT } from '../../constants';
import type { UserFailure, UserStatus } from '../../types';
import type { Presence, ServiceHost } from '../core/host';
import type { Session } from '../core/session';
import { makeStatus, statusTypeFor, unknownUserFailure } from '../status';
import type { AccountService } from './accounts';
import { cloneRecord } from './user-store';

/**
 * User status: each account's custom status and its subscriptions to others' status, both stored in the
 * account's record, and the USER_STATUS_UPDATED pushes that follow from them.
 */
export class StatusSubscriptions {
  constructor(
    private readonly host: Pick<ServiceHost, 'pushToUser' | 'pushHere'>,
    private readonly accounts: AccountService,
    private readonly presence: Presence,
  ) {}

  statusOf(userID: string): UserStatus | undefined {
    const record = this.accounts.record(userID);
    if (!record) return undefined;
    return makeStatus(userID, statusTypeFor(this.presence.onlineCount(userID)), record.customStatus);
  }

  setCustomStatus(session: Session, customStatus: string): void {
    const record = this.accounts.requireRecord(session.userID);
    if (record.customStatus !== customStatus) this.accounts.commit({ ...cloneRecord(record), customStatus });
    // Every instance of the account hears of its own custom status (doc case 3), subscribers too.
    const status = this.statusOf(session.userID);
    if (!status) return;
    for (const recipient of new Set([session.userID, ...this.subscribersOf(session.userID)])) {
      this.host.pushToUser(recipient, EVENT.USER_STATUS_UPDATED, () => [{ ...status }]);
    }
  }

  /**
   * Online/offline transitions reach subscribers only. `onlyHere`: every tab noticed the change itself (a
   * silent tab timed out), so each tells its own instances and nothing is relayed.
   */
  notifySubscribers(userID: string, onlyHere = false): void {
    const status = this.statusOf(userID);
    if (!status) return;
    for (const subscriber of this.subscribersOf(userID)) {
      const makeData = () => [{ ...status }];
      if (onlyHere) this.host.pushHere(subscriber, EVENT.USER_STATUS_UPDATED, makeData);
      else this.host.pushToUser(subscriber, EVENT.USER_STATUS_UPDATED, makeData);
    }
  }

  /**
   * Subscriptions belong to the account (server-side), not to one instance, and are kept across logins.
   * UNCONFIRMED: the real service caps the total and evicts the oldest; the cap is undocumented, so none here.
   */
  subscribe(session: Session, userIDs: readonly string[]): UserFailure[] {
    const record = this.accounts.requireRecord(session.userID);
    const { known, failures } = this.splitKnown(userIDs);
    const next = [...record.subscriptions];
    for (const userID of known) if (!next.includes(userID)) next.push(userID);
    if (next.length !== record.subscriptions.length) this.accounts.commit({ ...cloneRecord(record), subscriptions: next });
    return failures;
  }

  /** `'all'` is the SDK's `unsubscribeAll`. UNCONFIRMED: unknown accounts are reported like in subscribe. */
  unsubscribe(session: Session, userIDs: readonly string[] | 'all'): UserFailure[] {
    const record = this.accounts.requireRecord(session.userID);
    let failures: UserFailure[] = [];
    let next: string[] = [];
    if (userIDs !== 'all') {
      const split = this.splitKnown(userIDs);
      failures = split.failures;
      const drop = new Set(split.known);
      next = record.subscriptions.filter((userID) => !drop.has(userID));
    }
    if (next.length !== record.subscriptions.length) this.accounts.commit({ ...cloneRecord(record), subscriptions: next });
    return failures;
  }

  /** Accounts subscribed to `userID`, logged in or not: their instances may live in another tab. */
  private subscribersOf(userID: string): string[] {
    const found: string[] = [];
    for (const [subscriber, record] of this.accounts.entries()) if (record.subscriptions.includes(userID)) found.push(subscriber);
    return found;
  }

  /** The accounts among `userIDs`, in order, and a failure for each one that does not exist. */
  private splitKnown(userIDs: readonly string[]): { known: string[]; failures: UserFailure[] } {
    const known: string[] = [];
    const failures: UserFailure[] = [];
    for (const userID of userIDs) {
      if (this.accounts.hasUser(userID)) known.push(userID);
      else failures.push(unknownUserFailure(userID));
    }
    return { known, failures };
  }
}
