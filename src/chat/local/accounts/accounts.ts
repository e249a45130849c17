import { EVENT } from '../../constants';
import { ChatError } from '../../errors';
import { checkProfileItems } from '../../rules/profile';
import type { ProfileItem } from '../../rules/profile';
import type { DemoAccount, Profile } from '../../types';
import { LOCAL_CODE } from '../codes';
import type { ServiceHost } from '../core/host';
import type { ProfileListener } from '../core/relations';
import type { Session } from '../core/session';
import { DEMO_USER_IDS, demoRecords } from '../demo-seed';
import { applyProfileItems, cloneProfile, defaultProfile } from '../profile-rules';
import { UserStore, cloneRecord } from './user-store';
import type { UserRecord } from './user-store';

/**
 * The accounts of the service and their profiles, one storage key each (./user-store.ts), all read at
 * start-up: profiles are small and every other domain asks for nicks and avatars.
 */
export class AccountService {
  private readonly store: UserStore;
  private readonly records: Map<string, UserRecord>;
  /** Keys that hold an account, readable or not (a damaged one must not be overwritten by the demo seed). */
  private readonly storedUserIDs: ReadonlySet<string>;

  constructor(
    private readonly host: Pick<ServiceHost, 'storage' | 'keyPrefix' | 'problems' | 'clock' | 'pushToUser'>,
    private readonly customKeys: readonly string[],
    /** Told of each committed profile change: the relationship chain sends it on to the user's friends. */
    private readonly onProfileChanged?: ProfileListener,
  ) {
    this.store = new UserStore(host.storage, host.keyPrefix, host.problems);
    const { records, userKeys } = this.store.loadAll();
    this.records = records;
    this.storedUserIDs = userKeys;
  }

  get isEmpty(): boolean {
    return this.records.size === 0;
  }

  /** Keys that exist but could not be read are left alone: their data may still be recoverable by hand. */
  seedDemo(): void {
    for (const record of demoRecords(this.host.clock())) {
      if (this.storedUserIDs.has(record.profile.userID)) continue;
      try {
        this.store.write(record);
      } catch {
        // Already listed in `problems`; the demo still works for this run.
      }
      this.records.set(record.profile.userID, record);
    }
  }

  /** The demo accounts that exist, in the demo's order. */
  demoAccounts(): DemoAccount[] {
    const accounts: DemoAccount[] = [];
    for (const userID of DEMO_USER_IDS) {
      const profile = this.records.get(userID)?.profile;
      if (profile) accounts.push({ userID, nick: profile.nick, avatar: profile.avatar });
    }
    return accounts;
  }

  /** A valid UserSig creates the account on the real service; any login does here. */
  ensure(userID: string): void {
    if (this.records.has(userID)) return;
    const record: UserRecord = { profile: defaultProfile(userID, this.host.clock()), customStatus: '', subscriptions: [] };
    this.store.write(record);
    this.records.set(userID, record);
  }

  hasUser(userID: string): boolean {
    return this.records.has(userID);
  }

  userIDs(): string[] {
    return [...this.records.keys()];
  }

  /** The stored record, read in place: callers must not change it (commit a copy instead). */
  record(userID: string): Readonly<UserRecord> | undefined {
    return this.records.get(userID);
  }

  entries(): IterableIterator<[string, Readonly<UserRecord>]> {
    return this.records.entries();
  }

  requireRecord(userID: string): UserRecord {
    const record = this.records.get(userID);
    if (!record) throw new ChatError(LOCAL_CODE.ACCOUNT_NOT_FOUND, `user ${userID} does not exist`);
    return record;
  }

  /** Writes first: a refused write leaves memory as it was. */
  commit(record: UserRecord): void {
    this.store.write(record);
    this.records.set(record.profile.userID, record);
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
    const { profile, changed } = applyProfileItems(record.profile, items, this.host.clock());
    if (changed) {
      this.commit({ ...cloneRecord(record), profile });
      // The account's other instances hear of it here; other users only as its friends (onProfileChanged).
      this.host.pushToUser(session.userID, EVENT.PROFILE_UPDATED, () => [cloneProfile(profile)], session);
      this.onProfileChanged?.(cloneProfile(profile));
    }
    return { profile: cloneProfile(profile), changed };
  }

  /** Another tab wrote `key`: if it holds an account, read it again (or forget it when removed). */
  reloadKey(key: string): void {
    const userID = this.store.userIDOfKey(key);
    if (userID === null) return;
    const record = this.store.load(userID);
    if (record) this.records.set(userID, record);
    else if (this.host.storage.getItem(key) === null) this.records.delete(userID);
  }

  storageKeyOf(userID: string): string {
    return this.store.keyOf(userID);
  }
}
